// The edit helpers quick fixes are built from: a rewrite touches the clause it rewrites and nothing else.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../server/engine/applyEdits';
import { clauseAround, documentRegister, insertAfterSentence, instrumentName, onlyStatesTerm, replaceClause } from '../server/engine/fixes';
import { lintText } from './harness/lint';
import type { PolicyDocument } from '../server/model/types';

const docOf = (text: string): PolicyDocument => lintText(text).doc;
/** The sentence holding `words`, and the range of the words. */
function at(doc: PolicyDocument, words: string): { index: number; range: { start: number; end: number } } {
  const start = doc.text.indexOf(words);
  const sentence = doc.sentences.find((s) => s.range.start <= start && start < s.range.end);
  assert.ok(sentence, words);
  return { index: sentence.index, range: { start, end: start + words.length } };
}

describe('fix helpers', () => {
  it('replaces only the statement that holds the words, in a sentence read across a footnote mark', () => {
    const text = '# Artikel 3 Ontwikkeldagen\n\nHet saldo kan niet meer zijn dan 5 dagen. Meerdere niet genoten dagen vervallen.*)\n';
    const doc = docOf(text);
    const { index, range } = at(doc, 'vervallen');
    const clause = clauseAround(doc, index, range);
    assert.equal(text.slice(clause.start, clause.end), 'Meerdere niet genoten dagen vervallen.');
    const fixed = applyEdits(text, [replaceClause(doc, index, range, 'Niet-opgenomen dagen worden meegenomen naar het volgende jaar.')]);
    assert.equal(
      fixed,
      '# Artikel 3 Ontwikkeldagen\n\nHet saldo kan niet meer zijn dan 5 dagen. Niet-opgenomen dagen worden meegenomen naar het volgende jaar.*)\n',
    );
  });

  it('fits a clause after a semicolon: lower case, the semicolon kept', () => {
    const text =
      '# Artikel 5 Ontwikkelbudget\n\nHet budget is bedoeld voor opleidingen; wat niet is besteed, vervalt aan het einde van het jaar; de werkgever houdt het saldo bij.\n';
    const doc = docOf(text);
    const { index, range } = at(doc, 'vervalt');
    const fixed = applyEdits(text, [replaceClause(doc, index, range, 'Niet-bestede bedragen blijven 24 maanden beschikbaar.')]);
    assert.equal(
      fixed,
      '# Artikel 5 Ontwikkelbudget\n\nHet budget is bedoeld voor opleidingen; niet-bestede bedragen blijven 24 maanden beschikbaar; de werkgever houdt het saldo bij.\n',
    );
  });

  it('keeps the emphasis around a rewritten clause', () => {
    const text = '# Artikel 5 Ontwikkelbudget\n\n**Niet-bestede bedragen vervallen aan het einde van het jaar.**\n';
    const doc = docOf(text);
    const { index, range } = at(doc, 'vervallen');
    const fixed = applyEdits(text, [replaceClause(doc, index, range, 'Niet-bestede bedragen blijven 24 maanden beschikbaar.')]);
    assert.equal(fixed, '# Artikel 5 Ontwikkelbudget\n\n**Niet-bestede bedragen blijven 24 maanden beschikbaar.**\n');
  });

  it('a clause that grants or counts is not only a term', () => {
    const text = '# Artikel 26 DI-budget\n\nDe werknemer ontvangt ieder jaar een DI-budget van EUR 500, dat aan het einde van het kalenderjaar vervalt.\n';
    const doc = docOf(text);
    const { index, range } = at(doc, 'vervalt');
    assert.equal(onlyStatesTerm(doc, index, clauseAround(doc, index, range)), false);
  });

  it('closes a sentence the draft left open before adding one after it', () => {
    const text = '# Artikel 5 Ontwikkelbudget\n\n1. De werknemer heeft recht op een ontwikkelbudget van € 500 per jaar\n2. Het budget is voor opleidingen.\n';
    const doc = docOf(text);
    const { index } = at(doc, 'recht op');
    const fixed = applyEdits(text, [insertAfterSentence(doc, index, 'Niet-bestede bedragen blijven 24 maanden beschikbaar.')]);
    assert.ok(fixed.includes('per jaar. Niet-bestede bedragen blijven 24 maanden beschikbaar.\n2.'), fixed);
  });

  it('names the instrument as the draft does, in its register', () => {
    const formal = docOf('# Artikel 5 POB\n\nDe werknemer heeft recht op een POB van € 500 per jaar. De werknemer vraagt het POB aan.\n');
    assert.equal(documentRegister(formal), 'formal');
    assert.equal(instrumentName(formal, 'POB').capitalized, 'Het POB');
    assert.equal(instrumentName(formal, 'leerrekening').withArticle, 'de leerrekening');
    const personal = docOf(
      '# Jouw ontwikkelbudget\n\nJe hebt recht op een ontwikkelbudget van € 500 per jaar. Je vraagt het zelf aan bij jouw leidinggevende.\n',
    );
    assert.equal(documentRegister(personal), 'personal');
    assert.equal(instrumentName(personal, 'Ontwikkelbudget').withArticle, 'je ontwikkelbudget');
    const english = docOf('# Learning budget\n\nYou get a learning budget of € 1,000 per year. You can ask your manager about your budget.\n');
    assert.equal(instrumentName(english, 'learning budget').capitalized, 'Your learning budget');
  });
});
