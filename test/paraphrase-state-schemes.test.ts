import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * A scheme of the state (STAP, the lerarenbeurs, "subsidie van de overheid") is a right employees
 * apply for elsewhere: a draft that points to it creates no entitlement it must announce. Costs the
 * employer pays, or a budget of its own beside the state's, are rights the draft creates. Sentences
 * written for this suite; none of the drafts says how employees are informed.
 */
const communicationFinding = (text: string) => lintText(text).findings.some((f) => f.ruleId === 'entitlement-communication');

const POINTS_TO_STATE = [
  'Wil je een erkend certificaat halen, dan kun je gebruikmaken van het STAP-budget van de overheid.',
  'Medewerkers kunnen voor een taalcursus een STAP-budget aanvragen; wij helpen met het formulier.',
  'Docenten die een master willen volgen, kunnen een lerarenbeurs aanvragen bij DUO.',
  'Voor een omscholing naar de zorg kun je subsidie van de overheid krijgen.',
  'Werknemers kunnen via het UWV subsidie aanvragen voor een scholingstraject.',
  'Je kunt voor een opleiding een stapbudget aanvragen.',
  'Voor een omscholing kun je een rijkssubsidie aanvragen.',
];

const CREATED_HERE = [
  'Iedere medewerker heeft recht op een tegemoetkoming in de studiekosten van ten hoogste € 1.000 per jaar.',
  'De werkgever vergoedt de kosten van een erkende opleiding volledig.',
  'Wij betalen je cursusgeld; daarnaast kun je subsidie van de overheid aanvragen.',
  'Naast het STAP-budget van de overheid heeft iedere medewerker recht op een eigen leerbudget van € 600 per jaar.',
];

describe('paraphrase: a state scheme the draft points to is no entitlement it creates', () => {
  for (const s of POINTS_TO_STATE) it(`points to the state: «${s}»`, () => assert.ok(!communicationFinding(s), `no communication finding expected for «${s}»`));
  for (const s of CREATED_HERE) it(`creates a right: «${s}»`, () => assert.ok(communicationFinding(s), `expected entitlement-communication on «${s}»`));
});
