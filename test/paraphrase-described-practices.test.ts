import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../server/engine/parse';
import { lintText } from './harness/lint';
import { buildPolicyDocument } from '../server/model/build';
import type { Fact, FactKind, FactOf, PolicyDocument, TimeTermFact } from '../server/model/types';

/**
 * Practices said by what happens rather than by their name, and the conditions around them:
 * (1) a combination project described (new people taken on while own staff train) and how the
 * newcomers' deployment is said; (2) who decides what changes in job crafting, when the practice is
 * offered and when the writer of a memo is the party; (3) free development time without its label
 * word. Own sentences only: formal and "je" register, active and passive, split verbs, first person,
 * negations, and near misses that must not match.
 */
function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}
function facts<K extends FactKind>(doc: PolicyDocument, kind: K): FactOf<K>[] {
  return doc.facts.filter((f: Fact): f is FactOf<K> => f.kind === kind);
}
const show = (doc: PolicyDocument): string =>
  JSON.stringify(
    doc.facts.map((f) => [
      f.kind,
      (f as { term?: string }).term ?? (f as { design?: string }).design ?? (f as { instrument?: string }).instrument ?? (f as { holder?: string }).holder,
      f.negated,
    ]),
  );

function findingsTable(rule: string, cases: ReadonlyArray<[draft: string, expected: string | null]>): void {
  for (const [draft, expected] of cases) {
    it(`${rule} on «${draft.replace(/\n+/g, ' ¶ ').slice(0, 100)}» -> ${expected ?? 'no finding'}`, () => {
      const found = lintText(draft).findings.filter((f) => f.ruleId === rule);
      if (expected === null) assert.equal(found.length, 0, `unexpected: ${found.map((f) => f.message).join(' | ')}`);
      else
        assert.ok(
          found.some((f) => f.message.includes(expected)),
          `expected «${expected}» in ${JSON.stringify(found.map((f) => f.message))}`,
        );
    });
  }
}

