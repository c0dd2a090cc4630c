import { isAbsolute, relative, sep } from 'node:path';
import type { Locale, Localized } from '../engine/types';

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
  /** The message without the file name, in English (logs, and callers that know no language). */
  readonly detail: string;
  /** The message without the file name, in both languages. */
  readonly localized: Localized;
  constructor(location: ConfigErrorLocation, detail: string | Localized) {
    const localized = typeof detail === 'string' ? { nl: detail, en: detail } : detail;
    super(`${displayPath(location.file)}: ${localized.en}`);
    this.detail = localized.en;
    this.localized = localized;
    this.name = 'ConfigError';
    this.file = location.file;
    this.keyPath = location.keyPath;
    this.line = location.line;
    this.column = location.column;
  }

  /** The message without the file name, in the user's language. */
  detailIn(locale: Locale): string {
    return this.localized[locale];
  }

  /** The whole message (file, then what is wrong) in the user's language, the file relative to `cwd` when inside it. */
  messageIn(locale: Locale, cwd: string = process.cwd()): string {
    return `${displayPath(this.file, cwd)}: ${this.localized[locale]}`;
  }
}

/** A path as a user reads it: relative to the working folder if inside it, else absolute. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}
