import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * Planning that arranges nothing for taking development days: a day already planned, one planned
 * again after illness, planning said in a sentence on illness. Beside a lapse, the days still lapse
 * with nothing that makes sure they are taken. Near misses are real arrangements for planning them.
 * Every sentence is written for this suite.
 */
const days = (line: string) =>
  `## Ontwikkeldagen\n\nIedere medewerker heeft recht op twee ontwikkeldagen per kalenderjaar. Niet opgenomen ontwikkeldagen vervallen op 31 december. ${line}\n`;
const lapseFound = (text: string) => lintText(text).findings.some((f) => f.ruleId === 'development-days-lapse');

describe('paraphrase: planning that arranges nothing', () => {
  const nothingArranged = [
    'Word je ziek op een ingeplande ontwikkeldag, meld je dan ziek bij je leidinggevende.',
    'De ontwikkeldag wordt bij ziekte niet afgeschreven; je kunt hem later opnieuw inplannen.',
    'Ben je ziek, dan plan je de dag in overleg met je teamleider opnieuw in.',
    'Valt een ontwikkeldag uit, dan kun je hem alsnog inplannen.',
    'Een geplande ontwikkeldag die door drukte niet doorgaat, mag je weer inroosteren.',
    // The roster as it stands: nothing is planned for the days.
    'Valt je ontwikkeldag op een dag waarop je volgens rooster een nachtdienst hebt, dan vervalt de ploegentoeslag.',
    'Een ontwikkeldag telt als een dienst volgens de planning van die week.',
  ];
  for (const line of nothingArranged) {
    it(`the days still lapse unsupported: «${line}»`, () => assert.ok(lapseFound(days(line))));
  }

  const arranged = [
    'Je leidinggevende plant de ontwikkeldagen aan het begin van het jaar met je in.',
    'De ontwikkeldagen worden in overleg ingepland en in het rooster vastgelegd.',
    'De planner roostert je ontwikkeldagen in, zodat je ze ook echt opneemt.',
  ];
  for (const line of arranged) {
    it(`planning the days is support: «${line}»`, () => assert.ok(!lapseFound(days(line))));
  }
});

describe('paraphrase: days that lapse on leaving', () => {
  const leave = (line: string) =>
    `## Studieverlof\n\nVoor een opleiding krijg je per studiejaar vier dagen studieverlof. Je plant de dagen met je leidinggevende. ${line}\n`;
  const onLeaving = ['Ga je uit dienst, dan vervalt het resterende saldo.', 'Bij vertrek naar een andere werkgever vervallen de dagen die je nog hebt.'];
  for (const line of onLeaving) it(`no yearly lapse: «${line}»`, () => assert.ok(!lapseFound(leave(line))));
  it('a lapse at the year end still counts', () =>
    assert.ok(lapseFound(leave('Niet opgenomen dagen vervallen aan het eind van het studiejaar.').replace('Je plant de dagen met je leidinggevende. ', ''))));
});
