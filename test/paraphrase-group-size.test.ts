import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';
import { facts, model } from './paraphrase/workTables';

/**
 * A meeting's size said as everyone of a trade, counted ("voor alle circa 35 loodsen van de
 * regio"): the trade need not be one the lexicon knows.
 */
const tooBig = (text: string) => lintText(text).findings.some((f) => f.ruleId === 'meeting-group-size');

describe('paraphrase: everyone, counted, of any trade', () => {
  const big = [
    'Het regionale werkoverleg blijft één bijeenkomst per maand voor alle circa 35 loodsen van de regio.',
    'Het werkoverleg is voor alle 28 glaszetters van de vestiging.',
    'Eens per maand houden we werkoverleg met alle ongeveer 40 stukadoors.',
  ];
  for (const text of big) it(`too big: «${text}»`, () => assert.ok(tooBig(text)));
  const fine = [
    'Het werkoverleg is voor alle 12 glaszetters van de ploeg.',
    'Het werkoverleg duurt voor alle 35 minuten hooguit een uur.',
    'In het werkoverleg bespreken we alle 30 punten van de agenda niet in één keer.',
  ];
  for (const text of fine) it(`no finding: «${text}»`, () => assert.ok(!tooBig(text)));
});

/**
 * A working group of staff with a few representatives beside them is a group of employees; one of
 * representatives alone is formal consultation, which the rule leaves alone. Sentences written for this suite.
 */
describe('paraphrase: representatives beside staff, or alone', () => {
  for (const text of [
    'De werkgroep bestaat uit 25 deelnemers: uit iedere ploeg twee medewerkers, aangevuld met een vertegenwoordiger van het ROC.',
    "Het verbeterteam telt 24 collega's van de productie en een vertegenwoordiger van de vakbond.",
  ])
    it(`a group of staff, too big: «${text}»`, () => assert.ok(tooBig(text)));
  for (const text of [
    'De werkgroep bestaat uit 24 vertegenwoordigers van de vakbonden en de werkgevers.',
    'In de werkgroep zitten 22 vertegenwoordigers van de centrales en de werkgevers.',
  ])
    it(`representatives alone: «${text}»`, () => assert.ok(!tooBig(text)));
});

/**
 * A meeting that takes place: held at a rhythm ("eens per zes weken", "het maandelijkse
 * teamoverleg"), held in the passive ("wordt per locatie gehouden"), where groups come together
 * ("waar alle teams samenkomen"), or named by the group that meets as one word ("ploegoverleg",
 * "vestigingsoverleg", "roosteroverleg"). Its size may be said by those present ("circa 26
 * aanwezigen") or in the next sentence. Sentences written for this suite; the near misses count
 * people a meeting's report goes to, meet once a year, or consult representatives.
 */
describe('paraphrase: meetings that take place, and their size in ordinary words', () => {
  const big = [
    "## Overleg\n\nHet vestigingsoverleg is om de twee weken op donderdag, met ongeveer 30 collega's.",
    '## Overleg\n\nHet werkoverleg wordt voortaan per locatie gehouden. Op de locatie Oost gaat het om 27 medewerkers.',
    '## Overleg\n\nHet wekelijkse teamoverleg van de twee afdelingen wordt samengevoegd. Er schuiven dan 22 verpleegkundigen aan.',
    '## Overleg\n\nSinds de fusie wordt het werkoverleg maandelijks met het hele team gehouden (circa 26 aanwezigen).',
    "## Overleg\n\nDe ploegenvergadering vindt elke zes weken plaats; in totaal zijn we dan met zo'n 35 mensen.",
    '## Overleg\n\nHet rooster wordt gemaakt in een roosteroverleg waar alle teams samenkomen. Daaraan nemen 25 medewerkers deel.',
    '## Ploegen\n\nIedere ploeg houdt eens per twee weken een ploegoverleg. Aan het ploegoverleg nemen alle 21 operators van de ploeg deel.',
    '## Overleg\n\nHet teamoverleg is eens per maand op dinsdag. Alle 18 begeleiders zijn erbij.',
    "## Overleg\n\nDe maandelijkse afdelingsvergadering is op maandag, met zo'n 30 genodigden.",
  ];
  for (const text of big) it(`a size to judge: «${text.split('\n\n')[1]}»`, () => assert.ok(tooBig(text)));
  const fine = [
    '## Overleg\n\nHet verslag van het maandelijkse werkoverleg gaat naar alle 60 medewerkers.',
    '## Overleg\n\nDe personeelsbijeenkomst is eens per kwartaal, voor alle 80 medewerkers.',
    '## Overleg\n\nHet overleg met de ondernemingsraad is eens per maand; daar zitten 25 mensen.',
    "## Overleg\n\nHet ploegoverleg vindt elke week plaats met de 9 collega's van de ploeg.",
    "## Overleg\n\nDe notulen van het tweewekelijkse ploegoverleg gaan naar ongeveer 45 collega's van de andere ploegen.",
    '## Overleg\n\nHet vestigingsoverleg is om de twee weken, in groepen van hooguit tien aanwezigen.',
  ];
  for (const text of fine) it(`no finding: «${text.split('\n\n')[1]}»`, () => assert.ok(!tooBig(text)));
});

/** A stretch that recurs is a rate; the same words for a stretch before an event are a period. Our own sentences. */
describe('paraphrase: a recurring stretch', () => {
  const rateOf = (text: string) => facts(model(text), 'duration').map((d) => `${d.form} ${d.months}`);
  for (const [text, months] of [
    ['Het werkoverleg is om de twee weken op donderdag.', 0.5],
    ['Eens in de zes weken komt de ploeg bij elkaar.', 1.5],
    ['Eén keer in de vier weken is er teamoverleg.', 1],
    ['We overleggen om de drie maanden over de planning.', 3],
  ] as const)
    it(`a rate: «${text}»`, () => assert.ok(rateOf(text).includes(`per ${months}`), rateOf(text).join('; ')));
  for (const [text, months] of [
    ['In de twee weken voor de start krijg je de agenda.', 0.5],
    ['Eens per jaar, in de twee weken voor de zomer, is er een evaluatie.', 0.5],
  ] as const)
    it(`no rate: «${text}»`, () => assert.ok(!rateOf(text).includes(`per ${months}`), rateOf(text).join('; ')));
});
