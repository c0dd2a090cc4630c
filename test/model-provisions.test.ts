import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { allProvisions, provisionScope, type Provision } from '../server/model/provisions';
import { purposesOf } from '../server/model/provisionPurposes';
import type { PolicyDocument } from '../server/model/types';

/**
 * Provisions follow the document: each instrument the draft grants is its own provision, named
 * mentions and back-references ("het budget", "het tegoed") join the instrument they speak of, and
 * a provision reads its own articles, not the whole draft.
 */
function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}

const names = (doc: PolicyDocument) => allProvisions(doc).map((p) => `${p.instrument}:${p.anchor.surface.toLowerCase()}${p.granted ? '' : '?'}`);

function provisionNamed(doc: PolicyDocument, surface: string): Provision {
  const found = allProvisions(doc).find((p) => p.mentions.some((m) => m.surface.toLowerCase() === surface));
  assert.ok(found, `no provision mentions «${surface}»: ${names(doc).join(', ')}`);
  return found;
}

const sentenceWith = (doc: PolicyDocument, words: string) => doc.sentences.findIndex((s) => s.text.includes(words));

describe('policy model: provisions', () => {
  it('a regulation named for its one budget reads all its articles, also those that say only "het saldo"', () => {
    const doc = model(
      [
        '# Regeling persoonlijk leerbudget',
        '',
        '**Artikel 1 Storting**',
        '',
        'De werkgever stort jaarlijks € 600 in het leerbudget van iedere medewerker.',
        '',
        '**Artikel 2 Besteding**',
        '',
        'Het saldo blijft beschikbaar zolang de medewerker in dienst is.',
        '',
        '**Artikel 3 Opleidingsdagen**',
        '',
        'Voor een opleiding krijgt de medewerker twee dagen per jaar vrij.',
      ].join('\n'),
    );
    const scope = provisionScope(doc, provisionNamed(doc, 'leerbudget'));
    assert.ok(scope.includes(sentenceWith(doc, 'blijft beschikbaar')), 'the spending article belongs to the budget');
  });

  it('two budgets under one title each keep the articles that name them', () => {
    const doc = model(
      [
        '# Regeling ontwikkelbudget en loopbaanbudget',
        '',
        '**Artikel 1 Ontwikkelbudget**',
        '',
        'De medewerker heeft recht op een ontwikkelbudget van € 500 per jaar. Het saldo vervalt aan het eind van het jaar.',
        '',
        '**Artikel 2 Loopbaanbudget**',
        '',
        'De medewerker heeft recht op een loopbaanbudget van € 1.500 per vijf jaar. Het saldo blijft vijf jaar beschikbaar.',
      ].join('\n'),
    );
    const development = provisionScope(doc, provisionNamed(doc, 'ontwikkelbudget'));
    assert.ok(!development.includes(sentenceWith(doc, 'blijft vijf jaar')), "the career budget's article is not the development budget's");
  });

  it('two budgets granted in one draft are two provisions, each reading its own article', () => {
    const doc = model(
      [
        '## Artikel 8 Ontwikkelbudget',
        '',
        'De werknemer heeft ieder jaar recht op een ontwikkelbudget van € 600,-. Het budget kan drie jaar worden gespaard.',
        '',
        '## Artikel 9 Vitaliteitsbudget 60-plus',
        '',
        'De werknemer van 60 jaar of ouder krijgt daarnaast een DI-budget van € 400,- per jaar. Dit budget vervalt aan het einde van het jaar.',
      ].join('\n'),
    );
    assert.deepEqual(names(doc), ['individual-budget:ontwikkelbudget', 'individual-budget:di-budget']);
    const lapse = sentenceWith(doc, 'Dit budget vervalt');
    const saving = sentenceWith(doc, 'drie jaar worden gespaard');
    assert.ok(provisionScope(doc, provisionNamed(doc, 'di-budget')).includes(lapse));
    assert.ok(!provisionScope(doc, provisionNamed(doc, 'di-budget')).includes(saving));
    assert.ok(!provisionScope(doc, provisionNamed(doc, 'ontwikkelbudget')).includes(lapse));
  });

  it('a back-reference joins the instrument named before it in its article, whatever its kind of money', () => {
    const doc = model(
      [
        '## Artikel 14 Persoonlijke leerrekening',
        '',
        '1. Iedere werknemer heeft een persoonlijke leerrekening.',
        '2. De werkgever stort elk jaar € 300 op de leerrekening.',
        '3. Het tegoed blijft vijf jaar na de storting staan.',
      ].join('\n'),
    );
    assert.deepEqual(names(doc), ['learning-account:persoonlijke leerrekening']);
    const account = provisionNamed(doc, 'persoonlijke leerrekening');
    assert.ok(account.mentions.some((m) => m.surface === 'tegoed'));
  });

  it('a name and its abbreviation in apposition are one instrument, and a name used without a grant joins the granted one', () => {
    const doc = model(
      [
        '# Regeling persoonlijk ontwikkelingsbudget',
        '',
        'Iedere medewerker krijgt een persoonlijk ontwikkelingsbudget (POB) van € 500 per jaar.',
        'Het POB is bedoeld voor scholing.',
        'Wie zijn opleidingsbudget niet opmaakt, kan het meenemen naar volgend jaar.',
      ].join('\n'),
    );
    assert.equal(allProvisions(doc).length, 1, names(doc).join(', '));
    assert.equal(allProvisions(doc)[0].mentions.length >= 3, true);
  });

  it('money granted in the sentence after the name grants the instrument ("Hierin storten werkgevers ...")', () => {
    const doc = model('Naast de loonsverhoging kent de cao een individueel ontwikkelbudget. Hierin storten werkgevers € 150 per jaar voor elke werknemer.');
    assert.deepEqual(names(doc), ['individual-budget:ontwikkelbudget']);
  });

  it('a name said to be collective somewhere is that collective budget throughout, unless an amount per person is granted with it', () => {
    const collective = model(
      ['## Ontwikkelbudget voor bedrijven', '', 'Het ontwikkelbudget is bedoeld voor het scholingsbeleid van de onderneming.'].join('\n'),
    );
    assert.ok(
      allProvisions(collective).every((p) => p.instrument === 'collective-fund'),
      names(collective).join(', '),
    );
    const personal = model(
      'Docenten ontvangen een basisbudget van € 600 per jaar voor scholing. Het personeel bepaalt zelf hoe het basisbudget wordt ingezet.',
    );
    assert.ok(
      allProvisions(personal).some((p) => p.instrument === 'individual-budget'),
      names(personal).join(', '),
    );
  });

  it('a back-reference with no instrument of its kind in its article does not attach to a fund named in the title', () => {
    const doc = model(['# Sectorfonds Bouw', '', '## Artikel 3', '', 'Je krijgt een persoonlijk budget van € 400 per jaar voor scholing.'].join('\n'));
    assert.ok(names(doc).includes('individual-budget:persoonlijk budget'), names(doc).join(', '));
  });

  it('an abbreviation of the words before a shared head names the same instrument ("G&D fund")', () => {
    const doc = model(
      [
        '## Growth and Development Fund',
        '',
        'Every team member can claim up to $10,000 a year from the Growth and Development Fund for courses.',
        '',
        '## Tracking',
        '',
        'Your G&D fund requests are listed in the HR system.',
      ].join('\n'),
    );
    assert.equal(allProvisions(doc).length, 1, names(doc).join(', '));
  });

  it('a second name granted without a figure of its own is another name for the budget before it', () => {
    const doc = model(
      [
        '## Artikel 4 Persoonlijk leerbudget',
        '',
        'Iedere medewerker krijgt een persoonlijk leerbudget van € 700 per jaar voor opleidingen.',
        '',
        '## Artikel 5 Uit dienst',
        '',
        'Het recht op de leertoelage eindigt op de dag dat het dienstverband eindigt.',
      ].join('\n'),
    );
    assert.equal(allProvisions(doc).length, 1, names(doc).join(', '));
  });
});

