import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { splitSentences } from '../server/model/sentences';
import { classifyCompound } from '../server/model/facts/compounds';
import { allProvisions } from '../server/model/provisions';
import { nl } from '../server/model/lexicon/nl';
import type { Fact, FactKind, FactOf, PolicyDocument } from '../server/model/types';

function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}

function facts<K extends FactKind>(markdown: string, kind: K): FactOf<K>[] {
  return model(markdown).facts.filter((f: Fact): f is FactOf<K> => f.kind === kind);
}

/** What the fact covers in the source, so tests read as the draft reads. */
function quoted(markdown: string, fact: Fact): string {
  return markdown.slice(fact.range.start, fact.range.end);
}

describe('policy model: sentences', () => {
  const cases: Array<[string, string[]]> = [
    ['De werknemer heeft o.a. recht op scholing. Zie art. 7 van deze cao.', ['De werknemer heeft o.a. recht op scholing.', 'Zie art. 7 van deze cao.']],
    [
      'Het budget bedraagt € 1.000,- per jaar. Het kan bijv. worden besteed aan een cursus.',
      ['Het budget bedraagt € 1.000,- per jaar.', 'Het kan bijv. worden besteed aan een cursus.'],
    ],
    [
      '1. De werkgever informeert de werknemer. 2. De werknemer tekent voor ontvangst.',
      ['1. De werkgever informeert de werknemer.', '2. De werknemer tekent voor ontvangst.'],
    ],
    [
      'Het gaat om m.b.t. opleidingen afgesproken budgetten, t.w. het POB. Meer staat in bijlage 3.',
      ['Het gaat om m.b.t. opleidingen afgesproken budgetten, t.w. het POB.', 'Meer staat in bijlage 3.'],
    ],
    ['Zie artikel 12.3. Daar staat de regeling.', ['Zie artikel 12.3.', 'Daar staat de regeling.']],
    ["Wat doe je? 's Avonds leren kan ook.", ['Wat doe je?', "'s Avonds leren kan ook."]],
  ];
  for (const [text, expected] of cases) {
    it(`splits «${text.slice(0, 40)}…»`, () => {
      assert.deepEqual(
        splitSentences(text).map(([a, b]) => text.slice(a, b)),
        expected,
      );
    });
  }

  it('keeps sentence ranges exact through Markdown emphasis and links', () => {
    const text = 'Je krijgt **jaarlijks** een [ontwikkelbudget](#art-5) van € 800. Het vervalt *niet*.\n';
    const doc = model(text);
    assert.deepEqual(
      doc.sentences.map((s) => s.text),
      ['Je krijgt jaarlijks een ontwikkelbudget van € 800.', 'Het vervalt niet.'],
    );
    assert.equal(text.slice(doc.sentences[0].range.start, doc.sentences[0].range.end), 'Je krijgt **jaarlijks** een [ontwikkelbudget](#art-5) van € 800.');
  });
});

