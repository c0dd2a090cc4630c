import { allRules } from '../../rules/index';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readConfigFile, toResolved } from '../../server/config/load';
import type { ResolvedConfig } from '../../server/config/types';
import { packageRoot } from '../../server/engine/paths';
import { setInputFor } from '../../server/cli/setInput';
import type { SetInput } from '../../server/set/resolve';

/** What a sample is linted with besides its own text and front matter: the folder's config and the other files of its cao. */
export interface SampleContext {
  config?: ResolvedConfig;
  set?: SetInput;
}

export interface Sample {
  /** Path relative to the package root, for messages ("samples/ontwikkelbudget-goed.md"). */
  name: string;
  text: string;
  context: SampleContext;
}

/** The folders of sample drafts: the drafts themselves, and the proposal pairs that `caolint compare` is shown on. */
const SAMPLE_FOLDERS = ['samples', 'samples/voorstellen'];

/**
 * Folders whose files form one cao (their `.caolintrc.yaml` says `set:`): each file is linted with
 * that config and the outlines of the others, as the CLI does, so references across the files
 * resolve and the set's own messages are shown.
 */
const SET_FOLDERS = ['samples/cao-in-delen', 'samples/cao-in-delen-verwijzingen'];

function draftsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .sort();
}

/** Every sample draft in samples/, samples/voorstellen/ and the set folders (a README is documentation, not a draft). */
export function loadSamples(): Sample[] {
  const root = packageRoot();
  const read = (dir: string, file: string, context: SampleContext): Sample => ({
    name: relative(root, join(dir, file)),
    text: readFileSync(join(dir, file), 'utf8'),
    context,
  });
  const single = SAMPLE_FOLDERS.flatMap((folder) => draftsIn(join(root, folder)).map((file) => read(join(root, folder), file, {})));
  const sets = SET_FOLDERS.flatMap((folder) => {
    const dir = join(root, folder);
    const configFile = join(dir, '.caolintrc.yaml');
    const config = toResolved(readConfigFile(configFile, allRules), configFile);
    return draftsIn(dir).map((file) => read(dir, file, { config, set: setInputFor(join(dir, file), config, root) }));
  });
  return [...single, ...sets];
}
