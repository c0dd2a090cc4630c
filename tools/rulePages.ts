// Renders the metadata sections of a rule page (rules/<id>.md) from the rule's own `meta`: the
// intervention and severity lines, the options table and how to disable, in Dutch and in English.
// Each sits between `<!-- generated:<region> -->` and `<!-- /generated:<region> -->`; the prose
// around them is written by hand. scripts/rule-pages.ts (`npm run docs:rules`) writes them;
// test/rule-pages.test.ts fails when a page is out of date.
import { join } from 'node:path';
import { packageRoot } from '../server/engine/paths';
import type { Locale, OptionSpec, Rule, Severity } from '../server/engine/types';
import { interventionTitle } from '../server/report/guidance';

export const REGIONS = ['header', 'options', 'disable', 'header-en', 'options-en', 'disable-en'] as const;
export type Region = (typeof REGIONS)[number];

const SEVERITY: Record<Locale, Record<Severity, string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function interventionLink(id: string, locale: Locale): string {
  return `[${interventionTitle(id, locale)}](./interventions/${id}.md)`;
}

function header(rule: Rule, locale: Locale): string {
  const { intervention, alsoInterventions = [], defaultSeverity, fixable } = rule.meta;
  const also =
    alsoInterventions.length === 0
      ? ''
      : ` ${locale === 'en' ? 'See also' : 'Zie ook'}: ${alsoInterventions.map((id) => interventionLink(id, locale)).join(', ')}.`;
  return locale === 'en'
    ? `**Intervention:** ${interventionLink(intervention, locale)}.${also}\n\n**Default severity:** ${SEVERITY.en[defaultSeverity]} · **Quick fix:** ${fixable ? 'yes' : 'no'}`
    : `**Interventie:** ${interventionLink(intervention, locale)}.${also}\n\n**Standaard-ernst:** ${SEVERITY.nl[defaultSeverity]} · **Snelle oplossing:** ${fixable ? 'ja' : 'nee'}`;
}

/** A value as the config file writes it. */
function literal(value: OptionSpec['default']): string {
  return `\`${JSON.stringify(value)}\``;
}

function bounds(spec: OptionSpec, locale: Locale): string {
  const parts: string[] = [];
  if (spec.enum) parts.push(spec.enum.map((v) => literal(v)).join(', '));
  if (spec.minimum !== undefined) parts.push(`${locale === 'en' ? 'at least' : 'minstens'} ${spec.minimum}`);
  if (spec.maximum !== undefined) parts.push(`${locale === 'en' ? 'at most' : 'hoogstens'} ${spec.maximum}`);
  return parts.join('; ');
}

function options(rule: Rule, locale: Locale): string {
  const entries = Object.entries(rule.meta.options);
  const title = locale === 'en' ? '### Options' : '## Opties';
  if (entries.length === 0) return `${title}\n\n${locale === 'en' ? 'This rule has no options.' : 'Deze regel heeft geen opties.'}`;
  const head = locale === 'en' ? '| option | type | default | values | meaning |' : '| optie | soort | standaard | waarden | betekenis |';
  const rows = entries.map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.type} | ${literal(spec.default)} | ${bounds(spec, locale) || '–'} | ${spec.description[locale].replace(/\|/g, '\\|')} |`,
  );
  return [title, '', head, '|---|---|---|---|---|', ...rows].join('\n');
}

/** A config entry that changes the severity (and shows the options at their defaults). */
function settingExample(rule: Rule): string {
  const { id, defaultSeverity, options: specs } = rule.meta;
  const severity: Severity = defaultSeverity === 'info' ? 'warning' : 'info';
  const defaults = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, spec.default]));
  const entry = Object.keys(defaults).length === 0 ? { severity } : { severity, options: defaults };
  return JSON.stringify({ rules: { [id]: entry } }, null, 2);
}

function disable(rule: Rule, locale: Locale): string {
  const id = rule.meta.id;
  const off = JSON.stringify({ rules: { [id]: 'off' } }, null, 2);
  const directives = [`<!-- caolint-disable-next-line ${id} -->`, `<!-- caolint-disable ${id} -->`, '...', `<!-- caolint-enable ${id} -->`].join('\n');
  const hasOptions = Object.keys(rule.meta.options).length > 0;
  if (locale === 'en') {
    return [
      '### How to disable',
      '',
      'In `.caolintrc.json` (or `.caolintrc.yaml`), for the whole project:',
      '',
      '```json',
      off,
      '```',
      '',
      hasOptions ? 'Another severity, or other options (shown at their defaults):' : 'Another severity:',
      '',
      '```json',
      settingExample(rule),
      '```',
      '',
      'In the draft itself, for one line or a block:',
      '',
      '```markdown',
      directives,
      '```',
    ].join('\n');
  }
  return [
    '## Uitschakelen of aanpassen',
    '',
    'In `.caolintrc.json` (of `.caolintrc.yaml`), voor het hele project:',
    '',
    '```json',
    off,
    '```',
    '',
    hasOptions ? 'Een andere ernst, of andere opties (hier met hun standaardwaarden):' : 'Een andere ernst:',
    '',
    '```json',
    settingExample(rule),
    '```',
    '',
    'In de tekst zelf, voor één regel of een blok:',
    '',
    '```markdown',
    directives,
    '```',
  ].join('\n');
}

export function renderRegion(rule: Rule, region: Region): string {
  switch (region) {
    case 'header':
      return header(rule, 'nl');
    case 'options':
      return options(rule, 'nl');
    case 'disable':
      return disable(rule, 'nl');
    case 'header-en':
      return header(rule, 'en');
    case 'options-en':
      return options(rule, 'en');
    case 'disable-en':
      return disable(rule, 'en');
  }
}

const open = (region: Region) => `<!-- generated:${region} -->`;
const close = (region: Region) => `<!-- /generated:${region} -->`;

/** The page with every generated region rewritten from the rule. Throws when a region is missing. */
export function pageWithMetadata(page: string, rule: Rule): string {
  let out = page;
  for (const region of REGIONS) {
    const start = out.indexOf(open(region));
    const end = out.indexOf(close(region));
    if (start < 0 || end < start) throw new Error(`rules/${rule.meta.id}.md has no ${open(region)} ... ${close(region)} region`);
    out = `${out.slice(0, start + open(region).length)}\n${renderRegion(rule, region)}\n${out.slice(end)}`;
  }
  return out;
}

export function rulePagePath(rule: Rule): string {
  return join(packageRoot(), 'rules', `${rule.meta.id}.md`);
}
