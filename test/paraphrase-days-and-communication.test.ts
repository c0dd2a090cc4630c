import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * Readings around development days and how employees hear of their rights: a day kept because of
 * illness is no carry-over, plans are no planning, a question arranges nothing; a team page and the
 * team meeting inform, but not of what the meeting happens to discuss; a practical education is a
 * background of people, not a course.
 */
const fires = (text: string, rule: string) => lintText(text).findings.some((f) => f.ruleId === rule);

const faq = (...lines: string[]) => ['# Ontwikkeldagen', '', 'Iedereen heeft drie ontwikkeldagen per jaar.', ...lines].join('\n\n');

describe('paraphrase: what keeps development days, and what does not', () => {
  it('days that do not move on lapse, whatever a sick day keeps', () => {
    const text = faq('Niet opgenomen dagen schuiven niet door naar het volgende jaar.', 'Ben je ziek op een ontwikkeldag, dan houd je die dag tegoed.');
    assert.ok(fires(text, 'development-days-lapse'));
  });
  it('a carry-over for everyone is still a carry-over beside the sick-day clause', () => {
    const text = faq('Niet opgenomen dagen schuiven door naar het volgende jaar.', 'Ben je ziek op een ontwikkeldag, dan houd je die dag tegoed.');
    assert.ok(!fires(text, 'development-days-lapse'));
  });
  it('a question about a planned day plans nothing', () => {
    const text = faq('Niet opgenomen dagen vervallen op 31 december.', 'Wat als ik ziek ben op een geplande ontwikkeldag?');
    assert.ok(fires(text, 'development-days-lapse'));
  });
  it('"de plannen van de vestiging" are no planning of the days; planning them is', () => {
    const plans = faq('Niet opgenomen dagen vervallen op 31 december.', 'Wat je leert, past bij de plannen van de vestiging.');
    assert.ok(fires(plans, 'development-days-lapse'));
    const planned = faq('Niet opgenomen dagen vervallen op 31 december.', 'Je teamleider plant de dagen met je in.');
    assert.ok(!fires(planned, 'development-days-lapse'));
  });
});

describe("paraphrase: informing in the team's own places", () => {
  const budget = (line: string) => `## Leerbudget\n\nIedere medewerker krijgt een leerbudget van € 900 per jaar voor cursussen en loopbaancoaching. ${line}\n`;
  const informs = [
    'Ik zet de afspraken over het leerbudget op onze teampagina in Confluence.',
    'We bespreken het leerbudget in de maandelijkse teammeeting.',
    'De regeling staat op de wiki van de afdeling.',
    'Het budget komt elke maand aan bod in het teamoverleg.',
  ];
  const doesNot = ['De werkdruk bespreken we elke maand in het teamoverleg.', 'De roosters worden besproken in de teamvergadering.'];
  for (const line of informs) {
    it(`informs: «${line}»`, () => assert.ok(!fires(budget(line), 'entitlement-communication')));
  }
  for (const line of doesNot) {
    it(`does not inform of the budget: «${line}»`, () => assert.ok(fires(budget(line), 'entitlement-communication')));
  }
});

describe('paraphrase: a practical education as who people are', () => {
  const budget = (line: string) =>
    `## Leerrekening\n\nIedere collega krijgt € 600 per jaar op een leerrekening voor cursussen en opleidingen. Bij de HR-app zie je altijd je saldo. ${line}\n`;
  it('"collega\'s met een praktische opleiding" get leerambassadeurs: support aimed at them', () => {
    assert.ok(!fires(budget("Voor collega's met een praktische opleiding komen er leerambassadeurs."), 'support-lower-educated'));
  });
  it('"een praktische opleiding volgen" is a course, not a target group', () => {
    const found = lintText(budget('Er komen leerambassadeurs die je helpen een praktische opleiding te kiezen.')).findings.filter(
      (f) => f.ruleId === 'support-lower-educated',
    );
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
  });
});

