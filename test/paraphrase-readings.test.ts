import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';
import { TIME_INSTRUMENTS, type SchemeTerm } from '../server/model/types';
import { BUDGET_INSTRUMENTS } from '../server/model/query';
import { provisions } from '../server/model/provisions';
import { designTable, facts, model, show } from './paraphrase/workTables';

/**
 * Readings that decide whether a word means what the rules look for: a noun that looks like a
 * split verb, a carry-over verb used for a talk, money that goes back where it came from, job
 * training said in other words, who a figure is for, which instrument a purpose belongs to, and
 * who decides. Each row is a sentence of our own, with near misses.
 */
const rules = (text: string, rule: string) => lintText(text).findings.filter((f) => f.ruleId === rule);
const kinds = (text: string, kind: 'lapse' | 'saving') => facts(model(text), kind).filter((f) => !f.negated).length;

describe('reading: a noun after a determiner is no split verb', () => {
  const rows: Array<[string, 'saving' | null]> = [
    ['Je kiest zelf: een certificering, een side project of een boek over softwarearchitectuur.', null],
    ['In de bibliotheek staat een boek over loopbaanontwikkeling.', null],
    ['Het restant boek je over naar het volgende jaar.', 'saving'],
    ['Wat over is, boeken we over naar je budget van volgend jaar.', 'saving'],
  ];
  for (const [s, kind] of rows) it(`«${s}» -> ${kind ?? 'no saving'}`, () => assert.equal(kinds(s, 'saving') > 0, kind === 'saving', show(model(s))));
});

describe('reading: taken into a talk is not carried over', () => {
  const rows: Array<[string, boolean]> = [
    ['Ik neem de leerrekening ook mee in ons jaargesprek.', false],
    ['Het gebruik van je budget wordt meegenomen in de beoordeling.', false],
    ['We nemen je wensen mee bij het overleg over de planning.', false],
    ['Je neemt het budget mee naar het volgende jaar.', true],
    ['Wat je niet gebruikt, neem je mee naar volgend jaar.', true],
    ['Het saldo mag worden meegenomen naar het nieuwe kalenderjaar.', true],
  ];
  for (const [s, saving] of rows) it(`«${s}» -> ${saving ? 'saving' : 'no saving'}`, () => assert.equal(kinds(s, 'saving') > 0, saving, show(model(s))));
});

describe('reading: money that goes back where it came from has lapsed', () => {
  const rows: Array<[string, boolean]> = [
    ['Gebruik je de voucher niet binnen twee jaar, dan gaat het bedrag terug naar het centrale budget.', true],
    ['Niet bestede bedragen gaan terug in de pot van de afdeling.', true],
    ['Wat over is, vloeit terug naar het fonds.', true],
    ['De medewerker gaat na de detachering terug naar zijn oude afdeling.', false],
    ['Je krijgt het geld terug als de opleiding niet doorgaat.', false],
  ];
  for (const [s, lapse] of rows) it(`«${s}» -> ${lapse ? 'lapse' : 'no lapse'}`, () => assert.equal(kinds(s, 'lapse') > 0, lapse, show(model(s))));
});

describe('reading: job training said in other words opens the boundary question', () => {
  const budget =
    'Artikel 4 Loopbaanbudget\n\nDe werknemer heeft recht op een loopbaanbudget van € 1.500, te besteden aan scholing en cursussen naar eigen keuze.';
  const rows: Array<[string, boolean]> = [
    ['De werkgever draagt zorg voor vakgerichte scholing, zoals VCA.', true],
    ['Vaktechnische trainingen worden door de werkgever betaald.', true],
    ['Beroepsgerichte opleidingen volgt de werknemer in opdracht van de werkgever.', true],
    ['De werkgever draagt zorg voor vakgerichte scholing; die gaat niet ten koste van het loopbaanbudget.', false],
    ['Het loopbaanbudget wordt niet verrekend met de kosten van scholing die de werkgever opdraagt.', false],
    ['De werkgever betaalt de reiskosten naar de opleiding.', false],
  ];
  for (const [extra, overlap] of rows) {
    it(`«${extra}» -> ${overlap ? 'boundary open' : 'no boundary finding'}`, () => {
      const found = rules(`${budget}\n\n${extra}`, 'budget-earmarking').filter((f) => f.message.includes('functiegerichte scholing'));
      assert.equal(found.length > 0, overlap, found.map((f) => f.message).join(' | '));
    });
  }
  it('an allowance that is not set off against the budget draws no line between budget and job training', () => {
    const text = `${budget}\n\nDe werkgever draagt zorg voor vakgerichte scholing. Het loopbaanbudget wordt niet verrekend met de reiskostenvergoeding.`;
    assert.ok(rules(text, 'budget-earmarking').some((f) => f.message.includes('functiegerichte scholing')));
  });
});

