// Scores the work-organisation rules on one half of the labelled corpus (odd or even file numbers),
// so changes can be tuned on one half and checked on the other.
// Usage: node --import tsx scripts/corpus-split.ts odd|even [--errors]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../server/engine/lint';
import { corpusFolder, hasCorpus, type Label } from '../test/corpus/score';

const RULES = [
  'job-crafting-ownership', 'combination-project-terms', 'meeting-group-size', 'task-change-workload', 'rotation-pace',
  'enrichment-authority', 'working-group-mandate', 'participation-conditions', 'lummeltijd-terms',
];
if (!hasCorpus()) process.exit(2);
const half = process.argv[2] === 'even' ? 0 : 1;
const showErrors = process.argv.includes('--errors');
const folder = corpusFolder();
const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as Record<string, Record<string, Label>>;
const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8')) as Record<string, { lang: string }>;
const rows = new Map(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0, tn: 0, errors: [] as string[] }]));
for (const [file, perRule] of Object.entries(labels)) {
  if (sources[file]?.lang !== 'nl' || parseInt(file, 10) % 2 !== half) continue;
  if (!RULES.some((r) => perRule[r] && perRule[r].label !== 'unsure')) continue;
  const { findings } = lintText(readFileSync(join(folder, file), 'utf8'));
  for (const rule of RULES) {
    const label = perRule[rule];
    if (!label || label.label === 'unsure') continue;
    const row = rows.get(rule)!;
    const own = findings.filter((f) => f.ruleId === rule);
    if (label.label === 'flag') {
      if (own.length) row.tp++;
      else { row.fn++; row.errors.push(`missed ${file.slice(0, 40)}: «${label.quote.slice(0, 90)}»`); }
    } else if (own.length) { row.fp++; row.errors.push(`false  ${file.slice(0, 40)}: ${own[0].message.slice(0, 110)}`); }
    else row.tn++;
  }
}
let t = { tp: 0, fp: 0, fn: 0, tn: 0 };
for (const [rule, r] of rows) {
  t = { tp: t.tp + r.tp, fp: t.fp + r.fp, fn: t.fn + r.fn, tn: t.tn + r.tn };
  console.log(`${rule.padEnd(28)} tp ${r.tp} fp ${r.fp} fn ${r.fn} tn ${r.tn}`);
}
console.log(`${'TOTAL'.padEnd(28)} tp ${t.tp} fp ${t.fp} fn ${t.fn} tn ${t.tn}`);
if (showErrors) for (const [rule, r] of rows) for (const e of r.errors) console.log(`  ${rule}: ${e}`);
