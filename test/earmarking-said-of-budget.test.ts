import { strict as assert } from 'node:assert';
import { lintText } from '../server/engine/lint';

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
    const listed = ['Werknemers krijgen scholingsgeld van € 400 per jaar. Je kunt het gebruiken voor:', '', '- vakcursussen;', '- taaltrainingen;', '- een loopbaancoach.'].join('\n');
    assert.equal(earmarking(listed), 0);
  });
});
