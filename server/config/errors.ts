import { isAbsolute, relative, sep } from 'node:path';

/** Where a config problem was found: the file, and optionally the key path and line inside it. */
export interface ConfigErrorLocation {
  file: string;
  keyPath?: string;
  line?: number;
  column?: number;
}

/**
 * A configuration that cannot be used. The message names the file (relative to the working folder
 * when inside it) and the key path, e.g. `.caolintrc.yaml: rules.x.options.minMonths must be a number`.
 */
export class ConfigError extends Error {
  readonly file: string;
  readonly keyPath: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The message without the file name. */
  readonly detail: string;
  constructor(location: ConfigErrorLocation, detail: string) {
    super(`${displayPath(location.file)}: ${detail}`);
    this.detail = detail;
    this.name = 'ConfigError';
    this.file = location.file;
    this.keyPath = location.keyPath;
    this.line = location.line;
    this.column = location.column;
  }
}

/** A path as a user reads it: relative to the working folder if inside it, else absolute. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}
