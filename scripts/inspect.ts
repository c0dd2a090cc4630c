// Prints the policy model of a Markdown file: articles, and per sentence the facts found in it.
// Usage: node --import tsx scripts/inspect.ts <file.md> [--facts-only]
import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';

const file = process.argv[2];
if (!file) {
  console.error('usage: inspect <file.md> [--facts-only]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const doc = buildPolicyDocument(text, parseMarkdown(text));
const factsOnly = process.argv.includes('--facts-only');
console.log(`language: ${doc.language}; articles: ${doc.articles.length}; sentences: ${doc.sentences.length}; facts: ${doc.facts.length}; cao term: ${doc.caoTermMonths}`);
for (const sentence of doc.sentences) {
  if (factsOnly && sentence.facts.length === 0) continue;
  const article = sentence.article === null ? '-' : `${doc.articles[sentence.article].kind} ${doc.articles[sentence.article].number ?? ''}`;
  console.log(`\n[${sentence.index}] (${article}) ${sentence.text.slice(0, 200)}`);
  for (const i of sentence.facts) {
    const fact = doc.facts[i];
    const shown = Object.fromEntries(Object.entries(fact).filter(([key]) => key !== 'range' && key !== 'sentence'));
    console.log(`    ${JSON.stringify(shown)}  «${text.slice(fact.range.start, fact.range.end)}»`);
  }
}
