import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The name of the ignore file (gitignore syntax) in the folder caolint starts from: the CLI's working folder, the editor's workspace folder. */
export const IGNORE_FILE = '.caolintignore';

/** The `.caolintignore` of `folder`, if there is one; an unreadable file ignores nothing rather than stopping the lint. */
export function loadIgnoreFile(folder: string): Ignore | null {
  const file = resolve(folder, IGNORE_FILE);
  if (!existsSync(file)) return null;
  try {
    return ignore().add(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** `file` relative to `folder` with forward slashes, or null when it lies outside (the `ignore` package only judges paths inside). */
function inside(folder: string, file: string): string | null {
  const rel = relative(folder, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** Whether `matcher` (belonging to `folder`) excludes `file`; files outside the folder are never excluded. */
export function ignoredBy(matcher: Ignore | null, folder: string, file: string): boolean {
  if (!matcher) return false;
  const rel = inside(folder, file);
  return rel !== null && matcher.ignores(rel);
}

export interface FileFilterOptions {
  /** Glob patterns (gitignore syntax, relative to the folder): when any is given, only matching files are linted. */
  include?: readonly string[];
  /** Glob patterns (gitignore syntax, relative to the folder) excluded on top of `.caolintignore`. */
  exclude?: readonly string[];
}

/**
 * Which files of `folder` are linted: not excluded by its `.caolintignore` or by `exclude`, and
 * matching `include` when that is given. The same judgement for the CLI's folder search and for
 * the editor, so a draft the CLI skips gets no diagnostics in the editor either.
 */
export function fileFilter(folder: string, options: FileFilterOptions = {}): (file: string) => boolean {
  const fromFile = loadIgnoreFile(folder);
  const exclude = options.exclude?.length ? ignore().add([...options.exclude]) : null;
  const include = options.include?.length ? ignore().add([...options.include]) : null;
  return (file) => {
    if (ignoredBy(fromFile, folder, file) || ignoredBy(exclude, folder, file)) return false;
    if (!include) return true;
    const rel = inside(folder, file);
    // A file outside the folder cannot match the folder's include patterns.
    return rel !== null && include.ignores(rel);
  };
}