describe('reading: who a figure is for is read in its own clause', () => {
  const rows: Array<[string, number, 'total' | 'not total']> = [
    ['Er komt € 600 per jaar op, dat is € 50 per maand, en over drie jaar is dat in totaal € 1.800.', 600, 'not total'],
    ['Er komt € 600 per jaar op, dat is € 50 per maand, en over drie jaar is dat in totaal € 1.800.', 1800, 'total'],
    ['Het fonds heeft in totaal € 40.000 beschikbaar.', 40000, 'total'],
    ['In totaal is er € 20.000 voor het team, en dat is € 1.000 per persoon.', 20000, 'total'],
  ];
  for (const [s, amount, expected] of rows) {
    it(`«${s}»: € ${amount} is ${expected}`, () => {
      const money = facts(model(s), 'money').find((f) => f.amount === amount);
      assert.ok(money, show(model(s)));
      assert.equal(money.total, expected === 'total');
    });
  }
});

describe('reading: "iedereen heeft een leerrekening" grants it', () => {
  for (const s of [
    'Vanaf 1 januari heeft iedereen een persoonlijke leerrekening.',
    'Alle medewerkers hebben een ontwikkelrekening.',
    'Je hebt een opleidingstegoed bij de academie.',
  ]) {
    it(`«${s}»`, () =>
      assert.ok(
        facts(model(s), 'instrument').some((f) => f.granted && f.development),
        show(model(s)),
      ));
  }
  it('near miss: «De werkgever heeft een rekening bij de bank.» grants no development instrument', () => {
    assert.ok(!facts(model('De werkgever heeft een rekening bij de bank.'), 'instrument').some((f) => f.development && f.granted));
  });
});

describe("reading: in a text without articles, a purpose after another instrument is that one's", () => {
  const mail = (between: string) =>
    `Hoi allemaal,\n\nVanaf januari heeft iedereen een persoonlijke leerrekening met € 800 per jaar.\n\n${between}Je kiest zelf waaraan: een certificering, een cursus of een boek.`;
  it("purposes right after the account are the account's", () => assert.equal(rules(mail(''), 'budget-earmarking').length, 0));
  it("purposes after a sentence on free development time are that time's", () => {
    assert.equal(rules(mail('Daarnaast krijg je vier uur per maand eigen ontwikkeltijd. '), 'budget-earmarking').length, 1);
  });
});

describe("reading: who decides, said as assigning, intervening or planning one's own jobs", () => {
  const decide = (s: string) =>
    facts(model(s), 'authority')
      .filter((a) => a.power === 'decide' && !a.negated)
      .map((a) => a.holder);
  const rows: Array<[string, string]> = [
    ['De afdelingsmanager wijst de innovatieprojecten toe.', 'manager'],
    ['Het team mag diensten ruilen zonder tussenkomst van de shiftleider.', 'team'],
    ['De leidinggevende deelt je in bij een project.', 'manager'],
  ];
  for (const [s, holder] of rows) it(`«${s}» -> decided by ${holder}`, () => assert.ok(decide(s).includes(holder as never), JSON.stringify(decide(s))));
  designTable(
    'enrichment',
    [
      'Sinds januari plannen de wijkteams zelf de reparatieverzoeken van huurders in.',
      'De chauffeurs plannen zelf hun ritten.',
      'Monteurs plannen hun klussen voortaan zelf in.',
    ],
    ['Je plant zelf je opleidingsdagen in.', 'De planner plant de ritten in.'],
  );
});

