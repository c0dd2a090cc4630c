import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let cachedRoot: string | null = null;

/**
 * The folder holding caolint's package.json: the source checkout when run from source, the
 * installed package (or the unpacked .vsix) when run from the bundles in dist/.
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'caolint') {
          cachedRoot = dir;
          return dir;
        }
      } catch {
        // not ours; keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('caolint: cannot find its own package folder');
    dir = up;
  }
}

/** caolint's version, from its package.json (reports name it; the CLI's --version prints it). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Where CI reports (SARIF, GitHub annotations, GitLab Code Quality, JUnit) link a rule's page when
 * the config sets no `docsBaseUrl`: the same pages as bundled, as published with the source. A
 * report read on another machine must never point at the runner's disk.
 */
export const DEFAULT_DOCS_BASE_URL = 'https://github.com/caolint/caolint/blob/main/rules/';

/** A rule's page under a docs base URL (a base without a trailing slash counts as a folder). */
export function webRuleDocsUrl(ruleId: string, base: string = DEFAULT_DOCS_BASE_URL): string {
  return new URL(`${encodeURIComponent(ruleId)}.md`, base.endsWith('/') ? base : `${base}/`).href;
}

/** file:// URL of a rule's bundled documentation page (readable offline). */
export function ruleDocsUrl(ruleId: string): string {
  return pathToFileURL(join(packageRoot(), 'rules', `${ruleId}.md`)).href;
}

/** file:// URL of an intervention's bundled documentation page. */
export function interventionDocsUrl(interventionId: string): string {
  return pathToFileURL(join(packageRoot(), 'rules', 'interventions', `${interventionId}.md`)).href;
}
