import { createColors } from 'picocolors';
import { ruleDocsUrl } from '../engine/paths';
import type { Locale, Rule, Severity } from '../engine/types';
import { severityWord } from './messages';

/** One rule as `caolint rules --format json` lists it. */
export interface RuleListing {
  id: string;
  intervention: string;
  defaultSeverity: Severity;
  fixable: boolean;
  docs: string;
  description: string;
  options: Record<string, { type: string; default: number | boolean | string; minimum?: number; maximum?: number; description: string }>;
}

export function listRules(rules: readonly Rule[], locale: Locale): RuleListing[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    intervention: meta.intervention,
    defaultSeverity: meta.defaultSeverity,
    fixable: meta.fixable,
    docs: ruleDocsUrl(meta.id),
    description: meta.description[locale],
    options: Object.fromEntries(
      Object.entries(meta.options).map(([name, spec]) => [
        name,
        {
          type: spec.type,
          default: spec.default,
          ...(spec.minimum === undefined ? {} : { minimum: spec.minimum }),
          ...(spec.maximum === undefined ? {} : { maximum: spec.maximum }),
          description: spec.description[locale],
        },
      ]),
    ),
  }));
}

export function formatRuleList(rules: readonly Rule[], locale: Locale, format: 'json' | 'stylish', color: boolean): string {
  const listing = listRules(rules, locale);
  if (format === 'json') return `${JSON.stringify(listing, null, 2)}\n`;
  const c = createColors(color);
  const fixable = locale === 'nl' ? 'herstelbaar' : 'fixable';
  const lines = listing.flatMap((rule) => [
    `${c.bold(rule.id)}  ${severityWord(rule.defaultSeverity, locale)}${rule.fixable ? `, ${fixable}` : ''}  (${rule.intervention})`,
    `  ${rule.description}`,
    ...Object.entries(rule.options).map(([name, o]) => `  ${c.dim(`${name}: ${o.type} = ${String(o.default)}`)}  ${o.description}`),
    `  ${c.dim(rule.docs)}`,
    '',
  ]);
  const none = locale === 'nl' ? 'Geen regels geregistreerd.' : 'No rules registered.';
  return listing.length ? `${lines.join('\n')}` : `${none}\n`;
}
