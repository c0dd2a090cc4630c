// Prints per-rule precision and recall on a labelled corpus, with every miss and false finding per
// document; with --baseline, beside them the F1 of a plain keyword list on the same documents.
// Usage: npm run corpus [-- --lang en] [-- --half odd|even] [-- --corpus DIR] [-- --baseline]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allRules } from '../rules/index';
import { keywordBaseline } from '../tools/corpus/keywordBaseline';
import { corpusFolder, f1, formatErrorsByDocument, formatScores, hasCorpus, isScored, scoreCorpus, type CorpusHalf } from '../tools/corpus/score';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'nl' },
    half: { type: 'string', default: 'all' },
    corpus: { type: 'string' },
    baseline: { type: 'boolean', default: false },
  },
});
const folder = values.corpus === undefined ? corpusFolder() : resolve(values.corpus);
if (!hasCorpus(folder)) {
  console.error(`caolint: no labelled corpus found at ${folder} (it needs labels.json and sources.json)`);
  process.exit(2);
}
const lang = values.lang === 'en' ? 'en' : 'nl';
const half: CorpusHalf = values.half === 'odd' || values.half === 'even' ? values.half : 'all';
const ruleIds = allRules.map((r) => r.meta.id);
const scores = scoreCorpus(ruleIds, lang, { half, folder });
console.log(formatScores(scores, lang, half));
const errors = formatErrorsByDocument(scores);
if (errors) console.log(`\nmisses and false findings per document:\n${errors}`);

if (values.baseline) {
  const baseline = new Map(scoreCorpus(ruleIds, lang, { half, folder, linter: keywordBaseline }).map((s) => [s.rule, s]));
  console.log('\nF1 against a plain keyword list on the same documents (rules with at least 3 labelled positives):');
  for (const s of scores.filter(isScored)) {
    const b = baseline.get(s.rule)!;
    console.log(`  ${s.rule.padEnd(28)} caolint ${f1(s).toFixed(2)}  keyword list ${f1(b).toFixed(2)}  (P ${b.precision.toFixed(2)} R ${b.recall.toFixed(2)})`);
  }
}
