import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * A period the draft defines itself ("budgetperiode: een periode van twee kalenderjaren") is that
 * many months wherever the draft uses its name: a rate ("€ 900 per budgetperiode") or a period
 * ("binnen de budgetperiode"). Every text is written for this suite.
 */
const fired = (text: string, rule: string) => lintText(text).findings.some((f) => f.ruleId === rule);
const cao = (definition: string, grant: string, spend: string) =>
  `### Artikel 1 Definities\n\nIn dit hoofdstuk wordt verstaan onder:\na. medewerker: iedere werknemer van de werkgever;\nb. ${definition}\n\n### Artikel 2 Ontwikkelbudget\n\n1. ${grant}\n2. Het budget kan worden besteed aan opleidingen, cursussen en loopbaanadvies.\n3. ${spend}\n`;

describe('paraphrase: a period the draft defines', () => {
  const twoYears = [
    'budgetperiode: een aaneengesloten periode van twee kalenderjaren, voor het eerst 2025-2026.',
    'budgetperiode: de periode van 24 maanden die op 1 januari 2025 begint.',
    'ontwikkelperiode: een tijdvak van twee jaar.',
  ];
  for (const definition of twoYears) {
    const term = definition.split(':')[0];
    it(`spent within the defined period of two years: «${definition}»`, () => {
      const text = cao(
        definition,
        `De medewerker heeft per ${term} recht op een ontwikkelbudget van € 1.600.`,
        `Het ontwikkelbudget moet binnen de ${term} zijn besteed. Aan het einde van de ${term} vervalt het niet-bestede deel.`,
      );
      assert.ok(!fired(text, 'budget-spending-period'));
      assert.ok(!fired(text, 'budget-amount'), 'an amount per two years of € 1.600 is € 800 a year');
    });
    it(`a low amount per the defined period is low per year: «${definition}»`, () => {
      const text = cao(
        definition,
        `De medewerker heeft per ${term} recht op een ontwikkelbudget van € 900.`,
        `Het ontwikkelbudget moet binnen de ${term} zijn besteed.`,
      );
      assert.ok(fired(text, 'budget-amount'));
    });
  }

  it('a defined period of one year is short', () => {
    const text = cao(
      'budgetjaar: een periode van twaalf maanden.',
      'De medewerker heeft per budgetjaar recht op een ontwikkelbudget van € 800.',
      'Het ontwikkelbudget moet binnen het budgetjaar zijn besteed.',
    );
    assert.ok(fired(text, 'budget-spending-period'));
  });
});
