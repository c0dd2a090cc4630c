import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/** In a text without articles, a purpose counts only where it is said of the budget. */
const earmarking = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'budget-earmarking').length;

describe('budget-earmarking in a text without articles', () => {
  it('a budget named with an amount and training praised elsewhere has no purposes', () => {
    const text = [
      'Nieuwe cao voor de groothandel',
      '',
      'Werknemers krijgen scholingsgeld van € 400 per jaar. De cao loopt twee jaar.',
      '',
      'De loonsverhoging bedraagt 3 procent. De reiskostenvergoeding gaat omhoog. Er komt een nieuwe regeling voor pensioen.',
      '',
      '"Wij vinden het belangrijk dat mensen zich blijven ontwikkelen en investeren graag in scholing", zegt de directeur.',
    ].join('\n');
    assert.equal(earmarking(text), 1);
  });

  it('purposes in the sentence that names the budget, or listed after a colon right after it, count', () => {
    assert.equal(earmarking('Werknemers krijgen scholingsgeld van € 400 per jaar voor cursussen en trainingen.'), 0);
    const listed = [
      'Werknemers krijgen scholingsgeld van € 400 per jaar. Je kunt het gebruiken voor:',
      '',
      '- vakcursussen;',
      '- taaltrainingen;',
      '- een loopbaancoach.',
    ].join('\n');
    assert.equal(earmarking(listed), 0);
  });
});

/** Two budgets of one person that may pay for the same thing leave open which one is used first. */
describe('budget-earmarking: two personal budgets with shared purposes', () => {
  const overlaps = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'budget-earmarking' && f.message.includes('allebei'));
  const twoBudgets = (second: string, extra = '') =>
    [
      '## Artikel 1 Ontwikkelbudget',
      '',
      '1. De werknemer heeft elk jaar recht op een ontwikkelbudget van € 800.',
      '2. Het ontwikkelbudget kan worden besteed aan opleidingen, cursussen en loopbaanadvies.',
      '',
      '## Artikel 2 Vitaliteitsbudget',
      '',
      `1. ${second}`,
      ...(extra ? [`2. ${extra}`] : []),
    ].join('\n');

  it('flags a second budget that pays for the same training without saying which goes first', () => {
    const text = twoBudgets(
      'De werknemer van 60 jaar of ouder krijgt daarnaast een DI-budget van € 400 per jaar, dat hij kan besteden aan een opleiding of een vitaliteitscheck.',
    );
    assert.equal(overlaps(text).length, 1);
  });
  it('flags it in plain register too', () => {
    const text = twoBudgets(
      'Ben je 60 of ouder, dan krijg je ook een inzetbaarheidsbudget van € 400 per jaar. Dat budget kun je gebruiken voor cursussen en een loopbaancoach.',
    );
    assert.equal(overlaps(text).length, 1);
  });
  it('is satisfied when the draft says which budget goes first', () => {
    const text = twoBudgets(
      'De werknemer van 60 jaar of ouder krijgt daarnaast een DI-budget van € 400 per jaar, dat hij kan besteden aan een opleiding of een vitaliteitscheck.',
      'Voor een opleiding gaat het ontwikkelbudget voor; het DI-budget is een aanvulling op het ontwikkelbudget.',
    );
    assert.equal(overlaps(text).length, 0);
  });
  it('is silent when the two budgets pay for different things', () => {
    const text = twoBudgets('De werknemer van 60 jaar of ouder krijgt daarnaast een vitaliteitsbudget van € 400 per jaar voor sport en een gezondheidscheck.');
    assert.equal(overlaps(text).length, 0);
  });
  it('is silent for one budget named twice', () => {
    const text = [
      '## Artikel 1 Ontwikkelbudget',
      '',
      '1. De werknemer heeft elk jaar recht op een persoonlijk ontwikkelbudget van € 800.',
      '2. Het persoonlijk ontwikkelbudget kan worden besteed aan opleidingen en cursussen.',
      '3. Je kunt je ontwikkelbudget ook gebruiken voor een opleiding buiten je vak.',
    ].join('\n');
    assert.equal(overlaps(text).length, 0);
  });
});