describe('policy model: article tree', () => {
  it('reads chapters, articles, members and annexes in headings and heading-like lines', () => {
    const doc = model(
      [
        '# Hoofdstuk 4 Ontwikkeling',
        '',
        '## Artikel 4.1 Ontwikkelbudget',
        '',
        '1. De werknemer heeft recht op een budget.',
        '2. Zie bijlage 3.',
        '',
        'Artikel 4.2',
        'De werkgever informeert de werknemer.',
        '',
        '## Bijlage 3 Bestedingsdoelen',
        '',
        'Opleidingen en cursussen.',
      ].join('\n'),
    );
    const outline = doc.articles.map((a) => `${'  '.repeat(a.depth)}${a.kind} ${a.number ?? ''}`.trimEnd());
    assert.deepEqual(outline, ['chapter 4', '  article 4.1', '    member 1', '    member 2', '  article 4.2', 'annex 3']);
    const article42 = doc.articles[4];
    assert.deepEqual(
      doc.sentences.slice(...article42.sentenceSpan).map((s) => s.text),
      ['Artikel 4.2', 'De werkgever informeert de werknemer.'],
    );
  });

  it('reads a bold first line as a heading, the way Word drafts and memos mark them', () => {
    const doc = model(
      [
        '# Memo ontwikkeling',
        '',
        '**Ontwikkeldagen**',
        'Je krijgt elk jaar drie dagen om te leren.',
        '',
        '__Scholingsbudget__  ',
        'Het budget bedraagt € 800 per jaar.',
        '',
        '**Opleidingsverlof**',
        '',
        'Voor een examen krijg je een dag vrij.',
      ].join('\n'),
    );
    const sections = doc.articles.map((a) => `${'  '.repeat(a.depth)}${a.title}`);
    assert.deepEqual(sections, ['Memo ontwikkeling', '  Ontwikkeldagen', '  Scholingsbudget', '  Opleidingsverlof']);
    assert.deepEqual(
      doc.sentences.map((s) => [s.text, s.heading]),
      [
        ['Memo ontwikkeling', true],
        ['Ontwikkeldagen', true],
        ['Je krijgt elk jaar drie dagen om te leren.', false],
        ['Scholingsbudget', true],
        ['Het budget bedraagt € 800 per jaar.', false],
        ['Opleidingsverlof', true],
        ['Voor een examen krijg je een dag vrij.', false],
      ],
    );
  });

  it('leaves bold sentences, run-in labels and bold list items in their paragraph', () => {
    const doc = model(
      [
        '# Regeling',
        '',
        '**Het budget vervalt niet.**',
        'Je mag het sparen.',
        '',
        '**Let op:** je vraagt het budget aan bij je leidinggevende.',
        '',
        '- **Cursussen**',
        '  die je zelf kiest.',
        '',
        'Tekst met **nadruk** aan het begin van de regel',
        'en verder.',
      ].join('\n'),
    );
    assert.deepEqual(
      doc.articles.map((a) => a.title),
      ['Regeling'],
    );
    assert.ok(doc.sentences.every((s, i) => s.heading === (i === 0)));
  });

  it('reads "4:1" and "§ 5.1" numbering and legal-text headings with double spaces', () => {
    const doc = model('### Artikel  4:1  \n\nTekst.\n\n### § 5.1 Scholing\n\nMeer tekst.\n');
    assert.deepEqual(
      doc.articles.map((a) => [a.kind, a.number]),
      [
        ['article', '4:1'],
        ['section', '5.1'],
      ],
    );
  });
});

describe('policy model: durations and periods', () => {
  const cases: Array<[string, Array<[string, number | null, string]>]> = [
    ['Het budget blijft drie jaar beschikbaar.', [['drie jaar', 36, 'period']]],
    ['Besteding is mogelijk binnen 36 maanden na toekenning.', [['36 maanden', 36, 'period']]],
    ['Het tegoed is anderhalf jaar geldig.', [['anderhalf jaar', 18, 'period']]],
    ['Je ontvangt per kalenderjaar een bedrag.', [['per kalenderjaar', 12, 'per']]],
    ['Het is een tweejaarlijks budget.', [['tweejaarlijks', 24, 'per']]],
    ['Niet-bestede bedragen vervallen aan het einde van het kalenderjaar.', [['einde van het kalenderjaar', 12, 'until-year-end']]],
    ['Het budget kan gedurende de looptijd van deze cao worden besteed.', [['looptijd van deze cao', null, 'cao-term']]],
    ['Deze cao loopt van 1 juli 2024 tot en met 30 juni 2026.', [['1 juli 2024 tot en met 30 juni 2026', 24, 'period']]],
    ['Werknemers van 55 jaar en ouder en werknemers vanaf 18 jaar doen mee.', []],
  ];
  for (const [text, expected] of cases) {
    it(`reads «${text}»`, () => {
      const found = facts(text, 'duration').map((d) => [quoted(text, d), d.months, d.form]);
      assert.deepEqual(found, expected);
    });
  }

  it('finds the cao term for the draft', () => {
    assert.equal(model('# Cao Groothandel\n\njuli 2024 tot en met juni 2026\n\nArtikel 1\n\nTekst.').caoTermMonths, 24);
  });
});

