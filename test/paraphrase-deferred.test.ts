import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * A matter put off to a later agreement is named, not arranged: "over opleidingen in werktijd doet
 * de OR later een apart voorstel" grants no learning time. Each draft pairs a budget with one
 * sentence about time; the rule budget-needs-time says whether that sentence granted it.
 */
const budget = 'Iedere medewerker heeft recht op een persoonlijk ontwikkelbudget van € 800 per jaar.';
const needsTime = (sentence: string): boolean => lintText(`${budget} ${sentence}`).findings.some((f) => f.ruleId === 'budget-needs-time');

const PUT_OFF = [
  'Over het volgen van opleidingen in werktijd doet de ondernemingsraad later een apart voorstel.',
  'Of je opleidingen onder werktijd mag volgen, wordt nog nader uitgewerkt.',
  'Over studieverlof zijn nog geen afspraken gemaakt.',
  'De ontwikkeldagen worden in een later stadium geregeld.',
  'Over scholing in werktijd volgt een aparte regeling.',
  'Hoeveel uren je in werktijd mag leren, is nog niet vastgesteld.',
  'Cao-partijen komen later terug op tijd voor ontwikkeling in werktijd.',
  'Studieverlof is nog uit te werken door de werkgroep.',
  'Hoeveel uren je onder werktijd mag leren, is nog niet vastgelegd.',
  'Of er studieverlof komt, is nog niet duidelijk.',
  'Over ontwikkeldagen is nog niet beslist.',
];
const GRANTED = [
  'Opleidingen volg je in werktijd.',
  'Je krijgt daarnaast twee ontwikkeldagen per jaar.',
  'Voor een opleiding krijg je studieverlof; later in het jaar bespreek je de voortgang met je leidinggevende.',
  'De werknemer volgt de opleiding onder werktijd, ook als die later in het jaar start.',
  'Je hebt recht op studieverlof, zoals nader bepaald in artikel 8.',
];

describe('paraphrase: a matter put off to later grants nothing yet', () => {
  for (const s of PUT_OFF) it(`put off: «${s}»`, () => assert.ok(needsTime(s), `expected budget-needs-time: the time in «${s}» is not granted yet`));
  for (const s of GRANTED) it(`granted: «${s}»`, () => assert.ok(!needsTime(s), `expected the time in «${s}» to count as granted`));
});

/**
 * Purposes left to later ("Waaraan het budget besteed kan worden, werkt de directie later uit",
 * "Waaraan mag ik het uitgeven? Dat is nog niet uitgewerkt."): a course named in passing does not
 * state them. A list of purposes still does. Our own texts; budget-earmarking says whether purposes are stated.
 */
describe('paraphrase: purposes left to later', () => {
  const noPurposes = (body: string) =>
    lintText(`## Ontwikkelbudget\n\nIedere medewerker krijgt een ontwikkelbudget van € 800 per jaar.\n${body}\n`).findings.some(
      (f) => f.ruleId === 'budget-earmarking',
    );
  for (const body of [
    'Waaraan het budget besteed kan worden, werkt de directie later uit. Parttimers krijgen hetzelfde bedrag, omdat een cursus voor hen niet goedkoper is.',
    '**Waaraan mag ik het uitgeven?**\nDat is nog niet uitgewerkt. Wie een cursus wil boeken, vraagt eerst bevestiging.',
    'De bestedingsdoelen worden nader uitgewerkt. Een opleiding die uit het budget wordt betaald, mag deels in werktijd.',
    // The question as the heading of its own section.
    '\n### Waaraan mag ik het uitgeven?\n\nDat is helaas nog niet uitgewerkt. Vraag voor je een cursus boekt eerst bevestiging.',
  ])
    it(`left to later: «${body.replace(/\n/g, ' ')}»`, () => assert.ok(noPurposes(body)));
  it('a list of purposes still states them', () =>
    assert.ok(
      !noPurposes('Je kunt het budget besteden aan:\n\n- een cursus of opleiding;\n- loopbaanadvies.\n\nDe directie werkt later uit hoe je het aanvraagt.'),
    ));
});