describe('policy model: a fund employees claim from, said in its own article', () => {
  const fund = (claim: string) =>
    model(
      ['# Regeling Leerfonds', '', '## Artikel 1 Omvang', '', '1. De werkgever stelt jaarlijks € 30.000 beschikbaar voor het leerfonds.', `2. ${claim}`].join(
        '\n',
      ),
    );
  const claimable = [
    'Iedere medewerker kan eenmaal per jaar een bijdrage van ten hoogste € 750 aanvragen.',
    'Werknemers vragen een tegemoetkoming aan met een kort formulier.',
    'Medewerkers kunnen een vergoeding voor een cursus aanvragen bij HR.',
    'Elke werknemer mag per kalenderjaar één aanvraag voor een bijdrage indienen.',
  ];
  for (const claim of claimable) {
    it(`claimable: «${claim}»`, () => assert.equal(provisionNamed(fund(claim), 'leerfonds').claimable, true));
  }
  const notClaimable = [
    'De werkgever kan een bijdrage aanvragen voor de opleiding van een team.',
    'Medewerkers kunnen geen bijdrage aanvragen voor een hobbycursus.',
    'Het fonds wordt beheerd door een commissie van drie leden.',
  ];
  for (const claim of notClaimable) {
    it(`not claimable by employees: «${claim}»`, () => assert.equal(provisionNamed(fund(claim), 'leerfonds').claimable, false));
  }
});