describe('reading: a fund the employer draws on finances the employer', () => {
  const budgets = (s: string) => facts(model(s), 'instrument').filter((f) => f.development && f.instrument === 'collective-fund');
  it('«We doen een beroep op het O&O-fonds (EUR 12.500).» is no development budget', () =>
    assert.equal(budgets('We doen een beroep op de SLIM-subsidie en op het O&O-fonds (EUR 12.500).').length, 0));
  it('«De werkgever vraagt een bijdrage aan bij het sectorfonds.» is no development budget', () =>
    assert.equal(budgets('De werkgever vraagt een bijdrage van € 5.000 aan bij het sectorfonds.').length, 0));
  it('«Medewerkers kunnen bij het O&O-fonds een bijdrage van € 500 aanvragen.» is money employees draw', () =>
    assert.ok(budgets('Medewerkers kunnen bij het O&O-fonds een bijdrage van € 500 aanvragen.').length > 0));
});

describe("reading: time for the members of a working group is the group's", () => {
  const devTime = (s: string) => facts(model(s), 'instrument').some((f) => TIME_INSTRUMENTS.has(f.instrument) && !f.negated);
  const rows: Array<[string, boolean]> = [
    ['**Werkgroep inwerken**\nDe leden krijgen twee uur per maand in werktijd en een training van de praktijkopleider.', false],
    ['De leden van het verbeterteam krijgen vier uur per maand en scholing in werktijd.', false],
    ['**Ontwikkeltijd**\nIedere medewerker krijgt acht uur per maand voor scholing in werktijd.', true],
    ['# Werkgroep Anders Werken\n\n**Leertijd**\nIedere medewerker krijgt twee uur per week om iets nieuws te leren.', true],
  ];
  for (const [s, expected] of rows)
    it(`«${s.replace(/\n/g, ' ¶ ')}» -> ${expected ? 'development time' : 'group time'}`, () => assert.equal(devTime(s), expected, show(model(s))));
});

describe('reading: what comes before a budget is first named in an untitled part is not its purpose', () => {
  const memo = (order: 'before' | 'after') => {
    const course = '1. Twintig chauffeurs volgen in januari een cursus zuinig rijden.';
    const account = '2. Iedere chauffeur krijgt vanaf 2026 een eigen leerrekening, waarop we jaarlijks EUR 800 storten.';
    const purposes = '3. Je kunt het saldo gebruiken voor een cursus of een opleiding naar keuze.';
    return `**Voorstel**\n\n${order === 'before' ? `${course}\n${account}` : `${account}\n${purposes}`}\n`;
  };
  it('a course the drivers follow, before the account is named, states no purpose of it', () =>
    assert.equal(rules(memo('before'), 'budget-earmarking').length, 1));
  it('purposes after the account is named are its purposes', () => assert.equal(rules(memo('after'), 'budget-earmarking').length, 0));
});

describe('reading: the account a titled budget is paid into is that budget', () => {
  const article =
    'Artikel 23 Persoonlijk opleidingsbudget\n1. De werkgever stort jaarlijks € 750 op de persoonlijke leerrekening van de werknemer.\n2. Het POB kan worden gebruikt voor vakopleidingen en loopbaanadvies.';
  it("purposes said of the POB are the account's", () => assert.equal(rules(article, 'budget-earmarking').length, 0));
  it("the account's own terms still apply to it", () => assert.ok(rules(article, 'learning-account-terms').length > 0));
});