describe("paraphrase: (1) a combination project described, and the newcomers' deployment", () => {
  const term = (text: string, t: TimeTermFact['term'], negated = false): boolean =>
    facts(model(text), 'time-term').some((f) => f.term === t && f.negated === negated);
  // New people taken on or placed while own staff train, in one sentence.
  for (const s of [
    'Tijdens de opleiding van vaste monteurs neemt de werkgever tijdelijk werkzoekenden aan.',
    "Gedurende de omscholing van onze eigen verzorgenden worden nieuwe collega's via de gemeente geplaatst.",
    "Zolang je vaste collega's op cursus zijn, werven we nieuwe bezorgers via het uitzendbureau.",
    'Terwijl de zittende medewerkers hun vakdiploma halen, huren wij mensen uit de bijstand in.',
    'Ik neem voor de periode van de training van de eigen chauffeurs zes nieuwe chauffeurs aan.',
  ])
    it(`described project, one sentence: «${s}»`, () => assert.ok(term(s, 'combination-project'), `facts ${show(model(s))}`));
  // The same in two sentences of one provision (list members of one article, or one memo).
  for (const s of [
    'Artikel 3 Winter\n\n1. Vaste monteurs volgen in januari hun vakopleiding.\n2. Daarvoor nemen we vier nieuwe monteurs aan via het uitzendbureau.',
    'Onze eigen schoonmakers volgen dit voorjaar een vakcursus. In die weken zetten we nieuwe schoonmakers in die via de gemeente uit een uitkering komen.',
    'We werven acht nieuwe medewerkers via het werkgeversservicepunt. Zo kunnen de vaste medewerkers in het najaar hun opleiding afronden.',
  ])
    it(`described project, one provision: «${s.replace(/\n+/g, ' ¶ ')}»`, () => assert.ok(term(s, 'combination-project'), `facts ${show(model(s))}`));
  // Near misses: new people without own staff in training, training without intake, or the two in different articles.
  for (const s of [
    'We nemen dit jaar vier nieuwe monteurs aan.',
    'Nieuwe medewerkers volgen in hun eerste maand een introductiecursus.',
    'Vaste monteurs volgen in januari hun vakopleiding.',
    "Tijdens de opleiding van vaste monteurs wordt het werk door collega's opgevangen.",
    'De werkgever neemt geen nieuwe monteurs aan tijdens de opleiding van vaste monteurs.',
    '## Artikel 1 Opleiding\n\nVaste monteurs volgen in januari hun vakopleiding.\n\n## Artikel 2 Werving\n\nWe nemen vier nieuwe monteurs aan.',
  ])
    it(`near miss, no combination project: «${s.replace(/\n+/g, ' ¶ ')}»`, () => assert.ok(!term(s, 'combination-project'), `facts ${show(model(s))}`));
  // Partly deployable said as counting in the staffing.
  for (const s of [
    'Nieuwe krachten tellen de eerste twee maanden voor de helft mee in de bezetting.',
    'Leerwerkers worden het eerste halfjaar niet meegeteld in de formatie.',
    'De instromers staan de eerste weken extra op het rooster.',
    'Uitzendkrachten op leerwerkplekken zijn in de eerste maand boventallig.',
    'Pas na zes weken tellen de nieuwe chauffeurs volledig mee.',
    'Werkzoekenden die bij ons starten, tellen niet mee in de bezetting.',
    'Statushouders worden in de eerste maand niet vanaf de eerste dag volledig ingeroosterd.',
  ])
    it(`ramp-up: «${s}»`, () => assert.ok(term(s, 'ramp-up'), `facts ${show(model(s))}`));
  // Fully deployed from the start: the ramp-up denied.
  for (const s of [
    'De nieuwe chauffeurs draaien vanaf de eerste dag volledig mee in de planning.',
    'Zij-instromers worden vanaf hun eerste werkdag volledig ingeroosterd.',
    'Uitzendkrachten vervangen de vaste krachten één op één.',
    'De werkzoekenden draaien vanaf hun eerste dienst op de volle productienorm mee.',
  ])
    it(`full deployment, ramp-up denied: «${s}»`, () => {
      assert.ok(term(s, 'ramp-up', true), `facts ${show(model(s))}`);
      assert.ok(!term(s, 'ramp-up'), `facts ${show(model(s))}`);
    });
  // Near misses for full deployment: not about newcomers, or a course of one on one.
  for (const s of ['De vaste medewerkers werken vanaf de eerste dag na hun vakantie volledig mee.', 'Een cursus op een dag kost 300 euro.']) {
    it(`near miss, no full deployment: «${s}»`, () => assert.ok(!term(s, 'ramp-up', true), `facts ${show(model(s))}`));
  }
  // Participants named by their role after the newcomers were named.
  for (const s of [
    'We bieden vier leerwerkplekken aan statushouders. Iedere deelnemer haalt een mbo-certificaat.',
    'We werven zij-instromers via de gemeente. De kandidaten krijgen na een jaar een vast contract aangeboden.',
  ]) {
    it(`perspective of participants: «${s}»`, () => assert.ok(term(s, 'perspective'), `facts ${show(model(s))}`));
  }
  it('near miss: course participants are no newcomers when none were named', () => {
    const s = 'Iedere deelnemer aan de cursus ontvangt een certificaat.';
    assert.ok(!term(s, 'perspective'), `facts ${show(model(s))}`);
  });
  findingsTable('combination-project-terms', [
    [
      '# Memo\n\n1. Vaste chauffeurs volgen in februari hun nascholing.\n2. We nemen vier nieuwe chauffeurs aan via het uitzendbureau.\n3. De nieuwe chauffeurs draaien vanaf hun eerste werkdag volledig mee in het rooster.',
      'vanaf de eerste dag volledig mee',
    ],
    [
      '## Artikel 2\n\nTijdens de opleiding van vaste medewerkers neemt de werkgever werkzoekenden aan. Zij worden vanaf de eerste dag volledig ingeroosterd. Zij halen een vakcertificaat.',
      'vanaf de eerste dag volledig mee',
    ],
    [
      '## Project\n\nWe bieden vier leerwerkplekken aan mensen met een afstand tot de arbeidsmarkt, zodat vaste medewerkers hun opleiding kunnen afronden. Nieuwe deelnemers tellen de eerste maanden voor de helft mee in de bezetting. Iedere deelnemer haalt een mbo-certificaat.',
      null,
    ],
    [
      '## Project\n\nTerwijl eigen medewerkers een opleiding volgen, nemen wij nieuwe schoonmakers aan via de gemeente. Zij tellen het eerste kwartaal niet mee in de formatie. Na een jaar halen zij een vakdiploma.',
      null,
    ],
  ]);
});

