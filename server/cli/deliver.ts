import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Locale } from '../engine/types';
import { displayPath } from '../config/errors';
import { t } from './messages';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Where a report goes and how to say that it could not be written. */
export interface DeliveryIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Writes the report where it was asked for (`-o` or stdout); false (after saying why) when the file cannot be written. */
export function deliver(text: string, options: { outputFile?: string }, io: DeliveryIo, locale: Locale): boolean {
  if (options.outputFile === undefined) {
    io.stdout(text);
    return true;
  }
  const path = resolve(io.cwd, options.outputFile);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return true;
  } catch (error) {
    io.stderr(`caolint: ${t('outputFailed', locale, { path: displayPath(path, io.cwd), reason: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
    return false;
  }
}
