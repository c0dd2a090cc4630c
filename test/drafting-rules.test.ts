import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';
import { applyEdits } from '../server/engine/applyEdits';

/** The drafting rules on drafts of our own: what fires, where, and what the fixes write. */
const of = (text: string, rule: string, options?: Record<string, string | number | boolean>) =>
  lintText(text, options ? { config: { rules: { [rule]: { options } } } } : {}).findings.filter((f) => f.ruleId === rule);
const at = (text: string, f: { range: { start: number; end: number } }) => text.slice(f.range.start, f.range.end);

describe('article-reference', () => {
  const text = [
    '## Artikel 1 Doel',
    '',
    '1. Deze regeling geeft de werknemer recht op scholing.',
    '2. De scholing, bedoeld in het eerste lid, vindt plaats in werktijd.',
    '',
    '## Artikel 2 Kosten',
    '',
    'De kosten van de scholing als bedoeld in artikel 1, derde lid, en artikel 5 komen voor rekening van de werkgever, behalve de kosten bedoeld in artikel 7:611 BW.',
    '',
  ].join('\n');

  it('reports the missing member and the missing article on the references, not the law', () => {
    const found = of(text, 'article-reference');
    assert.deepEqual(
      found.map((f) => at(text, f)),
      ['artikel 1, derde lid', 'artikel 5'],
    );
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, /lid 3 van «Artikel 1 Doel»/);
  });

  it('checkMembers: false leaves references to members alone', () => {
    const found = of(text, 'article-reference', { checkMembers: false });
    assert.deepEqual(
      found.map((f) => at(text, f)),
      ['artikel 5'],
    );
  });
});

describe('article-numbering', () => {
  it('reports a duplicate, a gap and members that skip a number, each on its heading or member', () => {
    const text = [
      '### Artikel 3.1 Begrippen',
      '',
      'Tekst.',
      '',
      '### Artikel 3.2 Arbeidsduur',
      '',
      '1. Eerste lid.',
      '2. Tweede lid.',
      '4. Vierde lid.',
      '',
      '### Artikel 3.2 Toeslagen',
      '',
      'Tekst.',
      '',
      '### Artikel 3.5 Reiskosten',
      '',
      'Tekst.',
      '',
    ].join('\n');
    const found = of(text, 'article-numbering');
    assert.deepEqual(
      found.map((f) => at(text, f).split('\n')[0]),
      ['Vierde lid.', '### Artikel 3.2 Toeslagen', '### Artikel 3.5 Reiskosten'],
    );
    assert.match(found[2].message, /3\.3, 3\.4 ontbreekt/);
  });

  it('stays quiet on inserted articles, a part that starts again at 1, a table of contents and a sub-list', () => {
    const text = [
      'Artikel 1 Doel',
      '',
      'Artikel 2 Kosten',
      '',
      '## Artikel 1 Doel',
      '',
      '1. De werknemer heeft recht op:',
      '   1. scholing;',
      '   2. advies.',
      '2. Tweede lid.',
      '',
      '## Artikel 2 Kosten',
      '',
      'Tekst.',
      '',
      '## Artikel 2a Reiskosten',
      '',
      'Tekst.',
      '',
      '# B-deel',
      '',
      '## Artikel 1 Werkingssfeer',
      '',
      'Tekst.',
      '',
    ].join('\n');
    assert.deepEqual(
      of(text, 'article-numbering').map((f) => f.message),
      [],
    );
  });
});

describe('article-numbering: a table of contents with tables between its entries', () => {
  it('does not read the contents as articles with a gap', () => {
    const toc = [
      'Artikel 1 Doel',
      '',
      'Artikel 2 Kosten',
      '',
      '| hoofdstuk | artikelen |',
      '| --- | --- |',
      '| Kosten | 3 en 4 |',
      '',
      'Artikel 5 Slot',
      '',
      '| Slot | 5 |',
      '| --- | --- |',
      '| einde | 5 |',
      '',
    ];
    const body = [1, 2, 3, 4, 5].flatMap((n) => [
      `## Artikel ${n} ${['Doel', 'Kosten', 'Reiskosten', 'Thuiswerk', 'Slot'][n - 1]}`,
      '',
      'Tekst van het artikel.',
      '',
    ]);
    const text = [...toc, ...body].join('\n');
    assert.deepEqual(
      of(text, 'article-numbering').map((f) => f.message),
      [],
    );
  });
});

describe('defined-term-consistency', () => {
  const text = [
    '## Artikel 1 Begripsbepalingen',
    '',
    'In deze regeling wordt verstaan onder: a. werknemer: degene die in dienst is van de werkgever; b. leidinggevende: de direct leidinggevende.',
    '',
    '## Artikel 2 Scholing',
    '',
    'Medewerkers die een opleiding volgen, overleggen met hun manager. De werknemer houdt het saldo bij.',
    '',
  ].join('\n');

  it('reports the undefined synonyms, once per sentence, and offers the defined word in the same number', () => {
    const found = of(text, 'defined-term-consistency');
    assert.deepEqual(
      found.map((f) => at(text, f)),
      ['Medewerkers'],
    );
    assert.equal(found[0].fixes[0].edits[0].newText, 'Werknemers');
    const fixed = applyEdits(text, found[0].fixes[0].edits);
    assert.match(fixed, /Werknemers die een opleiding volgen/);
  });

  it('stays quiet when both words are defined', () => {
    const both = text.replace('b. leidinggevende:', 'b. medewerker: een werknemer of uitzendkracht; c. leidinggevende:');
    assert.deepEqual(
      of(both, 'defined-term-consistency').map((f) => at(both, f)),
      ['manager'],
    );
  });
});

describe('amount-format', () => {
  const text =
    'De vergoeding bedraagt € 150,- per maand en € 0,23 per kilometer. De maaltijdvergoeding is EUR 12,50 per dag en de fietsvergoeding 1000 euro per jaar.';

  it('reports the amounts in another notation than most, and rewrites them', () => {
    const found = of(text, 'amount-format');
    assert.deepEqual(
      found.map((f) => at(text, f)),
      ['EUR 12,50', '1000 euro'],
    );
    // Most amounts say how a whole amount ends (",-"); the one amount over a thousand has no point, so that stays.
    assert.deepEqual(
      found.map((f) => f.fixes[0].edits[0].newText),
      ['€ 12,50', '€ 1000,-'],
    );
  });

  it('follows a configured notation', () => {
    const found = of(text, 'amount-format', { notation: 'EUR 1.000' });
    assert.deepEqual(
      found.map((f) => f.fixes[0].edits[0].newText),
      ['EUR 150', 'EUR 0,23', 'EUR 1.000'],
    );
  });

  it('does not count amounts in words, scale words or other currencies, nor a single amount', () => {
    assert.deepEqual(of('Het fonds heeft 2,5 miljoen euro en geeft duizend euro of $ 500 per persoon. Het budget is € 700.', 'amount-format'), []);
  });
});
