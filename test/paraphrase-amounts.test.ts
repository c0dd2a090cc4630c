import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { budgetStatements, yearly } from '../server/model/budgets';
import type { MoneyFact, PolicyDocument } from '../server/model/types';

/**
 * Paraphrase tables for the size of a budget as sector writers put it: amounts in digits, in words
 * ("duizend euro", "tweeduizendvijfhonderd euro") and with a scale word ("2,5 miljoen euro"), per
 * year, per month or over a period, in formal and "je" register; near misses that are no amount of
 * money. The assertions are on the model's money facts and on the yearly value of a budget.
 */
function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}
const money = (doc: PolicyDocument) => doc.facts.filter((f): f is MoneyFact => f.kind === 'money' && !f.negated);

describe('paraphrase: amounts of money written out', () => {
  const cases: Array<[string, number]> = [
    ['Iedere medewerker heeft recht op een ontwikkelbudget van duizend euro per jaar.', 1000],
    ['Je krijgt elk jaar vijfhonderd euro om aan je ontwikkeling te besteden.', 500],
    ['Het opleidingsbudget bedraagt tweeduizend euro per medewerker.', 2000],
    ['Werknemers ontvangen een loopbaanbudget van tweeduizendvijfhonderd euro voor vier jaar.', 2500],
    ['Het budget is vijftienhonderd euro per drie jaar.', 1500],
    ['Wie in dienst is, bouwt zeshonderdvijftig euro per jaar aan ontwikkelbudget op.', 650],
    ['Het fonds heeft in totaal een miljoen euro beschikbaar voor scholing.', 1_000_000],
    ['De sector stelt 2,5 miljoen euro beschikbaar voor omscholing.', 2_500_000],
    ['Voor het project is 1 miljoen euro gereserveerd.', 1_000_000],
    ['Per werknemer wordt jaarlijks honderd euro gestort op de leerrekening.', 100],
    ['Je ontwikkelbudget is twee duizend euro per jaar.', 2000],
    ['Het ontwikkelbudget wordt verhoogd naar achthonderd euro.', 800],
  ];
  for (const [s, amount] of cases) {
    it(`reads ${amount} from «${s}»`, () => {
      const found = money(model(s)).map((m) => m.amount);
      assert.ok(found.includes(amount), `expected ${amount} in «${s}», got ${JSON.stringify(found)}`);
    });
  }

  const yearlyCases: Array<[string, number]> = [
    ['Iedere medewerker heeft recht op een persoonlijk ontwikkelbudget van duizend euro per jaar.', 1000],
    ['Je krijgt een opleidingsbudget van vijfhonderd euro per kalenderjaar.', 500],
    ['De werknemer bouwt per maand vijftig euro ontwikkelbudget op.', 600],
    // A rate carried by a period noun: "per periode van drie jaar", "per tijdvak van twee jaar".
    ['Iedere werknemer heeft recht op een opleidingsbudget van € 1.800 per periode van drie jaar.', 600],
    ['Het loopbaanbudget bedraagt € 1.500 per tijdvak van twee jaar.', 750],
    ['Elke medewerker krijgt een ontwikkelbudget van € 4.000 per cao-periode van vier jaar.', 1000],
  ];
  for (const [s, perYear] of yearlyCases) {
    it(`a budget of ${perYear} a year: «${s}»`, () => {
      const figures = budgetStatements(model(s))
        .flatMap((st) => st.figures)
        .filter((f): f is MoneyFact => f.kind === 'money');
      assert.ok(
        figures.some((f) => yearly(f) === perYear),
        `expected ${perYear} a year, got ${JSON.stringify(figures.map((f) => [f.amount, f.perMonths]))}`,
      );
    });
  }

  // A year or another number before a sign that opens an amount of its own is no amount.
  const exact: Array<[string, number[]]> = [
    ['De werkgever stelt in 2025 € 40.000 beschikbaar voor het opleidingsfonds.', [40000]],
    ['Voor 2026 € 500 per medewerker, daarna € 600.', [500, 600]],
    ['Het budget bedraagt 750 € per jaar.', [750]],
    ['In artikel 3 € 250 extra voor wie 55 jaar of ouder is.', [250]],
  ];
  for (const [s, amounts] of exact) {
    it(`reads exactly ${JSON.stringify(amounts)} from «${s}»`, () => {
      assert.deepEqual(
        money(model(s)).map((m) => m.amount),
        amounts,
      );
    });
  }

  const nearMisses = [
    "Duizenden euro's aan ontwikkelbudget blijven elk jaar liggen.",
    'Een euro per dag is niet genoeg voor een opleiding.',
    'Twee medewerkers volgen een opleiding van drie jaar.',
    'Honderd medewerkers hebben hun budget gebruikt.',
    'Het budget is een miljoen keer besproken.',
    'Duizend medewerkers krijgen een ontwikkelbudget.',
  ];
  for (const s of nearMisses) {
    it(`no amount in «${s}»`, () => {
      const found = money(model(s)).map((m) => m.amount);
      assert.deepEqual(found, [], `expected no amount in «${s}», got ${JSON.stringify(found)}`);
    });
  }
});

