import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/**
 * A file's version at a git revision (`caolint compare --base <ref> FILE`), read with
 * `git show <ref>:<path>` from the file's own repository, whatever the working folder is.
 */
export type GitVersion =
  { kind: 'found'; bytes: Uint8Array } | { kind: 'no-git' } | { kind: 'not-a-repository' } | { kind: 'unknown-ref' } | { kind: 'missing-at-ref'; path: string };

const MAX_BYTES = 64 * 1024 * 1024;

function git(args: readonly string[], cwd: string) {
  // No shell: the ref and the path are passed as arguments as they are.
  return spawnSync('git', args, { cwd, maxBuffer: MAX_BYTES, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
}

/** The version of `file` (an absolute path to a file in a working tree) at revision `ref`. */
export function readAtRevision(file: string, ref: string): GitVersion {
  // The real folder, so a symlinked path maps onto the repository's own paths.
  const folder = realpathSync(dirname(file));
  const top = git(['rev-parse', '--show-toplevel'], folder);
  if (top.error) return { kind: 'no-git' };
  if (top.status !== 0) return { kind: 'not-a-repository' };
  // `--end-of-options`: a ref that starts with a dash is a ref, never an option.
  if (git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], folder).status !== 0) return { kind: 'unknown-ref' };
  const root = top.stdout.toString('utf8').trim();
  const path = relative(root, join(folder, basename(file)))
    .split(sep)
    .join('/');
  const shown = git(['show', '--end-of-options', `${ref}:${path}`], root);
  if (shown.status !== 0) return { kind: 'missing-at-ref', path };
  return { kind: 'found', bytes: shown.stdout };
}

/** Whether `file` (an absolute path) is in a git working tree, with git installed to read it. */
export function inRepository(file: string): boolean {
  let folder: string;
  try {
    folder = realpathSync(dirname(file));
  } catch {
    return false;
  }
  const top = git(['rev-parse', '--show-toplevel'], folder);
  return !top.error && top.status === 0;
}
