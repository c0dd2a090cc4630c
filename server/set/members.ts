import { readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { CaoSet } from '../config/types';

/** Extensions caolint treats as Markdown. */
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.mkdn'];

export function isMarkdownPath(path: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** File names in the order a reader counts them: "hoofdstuk-2" before "hoofdstuk-10". */
const natural = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The files that form one cao with `file` (absolute paths, in the cao's order, `file` among them), or
 * null when it stands alone: no set is configured, the set does not list it, or it is the only file.
 *
 * - `folder`: every Markdown file in the folder of `file` (not in subfolders), by name, counting
 *   numbers as numbers. Each folder is a cao of its own, so one `set: folder` at the top of a
 *   repository makes every chapter folder below it a cao.
 * - a list of globs, relative to the config file that declared it: the files they match, in the
 *   order of the globs (by name within one glob), each once.
 *
 * `ignored` leaves out files the face excludes (.caolintignore, the editor's exclude settings).
 */
export function setMembers(file: string, set: CaoSet | undefined, ignored: (path: string) => boolean = () => false): string[] | null {
  if (!set) return null;
  const self = resolve(file);
  let members: string[];
  if (set.files === 'folder') {
    const folder = dirname(self);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return null;
    }
    members = names
      .filter(isMarkdownPath)
      .sort(natural.compare)
      .map((name) => join(folder, name));
  } else {
    const seen = new Set<string>();
    members = [];
    for (const pattern of set.files) {
      const matched = globSync(pattern, { cwd: set.base, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] })
        .map((path) => resolve(path))
        .filter(isMarkdownPath)
        .sort(natural.compare);
      for (const path of matched) if (!seen.has(path) && seen.add(path)) members.push(path);
    }
  }
  members = members.filter((path) => path === self || (isFile(path) && !ignored(path)));
  if (!members.includes(self) || members.length < 2) return null;
  return members;
}
