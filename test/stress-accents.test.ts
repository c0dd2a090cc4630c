import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';
import { tokenize } from '../server/model/tokens';

/**
 * Dutch writers stress a word with an acute accent ("níet", "wél", "géén"); the word is the same.
 * Where the accent carries meaning ("één" is one, "vóór" is before) it stays.
 */
describe('stress accents', () => {
  const cases: Array<[string, string]> = [
    ['Die gaan níet van je budget af.', 'niet'],
    ['Je mag het wél meenemen.', 'wel'],
    ['Er is géén eigen bijdrage.', 'geen'],
    ['Dat vervalt nóóit.', 'nooit'],
    ['Je krijgt één dag extra.', 'één'],
    ['Lever het in vóór 1 maart.', 'vóór'],
  ];
  for (const [text, word] of cases) {
    it(`reads «${word}» in «${text}»`, () => assert.ok(tokenize(text).some((t) => t.lower === word)));
  }

  it('a stressed "níet" draws the line between two budgets', () => {
    const draft = (line: string) =>
      `## Ontwikkelbudget\n\nIedere medewerker krijgt een ontwikkelbudget van € 600 per jaar voor cursussen en opleidingen.\n\n${line}\n`;
    const overlap = (text: string) => lintText(text).findings.some((f) => f.ruleId === 'budget-earmarking');
    assert.ok(!overlap(draft('Verplichte cursussen voor je functie betaalt de werkgever zelf. Die gaan níet van je budget af.')));
    assert.ok(!overlap(draft('Verplichte cursussen voor je functie betaalt de werkgever zelf. Die gaan niet van je budget af.')));
  });
});