describe("reading: a heading names a rotation by its compound; a document title is not each section's topic", () => {
  const intervals = (s: string) => facts(model(s), 'rotation-interval').map((f) => f.months);
  it('«Artikel 24 Objectroulatie» over «blijft ten minste zes maanden op een object»', () =>
    assert.deepEqual(
      intervals(
        'Artikel 24 Objectroulatie\n1. De werknemer rouleert over verschillende objecten.\n2. De werknemer blijft ten minste zes maanden op een object.',
      ),
      [6],
    ));
  it('a title naming rotation does not make the team hours of another section an interval (only the quarter of the rotation article is one)', () =>
    assert.deepEqual(
      intervals(
        '# Convenant zelfroosteren en lijnroulatie\n\n## Artikel 3 Lijnroulatie\n\nOperators wisselen eens per kwartaal van lijn.\n\n## Artikel 4 Zelfroosteren\n\nVoor het roosteroverleg heeft het team twee uur per week in werktijd.',
      ),
      [3],
    ));
});

describe('reading: a stated short validity with a lapse outweighs money that "stays until used"', () => {
  const faq = (validity: string) =>
    `**Wat is de ontwikkelvoucher?**\nIedere werknemer krijgt elk jaar een ontwikkelvoucher van € 1.000. Het geld blijft staan tot je het gebruikt.\n\n**Hoe lang is hij geldig?**\n${validity}`;
  it('«Een voucher is twaalf maanden geldig. Gebruik je hem niet, dan vervalt hij.» -> short', () =>
    assert.equal(rules(faq('Een voucher is twaalf maanden geldig. Gebruik je hem niet, dan vervalt hij.'), 'budget-spending-period').length, 1));
  it('«Een voucher is drie jaar geldig.» -> long enough', () =>
    assert.equal(rules(faq('Een voucher is drie jaar geldig.'), 'budget-spending-period').length, 0));
  it('no validity stated: staying until used is enough', () => assert.equal(rules(faq('Zolang je in de sector werkt.'), 'budget-spending-period').length, 0));
});

describe('reading: where the money comes from is no second budget', () => {
  const funds = (s: string) => facts(model(s), 'instrument').filter((f) => f.instrument === 'collective-fund' && f.granted);
  it('«krijgt een ontwikkelvoucher van € 1.000 uit het sectorfonds»: the voucher is granted, the fund is its source', () =>
    assert.equal(funds('Iedere werknemer krijgt elk jaar een ontwikkelvoucher van € 1.000 uit het sectorfonds.').length, 0));
  it('«Het sectorfonds stelt € 400.000 beschikbaar»: the fund grants', () =>
    assert.equal(funds('Het sectorfonds stelt in 2026 € 400.000 beschikbaar voor scholing.').length, 1));
});

describe('reading: the line between budget and job training, in more words', () => {
  const budget = 'Artikel 8 Budget\n\nDe werknemer heeft recht op een DI-budget van € 1.000, te besteden aan opleidingen en trainingen.';
  const open = (extra: string) => rules(`${budget}\n\n${extra}`, 'budget-earmarking').some((f) => f.message.includes('functiegerichte scholing'));
  it('«opleidingen die voor de uitoefening van de functie noodzakelijk zijn» are job training', () =>
    assert.ok(open('Artikel 9 Opleidingen\n\nDe werkgever vergoedt opleidingen die voor de uitoefening van de functie noodzakelijk zijn.')));
  it('«worden buiten de opleidingsrekening om betaald» draws the line', () =>
    assert.ok(!open('Opleidingen die de werkgever noodzakelijk acht voor de functie, worden buiten de opleidingsrekening om betaald.')));
  it('«daar gaat je budget niet aan op» draws the line', () =>
    assert.ok(!open('Verplichte trainingen zoals BHV betaalt de werkgever; daar gaat je budget dus niet aan op.')));
  it('«een aanvullend percentage» of pay draws no line', () =>
    assert.ok(open('Verplichte trainingen betaalt de werkgever. Het IKB bestaat uit de vakantietoeslag en een aanvullend percentage.')));
});

