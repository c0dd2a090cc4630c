import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * Saving that is allowed and then bounded in the same breath: the bound decides. A saved balance
 * that lapses a year after it was granted lives a year ("mag je sparen; gespaard budget vervalt
 * echter twaalf maanden na toekenning"); a balance that may grow to three yearly amounts lives
 * three years; a year that says what is saved ("het deel dat in een kalenderjaar niet is besteed")
 * is no bound; a lapse on leaving is no yearly lapse. Every sentence is written for this suite.
 */
const article = (member: string) =>
  `### Artikel 9 Persoonlijk ontwikkelbudget\n\n1. De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 700 per jaar voor scholing en loopbaanadvies.\n2. ${member}\n`;
const flagged = (text: string) => lintText(text).findings.some((f) => f.ruleId === 'budget-spending-period');

describe('paraphrase: saving bounded in the same sentence', () => {
  const tooShort = [
    'Wat niet is besteed, mag de werknemer sparen; gespaard budget vervalt echter twaalf maanden na de datum van toekenning.',
    'Je mag het restant sparen, maar gespaard geld vervalt echter na twaalf maanden.',
    'Het saldo mag worden opgespaard; het gespaarde bedrag vervalt echter zes maanden na toekenning.',
    'Niet bestede bedragen mogen worden gespaard; gespaarde bedragen vervallen echter na één jaar.',
    'Het budget kan gedurende een periode (12 maanden) worden besteed. Een saldo dat daarna resteert, vervalt.',
  ];
  for (const member of tooShort) {
    it(`a saving that lapses within a year is reported: «${member}»`, () => assert.ok(flagged(article(member))));
  }

  const longEnough = [
    'Wat niet is besteed, mag de werknemer sparen; gespaard budget vervalt echter drie jaar na de datum van toekenning.',
    'Het deel van het budget dat in een kalenderjaar niet is besteed, wordt toegevoegd aan het budget van het volgende kalenderjaar. Het opgebouwde saldo bedraagt ten hoogste drie keer het jaarbedrag.',
    'Wat in een jaar niet is gebruikt, wordt bijgeschreven bij het budget van het volgende jaar. Het saldo bedraagt maximaal vier keer het jaarbudget.',
    'Niet bestede bedragen blijven staan zolang de werknemer in dienst is. Bij vertrek naar een andere werkgever vervalt het saldo na zes maanden.',
    'Het saldo blijft beschikbaar. Bij uitdiensttreding vervalt het saldo na drie maanden.',
    // A period in brackets belongs to its clause.
    'Het budget kan gedurende een periode van twee jaar (24 maanden) worden besteed. Een saldo dat daarna resteert, vervalt.',
  ];
  for (const member of longEnough) {
    it(`a long or open saving is enough: «${member}»`, () => assert.ok(!flagged(article(member))));
  }
});

/**
 * Saving allowed in one sentence and bounded in the next ("Je kunt je budget sparen. Let wel:
 * gespaard budget blijft maximaal 12 maanden na de toekenning staan"): the bound decides, as it does
 * in one sentence. A bound long enough, or time added on top of the grant, keeps it fine.
 */
describe('paraphrase: saving bounded in the sentence after', () => {
  for (const member of [
    'Je kunt je budget sparen. Let wel: gespaard budget blijft maximaal 12 maanden na de toekenning staan.',
    'Sparen mag. Gespaard budget is hooguit zes maanden na toekenning nog te gebruiken.',
    'Het restant mag worden opgespaard. Opgespaard budget blijft ten hoogste een jaar na toekenning staan.',
  ])
    it(`bounded too short: «${member}»`, () => assert.ok(flagged(article(member))));
  for (const member of [
    'Je kunt je budget sparen. Gespaard budget blijft maximaal 36 maanden na de toekenning staan.',
    'Je kunt je budget sparen. Wat je spaart, blijft nog twee jaar extra staan.',
  ])
    it(`bounded long enough: «${member}»`, () => assert.ok(!flagged(article(member))));
});

/**
 * A deadline denied in a relative clause ("een bedrag dat niet binnen twaalf maanden is besteed,
 * vervalt"): the "niet" denies the spending; the period is the deadline that bounds the saving.
 */
describe('paraphrase: a deadline under "niet binnen"', () => {
  for (const member of [
    'Het niet-bestede deel kan worden gespaard, met dien verstande dat een bedrag dat niet binnen twaalf maanden na toekenning is besteed, vervalt.',
    'Sparen mag, maar geld dat je niet binnen een jaar uitgeeft, vervalt.',
    'Sparen mag; een bedrag dat niet uiterlijk twaalf maanden na toekenning is gedeclareerd, vervalt.',
  ])
    it(`bounded too short: «${member}»`, () => assert.ok(flagged(article(member))));
  it('a deadline of three years is long enough', () =>
    assert.ok(
      !flagged(
        article('Het niet-bestede deel kan worden gespaard, met dien verstande dat een bedrag dat niet binnen drie jaar na toekenning is besteed, vervalt.'),
      ),
    ));
});
