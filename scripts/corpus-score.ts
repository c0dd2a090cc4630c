// Prints per-rule precision and recall on the labelled corpus beside the project, with the misses.
// Usage: npm run corpus [-- --lang en]
import { allRules } from '../rules/index';
import { formatScores, hasCorpus, scoreCorpus } from '../test/corpus/score';

if (!hasCorpus()) {
  console.error('caolint: no labelled corpus found at ../shared/corpus');
  process.exit(2);
}
const lang = process.argv.includes('en') ? 'en' : 'nl';
const scores = scoreCorpus(allRules.map((r) => r.meta.id), lang);
console.log(formatScores(scores, lang));
for (const s of scores) for (const e of s.errors) console.log(`  ${s.rule}: ${e}`);
