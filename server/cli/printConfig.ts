import { resolveLimits } from '../engine/limits';
import { ruleOptions } from '../engine/lint';
import type { Locale, Rule, RuleOptions, Severity } from '../engine/types';
import { configForDocument } from '../config/frontMatter';
import { loadConfigForFile } from '../config/load';
import type { ResolvedConfig } from '../config/types';
import { readSource } from './readSource';

/** One rule as `--print-config` shows it: off, or the level and every option it runs with. */
export type EffectiveRule = 'off' | { severity: Severity; options?: RuleOptions };

/** The configuration a file is linted with, every default filled in; itself a valid config file. */
export interface EffectiveConfig {
  locale: Locale;
  limits: ReturnType<typeof resolveLimits>;
  rules: Record<string, EffectiveRule>;
}

/** Defaults filled in: what each rule runs with, not just what the config files mention. */
export function effectiveConfig(config: ResolvedConfig, rules: readonly Rule[], locale: Locale): EffectiveConfig {
  const effective: Record<string, EffectiveRule> = {};
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const setting = config.rules[rule.meta.id] ?? {};
    if (setting.enabled === false) {
      effective[rule.meta.id] = 'off';
      continue;
    }
    const options = ruleOptions(rule, setting.options);
    effective[rule.meta.id] = { severity: setting.severity ?? rule.meta.defaultSeverity, ...(Object.keys(options).length > 0 ? { options } : {}) };
  }
  return { locale, limits: resolveLimits(config.limits), rules: effective };
}

export interface PrintConfigContext {
  /** Absolute path of the file asked about; it need not exist (then there is no front matter to apply). */
  file: string;
  configFile?: string;
  cwd: string;
  rules: readonly Rule[];
  /** --locale, which beats any config. */
  locale?: Locale;
}

/**
 * The effective configuration of one file as pretty JSON: config files (or --config) and what they
 * extend, then the file's own front matter when it can be read. Throws ConfigError.
 */
export function printConfig(ctx: PrintConfigContext): string {
  let config = loadConfigForFile(ctx.file, { configFile: ctx.configFile, rules: ctx.rules, roots: [ctx.cwd] });
  const source = readSource(ctx.file);
  if (source.kind === 'text') config = configForDocument(config, source.text, ctx.file, ctx.rules);
  return `${JSON.stringify(effectiveConfig(config, ctx.rules, ctx.locale ?? config.locale ?? 'nl'), null, 2)}\n`;
}