describe('paraphrase: what another instrument keeps or plans is not kept or planned for the days', () => {
  const cao = (other: string) =>
    [
      '## Artikel 3 Keuzebudget',
      '',
      `1. ${other}`,
      '',
      '## Artikel 6 Scholingsdagen',
      '',
      '1. De werknemer heeft per kalenderjaar recht op twee scholingsdagen.',
      '2. Niet opgenomen scholingsdagen vervallen aan het einde van het kalenderjaar.',
    ].join('\n');
  it('money of the IKB that "blijft gereserveerd" keeps no days', () => {
    assert.ok(
      fires(cao('Het IKB bestaat uit de vakantietoeslag en de bovenwettelijke vakantiedagen, waarvan een deel gereserveerd blijft.'), 'development-days-lapse'),
    );
  });
  it('days that themselves move on are kept', () => {
    const text = cao('Het IKB bestaat uit de vakantietoeslag.').replace(
      'vervallen aan het einde van het kalenderjaar',
      'schuiven door naar het volgende kalenderjaar',
    );
    assert.ok(!fires(text, 'development-days-lapse'));
  });
});

describe('paraphrase: numbers, levels and rates said with something in between', () => {
  it('"twee betaalde scholingsdagen per kalenderjaar" is a number of days', () => {
    for (const days of ['twee betaalde scholingsdagen', 'drie extra ontwikkeldagen', 'twee volledige opleidingsdagen']) {
      const text = `## Artikel 15 Scholingsdagen\n\n1. De werknemer heeft recht op ${days} per kalenderjaar.\n2. Niet gebruikte dagen kunnen worden meegenomen naar het volgende kalenderjaar.\n`;
      assert.ok(!lintText(text).findings.some((f) => f.ruleId === 'development-days-lapse' && /hoeveel/.test(f.message)), days);
    }
  });
  it('"Collega\'s zonder mbo-4-diploma" is a target group; "zonder VCA" is not', () => {
    const draft = (who: string) =>
      `## Leerbudget\n\nIedere collega krijgt € 900 per jaar voor cursussen en opleidingen; het saldo staat in de app. ${who} kunnen een afspraak maken met onze leerambassadeur.\n`;
    assert.ok(!fires(draft("Collega's zonder mbo-4-diploma"), 'support-lower-educated'));
    assert.ok(fires(draft("Collega's zonder VCA"), 'support-lower-educated'));
  });
  it('a group named for another scheme is not whom the support is for', () => {
    const text = [
      '## 7.1 Budget',
      '',
      'Je krijgt een DI-budget van € 800 per jaar voor cursussen en coaching; je saldo zie je in de app.',
      '',
      '## 7.2 Loopbaancoach',
      '',
      'Wie wil nadenken over de volgende stap, kan terecht bij een loopbaancoach.',
      '',
      '## 7.5 Vitaliteitsverlof',
      '',
      'Medewerkers van 60 jaar en ouder kunnen gebruikmaken van de regeling 80-90-100.',
    ].join('\n');
    const found = lintText(text).findings.filter((f) => f.ruleId === 'support-lower-educated');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
  });
  it("a rate before the verb's object, past an aside in brackets, is the amount's rate", () => {
    const text =
      '## Artikel 4 Voucher\n\n1. Iedere werknemer ontvangt ieder kalenderjaar van het Opleidingsfonds Schilders (O&O-fonds) een scholingsvoucher ter waarde van € 250.\n';
    assert.ok(lintText(text).findings.some((f) => f.ruleId === 'budget-amount' && /€ 250 per jaar/.test(f.message)));
  });
});