describe("reading: a purpose in a sentence about a fund the employer draws on is not the budget's", () => {
  const article = (extra: string) =>
    `Artikel 5 Opleidingsfonds\n1. De werkgever stort jaarlijks 1,2% van de loonsom in het opleidingsfonds.\n2. Werknemers kunnen een aanvraag doen tot € 1.500 per jaar.\n3. ${extra}`;
  it('«Voor opleidingen die in aanmerking komen voor het O&O-fonds, vraagt de werkgever een bijdrage aan.» states no purpose of the fund', () =>
    assert.equal(
      rules(article('Voor opleidingen die in aanmerking komen voor een bijdrage van het O&O-fonds, vraagt de werkgever die bijdrage aan.'), 'budget-earmarking')
        .length,
      1,
    ));
  it('«Werknemers kunnen het fonds gebruiken voor opleidingen en cursussen.» does', () =>
    assert.equal(rules(article('Werknemers kunnen het fonds gebruiken voor opleidingen en cursussen.'), 'budget-earmarking').length, 0));
});

describe('reading: a skill a course teaches is a purpose; the group is who lacks it', () => {
  const groups = (s: string) => facts(model(s), 'target-group').filter((f) => !f.negated).length;
  const rows: Array<[string, boolean]> = [
    ['Je kunt de voucher besteden aan een cursus Nederlands of digitale vaardigheden.', false],
    ['Het budget is ook voor trainingen in basisvaardigheden.', false],
    ['Er is extra begeleiding voor medewerkers met weinig digitale vaardigheden.', true],
    ["De leercoach helpt collega's die moeite hebben met lezen en digitale vaardigheden.", true],
    ['Een training voor medewerkers die moeite hebben met rekenen.', true],
  ];
  for (const [s, group] of rows) it(`«${s}» -> ${group ? 'a target group' : 'no target group'}`, () => assert.equal(groups(s) > 0, group, show(model(s))));
});

describe('reading: a team meeting informs of what its sentence names', () => {
  const informs = (s: string) => facts(model(s), 'communication').some((f) => !f.negated);
  const rows: Array<[string, boolean]> = [
    ['De werkdruk bespreken we elke maand in het teamoverleg.', false],
    ['Het roosterprobleem komt in het werkoverleg aan de orde.', false],
    ['In het werkoverleg staat het ontwikkelbudget twee keer per jaar op de agenda.', true],
    ['De regeling wordt jaarlijks in het teamoverleg toegelicht.', true],
  ];
  for (const [s, inform] of rows) it(`«${s}» -> ${inform ? 'informs' : 'does not inform'}`, () => assert.equal(informs(s), inform, show(model(s))));
});

describe('reading: taking turns at parts of the work named in a list is rotation', () => {
  designTable(
    'rotation',
    ['Er wordt per dag gewisseld tussen deegmakerij, oven en inpak.', 'Je wisselt elk seizoen tussen kassa en receptie, toezicht en horeca.'],
    ['Je kunt kiezen tussen een cursus en een training.'],
  );
});

describe('reading: a request procedure said as its steps', () => {
  const requests = (s: string) => facts(model(s), 'scheme-term').some((t) => t.term === 'request' && !t.negated);
  const rows: Array<[string, boolean]> = [
    ['Log in op het fondsportaal met DigiD, kies de opleiding en bevestig.', true],
    ['Je logt in op de app en klikt op "aanvragen".', true],
    ['Aanvragen gaat online, met één klik.', true],
    ['De opleiding duurt vier dagen.', false],
    ['Je kiest zelf een opleiding uit het register.', false],
  ];
  for (const [s, request] of rows)
    it(`«${s}» -> ${request ? 'a request procedure' : 'no procedure'}`, () => assert.equal(requests(s), request, show(model(s))));
});

