import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import type { PolicyDocument, ReferenceFact } from '../server/model/types';

/**
 * Paraphrase tables for cross-references: how cao's and regulations write them, each sentence put
 * into a small draft of our own with articles 1-4 (article 4 has three members, lettered items
 * under its first member), annexes 1 and 2 and chapter 2. The assertions are on the model's
 * reference facts and their resolution, not on a rule. Near misses must yield no reference, or one
 * that is external or resolved.
 */
function draft(sentence: string, where: 'body' | 'member2' = 'body'): string {
  return [
    '# Cao Voorbeeldsector 2026',
    '',
    '## Hoofdstuk 1 Algemeen',
    '',
    '### Artikel 1 Begripsbepalingen',
    '',
    'In deze cao wordt verstaan onder werknemer: degene die een arbeidsovereenkomst heeft met de werkgever.',
    '',
    '### Artikel 2 Werkingssfeer',
    '',
    'Deze cao geldt voor iedere werknemer in de sector.',
    '',
    '## Hoofdstuk 2 Arbeidsduur',
    '',
    '### Artikel 3 Arbeidsduur',
    '',
    where === 'body' ? sentence : 'De arbeidsduur bedraagt gemiddeld 38 uur per week.',
    '',
    '### Artikel 4 Rooster',
    '',
    '1. De werkgever stelt een rooster vast:',
    '   a. voor elke periode van vier weken;',
    '   b. na overleg met de ondernemingsraad.',
    `2. ${where === 'member2' ? sentence : 'Het rooster wordt vier weken van tevoren bekendgemaakt.'}`,
    '3. Een wijziging van het rooster wordt tijdig gemeld.',
    '',
    '## Bijlage 1 Loontabellen',
    '',
    'De loontabellen per 1 januari 2026.',
    '',
    '## Bijlage 2 Functieboek',
    '',
    'Het functieboek van de sector.',
    '',
  ].join('\n');
}

function references(markdown: string): { doc: PolicyDocument; refs: ReferenceFact[] } {
  const doc = buildPolicyDocument(markdown, parseMarkdown(markdown));
  // Headings name their own unit; they refer to nothing.
  const refs = doc.facts.filter((f): f is ReferenceFact => f.kind === 'reference' && !doc.sentences[f.sentence].heading);
  return { doc, refs };
}

const describeRef = (doc: PolicyDocument, r: ReferenceFact) => {
  const res = r.resolution;
  const where =
    res.status === 'resolved'
      ? `${doc.articles[res.unit].kind} ${doc.articles[res.unit].number}${res.member !== null ? ` member ${doc.articles[res.member].number}` : ''}`
      : res.status === 'unresolved'
        ? res.reason
        : 'external';
  return `«${doc.text.slice(r.range.start, r.range.end)}» -> ${where}`;
};
const show = (doc: PolicyDocument, refs: ReferenceFact[]) => refs.map((r) => describeRef(doc, r)).join('; ') || 'no reference';

/** Each sentence refers to what `expected` lists, in order: "article 4", "article 4 member 2", "annex 2", "chapter 2". */
function resolvedTable(rows: Array<[string, string[]] | [string, string[], 'member2']>): void {
  for (const [sentence, expected, where] of rows) {
    it(`resolves «${sentence}»`, () => {
      const { doc, refs } = references(draft(sentence, where ?? 'body'));
      const got = refs.map((r) => describeRef(doc, r).replace(/^«[^»]*» -> /, ''));
      assert.deepEqual(got, expected, show(doc, refs));
    });
  }
}

/** Each sentence has a reference that leads nowhere in the draft, for this reason. */
function danglingTable(rows: Array<[string, string, string?]>): void {
  for (const [sentence, reason, where] of rows) {
    it(`dangling (${reason}): «${sentence}»`, () => {
      const { doc, refs } = references(draft(sentence, (where as 'member2' | undefined) ?? 'body'));
      assert.ok(
        refs.some((r) => r.resolution.status === 'unresolved' && r.resolution.reason === reason),
        show(doc, refs),
      );
    });
  }
}

/** Near misses: no reference at all, or only external ones (another document's business). */
function quietTable(sentences: string[]): void {
  for (const sentence of sentences) {
    it(`no reference into this document: «${sentence}»`, () => {
      const { doc, refs } = references(draft(sentence));
      const internal = refs.filter((r) => r.resolution.status !== 'external');
      assert.deepEqual(
        internal.map((r) => describeRef(doc, r)),
        [],
        show(doc, refs),
      );
    });
  }
}

describe('paraphrase: references that resolve', () => {
  resolvedTable([
    ['Het bepaalde in artikel 4 is van overeenkomstige toepassing.', ['article 4']],
    ['Onverminderd art. 2 geldt een arbeidsduur van 38 uur.', ['article 2']],
    ['De in artikel 4, tweede lid, bedoelde termijn kan worden verlengd.', ['article 4 member 2']],
    ['De termijn, bedoeld in artikel 4 lid 3, geldt niet voor nachtdiensten.', ['article 4 member 3']],
    ['Het rooster als bedoeld in artikel 4, eerste lid, onderdeel b, wordt ter inzage gelegd.', ['article 4 member 1']],
    ['De artikelen 1 tot en met 4 gelden onverkort.', ['article 1', 'article 4']],
    ['Op deze werknemers zijn de artikelen 1, 2 en 4 niet van toepassing.', ['article 1', 'article 2', 'article 4']],
    ['De artikelen 2 t/m 4 zijn van toepassing.', ['article 2', 'article 4']],
    ['Het tweede en derde lid van artikel 4 gelden ook voor oproepkrachten.', ['article 4 member 2', 'article 4 member 3']],
    ['Artikel 4 leden 2 tot en met 3 gelden ook voor oproepkrachten.', ['article 4 member 2', 'article 4 member 3']],
    ['Artikel 4 lid 1 en 3 zijn van overeenkomstige toepassing.', ['article 4 member 1', 'article 4 member 3']],
    ['De loontabellen zijn opgenomen in bijlage 1.', ['annex 1']],
    ['Zie voor de functies bijlage I en bijlage II.', ['annex 1', 'annex 2']],
    ['Dit artikel geldt niet voor werknemers jonger dan 18 jaar.', ['article 3']],
    ['De regels van hoofdstuk 2 gelden voor alle werknemers.', ['chapter 2']],
    ['In afwijking van dit hoofdstuk kan de werkgever een ander rooster vaststellen.', ['chapter 2']],
    ['Het rooster, bedoeld in het vorige lid, vermeldt ook de pauzes.', ['article 4 member 1'], 'member2'],
    ['Het volgende lid is van overeenkomstige toepassing.', ['article 4 member 3'], 'member2'],
    ['Het eerste lid, onder a, geldt niet in de zomermaanden.', ['article 4 member 1'], 'member2'],
    ['Lid 3 van dit artikel blijft buiten toepassing.', ['article 4 member 3'], 'member2'],
  ]);
});

