import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * Guidance for those who use a budget least, said over the members of one article or with the
 * helper as the subject of a passive: the support and the group it is for are read together.
 * Every sentence is written for this suite; the near misses name no group or name it elsewhere.
 */
const findings = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'support-lower-educated');

const budget = '### Artikel 20 Ontwikkelbudget\n\n1. De werknemer heeft recht op een ontwikkelbudget van € 600 per jaar voor scholing.\n\n';

describe('paraphrase: support and its group over the members of an article', () => {
  const aimed = [
    '### Artikel 21 Begeleiding\n\n1. De regiocoördinatoren helpen in het bijzonder werknemers zonder startkwalificatie en werknemers van 55 jaar en ouder bij het kiezen van een cursus.\n2. Het gesprek met de regiocoördinator is kosteloos.\n',
    '### Artikel 21 Begeleiding\n\n1. Werknemers zonder startkwalificatie worden door de opleidingscoördinator ondersteund bij het kiezen van een cursus.\n2. De aanvraag kan ook telefonisch worden gedaan.\n',
    '### Artikel 21 Begeleiding\n\n1. De leerambassadeur richt zich op collega’s met hooguit mbo-niveau 2.\n2. Een gesprek met de leerambassadeur vindt plaats in werktijd.\n',
    '### Artikel 21 Begeleiding\n\n1. Oudere werknemers worden door de teamleider geholpen bij het aanvragen van een opleiding.\n',
  ];
  for (const text of aimed) {
    it(`support aimed at the group: «${text.split('\n')[2]}»`, () => assert.deepEqual(findings(budget + text), []));
  }

  it('support named without a group is an info finding', () => {
    const text = budget + '### Artikel 21 Begeleiding\n\n1. De opleidingscoördinator helpt werknemers bij het kiezen van een cursus.\n';
    assert.deepEqual(
      findings(text).map((f) => f.severity),
      ['info'],
    );
  });

  it('a group named in an article on something else does not aim the support', () => {
    const text =
      budget +
      '### Artikel 21 Begeleiding\n\n1. De opleidingscoördinator helpt werknemers bij het kiezen van een cursus.\n\n### Artikel 30 Roosters\n\n1. Werknemers van 55 jaar en ouder hoeven geen nachtdiensten te draaien.\n';
    assert.deepEqual(
      findings(text).map((f) => f.severity),
      ['info'],
    );
  });

  it('no help at all is a warning', () => {
    assert.deepEqual(
      findings(budget).map((f) => f.severity),
      ['warning'],
    );
  });
});

/**
 * Support aimed by reference: the helpers approach "de werknemers, bedoeld in artikel 19 lid 2", and
 * that member names the groups. Our own articles; the near miss points to a member that names none.
 */
describe('paraphrase: support aimed at the groups of a member it refers to', () => {
  const groups =
    '### Artikel 19 Uitgangspunten\n\n1. Werkgever en werknemer werken samen aan inzetbaarheid.\n2. Extra aandacht gaat naar werknemers in de loongroepen 1 tot en met 3 en naar werknemers die moeite hebben met lezen.\n\n';
  for (const support of [
    '1. De leerambassadeurs benaderen de werknemers, bedoeld in artikel 19 lid 2, en helpen hen bij het kiezen van een cursus.\n',
    '1. De werknemers genoemd in artikel 19, tweede lid, worden door de opleidingscoördinator persoonlijk uitgenodigd voor een loopbaangesprek.\n',
    '1. Voor de groepen uit artikel 19 lid 2 is er een taalcoach die helpt bij de aanvraag.\n',
  ])
    it(`aimed by reference: «${support.trim()}»`, () => assert.deepEqual(findings(budget + groups + '### Artikel 21 Begeleiding\n\n' + support), []));
  it('a reference to a member that names no group leaves the support unaimed', () => {
    const support =
      '### Artikel 21 Begeleiding\n\n1. De leerambassadeurs benaderen de werknemers, bedoeld in artikel 19 lid 1, en helpen hen bij het kiezen van een cursus.\n';
    assert.deepEqual(
      findings(budget + groups + support).map((f) => f.severity),
      ['info'],
    );
  });
});