describe('reading: a pot for a team, drawn on by its members', () => {
  const memo = '**Teambudget**\nVoor het team is er dit jaar een ontwikkelbudget van € 5.000. Iedere collega kan daaruit maximaal € 1.000 aanvragen.';
  it("the budget is the team's, not one person's", () =>
    assert.ok(
      facts(model(memo), 'instrument').some((f) => f.instrument === 'collective-fund' && f.surface === 'ontwikkelbudget'),
      show(model(memo)),
    ));
  it('drawing rights on it need their terms: what happens to what is not used, how to ask', () => assert.ok(rules(memo, 'voucher-terms').length > 0));
  it('«Elke medewerker krijgt een ontwikkelbudget van € 800.» stays personal', () =>
    assert.ok(facts(model('Elke medewerker krijgt een ontwikkelbudget van € 800.'), 'instrument').some((f) => f.instrument === 'individual-budget')));
});

describe('reading: amounts of one budget that must agree', () => {
  const found = (s: string) => rules(s, 'budget-consistency');
  const rows: Array<[string, boolean]> = [
    ['Iedereen heeft een leerrekening. Er komt € 600 per jaar op, en over de drie jaar van deze regeling is dat in totaal € 2.000.', true],
    ['Iedereen heeft een leerrekening. Er komt € 600 per jaar op, en over de drie jaar van deze regeling is dat in totaal € 1.800.', false],
    ['Je krijgt een ontwikkelbudget van € 50 per maand, in totaal € 1.200 over twee jaar.', false],
    ['Je krijgt een ontwikkelbudget van € 50 per maand, in totaal € 1.500 over twee jaar.', true],
    ['Je krijgt een ontwikkelbudget van € 600 per jaar; in totaal heeft het fonds € 40.000.', false],
  ];
  for (const [s, contradiction] of rows)
    it(`«${s}» -> ${contradiction ? 'contradiction' : 'agrees'}`, () =>
      assert.equal(
        found(s).length > 0,
        contradiction,
        found(s)
          .map((f) => f.message)
          .join(' | '),
      ));
  it('a headcount said once at the top counts for a pot in a later section', () => {
    const plan =
      'Wij scholen al onze 80 servicemonteurs bij.\n\n**Vouchers**\nElke monteur krijgt een opleidingsvoucher van € 1.000 per jaar. De vouchers worden betaald uit een projectpot van € 20.000 per jaar.';
    assert.ok(
      found(plan).some((f) => f.message.includes('80')),
      found(plan)
        .map((f) => f.message)
        .join(' | '),
    );
  });
  for (const [sentence, perPerson] of [
    ['Je werkgever stort elk jaar € 350 op je persoonlijke leerrekening bij het opleidingsfonds.', true],
    ['De werkgever maakt jaarlijks € 500 over naar zijn individuele ontwikkelbudget bij het sectorfonds.', true],
    ['De werkgevers storten jaarlijks € 50.000 in het fonds voor de persoonlijke budgetten van alle werknemers.', false],
    ['De werkgever stort € 20.000 in de pot van de afdeling.', false],
  ] as const) {
    it(`«${sentence}» is ${perPerson ? 'an amount per person' : 'a sum for all'}`, () => {
      const money = facts(model(sentence), 'money')[0];
      assert.equal(money?.perPerson, perPerson, show(model(sentence)));
    });
  }
  it('«Elke monteur krijgt € 1.000» is an amount per person, whatever the trade', () => {
    const money = facts(model('Elke monteur krijgt een opleidingsvoucher van € 1.000 per jaar.'), 'money')[0];
    assert.ok(money?.perPerson, show(model('Elke monteur krijgt een opleidingsvoucher van € 1.000 per jaar.')));
  });
});

describe('reading: relying on a fund, said as money out of it or a contribution it pays', () => {
  const found = (s: string) => rules(s, 'subsidy-conditions').length > 0;
  const rows: Array<[string, boolean]> = [
    ['Wie een taaltraject start, krijgt daarnaast een taalvoucher uit het O&O-fonds van de branche.', true],
    ['Het sectorfonds geeft werkgevers een tegemoetkoming van 400 euro per werknemer. De precieze voorwaarden worden later uitgewerkt.', true],
    [
      'Het sectorfonds geeft werkgevers een tegemoetkoming van 400 euro per werknemer. Voorwaarde is een deelnamebewijs, dat de werkgever bij de aanvraag aantoont.',
      false,
    ],
    ['De werkgever betaalt de opleiding zelf.', false],
  ];
  for (const [s, finding] of rows) it(`«${s}» -> ${finding ? 'conditions missing' : 'no finding'}`, () => assert.equal(found(s), finding));
});

