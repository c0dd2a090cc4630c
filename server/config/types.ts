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
  /** The files that together form one cao with this one (server/set/members.ts); unset: the file stands alone. */
  set?: CaoSet;
}

/**
 * A cao split into files, as a config file declares it: `folder` (every Markdown file in the folder
 * of the draft) or a list of globs. `base` is the folder of the config file that declared it: globs
 * are relative to it, as in a .gitignore.
 */
export interface CaoSet {
  base: string;
  files: 'folder' | string[];
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
  /** The files that form one cao: `folder`, or globs relative to this config file (only in config files, not in front matter). */
  set?: 'folder' | string[];
}