describe('policy model: money and percentages', () => {
  const cases: Array<[string, number, string, number | null]> = [
    ['De werknemer ontvangt een budget van € 1.000,- per jaar.', 1000, 'EUR', 12],
    ['Het bedrag is EUR 750 per kalenderjaar.', 750, 'EUR', 12],
    ['Je krijgt jaarlijks een budget van 600 euro.', 600, 'EUR', 12],
    ['Er is in totaal € 25.000 beschikbaar.', 25000, 'EUR', null],
    ['Het budget bedraagt € 1.250,50.', 1250.5, 'EUR', null],
    ['You have a $1,000 annual stipend.', 1000, 'USD', 12],
    ['A personal learning budget of £300 per year.', 300, 'GBP', 12],
  ];
  for (const [text, amount, currency, perMonths] of cases) {
    it(`reads «${text}»`, () => {
      const [money] = facts(text, 'money');
      assert.deepEqual([money.amount, money.currency, money.perMonths], [amount, currency, perMonths]);
    });
  }

  it('reads a share of the payroll', () => {
    const [percent] = facts('Het budget bedraagt ten minste 1,5 % van de loonsom van de onderneming.', 'percent');
    assert.deepEqual([percent.value, percent.base], [1.5, 'payroll']);
  });
});

describe('policy model: negation and statements', () => {
  it('reads "kan niet worden gespaard" as a lapse, not as saving nor as a negated budget', () => {
    const text = 'Het budget kan niet worden gespaard.';
    assert.equal(facts(text, 'saving').length, 0);
    assert.equal(facts(text, 'lapse').length, 1);
    assert.equal(facts(text, 'lapse')[0].negated, false);
    assert.equal(facts(text, 'instrument')[0].negated, false);
  });

  it('does not read the hyphenated "niet-bestede" as a negation', () => {
    const text = 'Niet-bestede bedragen kunnen worden meegenomen naar het volgende kalenderjaar.';
    const [saving] = facts(text, 'saving');
    assert.equal(saving.negated, false);
  });

  it('reads the ways cao texts say saving and lapsing', () => {
    const saving = (text: string) => facts(text, 'saving').map((f) => f.negated);
    assert.deepEqual(saving('Het budget kan gedurende drie jaar worden opgebouwd.'), [false]);
    assert.deepEqual(saving('Niet gebruikte uren schuiven door naar het volgende jaar.').includes(false), true);
    assert.deepEqual(
      saving('Het saldo kan niet worden gespaard.').every((negated) => negated),
      true,
    );
    assert.equal(facts('Op 31 december wordt het saldo op nul gezet.', 'lapse').length, 1);
  });

  it('reads older and lower-educated staff as target groups', () => {
    const groups = (text: string) => facts(text, 'target-group').map((f) => f.group);
    assert.deepEqual(groups('Werknemers van 55 jaar en ouder worden persoonlijk uitgenodigd.'), ['older']);
    assert.deepEqual(groups('Dit geldt vooral voor praktisch geschoolde collega’s en medewerkers zonder startkwalificatie.'), [
      'lower-educated',
      'lower-educated',
    ]);
  });

  it('reads "geen recht op" as a negated instrument', () => {
    assert.equal(facts('Uitzendkrachten hebben geen recht op het ontwikkelbudget.', 'instrument')[0].negated, true);
  });

  it('reads the employer informing, not the employee reporting', () => {
    assert.equal(facts('De werkgever informeert de werknemers jaarlijks over hun ontwikkelbudget.', 'communication').length, 1);
    assert.equal(facts('De werknemer informeert zijn leidinggevende over de voortgang van zijn opleiding.', 'communication').length, 0);
  });

  it('counts a recurring conversation only when it covers development', () => {
    assert.equal(facts('In het jaarlijkse ontwikkelgesprek bespreken jullie je opleidingswensen.', 'communication').length > 0, true);
    assert.equal(facts('Het gesprek gaat over de verlofplanning.', 'communication').length, 0);
  });

  it('reads formal and plain-language drafts alike', () => {
    const formal = facts('De werknemer heeft recht op een persoonlijk ontwikkelbudget.', 'instrument')[0];
    const plain = facts('Je hebt recht op een persoonlijk ontwikkelbudget.', 'instrument')[0];
    assert.deepEqual([formal.instrument, formal.granted], [plain.instrument, plain.granted]);
  });
});