describe("paraphrase: (2) job crafting: who decides, an offer, the writer of a memo, the organisation's direction", () => {
  const arrangedCrafting = (text: string): boolean => facts(model(text), 'work-design').some((f) => f.design === 'job-crafting' && f.arranged && !f.negated);
  const decider = (text: string): Array<string | null> =>
    facts(model(text), 'authority')
      .filter((a) => a.power === 'decide' && !a.negated)
      .map((a) => a.holder);
  // An offer arranges the practice.
  for (const s of [
    'Daarom bieden we job crafting aan.',
    'De werkgever biedt iedere medewerker job crafting aan.',
    'Job crafting wordt aan alle medewerkers aangeboden.',
    'Je kunt gebruikmaken van job crafting.',
    'Wij bieden jou de mogelijkheid tot job crafting.',
  ])
    it(`offered, arranged: «${s}»`, () => assert.ok(arrangedCrafting(s), `facts ${show(model(s))}`));
  // Named as what a course, workshop or book is about, or as a purpose money may be spent on: nothing arranged.
  for (const s of [
    'Je kunt het budget besteden aan opleidingen, cursussen en bijvoorbeeld een workshop job crafting.',
    'Het ontwikkeldeel besteed je aan trainingen, boeken of een cursus over job crafting.',
    'In maart is er een workshop over job crafting.',
    'De kosten van een training in job crafting worden vergoed uit het budget.',
    'We bieden een webinar over job crafting aan.',
    'Teamleiders volgen een masterclass over taakroulatie.',
    'Het budget mag je ook besteden aan job crafting.',
  ])
    it(`topic or spending purpose, not arranged: «${s}»`, () => {
      const doc = model(s);
      assert.ok(!facts(doc, 'work-design').some((f) => f.arranged), `facts ${show(doc)}`);
    });
  // Near misses for the topic class: a course mentioned beside a design that is arranged.
  for (const s of ['Na de opleiding rouleren de monteurs elke drie maanden.', 'We voeren job crafting in; in de training leer je hoe dat werkt.']) {
    it(`near miss, still arranged: «${s}»`, () =>
      assert.ok(
        facts(model(s), 'work-design').some((f) => f.arranged),
        `facts ${show(model(s))}`,
      ));
  }
  // "van" after a noun belongs to that noun, not to the decision: the subject decides.
  for (const [s, who] of [
    ['De leidinggevende stelt in het jaargesprek vast welke taken van de medewerker worden aangepast.', 'manager'],
    ['De teamleider bepaalt welke werkzaamheden van de werknemer veranderen.', 'manager'],
    ['Over wijzigingen in het takenpakket wordt besloten door de leidinggevende.', 'manager'],
    ['Na goedkeuring van de teamleider past de medewerker zijn taken aan.', 'manager'],
  ] as const)
    it(`decider «${s}» -> ${who}`, () => assert.ok(decider(s).includes(who), `deciders ${JSON.stringify(decider(s))}`));
  // The writer of a memo or letter is the party of "ik", from the header or the signature.
  for (const [s, who] of [
    ['**Van:** Marieke Jansen, teammanager\n**Aan:** alle medewerkers\n\nIk beslis welke taken er voor jou veranderen.', 'manager'],
    ['Van: P. de Vries, afdelingshoofd\n\nDaarna bepaal ik wat er in je takenpakket verandert.', 'manager'],
    ["Beste collega's,\n\nIk stel vast welke taken je anders gaat doen.\n\nMet vriendelijke groet,\n\nJan Smit, teamleider", 'manager'],
    ['Van: de directie\n\nWij beslissen over de wijziging van je taken.', 'employer'],
  ] as const)
    it(`writer decides «${s.replace(/\n+/g, ' ¶ ')}» -> ${who}`, () => assert.ok(decider(s).includes(who), `deciders ${JSON.stringify(decider(s))}`));
  it('near miss: without a header or signature, "ik" is nobody in particular', () => {
    const s = 'Ik beslis zelf welke taken ik anders ga doen.';
    assert.ok(!decider(s).includes('manager'), `deciders ${JSON.stringify(decider(s))}`);
  });
  it('near miss: in a FAQ from HR, "ik" in a question is the reader asking', () => {
    const s = 'Van: afdeling HR\n\nBepaal ik zelf welke taken ik anders ga doen?\n\nJa, dat bepaal je zelf.';
    assert.ok(!decider(s).includes('employer'), `deciders ${JSON.stringify(decider(s))}`);
  });
  it('near miss: a last short answer without a closing is no signature', () => {
    const s = 'Wie beslist over mijn taken?\n\nIk beslis samen met jou.\n\nVraag het je leidinggevende.';
    assert.ok(!decider(s).includes('manager'), `deciders ${JSON.stringify(decider(s))}`);
  });
  it('near miss: a cao signed by both sides names no single writer', () => {
    const s = 'Artikel 1\n\nIk beslis welke taken veranderen.\n\nNamens de werkgever,\n\nNamens de medewerkers,';
    assert.ok(!decider(s).includes('employer') && !decider(s).includes('manager'), `deciders ${JSON.stringify(decider(s))}`);
  });
  // A free relative as the doer of the practice.
  for (const s of [
    'Wie zijn werk anders wil invullen, kan dat bij de teamleider aangeven.',
    'Wie haar functie anders wil inrichten, mag daarvoor een plan maken.',
  ]) {
    it(`practice by "wie": «${s}»`, () => assert.ok(arrangedCrafting(s), `facts ${show(model(s))}`));
  }
  it('near miss: a question "Wie ..." arranges nothing', () => {
    const s = 'Wie bepaalt hoe ik mijn werk anders kan inrichten?';
    assert.ok(!arrangedCrafting(s), `facts ${show(model(s))}`);
  });
  // Where the organisation is heading, said as a place or side, and goals as compounds or as ours.
  const direction = (s: string): boolean => facts(model(s), 'work-condition').some((f) => f.condition === 'org-direction' && !f.negated);
  for (const s of [
    'Je teamlead vertelt je welke kant het bedrijf op wil.',
    'De leidinggevende legt uit waar de organisatie naartoe wil.',
    'Ik vertel in het teamoverleg waar we als afdeling heen gaan en welke doelen we hebben.',
    'Je hoort van je manager wat de kwartaaldoelen van de afdeling zijn.',
    'In het werkoverleg bespreken we de jaardoelen van de fabriek.',
    'De directie deelt onze doelstellingen voor volgend jaar.',
  ])
    it(`org-direction: «${s}»`, () => assert.ok(direction(s), `facts ${show(model(s))}`));
  for (const s of [
    'Je bespreekt je leerdoelen met je coach.',
    'Waar wil je zelf naartoe in je loopbaan?',
    'De monteur kijkt welke kant van de machine open moet.',
  ]) {
    it(`near miss, no org-direction: «${s}»`, () => assert.ok(!direction(s), `facts ${show(model(s))}`));
  }
  // Keeping the manager informed with any manager noun, and in verb-second order.
  const informed = (s: string): boolean => facts(model(s), 'work-condition').some((f) => f.condition === 'keeps-manager-informed' && !f.negated);
  for (const s of [
    'Wat je verandert, bespreek je vooraf met je ploegleider.',
    'Je legt het vast in je groeiplan; zo blijft je teamlead op de hoogte.',
    'Je teamleider tekent het plan. Zo weet hij wie wat doet.',
    'Je houdt je afdelingshoofd op de hoogte van wat je verandert.',
  ])
    it(`keeps manager informed: «${s}»`, () => assert.ok(informed(s), `facts ${show(model(s))}`));
  it('near miss: a manager who informs the employee is no employee keeping the manager informed', () => {
    const s = 'De ploegleider maakt het rooster.';
    assert.ok(!informed(s), `facts ${show(model(s))}`);
  });
  findingsTable('job-crafting-ownership', [
    [
      '## Job crafting\n\nDaarom bieden we job crafting aan. De leidinggevende stelt in het jaargesprek vast welke taken van de medewerker worden aangepast.',
      'bepaalt de leidinggevende',
    ],
    [
      '# Memo\n\n**Van:** Sanne Bakker, teammanager\n\n## Je werk anders invullen\n\nWie zijn werk anders wil invullen, kan dat bij mij aangeven. Ik beslis daarna welke taken er voor jou veranderen.',
      'bepaalt de leidinggevende',
    ],
    [
      '## Job crafting\n\nWie zijn werk anders wil inrichten, kan dat zelf voorstellen. Jij bepaalt wat je verandert. Ik vertel in het overleg waar de fabriek naartoe wil. Wat je verandert, bespreek je met je ploegleider.',
      null,
    ],
    ['## Budget\n\nHet ontwikkeldeel kun je besteden aan cursussen, certificeringen en een workshop job crafting.', null],
  ]);
});

