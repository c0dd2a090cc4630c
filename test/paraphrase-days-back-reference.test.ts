import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * A lapse said with a subject that points back ("zij", "die", "wat overblijft") belongs to the days
 * the member named just before it, even when the document first names the days in another article
 * (an overview, a purpose clause). Money named last keeps the lapse for the money.
 */
const fires = (text: string, rule: string) => lintText(text).findings.some((f) => f.ruleId === rule);

const cao = (member: string) =>
  [
    '# Hoofdstuk 4 Ontwikkeling',
    '',
    '## Artikel 4.1 Doel',
    '',
    'Met het ontwikkelbudget en de ontwikkeldagen uit dit hoofdstuk houden werknemers hun vak bij.',
    '',
    '## Artikel 4.2 Ontwikkelbudget',
    '',
    'De werknemer ontvangt jaarlijks een ontwikkelbudget van € 800 voor opleidingen, cursussen en loopbaanadvies. Het budget kan drie jaar worden gespaard. Het saldo staat op de loonstrook.',
    '',
    '## Artikel 4.3 Ontwikkeldagen',
    '',
    `1. De werknemer heeft per kalenderjaar recht op twee ontwikkeldagen met behoud van loon. ${member}`,
    '',
  ].join('\n');

describe('paraphrase: a lapse that points back to the days', () => {
  const lapses = [
    'De dagen moeten worden opgenomen in het jaar van toekenning. Zij kunnen niet worden meegenomen naar een volgend jaar.',
    'Deze dagen worden in het kalenderjaar opgenomen. Ze kunnen niet naar het volgende jaar worden overgeheveld.',
    'Opname vindt plaats in het jaar van toekenning. Wat daarna overblijft, vervalt.',
    'De dagen zijn bedoeld voor scholing. Die niet zijn opgenomen, komen op 31 december te vervallen.',
    'Ze worden opgenomen vóór het einde van het jaar; daarna vervallen ze.',
  ];
  for (const member of lapses) {
    it(`lapses: «${member}»`, () => assert.ok(fires(cao(member), 'development-days-lapse')));
  }

  const kept = [
    'De dagen moeten worden opgenomen in het jaar van toekenning. Zij kunnen worden meegenomen naar een volgend jaar.',
    'Ze kunnen tot twee jaar na toekenning worden opgenomen; daarna schuiven ze niet meer door.',
    'Deze dagen worden in overleg met de leidinggevende ingepland. Niet opgenomen dagen schuiven door naar het volgende jaar.',
  ];
  for (const member of kept) {
    it(`kept: «${member}»`, () => assert.ok(!fires(cao(member), 'development-days-lapse')));
  }

  it('a lapse said of the budget named last stays with the budget', () => {
    const text = cao('Het ontwikkelbudget wordt ook voor deze dagen gebruikt. Het vervalt aan het einde van het jaar.');
    assert.ok(!fires(text, 'development-days-lapse'));
  });
});

describe('paraphrase: time to take the days that outlasts the year', () => {
  const days = (member: string) =>
    `## Artikel 7 Ontwikkeldagen\n\n1. De werknemer heeft per kalenderjaar recht op twee ontwikkeldagen met behoud van loon.\n2. ${member}\n`;
  const kept = [
    'Ze kunnen tot twee jaar na toekenning worden opgenomen; daarna schuiven ze niet meer door.',
    'Niet opgenomen ontwikkeldagen kunnen nog tot het einde van het volgende kalenderjaar worden opgenomen, daarna vervallen zij.',
    'De dagen moeten binnen drie jaar worden opgenomen. Daarna vervallen ze.',
    'Je hebt 24 maanden de tijd om je ontwikkeldagen op te nemen, anders vervallen ze.',
  ];
  for (const member of kept) {
    it(`kept: «${member}»`, () => assert.ok(!fires(days(member), 'development-days-lapse')));
  }
  const lapses = [
    'De dagen moeten binnen het kalenderjaar worden opgenomen; daarna vervallen ze.',
    'Ze kunnen tot het einde van het jaar worden opgenomen, daarna vervallen zij.',
    'Niet opgenomen dagen vervallen. De opleiding zelf mag twee jaar duren.',
    'Binnen twaalf maanden opnemen, anders vervallen de dagen.',
  ];
  for (const member of lapses) {
    it(`lapses: «${member}»`, () => assert.ok(fires(days(member), 'development-days-lapse')));
  }
  it('a two-year window is no carry-over for days granted per two years', () => {
    const text =
      '## Artikel 7 Ontwikkeldagen\n\n1. De werknemer heeft per twee jaar recht op vier ontwikkeldagen.\n2. Ze moeten binnen twee jaar worden opgenomen; daarna vervallen ze.\n';
    assert.ok(fires(text, 'development-days-lapse'));
  });
});

describe('paraphrase: what lapses in a letter is not always the days', () => {
  const letter = (intro: string) =>
    [
      'Aan: alle medewerkers van de buitendienst',
      '',
      `Betreft: ontwikkeldagen 2027. ${intro} Daarom maken we afspraken over leren.`,
      '',
      '**Ontwikkeldag**',
      'Iedere medewerker heeft recht op één betaalde ontwikkeldag per kalenderjaar.',
      '',
    ].join('\n');
  const notLapses = [
    "Het verloop onder nieuwe collega's was vorig jaar hoog.",
    'Over het verval van de oude regeling hebben we je eerder geschreven.',
    'De vorige cao is per 1 januari verlopen.',
  ];
  for (const intro of notLapses) {
    it(`no lapse of the days: «${intro}»`, () => assert.ok(!fires(letter(intro), 'development-days-lapse')));
  }
});
