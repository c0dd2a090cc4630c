// Prints per-rule precision and recall on the labelled corpus beside the project, with every miss
// and false finding per document.
// Usage: npm run corpus [-- --lang en] [-- --half odd|even]
import { parseArgs } from 'node:util';
import { allRules } from '../rules/index';
import { formatErrorsByDocument, formatScores, hasCorpus, scoreCorpus, type CorpusHalf } from '../test/corpus/score';

if (!hasCorpus()) {
  console.error('caolint: no labelled corpus found at ../shared/corpus');
  process.exit(2);
}
const { values } = parseArgs({ options: { lang: { type: 'string', default: 'nl' }, half: { type: 'string', default: 'all' } } });
const lang = values.lang === 'en' ? 'en' : 'nl';
const half: CorpusHalf = values.half === 'odd' || values.half === 'even' ? values.half : 'all';
const scores = scoreCorpus(allRules.map((r) => r.meta.id), lang, half);
console.log(formatScores(scores, lang, half));
const errors = formatErrorsByDocument(scores);
if (errors) console.log(`\nmisses and false findings per document:\n${errors}`);
