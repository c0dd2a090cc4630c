import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../../server/engine/paths';

export interface Sample {
  /** Path relative to the package root, for messages ("samples/ontwikkelbudget-goed.md"). */
  name: string;
  text: string;
}

/** Every sample draft in samples/ (its README is documentation, not a draft). */
export function loadSamples(): Sample[] {
  const root = packageRoot();
  const dir = join(root, 'samples');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .sort()
    .map((file) => ({ name: relative(root, join(dir, file)), text: readFileSync(join(dir, file), 'utf8') }));
}
