import { join, resolve } from 'node:path';
import type { Locale, Rule } from '../engine/types';
import { ConfigError } from '../config/errors';
import { loadConfigForFile } from '../config/load';

/** The `locale` the configuration for `file` sets, if any; a broken configuration is reported elsewhere, so here it only sets nothing. */
export function configuredLocale(file: string, cwd: string, rules: readonly Rule[], configFile?: string): Locale | undefined {
  try {
    return loadConfigForFile(file, { configFile, rules, roots: [cwd] }).locale;
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

/**
 * The one language of a run (summary, severities, notes, rule messages): --locale, else the config
 * that applies in the working folder (or --config), else that of the first file linted, else Dutch.
 * One run never mixes languages, even when drafts further down configure another.
 */
export function runLocale(opts: { locale?: Locale; config?: string }, cwd: string, rules: readonly Rule[], firstFile?: string): Locale {
  if (opts.locale) return opts.locale;
  const configFile = opts.config === undefined ? undefined : resolve(cwd, opts.config);
  // Only the folder of the path counts: it stands for "a draft in the working folder" and is never read.
  const here = configuredLocale(join(cwd, 'caolint.md'), cwd, rules, configFile);
  if (here) return here;
  const first = firstFile === undefined ? undefined : configuredLocale(firstFile, cwd, rules, configFile);
  return first ?? 'nl';
}
