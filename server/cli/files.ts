import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { ignoredBy, loadIgnoreFile } from '../config/ignore';

// Extensions caolint treats as Markdown when a file is named explicitly: the same a cao's set of files reads.
import { isMarkdownPath } from '../set/members';
export { isMarkdownPath, MARKDOWN_EXTENSIONS } from '../set/members';

export interface Target {
  /** Absolute path. */
  path: string;
  /** Named on the command line (rather than found in a folder or by a glob). */
  explicit: boolean;
}

export interface Expansion {
  files: Target[];
  /** Arguments that name nothing: paths that do not exist, globs that match nothing. */
  missing: Array<{ arg: string; glob: boolean }>;
}

/** Whether the working folder's `.caolintignore` excludes `file` (text read from standard input under `--stdin-filename` is judged by its name). */
export function isIgnored(file: string, cwd: string): boolean {
  return ignoredBy(loadIgnoreFile(cwd), cwd, file);
}

const SKIP = ['**/node_modules/**'];

/** A path with its links resolved, or itself when that fails (a dangling link). */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Files found in a folder or by a glob, sorted, one per real file: a file reached through a link
 * (a folder linked into itself, a linked copy) keeps its own path when that was found too, else
 * the shortest path that reached it.
 */
function canonicalFirst(paths: readonly string[]): string[] {
  const byReal = new Map<string, string>();
  for (const path of paths) {
    const real = realOrSelf(path);
    const kept = byReal.get(real);
    let better: boolean;
    if (kept === undefined) better = true;
    else if ((path === real) !== (kept === real)) better = path === real;
    else better = path.length < kept.length || (path.length === kept.length && path < kept);
    if (better) byReal.set(real, path);
  }
  return [...byReal.values()].sort();
}

/**
 * Turns command-line arguments into files: an existing file as is, a folder searched for
 * *.md / *.markdown, anything else as a glob. Files found in folders or by globs are filtered by
 * `.caolintignore`; files named explicitly are always linted. Order follows the arguments, each
 * group sorted, duplicates (also through symbolic links) removed.
 */
export function expandTargets(args: readonly string[], cwd: string): Expansion {
  const matcher = loadIgnoreFile(cwd);
  const seen = new Set<string>();
  const files: Target[] = [];
  const missing: Expansion['missing'] = [];
  // One file reached by several paths (a link to it, a folder linked into itself) is linted once,
  // under the first path that reached it.
  const add = (path: string, explicit: boolean): void => {
    const key = realOrSelf(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, explicit });
  };
  for (const arg of args) {
    const full = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      stats = null;
    }
    if (stats?.isFile()) {
      add(full, true);
    } else if (stats?.isDirectory()) {
      const found = globSync(['**/*.md', '**/*.markdown'], { cwd: full, absolute: true, ignore: SKIP, dot: false });
      for (const file of canonicalFirst(found.map((f) => resolve(f)).filter((f) => !ignoredBy(matcher, cwd, f)))) add(file, false);
    } else if (isDynamicPattern(arg)) {
      const found = globSync(arg, { cwd, absolute: true, ignore: SKIP, dot: false, onlyFiles: true })
        .map((f) => resolve(f))
        .filter((f) => isMarkdownPath(f) && !ignoredBy(matcher, cwd, f));
      if (found.length === 0) missing.push({ arg, glob: true });
      for (const file of canonicalFirst(found)) add(file, false);
    } else {
      missing.push({ arg, glob: false });
    }
  }
  return { files, missing };
}
