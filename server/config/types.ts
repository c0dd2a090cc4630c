import type { Locale, RuleOptions, Severity } from '../engine/types';

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
}
