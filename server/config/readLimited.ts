import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Localized } from '../engine/types';
import { configText } from './messages';

/** Largest config file caolint reads (a real one is a few KB). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** Largest front matter block whose `caolint:` key caolint parses. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** Most YAML aliases one config file or front matter may use (a billion-laughs document uses millions). */
export const MAX_YAML_ALIASES = 100;

/** Why a file cannot be read as a config file; the message never quotes the file. */
export class ConfigReadError extends Error {
  constructor(
    readonly kind: 'missing' | 'notAFile' | 'tooLarge' | 'unreadable',
    readonly localized: Localized,
  ) {
    super(localized.en);
    this.name = 'ConfigReadError';
  }
}

/**
 * Reads a config file as UTF-8 text, refusing what is not a regular file (a device such as
 * /dev/zero, a FIFO, a socket, a folder) before opening it, and anything over `limit` bytes: at most
 * limit+1 bytes are read, so an endless or huge file costs no memory.
 */
export function readConfigText(path: string, limit = MAX_CONFIG_BYTES): string {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ConfigReadError('missing', configText('notFound'));
    throw new ConfigReadError('unreadable', configText('unreadable', { code: code ?? 'error' }));
  }
  if (!stat.isFile()) throw new ConfigReadError('notAFile', configText('notAFile'));
  if (stat.size > limit) throw new ConfigReadError('tooLarge', configText('tooLarge', { size: stat.size, limit }));
  let fd: number;
  try {
    // O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it does not hang.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ConfigReadError('unreadable', configText('unreadable', { code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  try {
    if (!fstatSync(fd).isFile()) throw new ConfigReadError('notAFile', configText('notAFile'));
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (error) {
        throw new ConfigReadError('unreadable', configText('unreadable', { code: (error as NodeJS.ErrnoException).code ?? 'error' }));
      }
      if (n === 0) break;
      length += n;
      if (length > limit) throw new ConfigReadError('tooLarge', configText('tooLargeRead', { limit }));
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** True when `file` is `folder` or lies inside it. */
export function isInside(file: string, folder: string): boolean {
  const rel = relative(folder, file);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** A path with its symbolic links resolved, or as given when it does not exist. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The user's own config places outside any project: `~/.caolintrc.*` and the folder `~/.config/caolint/`. */
export function homeConfigPlaces(): { files: string[]; folders: string[] } {
  let home: string;
  try {
    home = homedir();
  } catch {
    return { files: [], folders: [] };
  }
  if (!home) return { files: [], folders: [] };
  const names = ['.caolintrc.json', '.caolintrc.yaml', '.caolintrc.yml', 'caolint.config.json'];
  return { files: names.map((n) => realPath(join(home, n))), folders: [realPath(join(home, '.config', 'caolint'))] };
}

/**
 * Whether a config file may be read: inside one of `roots` (the workspace or working folder, the
 * folder tree of the config files found for the draft) or one of the user's home config places.
 * Symbolic links are resolved first, so a link inside the project to /etc/passwd does not pass.
 */
export function mayRead(file: string, roots: readonly string[]): boolean {
  const real = realPath(file);
  if (roots.some((root) => isInside(real, realPath(root)))) return true;
  const home = homeConfigPlaces();
  return home.files.includes(real) || home.folders.some((folder) => isInside(real, folder));
}