describe('reading: a learning account that goes along, and who else it serves', () => {
  const terms = (s: string) =>
    facts(model(s), 'scheme-term')
      .filter((t) => !t.negated)
      .map((t) => t.term);
  const rows: Array<[string, SchemeTerm]> = [
    ['Bij overstap naar een andere overheidswerkgever wordt het saldo meegenomen.', 'portability'],
    ['Bij vertrek blijft het saldo van de medewerker.', 'portability'],
    ['Na het einde van het dienstverband kan de medewerker het tegoed nog een jaar gebruiken.', 'portability'],
    ['Inhuurkrachten die langer dan een jaar blijven, krijgen een gelijkwaardige storting.', 'flexible-workers'],
  ];
  for (const [s, term] of rows) it(`«${s}» -> ${term}`, () => assert.ok(terms(s).includes(term), JSON.stringify(terms(s))));
  it('near miss: «De medewerker vertrekt om acht uur naar de klant.» says nothing of portability', () =>
    assert.ok(!terms('De medewerker vertrekt om acht uur naar de klant.').includes('portability')));
});

describe("reading: a rate after hours or days is theirs, not the amount's after it", () => {
  const rate = (s: string, amount: number) => facts(model(s), 'money').find((m) => m.amount === amount)?.perMonths ?? null;
  it('«met een contract van minstens 12 uur per week een leercheque van €300»: the cheque is not weekly', () =>
    assert.equal(rate('Iedere chauffeur met een contract van minstens 12 uur per week krijgt een leercheque van €300.', 300), null));
  it("«per jaar een budget van € 600»: the year is the budget's", () => assert.equal(rate('Je krijgt per jaar een budget van € 600.', 600), 12));
  it("«€ 500 per jaar»: the year is the budget's", () => assert.equal(rate('De werknemer krijgt € 500 per jaar.', 500), 12));
});

describe('reading: what a budget is set apart from is not its purpose', () => {
  const mail = (rest: string) => `Hoi allemaal,\n\nIedere chauffeur krijgt dit jaar een leercheque van € 300. ${rest}`;
  it('the job training the cheque stands apart from gives it no purposes', () =>
    assert.equal(
      rules(mail('De leercheque staat los van de verplichte nascholing voor het zorgvervoer, zoals tillen en EHBO.'), 'budget-earmarking').length > 0,
      true,
    ));
  it('purposes named for the cheque itself still count', () =>
    assert.equal(
      rules(mail('Je kunt de cheque gebruiken voor een cursus of training naar keuze, niet voor de verplichte nascholing.'), 'budget-earmarking').filter((f) =>
        f.message.includes('bestedingsdoelen'),
      ).length,
      0,
    ));
});

describe('reading: a row of a table of arrangements is one statement', () => {
  const table = [
    '| Regeling | Hoeveel | Termijn | Besteding |',
    '|---|---|---|---|',
    '| Ontwikkelbudget | € 1.000 per 2 jaar | vervalt na 3 jaar | vrij te besteden aan opleidingen |',
    '| Opleidingsdag | 1 dag per jaar | vervalt aan het eind van het jaar | opleiding of cursus |',
    '',
  ].join('\n');
  it("each row's cells are one sentence, so its term belongs to its instrument", () => {
    const doc = model(table);
    const row = doc.sentences.find((s) => s.text.startsWith('Opleidingsdag'));
    assert.ok(row, doc.sentences.map((s) => s.text).join(' | '));
    assert.ok(
      facts(doc, 'lapse').some((f) => f.sentence === row.index),
      show(doc),
    );
  });
  it("the budget's purposes stand in its own row", () => assert.equal(rules(table, 'budget-earmarking').length, 0));
  it('a finding on a row points into the table, inside the document', () => {
    for (const f of lintText(table).findings) assert.ok(f.range.start >= 0 && f.range.end <= table.length);
  });
});

