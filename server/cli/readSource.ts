import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { lineEndingOf } from '../model/lines';
import { stampOf, type ReadStamp } from './writeAtomic';

/** A Markdown file as read from disk, ready for linting. */
export type Source =
  | {
      kind: 'text';
      text: string;
      bom: boolean;
      eol: '\n' | '\r\n';
      invalidUtf8At: number | null;
      /** Size, time and hash of the bytes read, so --fix can refuse to write over a file changed meanwhile; null when not read from disk. */
      stamp: ReadStamp | null;
    }
  | { kind: 'binary' }
  | { kind: 'unreadable'; reason: string };

/**
 * Byte offset of the first invalid UTF-8 sequence, or -1. Follows the UTF-8 definition: no
 * overlong forms, no surrogates, nothing above U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}


/** Decodes a file's bytes: NUL bytes mean binary; a UTF-8 BOM is removed and remembered. */
export function decodeSource(bytes: Uint8Array, stamp: ReadStamp | null = null): Source {
  if (bytes.includes(0)) return { kind: 'binary' };
  const bad = firstInvalidUtf8(bytes);
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { kind: 'text', text, bom, eol: lineEndingOf(text), invalidUtf8At: bad === -1 ? null : bad, stamp };
}

export function readSource(path: string): Source {
  let bytes: Buffer;
  let stamp: ReadStamp;
  try {
    // Stat the same open file that is read, so the stamp describes exactly these bytes.
    const fd = openSync(path, 'r');
    try {
      const stat = fstatSync(fd);
      bytes = readFileSync(fd);
      stamp = stampOf(bytes, stat);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  return decodeSource(bytes, stamp);
}
