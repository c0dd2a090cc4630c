import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { budgetStatements, budgetsWithoutFigures, figurelessStatements, yearly } from '../server/model/budgets';
import type { PolicyDocument, SchemeTerm } from '../server/model/types';
import { lintText } from './harness/lint';
import { allRules } from '../rules/index';

function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}

/** The scheme terms the model reads, as "term «words»", in document order. */
function terms(markdown: string): string[] {
  const doc = model(markdown);
  return doc.facts.flatMap((f) => (f.kind === 'scheme-term' && !f.negated ? [`${f.term} «${markdown.slice(f.range.start, f.range.end)}»`] : []));
}

function has(markdown: string, term: SchemeTerm): boolean {
  return terms(markdown).some((t) => t.startsWith(`${term} `));
}

describe('policy model: budget sizes', () => {
  it('converts an amount per quarter, per month and per two years to a yearly amount', () => {
    const doc = model(
      [
        '1. Iedere medewerker krijgt een persoonlijke ontwikkelrekening, waarop de werkgever ieder kwartaal € 250,- stort.',
        '2. De werknemer heeft recht op een opleidingsbudget van € 50 per maand.',
        '3. De werknemer ontvangt per twee jaar een loopbaanbudget van € 1.200,-.',
      ].join('\n'),
    );
    const perYear = budgetStatements(doc).map((s) => s.figures.map((f) => (f.kind === 'money' ? yearly(f) : null)));
    assert.deepEqual(perYear, [[1000], [600], [600]]);
  });

  it('reads the size from the sentence after the budget in the same member', () => {
    const doc = model(
      '## Artikel 10 Ontwikkeling\n\n1. De werkgever stelt per kalenderjaar een budget vast voor de scholing van zijn personeel. Dat budget bedraagt ten minste 1,5% van de loonsom.\n',
    );
    const [statement] = budgetStatements(doc);
    assert.equal(statement.figures.length, 1);
    assert.deepEqual(
      statement.figures.map((f) => (f.kind === 'percent' ? [f.value, f.base] : null)),
      [[1.5, 'payroll']],
    );
    assert.deepEqual(figurelessStatements(doc), [], 'the figure in the next sentence fills in "stelt een budget vast"');
  });

  it('tells a share of the payroll from a share of the salary', () => {
    const doc = model('Het loopbaanbudget bedraagt 1,5% van het salaris van de werknemer. Het collectieve opleidingsbudget is 0,8% van de brutoloonsom.');
    const bases = budgetStatements(doc).flatMap((s) => s.figures.map((f) => (f.kind === 'percent' ? f.base : 'money')));
    assert.deepEqual(bases, ['salary', 'payroll']);
  });

  it('marks a total pot and a per-person maximum', () => {
    const doc = model(
      'De werkgever stelt in totaal € 40.000,- beschikbaar voor een collectief scholingsfonds. Iedere medewerker kan daaruit maximaal € 1.500,- per jaar ontvangen.',
    );
    const money = doc.facts.filter((f) => f.kind === 'money');
    assert.deepEqual(
      money.map((f) => (f.kind === 'money' ? [f.amount, f.total, f.qualifier] : null)),
      [
        [40000, true, 'exact'],
        [1500, false, 'max'],
      ],
    );
  });

  // A pot for a group is a total however the draft says so; an amount for each person is not.
  const totals: Array<[string, boolean]> = [
    ['Het opleidingsfonds stelt hiervoor per jaar een bedrag van € 250.000 beschikbaar.', true],
    ['De werkgever stelt jaarlijks € 60.000 beschikbaar voor scholing van het personeel.', true],
    ['Voor het team is er dit jaar een ontwikkelbudget van € 5.000.', true],
    ['Voor de hele afdeling reserveren we € 12.000 voor opleidingen.', true],
    ['Het Sectorfonds Zorg heeft € 2.000.000 gereserveerd voor leerwerktrajecten.', true],
    ['Het scholingsbudget van de school bedraagt in totaal € 30.000.', true],
    ['Het teambudget voor ontwikkeling is € 8.000 per jaar.', true],
    ['De werkgever stelt iedere werknemer jaarlijks € 500 beschikbaar voor scholing.', false],
    ['Per deelnemer stelt het fonds € 1.200 beschikbaar.', false],
    ['Iedere medewerker krijgt een ontwikkelbudget van € 750 per jaar.', false],
    ['Je hebt recht op een persoonlijk budget van € 900.', false],
    ['De werknemer ontvangt € 400 voor een cursus naar keuze.', false],
  ];
  for (const [text, total] of totals) {
    it(`reads ${total ? 'a total' : 'no total'} in «${text}»`, () => {
      const money = model(text).facts.filter((f) => f.kind === 'money');
      assert.deepEqual(
        money.map((f) => (f.kind === 'money' ? f.total : null)),
        [total],
      );
    });
  }

  it('reads a pot and the amount per person in one sentence, each in its own clause', () => {
    const doc = model('Het fonds stelt per jaar € 60.000 beschikbaar, waaruit iedere medewerker ten hoogste € 1.200 kan aanvragen.');
    const money = doc.facts.filter((f) => f.kind === 'money');
    assert.deepEqual(
      money.map((f) => (f.kind === 'money' ? [f.amount, f.total, f.perPerson] : null)),
      [
        [60000, true, false],
        [1200, false, true],
      ],
    );
  });

  it('reads a team or location budget as collective, and its payroll share when the next sentence says it is for training', () => {
    const doc = model('## Teambudget\n\nElke locatie krijgt een teambudget van 0,8% van de loonsom. Dat budget is bedoeld voor gezamenlijke trainingen.\n');
    const shares = budgetStatements(doc).flatMap((s) => s.figures.map((f) => (f.kind === 'percent' ? [s.individual, f.value, f.base] : null)));
    assert.deepEqual([...new Set(shares.map(String))], ['false,0.8,payroll']);
    const party = model('## Teambudget\n\nElk team krijgt een teambudget van € 300 voor de kerstborrel.\n');
    assert.deepEqual(budgetStatements(party), [], 'a team budget for a party is no development budget');
  });

  it('finds budgets stated without any figure', () => {
    const missing = model('Voor werknemers die een vakcursus willen volgen, is er een bedrag van beschikbaar.');
    assert.equal(figurelessStatements(missing).length, 1);
    const later = model(
      'De cao-afspraak over scholing in taal en rekenen loopt door. Het fonds stelt daarvoor een jaarlijks te bepalen budget voor opleidingen beschikbaar.',
    );
    assert.equal(figurelessStatements(later).length, 1);
    const stated = model('Voor werknemers die een vakcursus willen volgen, is er een bedrag van € 900,- per jaar beschikbaar.');
    assert.deepEqual(figurelessStatements(stated), []);
  });

  it('does not read a figureless budget outside development', () => {
    const doc = model('De personeelsvereniging krijgt een jaarlijks te bepalen budget voor het zomerfeest.');
    assert.deepEqual(figurelessStatements(doc), []);
  });

  it('finds a granted budget whose article states no figure, and not one whose article does', () => {
    const bare = model('## Artikel 4 Ontwikkelbudget\n\nDe werknemer heeft recht op een persoonlijk ontwikkelbudget voor opleidingen en cursussen.\n');
    assert.deepEqual(
      budgetsWithoutFigures(bare).map((p) => p.anchor.surface),
      ['ontwikkelbudget'],
    );
    const sized = model(
      '## Artikel 4 Ontwikkelbudget\n\n1. De werknemer heeft recht op een persoonlijk ontwikkelbudget voor opleidingen.\n2. Het bedraagt € 900,- per kalenderjaar.\n',
    );
    assert.deepEqual(budgetsWithoutFigures(sized), []);
  });
});

