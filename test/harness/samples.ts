import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../../server/engine/paths';

export interface Sample {
  /** Path relative to the package root, for messages ("samples/ontwikkelbudget-goed.md"). */
  name: string;
  text: string;
}

/** The folders of sample drafts: the drafts themselves, and the proposal pairs that `caolint compare` is shown on. */
const SAMPLE_FOLDERS = ['samples', 'samples/voorstellen'];

/** Every sample draft in samples/ and samples/voorstellen/ (a README is documentation, not a draft). */
export function loadSamples(): Sample[] {
  const root = packageRoot();
  return SAMPLE_FOLDERS.flatMap((folder) => {
    const dir = join(root, folder);
    return readdirSync(dir)
      .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
      .sort()
      .map((file) => ({ name: relative(root, join(dir, file)), text: readFileSync(join(dir, file), 'utf8') }));
  });
}
