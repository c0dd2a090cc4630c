import { createTwoFilesPatch } from 'diff';

/**
 * The change `before` -> `after` of one file as a unified diff with `a/` and `b/` prefixes and three
 * lines of context, so `git apply` or `patch -p1` in the working folder applies what
 * `--fix-dry-run` shows. Empty when nothing changes.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  // The library starts with a line of '=' (the `Index:` separator of svn diffs), which git and patch do not need.
  return patch.replace(/^=+\n/, '');
}