describe('policy model: scheme terms', () => {
  it('reads where unused rights go and how a request is made', () => {
    assert.ok(has('Een voucher die na 24 maanden niet is gebruikt, vloeit terug naar het centrale scholingsbudget.', 'returns'));
    assert.ok(has('Bedragen die niet zijn toegekend, blijven in het fonds.', 'returns'));
    assert.ok(has('De werknemer vraagt de voucher aan met een kort formulier in de personeelsapp.', 'request'));
    assert.ok(!has('De werknemer ontvangt jaarlijks een scholingsvoucher.', 'request'));
  });

  it('reads portability, flexible workers and tax of a learning account', () => {
    assert.ok(has('Gaat de medewerker werken bij een andere werkgever, dan neemt hij het saldo mee.', 'portability'));
    assert.ok(has('Ook uitzendkrachten en medewerkers met een tijdelijk contract krijgen een leerrekening.', 'flexible-workers'));
    assert.ok(has('De stortingen van de werkgever zijn voor de medewerker onbelast.', 'tax'));
    assert.ok(!has('Het saldo van de leerrekening kan worden gebruikt voor opleidingen.', 'portability'));
  });

  it('reads external schemes only where they are about learning or are training schemes by name', () => {
    assert.ok(has('De kosten van de opleiding worden voor de helft gedekt met een subsidie.', 'external-scheme'));
    assert.ok(has('Het O&O-fonds draagt bij in de kosten.', 'external-scheme'));
    assert.ok(!has('De gemeente verstrekt een subsidie voor de kinderopvang.', 'external-scheme'));
  });

  it('reads conditions and proof of a scheme', () => {
    const text =
      'HR controleert vooraf of het programma aan alle voorwaarden van de regeling voldoet. Om dat te kunnen aantonen, bewaart HR de presentielijsten.';
    assert.deepEqual(
      terms(text).filter((t) => /^(conditions|proof)/.test(t)),
      ['conditions «voorwaarden»', 'proof «aantonen»', 'proof «presentielijsten»'],
    );
    assert.ok(!has('De opleiding wordt voor de helft gedekt met een subsidie.', 'conditions'));
  });

  it('reads learning in working time only where the sentence is about learning', () => {
    assert.ok(has('De opleiding vindt voor de helft in werktijd plaats.', 'learning-time'));
    assert.ok(!has('Roken onder werktijd is niet toegestaan.', 'learning-time'));
  });
});

