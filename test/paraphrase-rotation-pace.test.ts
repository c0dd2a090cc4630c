import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/**
 * The pace of rotation said after rotation was arranged, in a sentence that does not name it again
 * ("Hoe vaak wissel ik? ... wissel je elke week"); a period after which the rotation is evaluated is
 * no pace.
 */
const pace = (text: string) =>
  lintText(text)
    .findings.filter((f) => f.ruleId === 'rotation-pace')
    .map((f) => f.message);

const faq = (answer: string) =>
  [
    '# Werken op meer plekken',
    '',
    '**Wat verandert er?**',
    'Vanaf 1 april werken de servicemedewerkers met taakroulatie tussen de garage en de straat.',
    '',
    '**Hoe vaak wissel ik?**',
    answer,
    '',
  ].join('\n');

describe('paraphrase: the pace of rotation said on its own', () => {
  const tooFast = [
    'Na de inwerkperiode van zes weken wissel je elke week: de ene week garage, de andere week straat.',
    'Je rouleert iedere twee weken naar de andere plek.',
    'We wisselen elke maand van afdeling.',
  ];
  for (const answer of tooFast) {
    it(`too fast: «${answer}»`, () => assert.ok(pace(faq(answer)).some((m) => m.includes('al na'))));
  }
  const enough = ['Je blijft minimaal één kwartaal (13 weken) op een positie voordat je doorschuift.', 'Je wisselt ieder half jaar van plek.'];
  for (const answer of enough) {
    it(`long enough: «${answer}»`, () => assert.deepEqual(pace(faq(answer)), []));
  }
  it('a period to evaluate is no pace', () => {
    const text = faq('Dat spreken we per team af. Na een half jaar evalueren we de roulatie met de OR.');
    assert.ok(pace(text).some((m) => m.includes('Er staat niet hoe lang')));
  });
  it('changing shifts without rotation arranged is no pace', () => {
    const text = '# Roosters\n\nJe wisselt elke week van dienst: de ene week vroeg, de andere week laat.\n';
    assert.deepEqual(pace(text), []);
  });
});
