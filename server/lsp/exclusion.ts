import { fileURLToPath } from 'node:url';
import { fileFilter } from '../config/ignore';
import { folderOf } from './config';
import type { Settings } from './settings';

/**
 * Which drafts the editor leaves alone: those the workspace folder's `.caolintignore` excludes (as
 * the CLI started in that folder does) and those `caolint.exclude` / `caolint.include` rule out.
 * Filters are kept per folder and setting until `clear` (a watched file or a setting changed), so a
 * keystroke costs no file read.
 */
export class Exclusions {
  private readonly filters = new Map<string, (file: string) => boolean>();

  constructor(private readonly folders: () => readonly string[]) {}

  isExcluded(uri: string, settings: Pick<Settings, 'include' | 'exclude'>): boolean {
    // Untitled drafts and other schemes have no place in a folder to be excluded from.
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    const folder = folderOf(file, this.folders());
    // Outside every workspace folder nothing says where the patterns start: the draft is linted.
    if (folder === null) return false;
    const key = JSON.stringify([folder, settings.include, settings.exclude]);
    let filter = this.filters.get(key);
    if (!filter) {
      filter = fileFilter(folder, { include: settings.include, exclude: settings.exclude });
      this.filters.set(key, filter);
    }
    return !filter(file);
  }

  clear(): void {
    this.filters.clear();
  }
}
