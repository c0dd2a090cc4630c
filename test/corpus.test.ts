import { strict as assert } from 'node:assert';
import { allRules } from '../rules/index';
import { formatScores, hasCorpus, scoreCorpus } from './corpus/score';

/**
 * The labelled real-text corpus beside the project (../shared/corpus) as a regression set:
 * per rule, precision and recall on the Dutch documents must stay at or above 0.9.
 */
describe('labelled corpus', function () {
  this.timeout(120_000);

  it('scores at least 0.9 precision and recall per rule on the Dutch documents', function () {
    if (!hasCorpus()) this.skip();
    const scores = scoreCorpus(allRules.map((r) => r.meta.id), 'nl');
    console.log(formatScores(scores, 'nl'));
    const failing = scores.filter((s) => s.precision < 0.9 || s.recall < 0.9);
    assert.deepEqual(
      failing.map((s) => `${s.rule}: P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}\n    ${s.errors.join('\n    ')}`),
      [],
    );
  });

  it('reports the English documents (not yet held to the bar)', function () {
    if (!hasCorpus()) this.skip();
    console.log(formatScores(scoreCorpus(allRules.map((r) => r.meta.id), 'en'), 'en'));
  });
});
