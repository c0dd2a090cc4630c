import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { lineEndingOf } from '../model/lines';
import { stampOf, type ReadStamp } from './writeAtomic';

export type SourceEncoding = 'utf8' | 'utf16le' | 'utf16be';

/** A Markdown file as read from disk, ready for linting. */
export type Source =
  | {
      kind: 'text';
      text: string;
      bom: boolean;
      /** How the file is encoded; --fix writes it back the same way. UTF-16 files carry a BOM. */
      encoding: SourceEncoding;
      eol: '\n' | '\r\n' | '\r';
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

/** The UTF-16 encoding a byte-order mark announces (FF FE little-endian, FE FF big-endian), if any. */
function utf16Of(bytes: Uint8Array): SourceEncoding | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return null;
}

/**
 * Decodes a file's bytes. UTF-16 with a byte-order mark (as Windows tools save "Unicode" text) is
 * decoded, not taken for binary; otherwise NUL bytes mean binary. A BOM is removed and remembered.
 */
export function decodeSource(bytes: Uint8Array, stamp: ReadStamp | null = null): Source {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
    if (utf16 === 'utf16be') even.swap16();
    const text = even.toString('utf16le').slice(1);
    // An odd trailing byte is half a character: lint the rest, but do not write over it.
    const invalidAt = bytes.length % 2 === 1 ? bytes.length - 1 : null;
    return { kind: 'text', text, bom: true, encoding: utf16, eol: lineEndingOf(text), invalidUtf8At: invalidAt, stamp };
  }
  if (bytes.includes(0)) return { kind: 'binary' };
  const bad = firstInvalidUtf8(bytes);
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { kind: 'text', text, bom, encoding: 'utf8', eol: lineEndingOf(text), invalidUtf8At: bad === -1 ? null : bad, stamp };
}

/** The bytes of `text` as the file was encoded (its BOM included), for --fix to write back. */
export function encodeSource(text: string, source: { bom: boolean; encoding: SourceEncoding }): Buffer {
  const full = (source.bom ? '\uFEFF' : '') + text;
  if (source.encoding === 'utf8') return Buffer.from(full, 'utf8');
  const bytes = Buffer.from(full, 'utf16le');
  if (source.encoding === 'utf16be') bytes.swap16();
  return bytes;
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