describe('paraphrase: a fixed sum for learning under a general money noun', () => {
  const budgets = (s: string) => {
    const doc = model(s);
    return budgetStatements(doc)
      .filter((st) => st.individual)
      .map((st) => st.instrument.surface.toLowerCase());
  };
  const allowances: Array<[string, string]> = [
    ['Alle medewerkers hebben recht op een vergoeding van € 2.500 waarmee zij in vier jaar opleidingen kunnen volgen.', 'vergoeding'],
    ['Je krijgt een bijdrage van € 600 per jaar voor cursussen en trainingen.', 'bijdrage'],
    ['Iedere werknemer ontvangt een toelage van 400 euro per jaar voor zijn ontwikkeling.', 'toelage'],
    ['De medewerker heeft recht op een tegemoetkoming van € 750 voor scholing naar eigen keuze.', 'tegemoetkoming'],
    ['Je ontvangt een tegoed van duizend euro voor opleidingen.', 'tegoed'],
  ];
  for (const [s, noun] of allowances) {
    // Read as the sum under its noun, or as money granted per person per year without a name.
    it(`a personal budget («${noun}») in «${s}»`, () => assert.ok(budgets(s).length > 0, `got ${JSON.stringify(budgets(s))}`));
  }
  const notBudgets = [
    'Je krijgt een vergoeding van 50% van de kosten van je opleiding.',
    'De werknemer heeft recht op een vergoeding van de studiekosten tot € 2.000.',
    'Je krijgt een bijdrage van € 50 in de kosten van je fiets.',
    'De werknemer ontvangt een vergoeding van € 300 voor thuiswerken.',
    'Medewerkers hebben recht op een vergoeding van € 0,23 per kilometer.',
    'Je kunt een bijdrage van € 500 aanvragen.',
  ];
  for (const s of notBudgets) {
    it(`no personal budget in «${s}»`, () =>
      assert.deepEqual(
        budgets(s).filter((n) => ['vergoeding', 'bijdrage', 'toelage', 'tegemoetkoming'].includes(n)),
        [],
      ));
  }
});

describe('paraphrase: a maximum for one use in the list of uses is no size of the budget', () => {
  const amountFindings = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'budget-amount');
  it('a cap on one listed use leaves the budget its own amount', () => {
    const text =
      '## Opleidingsbudget\n\nIedere medewerker heeft een opleidingsbudget van € 1.500 per jaar. Het budget kan worden besteed aan: a. cursussen en congressen; b. supervisie; c. vakliteratuur, tot € 250 per jaar.\n';
    assert.deepEqual(amountFindings(text), []);
  });
  it('a maximum that sizes the budget before the list still counts', () => {
    const text = '## Opleidingsbudget\n\nHet opleidingsbudget bedraagt maximaal € 300 per jaar en kan worden besteed aan: cursussen en vakliteratuur.\n';
    assert.equal(amountFindings(text).length, 1);
  });
});

/**
 * An amount handed out at a moment of the year with no year number ("kent in januari een voucher
 * toe", "ontvang je op 1 januari") is handed out every year; "eenmalig" or a year after the moment
 * makes it once. Our own sentences.
 */
describe('paraphrase: an amount granted at a moment of every year', () => {
  const perMonthsOf = (text: string) => money(model(`# Regeling\n\n${text}\n`)).map((m) => m.perMonths);
  for (const text of [
    'Het fonds kent iedere werknemer in januari een scholingsvoucher toe met een waarde van € 400.',
    'Op 1 januari ontvang je € 500 op je leerrekening.',
    'Aan het begin van het jaar stort de werkgever € 750 in het persoonlijk budget.',
    'In maart krijgt iedere medewerker een leercheque van € 300.',
    'Aan het begin van elk jaar krijg je € 600 op je leerrekening.',
  ])
    it(`yearly: «${text}»`, () => assert.deepEqual(perMonthsOf(text), [12]));
  for (const text of [
    'In januari 2026 ontvangt iedere werknemer eenmalig een voucher van € 400.',
    'Op 1 januari 2027 krijg je € 500 op je leerrekening.',
    'De werknemer ontvangt een budget van € 1.500 voor de hele looptijd.',
  ])
    it(`not yearly: «${text}»`, () => assert.ok(!perMonthsOf(text).includes(12), JSON.stringify(perMonthsOf(text))));
});

/**
 * A budget announced in one place and sized further down ("Hoeveel? Iedereen krijgt € 500 per
 * kalenderjaar"), out of reach of the sentence that names it: the one amount per person per period
 * in its scope sizes it. With two such amounts the size stays open. Our own mails.
 */
describe('paraphrase: a budget sized further down its text', () => {
  const lowAmount = (text: string) => lintText(text).findings.some((f) => f.ruleId === 'budget-amount' && /per jaar, minder dan/.test(f.message));
  const mail = (sizing: string) =>
    `**Onderwerp:** nieuw opleidingsbudget\n\nBeste collega's,\n\nVanaf 1 april krijgt ieder van jullie een persoonlijk opleidingsbudget voor cursussen. We hebben lang overlegd. Hieronder staan de afspraken.\n\n**Hoeveel?**\n${sizing}\n`;
  it('one amount per person sizes it', () => assert.ok(lowAmount(mail('Iedereen krijgt € 500 per kalenderjaar, ongeacht je uren.'))));
  it('an amount that meets the average is fine', () => assert.ok(!lowAmount(mail('Iedereen krijgt € 900 per kalenderjaar.'))));
  it('a cap on one use does not leave it open', () =>
    assert.ok(lowAmount(mail('Iedereen krijgt € 500 per kalenderjaar.\n\n**Waarvoor?**\nVoor cursussen, en voor vakliteratuur tot maximaal € 150 per jaar.'))));
  it('two amounts leave the size open', () =>
    assert.ok(!lowAmount(mail('Iedereen krijgt € 500 per kalenderjaar; wie een opleiding volgt, krijgt € 1.500 per jaar.'))));
});
