import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { buildPolicyDocument } from '../server/model/build';
import { arrangements } from '../server/model/work';
import type { Fact, FactKind, FactOf, Party, PolicyDocument, WorkDesign } from '../server/model/types';

/**
 * Paraphrase tables for the work-organisation facts: each sentence is written as sector people
 * write (formal and "je" register, active and passive, split verbs, negations), with near misses
 * that must not match. One `it` per sentence, so a failure names the sentence.
 */
function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}
function facts<K extends FactKind>(doc: PolicyDocument, kind: K): FactOf<K>[] {
  return doc.facts.filter((f: Fact): f is FactOf<K> => f.kind === kind);
}
const arranged = (text: string, design: WorkDesign): boolean => facts(model(text), 'work-design').some((f) => f.design === design && f.arranged && !f.negated);

function designTable(design: WorkDesign, yes: string[], no: string[]): void {
  for (const s of yes) it(`${design}: «${s}»`, () => assert.ok(arranged(s, design), `expected ${design} arranged in «${s}»`));
  for (const s of no) it(`not ${design}: «${s}»`, () => assert.ok(!arranged(s, design), `expected no ${design} in «${s}»`));
}

describe('paraphrase: self-rostering described in body text', () => {
  designTable(
    'self-rostering',
    [
      'Het team stelt zelf het vierwekenrooster op.',
      'Teams in de thuiszorg maken voortaan hun eigen rooster.',
      'Vanaf januari roosteren de medewerkers van de afdeling zelf.',
      "Je maakt samen met je collega's zelf het dienstrooster.",
      'De verpleegkundigen stellen zelf het weekrooster op, binnen de afgesproken bezetting.',
      'Medewerkers plannen hun eigen diensten in het roosterprogramma.',
      'De ploeg bepaalt zelf de werktijden van de ploegleden.',
      'Het team regelt zijn eigen rooster.',
      'Wij werken met zelfroosteren op alle locaties.',
      'Operators roosteren zichzelf in voor de nachtdiensten zelf.',
    ],
    [
      'De teamleider stelt zelf het rooster op.',
      'De planner maakt het rooster en stuurt het vier weken vooraf rond.',
      'Het rooster wordt door de afdeling planning gemaakt.',
      'De werkgever maakt zelf het weekrooster.',
      'Het team stelt niet zelf het rooster op; dat doet de planner.',
      'Het rooster hangt in de kantine.',
    ],
  );
});

describe('paraphrase: enrichment (planning and control tasks) described in body text', () => {
  designTable(
    'enrichment',
    [
      'Vanaf 1 juni maken operators zelf de dagplanning van hun cel.',
      'Monteurs verdelen zelf het werk binnen de ploeg.',
      'Het team plant zelf de werkzaamheden voor de komende week.',
      'De medewerkers voeren de eindcontrole uit.',
      'Het team wordt verantwoordelijk voor de weekplanning.',
      'Medewerkers van het magazijn verzorgen zelf de bestellingen bij leveranciers, en doen zelf de inkoop.',
      'Operators nemen de kwaliteitscontrole over van de afdeling Kwaliteit.',
      'De schoonmakers verdelen onderling de werkzaamheden.',
    ],
    [
      'De teamleider maakt zelf de dagplanning.',
      'De afdeling Kwaliteit voert de eindcontrole uit.',
      'De planning wordt door het bedrijfsbureau gemaakt.',
      'De werkvoorbereider verdeelt het werk over de monteurs.',
    ],
  );
});

describe('paraphrase: job crafting described in body text', () => {
  designTable(
    'job-crafting',
    [
      'Medewerkers die hun werk anders willen inrichten, kunnen een voorstel doen.',
      'Je geeft zelf vorm aan je werk.',
      'De werknemer kan zijn eigen takenpakket aanpassen aan zijn talenten.',
      'Je past je eigen werk aan zodat het beter bij je past.',
      'Wij werken met job crafting.',
    ],
    [
      'De werkgever kan de functie anders inrichten na een reorganisatie.',
      'De leidinggevende richt het werk anders in.',
      'Job crafting betekent dat je je werk zelf anders inricht.',
    ],
  );
});

describe('paraphrase: who decides', () => {
  const cases: Array<[string, Party | null, boolean]> = [
    ['De medewerker bepaalt zelf wat hij verandert.', 'employee', false],
    ['Jij bepaalt wat je wilt veranderen en hoe.', 'employee', false],
    ['Over de invulling wordt besloten door de leidinggevende.', 'manager', false],
    ['De taken worden vastgesteld door de teamleider.', 'manager', false],
    ['De afdelingsmanager beslist welke taken worden aangepast.', 'manager', false],
    ['Aan welk project je werkt, bepaalt je lead.', 'manager', false],
    ['Welke taken erbij komen, bepaalt de teamleider.', 'manager', false],
    ['Het team mag zelf beslissen over de verdeling van de diensten.', 'team', false],
    ['De medewerker kan ruilen na goedkeuring van de teamleider.', 'manager', false],
    ['Wijzigingen in het rooster keurt de leidinggevende goed.', 'manager', false],
    ['De leidinggevende heeft het laatste woord.', 'manager', false],
    ['De teamleider bepaalt niet welke taken je oppakt.', 'manager', true],
    ['De werkgroep besluit bij meerderheid van stemmen.', 'group', false],
    ['De directie neemt het besluit.', 'employer', false],
    ['De manager bepaalt je taken.', 'manager', false],
  ];
  for (const [text, holder, negated] of cases) {
    it(`«${text}» -> ${holder}${negated ? ' (negated)' : ''}`, () => {
      const decisions = facts(model(text), 'authority').filter((a) => a.power === 'decide');
      assert.ok(
        decisions.some((a) => a.holder === holder && a.negated === negated),
        `holders: ${JSON.stringify(decisions.map((a) => [a.holder, a.negated]))}`,
      );
    });
  }
  it('«zonder toestemming van de teamleider» gives the decision to the subject', () => {
    const decisions = facts(model('Het team mag diensten ruilen zonder toestemming van de teamleider.'), 'authority');
    assert.ok(decisions.some((a) => a.holder === 'team' && !a.negated));
    assert.ok(!decisions.some((a) => a.holder === 'manager' && !a.negated));
  });
});

