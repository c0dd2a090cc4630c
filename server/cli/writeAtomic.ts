import { createHash, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a file looked like when it was read, so a later write can tell whether someone else changed it since. */
export interface ReadStamp {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes read, hex. */
  sha256: string;
}

export function stampOf(bytes: Uint8Array, stat: { size: number; mtimeMs: number }): ReadStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Why a write was refused or failed; `kind` lets the CLI say it in the user's language. */
export type WriteFailure = 'readOnly' | 'changed' | 'notAFile' | 'shortWrite';

export class WriteFileError extends Error {
  constructor(
    readonly kind: WriteFailure,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'WriteFileError';
  }
}

/** The file-system calls the writer makes; tests replace some of them to simulate a full disk. */
export interface WriterFs {
  openSync: (path: string, flags: string, mode?: number) => number;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) => number;
  fsyncSync: (fd: number) => void;
  fstatSync: (fd: number) => nodeFs.Stats;
  fchmodSync: (fd: number, mode: number) => void;
  fchownSync: (fd: number, uid: number, gid: number) => void;
  closeSync: (fd: number) => void;
  renameSync: (from: string, to: string) => void;
  unlinkSync: (path: string) => void;
  statSync: (path: string) => nodeFs.Stats;
  realpathSync: (path: string) => string;
  readFileSync: (path: string) => Buffer;
}

const realFs: WriterFs = {
  openSync: (path, flags, mode) => nodeFs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length, position) => nodeFs.writeSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => nodeFs.fsyncSync(fd),
  fstatSync: (fd) => nodeFs.fstatSync(fd),
  fchmodSync: (fd, mode) => nodeFs.fchmodSync(fd, mode),
  fchownSync: (fd, uid, gid) => nodeFs.fchownSync(fd, uid, gid),
  closeSync: (fd) => nodeFs.closeSync(fd),
  renameSync: (from, to) => nodeFs.renameSync(from, to),
  unlinkSync: (path) => nodeFs.unlinkSync(path),
  statSync: (path) => nodeFs.statSync(path),
  realpathSync: (path) => nodeFs.realpathSync(path),
  readFileSync: (path) => nodeFs.readFileSync(path),
};

export interface WriteOptions {
  /** The stamp taken when the content was read: the write is refused if the file no longer matches it. */
  expected?: ReadStamp;
  /** Replacement file-system calls (tests). */
  fs?: Partial<WriterFs>;
}

/**
 * Replaces an existing file's content so that, whatever happens, the file holds either its old
 * content or the complete new content — never a truncated mix:
 *
 * - the new bytes go to a temporary file beside the target (same file system, so the rename is
 *   atomic) and every byte is written: `write` may write fewer bytes than asked (a full disk, a
 *   file-size limit), so it is called until all are out, and anything short of that throws;
 * - the temporary file is flushed and its size checked before it is renamed over the target, and
 *   the folder is flushed after, so the rename itself survives a crash;
 * - a symbolic link is followed and its target replaced, so the link stays a link;
 * - the target's permission bits (and owner, where the process may set it) are carried over;
 * - a file without write permission is refused rather than silently replaced (a rename would
 *   succeed on a read-only file, since it needs only the folder to be writable);
 * - with `expected`, the target is compared with what was read just before the rename, and the
 *   write is refused if it changed (an editor saved it meanwhile), so no one's edits are lost.
 *
 * Throws on any failure; the target is then untouched and the temporary file removed.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const fs: WriterFs = { ...realFs, ...options.fs };
  // Follow symbolic links (chains too) so the link is kept and its target gets the new content.
  const target = fs.realpathSync(path);
  const stat = fs.statSync(target);
  if (!stat.isFile()) throw new WriteFileError('notAFile', path, `${path}: not a regular file`);
  // Permission bits, not access(2): root may write anything, but a file someone marked read-only
  // should not be changed behind their back.
  if ((stat.mode & 0o222) === 0) throw new WriteFileError('readOnly', path, `${path}: the file is read-only`);
  try {
    nodeFs.accessSync(target, nodeFs.constants.W_OK);
  } catch {
    // Someone else's file in a folder we may write to: the rename would succeed, and it must not.
    throw new WriteFileError('readOnly', path, `${path}: no permission to write the file`);
  }

  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const folder = dirname(target);
  // Random as well as per process: two containers sharing a mounted folder can have the same pid and clock.
  const temp = join(folder, `.${basename(target)}.caolint-${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = stat.mode & 0o7777;
  const fd = fs.openSync(temp, 'wx', 0o600);
  let closed = false;
  try {
    let written = 0;
    while (written < bytes.length) {
      const n = fs.writeSync(fd, bytes, written, bytes.length - written, null);
      // Zero bytes written with no error would loop forever; treat it as the disk being full.
      if (!(n > 0)) throw new WriteFileError('shortWrite', path, `${path}: only ${written} of ${bytes.length} bytes could be written`);
      written += n;
    }
    fs.fsyncSync(fd);
    const size = fs.fstatSync(fd).size;
    if (size !== bytes.length) throw new WriteFileError('shortWrite', path, `${path}: only ${size} of ${bytes.length} bytes reached the disk`);
    try {
      fs.fchownSync(fd, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; an ordinary user's file keeps their own ownership anyway.
    }
    fs.fchmodSync(fd, mode);
    fs.closeSync(fd);
    closed = true;
    if (options.expected && changedSince(fs, target, options.expected)) {
      throw new WriteFileError('changed', path, `${path}: the file changed after it was read`);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    if (!closed) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed or never usable; the unlink below is what matters
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // the temporary file is already gone
    }
    throw error;
  }
  syncFolder(fs, folder);
}

function changedSince(fs: WriterFs, target: string, expected: ReadStamp): boolean {
  const now = fs.statSync(target);
  if (now.size !== expected.size || now.mtimeMs !== expected.mtimeMs) return true;
  // Same size and time can still hide a change within the clock's resolution; the hash settles it.
  return stampOf(fs.readFileSync(target), now).sha256 !== expected.sha256;
}

/** Flushes the folder entry so the rename is on disk; some systems (Windows) cannot open a folder, and then there is nothing to do. */
function syncFolder(fs: WriterFs, folder: string): void {
  let fd: number;
  try {
    fd = fs.openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // EINVAL on file systems that do not sync folders; the rename has happened either way
  } finally {
    fs.closeSync(fd);
  }
}