describe('paraphrase: (3) free development time without its label word', () => {
  const freeTime = (s: string): boolean => facts(model(s), 'instrument').some((f) => f.instrument === 'free-time' && !f.negated);
  for (const s of [
    'Iedere monteur krijgt leertijd om zelf iets nieuws te leren.',
    'Je krijgt tijd om zelf iets nieuws uit te proberen.',
    'De werknemer heeft uren die hij naar eigen keuze besteedt aan zijn ontwikkeling.',
    'Naar eigen inzicht besteed je elke maand een middag aan leren.',
    'Je krijgt eigen tijd voor experimenten en om te leren.',
    'Wij geven iedere medewerker ontwikkeltijd die vrij te besteden is aan leren.',
    'Elke verpleegkundige krijgt ruimte om zelf iets nieuws te leren.',
    'Medewerkers krijgen leertijd waarvan zij zelf bepalen waaraan ze die besteden.',
  ])
    it(`free development time: «${s}»`, () => assert.ok(freeTime(s), `facts ${show(model(s))}`));
  for (const s of [
    'Je krijgt twee uur per week om de nieuwe kassa te leren.',
    'De scholingstijd is bedoeld voor de verplichte cursussen; je kiest zelf welke je eerst volgt.',
    'Voor je opleiding krijg je studieverlof van vijf dagen.',
    'Je mag je pauze naar eigen inzicht indelen.',
    'In je eigen tijd kun je naar eigen keuze een cursus volgen.',
    'Je krijgt tijd om de nieuwe werkwijze te leren.',
  ])
    it(`near miss, no free development time: «${s}»`, () => assert.ok(!freeTime(s), `facts ${show(model(s))}`));
  for (const s of ['Er is geen leertijd om zelf iets nieuws te leren.', 'Je krijgt geen uren die je naar eigen keuze besteedt aan je ontwikkeling.']) {
    it(`negated free development time: «${s}»`, () => assert.ok(!freeTime(s), `facts ${show(model(s))}`));
  }
  findingsTable('lummeltijd-terms', [
    [
      '## Leertijd\n\nIedere schoonmaker krijgt leertijd om zelf iets nieuws te leren. Een scholingsvoucher komt uit het opleidingsbudget, dat 1,5% van de loonsom bedraagt.',
      'hoeveel uren per maand',
    ],
    ['## Leertijd\n\nIedere schoonmaker krijgt vier uur per maand leertijd om zelf iets nieuws te leren.', null],
    ['## Leertijd\n\nJe krijgt 5% van je werktijd om zelf iets nieuws te leren.', null],
  ]);
});

describe("paraphrase: (1b) whose diploma: the own staff's is no perspective for the newcomers", () => {
  const perspective = (s: string): boolean => facts(model(s), 'time-term').some((f) => f.term === 'perspective' && !f.negated);
  for (const s of [
    "We nemen uitzendkrachten aan, zodat vaste collega's hun heftruckcertificaat kunnen halen.",
    'Leerwerkers nemen het werk over terwijl eigen monteurs hun vakdiploma halen.',
  ])
    it(`own staff's diploma, no perspective: «${s}»`, () => assert.ok(!perspective(s), `facts ${show(model(s))}`));
  for (const s of [
    'We nemen uitzendkrachten aan; zij halen bij ons een heftruckcertificaat.',
    "Terwijl vaste collega's leren, halen de leerwerkers een mbo-diploma.",
  ]) {
    it(`newcomers' diploma, perspective: «${s}»`, () => assert.ok(perspective(s), `facts ${show(model(s))}`));
  }
});
