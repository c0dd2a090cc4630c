import { statSync } from 'node:fs';
import { parseMarkdown } from '../engine/parse';
import { checkInputLimits, resolveLimits, type InputLimits } from '../engine/limits';
import { buildPolicyDocument } from '../model/build';
import { outlineOf, type FileOutline } from './outline';

/**
 * Outlines of files on disk for the CLI, cached per process by path, modification time and size: a
 * set of ten chapter files costs each worker one model per file for the outlines, however many
 * of the set's files it lints. A file that cannot be read or is over the input limits is left out
 * of the set (its own lint says why).
 */
const cache = new Map<string, { stamp: string; outline: FileOutline | null }>();

/**
 * Keeps the outline of a file just linted from its text as read (`stamp`: its modification time and
 * size then), so the other files of its set need not model it again: in one thread, only the first
 * file of a set models the others.
 */
export function rememberOutline(path: string, stamp: { mtimeMs: number; size: number }, outline: FileOutline): void {
  cache.set(path, { stamp: `${stamp.mtimeMs}:${stamp.size}`, outline });
}

export function diskOutline(path: string, read: (path: string) => string | null, limits?: Partial<InputLimits>): FileOutline | null {
  let stamp: string;
  try {
    const s = statSync(path);
    stamp = `${s.mtimeMs}:${s.size}`;
  } catch {
    return null;
  }
  const hit = cache.get(path);
  if (hit && hit.stamp === stamp) return hit.outline;
  let outline: FileOutline | null = null;
  const text = read(path);
  if (text !== null) {
    try {
      checkInputLimits(text, resolveLimits(limits ?? {}));
      outline = outlineOf(path, buildPolicyDocument(text, parseMarkdown(text)));
    } catch {
      outline = null;
    }
  }
  cache.set(path, { stamp, outline });
  return outline;
}
