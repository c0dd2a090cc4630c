import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * Development days with the help to use them said in ordinary ways (someone who thinks along, a
 * yearly conversation named by its moment), and hours that only size a payment to the employer,
 * which grant no days at all. Every sentence is written for this suite.
 */
const daysSupport = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'development-days-support');
const days = (line: string) =>
  `## Ontwikkeldagen\n\nJe krijgt drie ontwikkeldagen per jaar voor een cursus of een dag meelopen. Je leidinggevende plant de dagen met je in. ${line}\n`;

describe('paraphrase: help in using development days', () => {
  const helped = [
    'Weet je niet wat je wilt leren? Plan een half uur met mij, ik denk graag mee.',
    'HR denkt met je mee over wat je met de dagen doet.',
    'In het eindejaarsgesprek met je leidinggevende komen de ontwikkeldagen aan bod.',
    'In het najaarsgesprek bespreek je hoe je de dagen wilt gebruiken.',
  ];
  for (const line of helped) {
    it(`help is arranged: «${line}»`, () => assert.deepEqual(daysSupport(days(line)), []));
  }

  const notHelped = ['De ondernemingsraad denkt mee over het opleidingsbeleid.', 'Het eindejaarsfeest is op 20 december.'];
  for (const line of notHelped) {
    it(`no help for the employee: «${line}»`, () => assert.equal(daysSupport(days(line)).length, 1));
  }
});

describe('paraphrase: hours that size a payment grant no days', () => {
  const fund = (line: string) => `## Artikel 8 Loonkostencompensatie\n\n${line}\n`;
  const payment = [
    'Het fonds vergoedt de werkgever een loonkostencompensatie van € 20 per cursusuur, met een maximum van 40 uur per werknemer per jaar.',
    'De werkgever ontvangt € 15 per lesuur, tot ten hoogste 60 uur per kalenderjaar.',
  ];
  for (const line of payment) {
    it(`no development time: «${line}»`, () => assert.deepEqual(daysSupport(fund(line)), []));
  }

  it('hours granted for learning are development time', () => {
    assert.equal(daysSupport(fund('De werknemer krijgt 40 uur per jaar voor scholing.')).length, 1);
  });
});

describe('paraphrase: time that belongs to something else', () => {
  const budgetTime = [
    '## Ontwikkelbudget\n\nIedere werknemer heeft recht op een ontwikkelbudget van € 700 per jaar voor opleidingen en cursussen. Opleidingen die met het budget worden betaald, mogen voor ten hoogste 40 uur per jaar in werktijd worden gevolgd.\n',
    '## Leerbudget\n\nJe krijgt een leerbudget van € 600 per jaar voor cursussen. Voor cursussen uit je leerbudget krijg je 16 uur per jaar vrij.\n',
  ];
  for (const text of budgetTime)
    it(`working time for the budget's courses is the budget's term: «${text.split('\n')[2].slice(0, 80)}»`, () => assert.deepEqual(daysSupport(text), []));

  it('a course’s schedule grants no days', () =>
    assert.deepEqual(daysSupport('## Leerwerkploeg\n\nDe opleiding duurt twaalf weken, twee dagen per week, in werktijd.\n'), []));
  it('days of one’s own for learning are still development days', () =>
    assert.equal(daysSupport('## Ontwikkeldagen\n\nJe krijgt twee ontwikkeldagen per jaar voor een cursus of een dag meelopen.\n').length, 1));
});

/**
 * Someone taking over the work, said under a heading about the days in a sentence that does not name
 * them ("overleg met de planner, zodat er vervanging geregeld kan worden"). A replacement under another
 * heading (a chapter on shifts) is not for the days. Our own sentences.
 */
describe('paraphrase: replacement for the days under their heading', () => {
  const grant = '## Ontwikkeldagen\n\nJe hebt recht op drie ontwikkeldagen per jaar. In het jaargesprek bespreek je wat je ermee doet.';
  for (const line of [
    'Werk je in een ploeg? Overleg dan twee weken vooraf met de planner, zodat er vervanging geregeld kan worden.',
    'Voor wie op de lijn staat, zoekt de teamleider een invaller.',
    'Je werk wordt die dag overgenomen door een collega van de flexpool.',
  ])
    it(`time to take them: «${line}»`, () => assert.deepEqual(daysSupport(`${grant} ${line}\n`), []));
  it('a replacement in a chapter on shifts is not for the days', () =>
    assert.equal(daysSupport(`${grant}\n\n## Ploegendienst\n\nBij ziekte van een ploeggenoot regelt de teamleider vervanging.\n`).length, 1));
});