describe('paraphrase: amounts that changed, overviews of rights, employers named by their workplace', () => {
  const amount = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'budget-amount');
  it('"gaat omhoog van € 500 naar € 750 per jaar" is € 750 a year; "van € 750 naar € 500" is € 500', () => {
    assert.deepEqual(amount('## Opleidingsbudget\n\nHet persoonlijke opleidingsbudget gaat omhoog van € 500 naar € 750 per jaar.\n'), []);
    assert.equal(amount('## Opleidingsbudget\n\nHet persoonlijke opleidingsbudget gaat omlaag van € 750 naar € 500 per jaar.\n').length, 1);
  });
  it("an overview of one's rights and of the voucher's use informs; an overview of the roster does not", () => {
    const voucher = (line: string) => `## Voucher\n\nIedere musicus heeft recht op een bijscholingsvoucher van € 800 per seizoen. ${line}\n`;
    assert.ok(!fires(voucher('Ieder seizoen ontvangt u een overzicht van uw rechten en van het gebruik van de voucher.'), 'entitlement-communication'));
    assert.ok(fires(voucher('Ieder seizoen ontvangt u een overzicht van de repetities.'), 'entitlement-communication'));
  });
  it('a balance shown in Loket informs', () => {
    assert.ok(
      !fires(
        '## Opleidingsbudget\n\nJe krijgt € 1.000 per jaar voor cursussen. Je saldo staat in Loket onder "Mijn budgetten".\n',
        'entitlement-communication',
      ),
    );
  });
  it('a fund the factory draws on is no money employees control', () => {
    const text = '## Financiering\n\nVoor de training doet de fabriek een beroep op de subsidie van het O&O-fonds.\n';
    assert.ok(!fires(text, 'support-lower-educated'));
  });
});

describe('paraphrase: how much time is left to an agreement', () => {
  const days = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'development-days-lapse' && /hoeveel/.test(f.message));
  const open = [
    'Naast het geld krijg je ook tijd om te leren. Hoeveel, dat spreek je af met je werkgever.',
    'Je krijgt tijd om te leren. Het aantal uren bepaal je samen met je leidinggevende.',
    'Iedereen krijgt ruimte om zich te ontwikkelen; hoeveel tijd dat is, spreek je af in het jaargesprek.',
  ];
  const stated = [
    'Naast het geld krijg je ook tijd om te leren: vier uur per maand. Wanneer, dat spreek je af met je werkgever.',
    'Je krijgt tijd om te leren. Hoeveel budget je daarnaast krijgt, staat in de cao: € 800 per jaar.',
  ];
  for (const text of open) it(`no number: «${text}»`, () => assert.equal(days(`# Leren\n\n${text}\n`).length, 1));
  for (const text of stated) it(`a number, or not the time's: «${text}»`, () => assert.deepEqual(days(`# Leren\n\n${text}\n`), []));
});

describe('paraphrase: lexicon entries of this round that had no sentence of their own', () => {
  it('"het opleidingsbudget van je kliniek / van de afdeling" is the workplace\'s, a budget "van € 800" is a person\'s', () => {
    const support = (line: string) => fires(`# Vragen\n\n${line}\n`, 'support-lower-educated');
    assert.ok(!support('De cursuskosten lopen via het opleidingsbudget van je kliniek; daar gaat je praktijkmanager over.'));
    assert.ok(!support('Cursussen worden betaald uit het scholingsbudget van de afdeling.'));
    assert.ok(support('Iedere medewerker krijgt een opleidingsbudget van € 800 per jaar voor cursussen.'));
  });
  it('"ruimte voor eigen ontwikkeling" whose subjects the employer picks is free time the employer decides on', () => {
    const free = (line: string) => lintText(`## Artikel 4\n\n${line}\n`).findings.filter((f) => f.ruleId === 'lummeltijd-terms');
    assert.equal(
      free('Iedere medewerker krijgt ruimte voor eigen ontwikkeling; de werkgever bepaalt welke onderwerpen daarvoor in aanmerking komen.').length,
      1,
    );
    assert.deepEqual(free('Iedere medewerker krijgt vier uur per maand ruimte voor eigen ontwikkeling en kiest zelf waaraan hij die besteedt.'), []);
  });
  it('"per calendar year" is a rate; "within the calendar year" is a spending period', () => {
    const period = (line: string) => lintText(`## Article 6 Learning budget\n\n${line}\n`).findings.filter((f) => f.ruleId === 'budget-spending-period');
    assert.ok(period('Each employee receives a learning budget of € 900 per calendar year. It must be spent within the calendar year.').length === 1);
    assert.deepEqual(period('Each employee receives a learning budget of € 900 per calendar year. Unspent amounts remain available for 36 months.'), []);
  });
});
