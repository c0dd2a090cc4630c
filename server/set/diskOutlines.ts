import { statSync } from 'node:fs';
import { parseMarkdown } from '../engine/parse';
import { checkInputLimits, resolveLimits, type InputLimits } from '../engine/limits';
import { buildPolicyDocument } from '../model/build';
import type { PolicyDocument } from '../model/types';
import { outlineOf, type FileOutline } from './outline';

/**
 * Outlines of files on disk for the CLI, cached per process by path, modification time and size: a
 * set of ten chapter files costs each worker one model per file for the outlines, however many
 * of the set's files it lints. A file that cannot be read or is over the input limits is left out
 * of the set (its own lint says why).
 */
const cache = new Map<string, { stamp: string; outline: FileOutline | null; model?: PolicyDocument }>();

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
  let model: PolicyDocument | undefined;
  const text = read(path);
  if (text !== null) {
    try {
      checkInputLimits(text, resolveLimits(limits ?? {}));
      model = buildPolicyDocument(text, parseMarkdown(text));
      outline = outlineOf(path, model);
    } catch {
      outline = null;
    }
  }
  // The model is kept until the file's own lint takes it (`takeModel`): a set's files are usually all
  // linted in one run, and modelling a file twice, once for the others' outlines and once for its own
  // lint, would cost as much as linting it twice.
  cache.set(path, model ? { stamp, outline, model } : { stamp, outline });
  return outline;
}

/** The model built of exactly this text of the file for the outline, once: its own lint need not build it again. */
export function takeModel(path: string, stamp: { mtimeMs: number; size: number }, text: string): PolicyDocument | undefined {
  const hit = cache.get(path);
  if (!hit?.model || hit.stamp !== `${stamp.mtimeMs}:${stamp.size}` || hit.model.text !== text) return undefined;
  const { model } = hit;
  delete hit.model;
  return model;
}
