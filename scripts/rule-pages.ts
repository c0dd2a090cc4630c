// Writes the metadata sections of every rule page (rules/<id>.md); tools/rulePages.ts renders them. `npm run docs:rules`.
import { readFileSync, writeFileSync } from 'node:fs';
import { allRules } from '../rules/index';
import { pageWithMetadata, rulePagePath } from '../tools/rulePages';

let changed = 0;
for (const rule of allRules) {
  const path = rulePagePath(rule);
  const before = readFileSync(path, 'utf8');
  const after = pageWithMetadata(before, rule);
  if (after !== before) {
    writeFileSync(path, after);
    changed++;
  }
}
console.log(`rules/*.md: metadata sections written (${changed} of ${allRules.length} pages changed)`);
