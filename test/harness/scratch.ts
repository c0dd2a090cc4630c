import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes a file at a path relative to `dir`, creating its folders; returns the full path. */
export function putFile(dir: string, rel: string, content: string | Buffer): string {
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** Copies the fixture `name` from `fixtures` into `dir` (as `as`); returns the full path. */
export function copyFixture(fixtures: string, dir: string, name: string, as = name): string {
  const file = join(dir, as);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(join(fixtures, name), file);
  return file;
}
