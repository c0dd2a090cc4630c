import { strict as assert } from 'node:assert';
import { lintText } from '../server/engine/lint';
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
  const budget = 'Artikel 4 Loopbaanbudget\n\nDe werknemer heeft recht op een loopbaanbudget van € 1.500, te besteden aan scholing en cursussen naar eigen keuze.';
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
  for (const s of ['Vanaf 1 januari heeft iedereen een persoonlijke leerrekening.', 'Alle medewerkers hebben een ontwikkelrekening.', 'Je hebt een opleidingstegoed bij de academie.']) {
    it(`«${s}»`, () => assert.ok(facts(model(s), 'instrument').some((f) => f.granted && f.development), show(model(s))));
  }
  it('near miss: «De werkgever heeft een rekening bij de bank.» grants no development instrument', () => {
    assert.ok(!facts(model('De werkgever heeft een rekening bij de bank.'), 'instrument').some((f) => f.development && f.granted));
  });
});

describe('reading: in a text without articles, a purpose after another instrument is that one\'s', () => {
  const mail = (between: string) =>
    `Hoi allemaal,\n\nVanaf januari heeft iedereen een persoonlijke leerrekening met € 800 per jaar.\n\n${between}Je kiest zelf waaraan: een certificering, een cursus of een boek.`;
  it('purposes right after the account are the account\'s', () => assert.equal(rules(mail(''), 'budget-earmarking').length, 0));
  it('purposes after a sentence on free development time are that time\'s', () => {
    assert.equal(rules(mail('Daarnaast krijg je vier uur per maand eigen ontwikkeltijd. '), 'budget-earmarking').length, 1);
  });
});

describe('reading: who decides, said as assigning, intervening or planning one\'s own jobs', () => {
  const decide = (s: string) => facts(model(s), 'authority').filter((a) => a.power === 'decide' && !a.negated).map((a) => a.holder);
  const rows: Array<[string, string]> = [
    ['De afdelingsmanager wijst de innovatieprojecten toe.', 'manager'],
    ['Het team mag diensten ruilen zonder tussenkomst van de shiftleider.', 'team'],
    ['De leidinggevende deelt je in bij een project.', 'manager'],
  ];
  for (const [s, holder] of rows) it(`«${s}» -> decided by ${holder}`, () => assert.ok(decide(s).includes(holder as never), JSON.stringify(decide(s))));
  designTable(
    'enrichment',
    ['Sinds januari plannen de wijkteams zelf de reparatieverzoeken van huurders in.', 'De chauffeurs plannen zelf hun ritten.', 'Monteurs plannen hun klussen voortaan zelf in.'],
    ['Je plant zelf je opleidingsdagen in.', 'De planner plant de ritten in.'],
  );
});