describe('paraphrase: group sizes', () => {
  const cases: Array<[string, number | null]> = [
    ['Aan het werkoverleg nemen in totaal 34 personen deel.', 34],
    ['Het werkoverleg is voor alle 25 medewerkers van de afdeling.', 25],
    ['Een ploeg bestaat uit ongeveer vijfentwintig medewerkers.', 25],
    ['De werkgroep telt zeventien leden.', 17],
    ['Het overleg is met een ploeg van 30.', 30],
    ['Een werkgroep van acht verpleegkundigen onderzoekt de planning.', 8],
    ['Op elke vestiging werken er zestien.', 16],
    ['Een team telt 12 operators.', 12],
    ['De overleggroep bestaat uit 6 tot 12 personen.', 12],
    ["Het verbeterteam bestaat uit drieëndertig collega's.", 33],
    ['We houden werkoverleg met tweeëntwintig monteurs.', 22],
    ['The working group has twenty-five members.', 25],
    ['Het werkoverleg is op dinsdag om 14 uur.', null],
    ['De werkgroep levert 24 orders per dag aan.', null],
    ['Het team werkt 3 jaar samen.', null],
    ["Een team van collega's bespreekt de roosters.", null],
  ];
  for (const [text, size] of cases) {
    it(`«${text}» -> ${size}`, () => {
      const sizes = facts(model(text), 'group-size').map((g) => g.value);
      if (size === null) assert.deepEqual(sizes, [], `unexpected sizes ${sizes}`);
      else assert.ok(sizes.includes(size), `sizes ${JSON.stringify(sizes)}`);
    });
  }
  it('a meeting for a whole unit takes the size stated for that unit', () => {
    const doc = model(
      '## Werkoverleg\n\nElke vestiging houdt eens per maand werkoverleg. Het werkoverleg is voor alle monteurs van de vestiging; op elke vestiging werken er zestien.',
    );
    const whole = facts(doc, 'whole-unit').map((w) => w.unit);
    assert.deepEqual(whole, ['vestiging']);
    assert.ok(facts(doc, 'group-size').some((g) => g.value === 16 && g.unit === 'vestiging'));
  });
});

describe('paraphrase: combination projects', () => {
  const yes = [
    'Om vaste werknemers vrij te maken voor hun opleiding, zet de werkgever uitzendkrachten in op ervaringsplaatsen.',
    'Terwijl eigen medewerkers een opleiding volgen, werken leerwerkers op hun plek.',
    "Nieuwe instromers op leerwerkplekken nemen het werk over van collega's die een opleiding volgen.",
    'Het combinatieproject start in maart.',
  ];
  const no = [
    'Uitzendkrachten krijgen dezelfde opleiding als vaste medewerkers.',
    'Eigen medewerkers volgen een opleiding in werktijd.',
    'De werkgever zet uitzendkrachten in bij piekdrukte.',
  ];
  const project = (t: string) => facts(model(t), 'time-term').some((f) => f.term === 'combination-project' && !f.negated);
  for (const s of yes) it(`combination project: «${s}»`, () => assert.ok(project(s)));
  for (const s of no) it(`no combination project: «${s}»`, () => assert.ok(!project(s)));
});

describe('paraphrase: headings give their topic to the sentences under them', () => {
  it('a job crafting section arranges job crafting and scopes its decisions', () => {
    const doc = model('## 4. Job crafting\n\nOperators kunnen een voorstel indienen. De afdelingsmanager beslist welke taken worden aangepast.');
    const found = arrangements(doc, new Set<WorkDesign>(['job-crafting']));
    assert.equal(found.length, 1);
    assert.ok(doc.sentences[2].topics.designs.includes('job-crafting'));
  });
  it('an explanation under its own heading arranges nothing', () => {
    const doc = model('## Wat is job crafting\n\nJob crafting betekent dat je je werk zelf anders inricht.');
    assert.equal(arrangements(doc, new Set<WorkDesign>(['job-crafting'])).length, 0);
  });
  it('a heading "Doel" addresses the goal for the section under it', () => {
    const doc = model('## Artikel 1 Doel\n\nOperators krijgen meer invloed op hun eigen rooster.');
    assert.ok(doc.sentences[1].topics.conditions.includes('goal-informed'));
  });
  it('a working group given a size is set up', () => {
    assert.ok(arranged('Een werkgroep van zes monteurs brengt voor 1 oktober advies uit over veilig werken.', 'werkgroep'));
  });
});
