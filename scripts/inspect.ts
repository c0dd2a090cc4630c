// Prints the policy model of a Markdown file: its provisions, and per sentence the provisions it is
// read for and the facts found in it.
// Usage: node --import tsx scripts/inspect.ts <file.md> [--facts-only]
import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { allProvisions, provisionScope } from '../server/model/provisions';
import { purposesOf } from '../server/model/provisionPurposes';

const file = process.argv[2];
if (!file) {
  console.error('usage: inspect <file.md> [--facts-only]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const doc = buildPolicyDocument(text, parseMarkdown(text));
const factsOnly = process.argv.includes('--facts-only');
console.log(
  `language: ${doc.language}; articles: ${doc.articles.length}; sentences: ${doc.sentences.length}; facts: ${doc.facts.length}; cao term: ${doc.caoTermMonths}`,
);
// The provisions, and per sentence the provisions it was read for (the sentence is in their scope).
const provisions = allProvisions(doc);
const readFor = new Map<number, string[]>();
provisions.forEach((p, i) => {
  const name = `#${i + 1} ${p.anchor.surface.toLowerCase()}`;
  const units = p.units.map((u) => (u ? `${u.kind} ${u.number ?? u.title}` : 'document')).join(', ');
  console.log(
    `provision ${name}: ${p.instrument}${p.granted ? ', granted' : ''}${p.inTime ? ', in time' : ''}; ${p.mentions.length} mentions; units: ${units}`,
  );
  const purposes = [...new Set(purposesOf(doc, p).map((f) => f.purpose))];
  if (purposes.length > 0) console.log(`  purposes: ${purposes.join(', ')}`);
  for (const s of provisionScope(doc, p)) readFor.set(s, [...(readFor.get(s) ?? []), `#${i + 1}`]);
});
for (const sentence of doc.sentences) {
  if (factsOnly && sentence.facts.length === 0) continue;
  const article = sentence.article === null ? '-' : `${doc.articles[sentence.article].kind} ${doc.articles[sentence.article].number ?? ''}`;
  const scope = readFor.get(sentence.index);
  console.log(`\n[${sentence.index}] (${article})${scope ? ` {for ${scope.join(' ')}}` : ''} ${sentence.text.slice(0, 200)}`);
  for (const i of sentence.facts) {
    const fact = doc.facts[i];
    const shown = Object.fromEntries(Object.entries(fact).filter(([key]) => key !== 'range' && key !== 'sentence'));
    console.log(`    ${JSON.stringify(shown)}  «${text.slice(fact.range.start, fact.range.end)}»`);
  }
}
