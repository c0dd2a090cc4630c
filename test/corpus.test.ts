import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index';
import { keywordBaseline } from '../tools/corpus/keywordBaseline';
import { f1, formatScores, hasCorpus, isScored, scoreCorpus, type RuleScore } from '../tools/corpus/score';

/** The six rules the accuracy bar names first: they must beat a keyword list by a clear margin. */
const BUDGET_AND_DAYS_RULES = [
  'budget-spending-period',
  'budget-earmarking',
  'support-lower-educated',
  'entitlement-communication',
  'budget-amount',
  'development-days-lapse',
];

/**
 * The labelled real-text corpus beside the project (../shared/corpus) as a regression set.
 * The goal is precision and recall of at least 0.9 for every rule with at least three labelled
 * positives. Rules not there yet are held to a floor (test/corpus/floors.json): the score they
 * reached last, so no change can make them worse unnoticed. Raise a floor with
 * `CAOLINT_UPDATE_FLOORS=1 npx mocha test/corpus.test.ts` after an improvement.
 */
const GOAL = 0.9;
const floorsFile = join(__dirname, 'corpus', 'floors.json');
const holdoutFolder = join(__dirname, 'holdout');

type Floors = Record<string, { precision: number; recall: number }>;

function floorOf(floors: Floors, score: RuleScore): { precision: number; recall: number } {
  const floor = floors[score.rule];
  return { precision: Math.min(GOAL, floor?.precision ?? GOAL), recall: Math.min(GOAL, floor?.recall ?? GOAL) };
}

/** Holds the scored rules of one labelled folder at 0.9, or at the floors kept in `floorsFile`. */
function holdAtFloors(scores: RuleScore[], floorsFile: string): void {
  const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Floors;
  if (process.env.CAOLINT_UPDATE_FLOORS) {
    const updated: Floors = {};
    for (const s of scores) {
      if (s.precision >= GOAL && s.recall >= GOAL) continue;
      updated[s.rule] = { precision: Math.floor(s.precision * 100) / 100, recall: Math.floor(s.recall * 100) / 100 };
    }
    writeFileSync(floorsFile, `${JSON.stringify(updated, null, 2)}\n`);
  }
  const below = scores.filter((s) => {
    const floor = floorOf(floors, s);
    return s.precision + 1e-9 < floor.precision || s.recall + 1e-9 < floor.recall;
  });
  assert.deepEqual(
    below.map(
      (s) => `${s.rule}: P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} (floor ${JSON.stringify(floorOf(floors, s))})\n    ${s.errors.join('\n    ')}`,
    ),
    [],
  );
  const short = scores.filter((s) => s.precision < GOAL || s.recall < GOAL).map((s) => s.rule);
  if (short.length > 0) console.log(`  below the ${GOAL} goal (held at their floors): ${short.join(', ')}`);
}

describe('labelled corpus', function () {
  this.timeout(120_000);

  it('keeps every scored rule at 0.9 precision and recall on the Dutch documents, or at least at its floor', function () {
    if (!hasCorpus()) this.skip();
    const scores = scoreCorpus(
      allRules.map((r) => r.meta.id),
      'nl',
    ).filter(isScored);
    console.log(formatScores(scores, 'nl'));
    holdAtFloors(scores, floorsFile);
  });

  // Drafts written for this project by writers who saw neither the code nor the corpus (test/holdout,
  // test/holdout2 ... test/holdout17). Their first score, before any tuning on them, is in docs/accuracy.md; since
  // then they are tuned on one half and checked on the other, and held here like the corpus.
  for (const [name, folder] of [
    ['held-out drafts', holdoutFolder],
    ['second held-out drafts', join(__dirname, 'holdout2')],
    ['third held-out drafts', join(__dirname, 'holdout3')],
    ['fourth held-out drafts', join(__dirname, 'holdout4')],
    ['fifth held-out drafts', join(__dirname, 'holdout5')],
    ['sixth held-out drafts', join(__dirname, 'holdout6')],
    ['seventh held-out drafts', join(__dirname, 'holdout7')],
    ['eighth held-out drafts', join(__dirname, 'holdout8')],
    ['ninth held-out drafts', join(__dirname, 'holdout9')],
    ['tenth held-out drafts', join(__dirname, 'holdout10')],
    ['eleventh held-out drafts', join(__dirname, 'holdout11')],
    ['twelfth held-out drafts', join(__dirname, 'holdout12')],
    ['thirteenth held-out drafts', join(__dirname, 'holdout13')],
    ['fourteenth held-out drafts', join(__dirname, 'holdout14')],
    ['fifteenth held-out drafts', join(__dirname, 'holdout15')],
    ['sixteenth held-out drafts', join(__dirname, 'holdout16')],
    ['seventeenth held-out drafts', join(__dirname, 'holdout17')],
  ] as const) {
    it(`keeps the ${name} at 0.9 or at their floors`, function () {
      const scores = scoreCorpus(
        allRules.map((r) => r.meta.id),
        'nl',
        { folder },
      ).filter(isScored);
      console.log(formatScores(scores, 'nl'));
      holdAtFloors(scores, join(folder, 'floors.json'));
    });
  }

  it('beats a plain keyword list on every scored Dutch rule (F1), clearly on the budget and days rules', function () {
    if (!hasCorpus()) this.skip();
    const rules = allRules.map((r) => r.meta.id);
    const baseline = new Map(scoreCorpus(rules, 'nl', { linter: keywordBaseline }).map((s) => [s.rule, f1(s)]));
    const behind = scoreCorpus(rules, 'nl')
      .filter(isScored)
      .filter((s) => {
        const margin = BUDGET_AND_DAYS_RULES.includes(s.rule) ? 0.1 : 0;
        return f1(s) < baseline.get(s.rule)! + margin;
      })
      .map((s) => `${s.rule}: caolint F1 ${f1(s).toFixed(2)}, keyword list ${baseline.get(s.rule)!.toFixed(2)}`);
    assert.deepEqual(behind, []);
  });

  it('reports the English documents (not yet held to the bar)', function () {
    if (!hasCorpus()) this.skip();
    console.log(
      formatScores(
        scoreCorpus(
          allRules.map((r) => r.meta.id),
          'en',
        ),
        'en',
      ),
    );
  });
});
