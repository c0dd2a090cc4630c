import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * After how long a budget lapses is said in the lapse's own clause ("het saldo vervalt na twee
 * jaar"); a rate beside it ("€ 800 per jaar") is the amount's, not the lapse's.
 */
const spending = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'budget-spending-period');

describe('paraphrase: the period of a lapse is the one in its own clause', () => {
  const long = [
    'Met ingang van 1 januari bedraagt het persoonlijk ontwikkelbudget € 800 per jaar; het saldo vervalt na twee jaar.',
    'Je krijgt jaarlijks een leerbudget van € 750, en wat je niet gebruikt vervalt pas na drie jaar.',
    'Het ontwikkelbudget is € 600 per kalenderjaar. Niet bestede bedragen vervallen na 24 maanden.',
  ];
  for (const text of long) {
    it(`long enough: «${text}»`, () =>
      assert.deepEqual(
        spending(text).map((f) => f.message),
        [],
      ));
  }
  const short = [
    'Met ingang van 1 januari bedraagt het persoonlijk ontwikkelbudget € 800 per jaar; het saldo vervalt na een jaar.',
    'Je krijgt jaarlijks een leerbudget van € 750, en wat je niet gebruikt vervalt na twaalf maanden.',
    'Het ontwikkelbudget is € 600 per kalenderjaar; het vervalt na zes maanden.',
  ];
  for (const text of short) {
    it(`too short: «${text}»`, () => assert.equal(spending(text).length, 1));
  }
});

describe('paraphrase: saving bounded by a deadline said after it', () => {
  const article = (member: string) =>
    `## Artikel 5 Besteding\n\n1. De werknemer heeft per kalenderjaar recht op een scholingsbudget van € 1.200.\n2. ${member}\n`;
  const bounded = [
    'Niet-besteed budget kan worden gespaard, met dien verstande dat ieder bedrag uiterlijk twaalf maanden na toekenning moet zijn gedeclareerd.',
    'Je mag het budget sparen, maar elk bedrag moet binnen twaalf maanden worden besteed.',
    'Sparen is toegestaan, mits het bedrag binnen een jaar na toekenning is gedeclareerd.',
  ];
  for (const member of bounded) {
    it(`too short: «${member}»`, () => assert.equal(spending(article(member)).length, 1));
  }
  const open = [
    'Wat je in een jaar niet gebruikt, spaar je op naar het volgende jaar.',
    'Niet-besteed budget kan worden gespaard, met dien verstande dat ieder bedrag uiterlijk drie jaar na toekenning moet zijn gedeclareerd.',
    'Niet-besteed budget blijft staan; declareren kan tot 36 maanden na toekenning.',
  ];
  for (const member of open) {
    it(`long enough: «${member}»`, () =>
      assert.deepEqual(
        spending(article(member)).map((f) => f.message),
        [],
      ));
  }
});

describe('paraphrase: money that goes back to the fund is not carried over', () => {
  const article = (member: string) =>
    `## Artikel 5 Besteding\n\n1. De werknemer heeft per kalenderjaar recht op een scholingsbudget van € 1.200, dat binnen twaalf maanden moet worden gedeclareerd.\n2. ${member}\n`;
  it('lapsing to the fund and added to its next budget keeps nothing for the employee', () => {
    assert.equal(
      spending(article('Bedragen die niet op tijd zijn gedeclareerd, vervallen aan het fonds en worden toegevoegd aan het budget van het volgende jaar.'))
        .length,
      1,
    );
  });
  it("added to the employee's own budget next year is a carry-over", () => {
    assert.deepEqual(
      spending(article('Bedragen die niet op tijd zijn gedeclareerd, vervallen niet maar worden toegevoegd aan het budget van het volgende jaar.')).map(
        (f) => f.message,
      ),
      [],
    );
  });
});

describe('paraphrase: time on top of the year granted', () => {
  const budget = 'Iedere medewerker krijgt een ontwikkelbudget van € 700 per kalenderjaar voor opleidingen en cursussen.';
  // "nog een jaar", "een jaar extra", "een jaar langer": 12 months after the year granted, 24 in all.
  const extended = [
    'Een bedrag dat je niet gebruikt, blijft nog één jaar extra staan; daarna vervalt het.',
    'Wat je niet besteedt, blijft een jaar langer geldig en vervalt daarna.',
    'Niet-bestede bedragen blijven nog twaalf maanden staan, daarna vervallen ze.',
    'Je kunt het budget daarna nog een jaar gebruiken; wat dan over is, vervalt.',
    // Carrying over for a year takes the money into the year after the one granted.
    'Een bedrag dat je in een jaar niet hebt besteed, mag je één jaar meenemen; daarna vervalt het.',
    'Wat je niet besteedt, schuift één jaar door en vervalt daarna.',
  ];
  for (const s of extended) it(`long enough: «${s}»`, () => assert.deepEqual(spending(`${budget} ${s}`).length, 0));
  // The whole life said as such, or an extra half year, stays short.
  const short = [
    'Een bedrag dat je niet gebruikt, blijft één jaar staan en vervalt daarna.',
    'Niet-bestede bedragen blijven nog drie maanden staan; daarna vervallen ze.',
    'Wat je niet besteedt, blijft twaalf maanden geldig en vervalt daarna.',
    // Counted from a moment, the carry-over is no year on top.
    'Wat je niet besteedt, kun je meenemen tot zes maanden na afloop van het jaar; daarna vervalt het.',
  ];
  for (const s of short) it(`too short: «${s}»`, () => assert.equal(spending(`${budget} ${s}`).length, 1));
});

describe('paraphrase: keeping said of the days named just before, not of a budget named above', () => {
  it('a budget that cannot be saved is reported although the days after it carry over', () => {
    const page = [
      '**Je budget**',
      'Je krijgt € 400 per jaar voor cursussen en trainingen. Het budget kan niet worden gespaard.',
      '',
      '**Je ontwikkeldagen**',
      'Je hebt twee ontwikkeldagen per jaar. Niet gebruikt? Dan schuiven ze één jaar door.',
      'In de app zie je je saldo aan budget en dagen.',
    ].join('\n');
    assert.equal(spending(page).length, 1);
  });
});