describe('policy model: a regulation of one instrument', () => {
  const regulation = (title: string, extra = '') =>
    model(
      [
        `# ${title}`,
        '',
        '## Artikel 1 Budget',
        '',
        'De werknemer heeft recht op een leerbudget van € 900 per jaar.',
        '',
        '## Artikel 2 Aanvraag',
        '',
        'De werknemer dient een aanvraag in via het HR-portaal.',
        ...(extra ? ['', '## Artikel 3 Ander budget', '', extra] : []),
      ].join('\n'),
    );
  it('reads every article when the title names the instrument and no other is provided', () => {
    const doc = regulation('Regeling leerbudget 2026');
    assert.ok(provisionScope(doc, provisionNamed(doc, 'leerbudget')).includes(sentenceWith(doc, 'aanvraag in via')));
  });
  it('reads only its own articles when the title names something else', () => {
    const doc = regulation('Regeling personeelszaken 2026');
    assert.ok(!provisionScope(doc, provisionNamed(doc, 'leerbudget')).includes(sentenceWith(doc, 'aanvraag in via')));
  });
  it('reads only its own articles when the draft provides a second instrument', () => {
    const doc = regulation('Regeling leerbudget 2026', 'Daarnaast krijgt de werknemer van 55 jaar of ouder een DI-budget van € 500 per jaar.');
    assert.ok(!provisionScope(doc, provisionNamed(doc, 'leerbudget')).includes(sentenceWith(doc, 'aanvraag in via')));
  });
});

describe('policy model: the purposes stated for each provision', () => {
  const purposes = (doc: PolicyDocument, surface: string) => [...new Set(purposesOf(doc, provisionNamed(doc, surface)).map((f) => f.purpose))].sort();

  it('two budgets in their own articles each keep the purposes of their own article', () => {
    const doc = model(
      [
        '## Artikel 3 Persoonlijk ontwikkelbudget',
        '',
        'De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 600 per jaar. Het budget is bedoeld voor loopbaancoaching en EVC-trajecten.',
        '',
        '## Artikel 4 Teambudget',
        '',
        'Elk team beschikt over een teambudget van € 2.000 per jaar voor gezamenlijke trainingen.',
      ].join('\n'),
    );
    const personal = purposes(doc, 'ontwikkelbudget');
    assert.ok(personal.includes('evc') && personal.includes('loopbaanadvies'), personal.join(', '));
    assert.ok(!personal.includes('training'), personal.join(', '));
    assert.ok(purposes(doc, 'teambudget').includes('training'));
    assert.ok(!purposes(doc, 'teambudget').includes('evc'));
  });

  it('training the job requires, set apart from the budget, is not one of its purposes', () => {
    const doc = model(
      [
        '## Artikel 7 Leerrekening',
        '',
        'Je krijgt een leerrekening van € 500 per jaar.',
        'De leerrekening staat los van verplichte trainingen zoals BHV en VCA; die betaalt de werkgever.',
      ].join('\n'),
    );
    assert.deepEqual(purposes(doc, 'leerrekening'), []);
  });

  it('in a text without articles, training praised two paragraphs later is no purpose of the budget', () => {
    const doc = model(
      [
        'Medewerkers krijgen vanaf januari scholingsgeld van € 400 per jaar.',
        '',
        'De lonen stijgen met 3 procent. De reiskostenvergoeding gaat omhoog. Het pensioen verandert niet.',
        '',
        'De directie zegt graag te investeren in opleidingen en cursussen.',
      ].join('\n'),
    );
    assert.deepEqual(purposes(doc, 'scholingsgeld'), []);
  });
});

describe('policy model: a budget held by a part of the organisation is a provision of its own', () => {
  const names = (text: string) => allProvisions(buildPolicyDocument(text, parseMarkdown(text))).map((p) => p.anchor.surface.toLowerCase());
  const fund = 'Het O&O-fonds vergoedt de cursus VCA aan iedere werknemer.';
  for (const held of [
    'Andere cursussen worden betaald uit het opleidingsbudget van de afdeling Uitvoering.',
    'Trainingen die het team nodig heeft, komen uit het scholingsbudget van het team.',
    'Elke vestiging heeft daarnaast een opleidingsbudget per vestiging.',
  ])
    it(`two budgets: «${held}»`, () => assert.equal(names(`${fund} ${held}`).length, 2, names(`${fund} ${held}`).join(', ')));
  it('a second name for the fund, held by nobody, is the same budget', () =>
    assert.equal(names(`${fund} Het opleidingsbudget wordt jaarlijks door het bestuur vastgesteld.`).length, 1));
});
