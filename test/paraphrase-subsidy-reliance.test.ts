import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * Relying on a subsidy or a fund, said as people say it: the fund pays or refunds ("het sectorfonds
 * vergoedt de reiskosten", "worden vergoed via het O&O-fonds"), costs are claimed from it
 * ("gedeclareerd bij het sectorfonds"), it makes something possible ("dankzij de SLIM-subsidie"), or
 * the draft uses it ("gebruikmaken van het STAP-budget"). Conditions said as who qualifies ("komen in
 * aanmerking", "zijn uitgesloten van") address it. Sentences written for this suite.
 */
const finding = (text: string) =>
  lintText(`## Scholing\n\nIedere medewerker volgt jaarlijks een cursus. ${text}\n`).findings.find((f) => f.ruleId === 'subsidy-conditions');

describe('paraphrase: relying on a fund or subsidy', () => {
  for (const text of [
    'Het sectorfonds vergoedt de reiskosten naar de cursus.',
    'De cursuskosten worden voortaan vergoed via het O&O-fonds.',
    'De kosten van het loopbaangesprek worden gedeclareerd bij het sectorfonds.',
    'De werkgever kan de opleidingskosten declareren bij het O&O-fonds.',
    'Dankzij de SLIM-subsidie kunnen we dit jaar een taaltraining aanbieden.',
    'Voor de omscholing maken we gebruik van een subsidie uit het sectorfonds.',
  ])
    it(`relies on it, conditions unsaid: «${text}»`, () => assert.match(finding(text)?.message ?? '', /niets gezegd over de voorwaarden/));
  for (const text of [
    'Het sectorfonds vergoedt de reiskosten; alleen erkende opleidingen komen in aanmerking.',
    'De kosten worden gedeclareerd bij het sectorfonds. Werknemers met een bbl-contract zijn uitgesloten van de regeling.',
    'Dankzij de SLIM-subsidie bieden we een taaltraining aan; HR gaat vooraf na of we aan de voorwaarden voldoen.',
  ])
    it(`conditions addressed: «${text}»`, () => assert.equal(finding(text), undefined));
  for (const text of [
    'De werkgever vergoedt de reiskosten naar de cursus.',
    'Dankzij de inzet van de teamleiders is de cursus een succes.',
    'Het pensioenfonds stuurt je elk jaar een overzicht.',
  ])
    it(`no scheme relied on: «${text}»`, () => assert.equal(finding(text), undefined));
});