describe('money rules on realistic clauses', () => {
  const lint = (text: string, id: string) => lintText(text, { rules: allRules.filter((r) => r.meta.id === id) }).findings;

  it('budget-amount converts a monthly amount and quotes the reference figures', () => {
    const [finding] = lint(
      '## Artikel 6 Ontwikkelbudget\n\n1. De werknemer heeft recht op een opleidingsbudget van € 50,- per maand voor cursussen en opleidingen.\n',
      'budget-amount',
    );
    assert.match(finding.message, /€ 600 per jaar/);
    assert.match(finding.message, /€ 669/);
    assert.match(finding.message, /1-2%/);
  });

  it('budget-amount does not compare a share of the own salary with the payroll', () => {
    assert.deepEqual(
      lint(
        '## Artikel 6 Loopbaanbudget\n\n1. Het loopbaanbudget van de werknemer bedraagt 0,5% van zijn salaris per jaar, te besteden aan opleidingen.\n',
        'budget-amount',
      ),
      [],
    );
  });

  it('budget-consistency says how many of the staff the pot covers', () => {
    const text =
      '## Artikel 9 Scholingsfonds\n\n1. Er is per jaar in totaal € 30.000,- beschikbaar in een collectief scholingsfonds voor opleidingen, waaruit een medewerker maximaal € 1.500,- per jaar kan aanvragen.\n2. De regeling geldt voor alle 80 medewerkers.\n';
    const [finding] = lint(text, 'budget-consistency');
    assert.match(finding.message, /ten hoogste 20 van de 80 medewerkers/);
  });

  it('subsidy-conditions ignores a subsidy the draft does not pay with', () => {
    assert.deepEqual(lint('## Artikel 2\n\nDe minister verstrekt subsidie aan leraren voor een opleiding.\n', 'subsidy-conditions'), []);
    assert.equal(lint('## Artikel 2\n\nDe opleiding wordt betaald uit een subsidie van het sectorfonds.\n', 'subsidy-conditions').length, 1);
  });
});
