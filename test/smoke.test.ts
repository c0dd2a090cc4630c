import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

describe('engine', () => {
  it('builds articles and sentences from a cao draft', () => {
    const text =
      '# Artikel 12 Ontwikkelbudget\n\n1. De werknemer heeft o.a. recht op een budget van € 1.000,- per jaar. Het budget vervalt aan het einde van het kalenderjaar.\n2. Zie art. 7.\n';
    const { doc } = lintText(text);
    assert.equal(doc.articles[0].number, '12');
    assert.equal(doc.articles[0].title, 'Ontwikkelbudget');
    assert.deepEqual(
      doc.articles.map((a) => a.kind),
      ['article', 'member', 'member'],
    );
    assert.deepEqual(
      doc.sentences.map((s) => s.text),
      [
        'Artikel 12 Ontwikkelbudget',
        'De werknemer heeft o.a. recht op een budget van € 1.000,- per jaar.',
        'Het budget vervalt aan het einde van het kalenderjaar.',
        'Zie art. 7.',
      ],
    );
    for (const s of doc.sentences) assert.equal(text.slice(s.range.start, s.range.end), s.text);
  });
});
