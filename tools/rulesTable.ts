// The rule table of README.md between <!-- rules:start --> and <!-- rules:end -->, from the rules'
// own metadata (the single source of truth). `npm run docs` (scripts/rules-table.ts) writes it;
// test/readme.test.ts fails on drift. Here, not in scripts/, because both use it.
import type { Rule } from '../server/engine/types';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function renderRulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const { id, intervention, defaultSeverity, fixable, description, options } = rule.meta;
    const optionList =
      Object.entries(options)
        .map(([name, spec]) => `\`${name}\` (${String(spec.default)})`)
        .join(', ') || '–';
    return `| [\`${id}\`](rules/${id}.md) | [${intervention}](rules/interventions/${intervention}.md) | ${defaultSeverity} | ${fixable ? 'ja / yes' : '–'} | ${optionList} | ${description.nl} |`;
  });
  return [
    START,
    '| regel / rule | interventie | ernst / severity | quick fix | opties / options | wat de regel vraagt |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    END,
  ].join('\n');
}

export function readmeWithTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} ... ${END} block`);
  return readme.slice(0, start) + renderRulesTable(rules) + readme.slice(end + END.length);
}
