import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * A spending period said through what the money pays for ("een bedrag waarmee je in vier jaar tijd
 * opleidingen kunt volgen"), formal and plain; near misses where the period is how long a course
 * lasts or when one applies, and a short period said the same way.
 */
const periodFindings = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'budget-spending-period');

describe('paraphrase: a spending period said through what the money pays for', () => {
  const long = [
    'Alle medewerkers hebben recht op een ontwikkelbudget van € 2.000 waarmee zij in vier jaar tijd opleidingen kunnen volgen.',
    'Je krijgt een leerbudget van € 1.500, waarmee je binnen drie jaar cursussen en trainingen kunt betalen.',
    'De werknemer ontvangt een scholingsbudget van € 3.000 waarvan hij in vijf jaar opleidingen kan bekostigen.',
    'Iedere medewerker krijgt een loopbaanbudget van € 1.200. Daarmee kun je binnen 36 maanden een opleiding naar keuze volgen.',
    'Medewerkers krijgen een ontwikkelbudget van € 2.500 waarmee zij gedurende vier jaar trainingen kunnen financieren.',
  ];
  for (const text of long) {
    it(`a long enough period: «${text}»`, () =>
      assert.deepEqual(
        periodFindings(text).map((f) => f.message),
        [],
      ));
  }
  const short = [
    'Je krijgt een leerbudget van € 1.000, waarmee je binnen een jaar cursussen kunt betalen.',
    'De werknemer ontvangt een opleidingsbudget van € 800 waarmee hij in zes maanden tijd een training kan volgen.',
  ];
  for (const text of short) {
    it(`a short period: «${text}»`, () => assert.equal(periodFindings(text).length, 1));
  }
  const notAPeriod = [
    'Je krijgt een leerbudget van € 1.000 per jaar. De opleiding die je volgt, duurt vier jaar.',
    'De werknemer heeft recht op een ontwikkelbudget van € 900 per jaar. Na vier jaar dienstverband kan hij ook een loopbaantraject volgen.',
  ];
  for (const text of notAPeriod) {
    it(`no spending period: «${text}»`, () => assert.equal(periodFindings(text).length, 1));
  }
});

describe('paraphrase: a budget kept for as long as one is employed', () => {
  const kept = [
    'Je krijgt een ontwikkelbudget van € 800 per jaar. Je hebt tot het einde van je dienstverband de tijd om het te gebruiken.',
    'Je krijgt een ontwikkelbudget van € 800 per jaar. Het budget loopt door zolang je in dienst bent.',
    'De werknemer ontvangt jaarlijks een leerbudget van € 750. Het tegoed blijft beschikbaar gedurende het dienstverband.',
  ];
  for (const text of kept) {
    it(`no finding: «${text}»`, () =>
      assert.deepEqual(
        periodFindings(text).map((f) => f.message),
        [],
      ));
  }
  const notKept = [
    'Je krijgt een ontwikkelbudget van € 800 per jaar. Tijdens je dienstverband bouw je pensioen op.',
    'Je krijgt een ontwikkelbudget van € 800 per jaar. Het budget vervalt aan het einde van het jaar; bij het einde van het dienstverband wordt niets uitbetaald.',
  ];
  for (const text of notKept) {
    it(`a finding: «${text}»`, () => assert.equal(periodFindings(text).length, 1));
  }
});
