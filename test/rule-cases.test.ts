import { strict as assert } from 'node:assert';
import { lintText } from '../server/engine/lint';

/** Rule-level readings that depend on more than one sentence or clause. */
const of = (text: string, rule: string) => lintText(text).findings.filter((f) => f.ruleId === rule);

describe('budget-spending-period across sentences and clauses', () => {
  it('a lapse without a subject right after the budget, in a text without articles, is the budget lapsing', () => {
    const text = 'Iedere werknemer krijgt jaarlijks een opleidingsbudget van € 800. Wat de werknemer niet gebruikt vervalt aan het einde van het kalenderjaar.';
    const found = of(text, 'budget-spending-period');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /vervalt al na 12 maanden/);
  });

  it('a period in another clause than the carry-over does not limit it', () => {
    const text = '## Artikel 6 Leerbudget\n\nJe krijgt elk jaar een leerbudget van € 900. Wat je in een jaar niet gebruikt, neem je mee naar het volgende jaar, tot maximaal drie jaarbudgetten.';
    assert.deepEqual(of(text, 'budget-spending-period').map((f) => f.message), []);
  });

  it('a period in the clause of the carry-over does limit it', () => {
    const text = '## Artikel 6 Leerbudget\n\nJe krijgt elk jaar een leerbudget van € 900. Wat over is, mag je nog één jaar meenemen.';
    assert.equal(of(text, 'budget-spending-period').length, 1);
  });
});

describe('one finding where one is meant', () => {
  it('voucher-terms reports a fund and the budget it grants in one sentence once', () => {
    const text = '# Regeling\n\nHet opleidingsfonds stelt werknemers in de branche een leerbudget van € 1.500 beschikbaar voor een vakopleiding.';
    assert.equal(of(text, 'voucher-terms').length, 1);
  });

  it('budget-amount reports a budget whose size is left to a plan once', () => {
    const text = '## Artikel 2 Ontwikkeling\n\nIedere medewerker heeft recht op een ontwikkelbudget voor scholing. De leidinggevende bepaalt in het ontwikkelplan het benodigde budget.';
    assert.equal(of(text, 'budget-amount').length, 1);
  });
});