describe('paraphrase: references that lead nowhere', () => {
  danglingTable([
    ['Wijziging is alleen mogelijk in de gevallen genoemd in artikel 7.', 'no-such-article'],
    ['De vergoeding wordt berekend volgens artikel 4.6.', 'no-such-article'],
    ['De artikelen 2 en 9 zijn niet van toepassing.', 'no-such-article'],
    ['De termijn, bedoeld in artikel 4, vijfde lid, geldt niet.', 'no-such-member'],
    ['Het bepaalde in artikel 2 lid 2 is van overeenkomstige toepassing.', 'no-such-member'],
    ['De bedragen staan in bijlage 5 bij deze cao.', 'no-such-annex'],
    ['Zie bijlage C voor de procedure.', 'no-such-annex'],
    ['Hoofdstuk 6 regelt de beloning.', 'no-such-chapter'],
    ['De termijn van het zesde lid geldt onverkort.', 'no-such-member', 'member2'],
  ]);
});

describe('paraphrase: near misses (no reference into this document)', () => {
  quietTable([
    // Other documents: a code, an act, another agreement, a law named before.
    'De opzegtermijn is geregeld in artikel 7:672 BW.',
    'Ontslag op staande voet is mogelijk op grond van artikel 7:678 van het Burgerlijk Wetboek.',
    'De ondernemingsraad heeft instemmingsrecht op grond van artikel 27 van de Wet op de ondernemingsraden.',
    'Voor ambtenaren geldt artikel 5 van de cao Rijk.',
    'Het vakantieverlof volgt artikel 12, eerste lid, van de Arbeidstijdenwet.',
    'In de Arbeidstijdenwet bepaalt artikel 5:8 de rusttijden.',
    'Artikel 9 van die wet is niet van toepassing.',
    'De pensioenregeling volgt het BW en de Pensioenwet.',
    // "artikel" and "lid" in ordinary prose.
    'Dit is het laatste artikel over werktijden dat de partijen zijn overeengekomen.',
    'De werkgever bespreekt het rooster met een lid van de ondernemingsraad.',
    'Het eerste lid van de commissie wordt door de werkgever benoemd.',
    'Elke werknemer is lid van de personeelsvereniging.',
    // Dates, amounts, numbers in a table, durations.
    'Deze regeling treedt in werking op 1.1.2026 en eindigt op 31.12.2027.',
    '| periode | bedrag |\n| --- | --- |\n| 4.2 | € 4,20 |',
    'De toeslag bedraagt 4.2 procent van het uurloon.',
    'Na 3 en 4 weken wordt het rooster geëvalueerd.',
  ]);
});

describe('references: lists and ranges carry one fact per number, each on its own number', () => {
  it('"artikel 1, 2 en 4" gives three facts whose ranges cover "artikel 1", "2" and "4"', () => {
    const { doc, refs } = references(draft('De artikelen 1, 2 en 4 zijn van toepassing.'));
    assert.deepEqual(
      refs.map((r) => doc.text.slice(r.range.start, r.range.end)),
      ['artikelen 1', '2', '4'],
    );
  });

  it('an excerpt that starts at article 30 does not judge a reference to article 12', () => {
    const text =
      '# Cao Voorbeeld, uittreksel\n\n### Artikel 30 Opleiding\n\nDe werknemer heeft recht op scholing als bedoeld in artikel 12.\n\n### Artikel 31 Kosten\n\nDe werkgever betaalt de kosten.\n';
    const { refs } = references(text);
    assert.equal(refs.length, 1);
    assert.deepEqual(refs[0].resolution, { status: 'unresolved', reason: 'outside-excerpt', unit: null });
  });

  it('a chapter file that jumps from 9.3 to 9.5 lacks 9.4, though it starts at 9.1', () => {
    const text =
      '# Hoofdstuk 9 Ontwikkeling\n\n### Artikel 9.1 Doel\n\nZie artikel 9.4.\n\n### Artikel 9.3 Budget\n\nHet budget.\n\n### Artikel 9.5 Slot\n\nSlot.\n';
    const { refs } = references(text);
    assert.equal(refs[0].resolution.status === 'unresolved' && refs[0].resolution.reason, 'no-such-article');
  });

  it('an FAQ without articles refers to the cao it explains: not judged', () => {
    const { refs } = references('# Vragen over het ontwikkelbudget\n\nHoeveel budget krijg ik? Dat staat in artikel 12 van de cao.\n');
    assert.ok(refs.every((r) => r.resolution.status !== 'unresolved' || r.resolution.reason === 'no-structure'));
  });
});
