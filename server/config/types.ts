import type { Locale, RuleOptions, Severity } from '../engine/types';
import type { InputLimits } from '../engine/limits';

/** One rule's settings as a user writes them; anything left out falls back to the rule's defaults. */
export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  options?: RuleOptions;
}

/** Settings after merging defaults, config files, front matter and editor settings. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  locale?: Locale;
  /** Input limits (server/engine/limits.ts); unset ones keep their defaults. */
  limits?: Partial<InputLimits>;
  /** Where reports link the rule pages (a web folder holding `<rule-id>.md`); see `docsBaseUrl` in the config file. */
  docsBaseUrl?: string;
}

/** A rule's entry as written in a config file: a level, or an object with the details. */
export type RuleEntry = 'off' | Severity | RuleSetting;

/** The contents of a `.caolintrc.*` / `caolint.config.json` file (or of the `caolint:` front-matter key). */
export interface ConfigFileContent {
  $schema?: string;
  /** Stop looking for config files in folders further up. */
  root?: boolean;
  /** Config file(s) to start from, relative to this file. */
  extends?: string | string[];
  locale?: Locale;
  limits?: Partial<InputLimits>;
  /** Web folder of the rule pages for the CLI's reports; unset: the bundled pages locally, the published ones in CI formats. */
  docsBaseUrl?: string;
  rules?: Record<string, RuleEntry>;
}
