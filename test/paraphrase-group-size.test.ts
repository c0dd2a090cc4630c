import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * A meeting's size said as everyone of a trade, counted ("voor alle circa 35 loodsen van de
 * regio"): the trade need not be one the lexicon knows.
 */
const tooBig = (text: string) => lintText(text).findings.some((f) => f.ruleId === 'meeting-group-size');

describe('paraphrase: everyone, counted, of any trade', () => {
  const big = [
    'Het regionale werkoverleg blijft één bijeenkomst per maand voor alle circa 35 loodsen van de regio.',
    'Het werkoverleg is voor alle 28 glaszetters van de vestiging.',
    'Eens per maand houden we werkoverleg met alle ongeveer 40 stukadoors.',
  ];
  for (const text of big) it(`too big: «${text}»`, () => assert.ok(tooBig(text)));
  const fine = [
    'Het werkoverleg is voor alle 12 glaszetters van de ploeg.',
    'Het werkoverleg duurt voor alle 35 minuten hooguit een uur.',
    'In het werkoverleg bespreken we alle 30 punten van de agenda niet in één keer.',
  ];
  for (const text of fine) it(`no finding: «${text}»`, () => assert.ok(!tooBig(text)));
});

/**
 * A working group of staff with a few representatives beside them is a group of employees; one of
 * representatives alone is formal consultation, which the rule leaves alone. Sentences written for this suite.
 */
describe('paraphrase: representatives beside staff, or alone', () => {
  for (const text of [
    'De werkgroep bestaat uit 25 deelnemers: uit iedere ploeg twee medewerkers, aangevuld met een vertegenwoordiger van het ROC.',
    "Het verbeterteam telt 24 collega's van de productie en een vertegenwoordiger van de vakbond.",
  ])
    it(`a group of staff, too big: «${text}»`, () => assert.ok(tooBig(text)));
  for (const text of [
    'De werkgroep bestaat uit 24 vertegenwoordigers van de vakbonden en de werkgevers.',
    'In de werkgroep zitten 22 vertegenwoordigers van de centrales en de werkgevers.',
  ])
    it(`representatives alone: «${text}»`, () => assert.ok(!tooBig(text)));
});
