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