describe('policy model: instruments and Dutch compounds', () => {
  const compounds: Array<[string, string | null]> = [
    ['scholingsbudget', 'individual-budget'],
    ['loopbaanontwikkelingsbudget', 'individual-budget'],
    ['inzetbaarheidsbudget', 'individual-budget'],
    ['di-budget', 'individual-budget'],
    ['leerrekening', 'learning-account'],
    ['scholingsvoucher', 'voucher'],
    ['o&o-fonds', 'collective-fund'],
    ['studieverlof', 'training-leave'],
    ['ontwikkeldagen', 'development-time'],
    ['keuzebudget', 'choice-budget'],
    ['pensioenfonds', null],
    ['vakantieverlof', null],
    ['reiskostenbudget', null],
  ];
  for (const [word, expected] of compounds) {
    it(`reads «${word}» as ${expected ?? 'no instrument'}`, () => {
      assert.equal(classifyCompound(word, nl), expected);
    });
  }

  it('does not take an IKB that converts salary for a development budget', () => {
    const [ikb] = facts('Het individueel keuzebudget (IKB) kun je laten uitbetalen of gebruiken voor extra verlof.', 'instrument');
    assert.equal(ikb.instrument, 'choice-budget');
    assert.equal(ikb.development, false);
  });

  it('reads an IKB as a development budget only when it is reserved for development', () => {
    const choice = (text: string) => facts(text, 'instrument').find((f) => f.instrument === 'choice-budget')!;
    assert.equal(choice('Je kunt je IKB laten uitbetalen of gebruiken voor extra verlof of een opleiding.').development, false);
    assert.equal(choice('Een deel van het IKB is uitsluitend bestemd voor scholing en ontwikkeling.').development, true);
  });

  it('reads a budget set by the employer for the whole company as collective', () => {
    const [budget] = facts('De werkgever stelt per kalenderjaar een budget vast voor de ontwikkeling van zijn personeel.', 'instrument');
    assert.equal(budget.instrument, 'collective-fund');
  });

  it('reads a generic budget as a development budget only in a development context', () => {
    assert.equal(facts('Je krijgt een persoonlijk budget voor scholing en loopbaan.', 'instrument')[0].development, true);
    assert.equal(facts('Je krijgt een persoonlijk budget voor je reiskosten.', 'instrument')[0].development, false);
  });
});

describe('policy model: provisions', () => {
  it('groups the mentions of one instrument across articles and anchors it where it is granted', () => {
    const doc = model(
      '## Artikel 3 Ontwikkelbudget\n\nDe werknemer heeft recht op een ontwikkelbudget van € 800,- per jaar.\n\n## Artikel 4 Sparen\n\nHet budget kan worden gespaard tot drie jaar.\n',
    );
    const [budget] = allProvisions(doc);
    assert.equal(doc.sentences[budget.anchor.sentence].text, 'De werknemer heeft recht op een ontwikkelbudget van € 800,- per jaar.');
    assert.deepEqual(
      budget.units.map((u) => u?.number),
      ['3', '4'],
    );
    assert.equal(budget.inTime, false);
  });

  it('knows a budget in hours from one in money', () => {
    const doc = model('Werknemer heeft een ontwikkelvoucher voor zijn loopbaan. De ontwikkelvoucher bedraagt 35 uur per kalenderjaar.');
    assert.equal(allProvisions(doc)[0].inTime, true);
  });
});

describe('policy model: references', () => {
  it('reads article, member and annex references and tells other documents apart', () => {
    const text = 'Zie artikel 7 lid 2, artikel 4, derde lid, bijlage III en artikel 7:611 BW.';
    const refs = facts(text, 'reference').map((r) => [r.target, r.number, r.member, r.external]);
    assert.deepEqual(refs, [
      ['article', '7', '2', false],
      ['article', '4', '3', false],
      ['annex', 'III', null, false],
      ['article', '7:611', null, true],
    ]);
  });
});