describe('reading: the hours that size a contract are no time to learn', () => {
  const budget = 'Iedere medewerker krijgt een leercheque van € 300 per jaar.';
  const needsTime = (s: string) => rules(`${budget} ${s}`, 'budget-needs-time').length > 0;
  const rows: Array<[string, boolean]> = [
    ['De cheque is voor iedereen met een contract van minstens 12 uur per week.', true],
    ['Wie een werkweek van 36 uur heeft, krijgt het volle bedrag.', true],
    ['Daarnaast krijg je 16 uur per jaar om een opleiding te volgen.', false],
    ['Je mag per jaar twee dagen in werktijd aan je opleiding besteden.', false],
  ];
  for (const [s, finding] of rows) it(`«${s}» -> ${finding ? 'no time granted' : 'time granted'}`, () => assert.equal(needsTime(s), finding));
});

describe('reading: a fund applied to, in every form of the verb', () => {
  it('«De leercheque wordt door de kwekerij aangevraagd bij het O&O-fonds.» relies on the fund', () =>
    assert.ok(rules('De leercheque van € 250 wordt door de kwekerij aangevraagd bij het O&O-fonds.', 'subsidy-conditions').length > 0));
});

describe('reading: valid until the last day of the year of issue', () => {
  const spending = (s: string) => rules(`Iedere medewerker krijgt een leercheque van € 250 per jaar. ${s}`, 'budget-spending-period');
  it('«De cheque is geldig tot 31 december van het jaar van uitgifte.» is a short term', () =>
    assert.equal(spending('De cheque is geldig tot 31 december van het jaar van uitgifte.').length, 1));
  it('«De cheque is geldig tot en met 31 december van het kalenderjaar.» is a short term', () =>
    assert.equal(spending('De cheque is geldig tot en met 31 december van het kalenderjaar.').length, 1));
  it('near miss: «geldig tot en met 31 december 2029» ends a stated period, not the year of issue', () =>
    assert.ok(!facts(model('De cheque is geldig tot en met 31 december 2029.'), 'duration').some((d) => d.form === 'until-year-end')));
});

describe('reading: job training by its kind of course, and the same word as a purpose', () => {
  const required = (s: string) => facts(model(s), 'required-training').some((f) => !f.negated);
  const rows: Array<[string, boolean]> = [
    ['De verplichte nascholing voor het zorgvervoer regelt de werkgever.', true],
    ['Verplichte bijscholing en herhalingstrainingen betaalt de werkgever.', true],
    ['Je kunt het budget besteden aan nascholing naar keuze.', false],
    ['Het budget is ook voor bijscholing in een ander vak.', false],
  ];
  for (const [s, job] of rows) it(`«${s}» -> ${job ? 'job training' : 'a purpose'}`, () => assert.equal(required(s), job, show(model(s))));
});

describe('reading: hours beside a budget are leave, not the budget counted in time', () => {
  const budgetInTime = (text: string) => provisions(model(text), BUDGET_INSTRUMENTS).map((p) => p.inTime);
  const rows: Array<[string, boolean]> = [
    ['Je hebt een persoonlijk ontwikkelbudget. Voor opleidingen uit je budget krijg je maximaal 16 uur per jaar vrij.', false],
    ['De werknemer heeft een opleidingsbudget. Opleidingen die ten laste van het budget komen, volgt hij in maximaal 8 uur werktijd per maand.', false],
    ['Iedere werknemer heeft een ontwikkelbudget van 40 uur per jaar.', true],
    ['Je ontwikkelbudget bestaat uit 24 uur per kalenderjaar.', true],
  ];
  for (const [text, inTime] of rows)
    it(`«${text}» -> ${inTime ? 'a budget in hours' : 'a budget in money'}`, () => assert.deepEqual(budgetInTime(text), [inTime]));
});
