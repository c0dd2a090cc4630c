import { strict as assert } from 'node:assert';
import type { TimeTermFact } from '../server/model/types';
import { designTable, facts, findingsTable, model, show } from './paraphrase/workTables';

/**
 * Failure classes found on the second held-out set, each fixed as a class and tested with own
 * sentences (formal and "je" register, memos and minutes, active and passive, split verbs) and near
 * misses that must not match. No text from the held-out drafts.
 */

const term = (text: string, t: TimeTermFact['term'], negated = false): boolean =>
  facts(model(text), 'time-term').some((f) => f.term === t && f.negated === negated);

describe('holdout2 classes: (1) a combination project said as taking places, freeing a team, or after a training sentence', () => {
  // Newcomers take the place of staff who train: the place said as "plek"/"plaats", the verb split or passive.
  for (const s of [
    'Tijdens hun scholingsweken nemen drie stagiairs hun plek in.',
    'Zolang de lassers op cursus zijn, komen leerwerkers in hun plaats.',
    'Tijdens de opleidingsdagen worden hun plekken ingenomen door uitzendkrachten.',
    'Voor de duur van de training vullen we de vrijgekomen plaatsen op met zij-instromers.',
    'Tijdens je cursusdagen wordt je werkplek bezet door een leerling die bij ons een leerwerkplek heeft.',
  ])
    it(`place taken while staff train: «${s}»`, () => assert.ok(term(s, 'combination-project'), `facts ${show(model(s))}`));
  // The training said in one sentence, the takeover in the next (work named by a compound, or a place freed).
  for (const s of [
    'Onze kraanmachinisten volgen in maart de cursus veilig hijsen. Hun montagewerk wordt in die weken overgenomen door leerwerkers.',
    'De verpleegkundigen volgen in werktijd de vervolgopleiding. De vrijgekomen diensten vullen wij in met uitzendkrachten.',
    'Memo\n\nDe chauffeurs volgen dit najaar hun nascholing voor code 95. Hun ritten worden in die periode gereden door zij-instromers.\n\nHun plekken worden ingevuld door uitzendkrachten van een bureau.',
  ])
    it(`takeover after a training sentence: «${s.replace(/\n+/g, ' ¶ ')}»`, () => assert.ok(term(s, 'combination-project'), `facts ${show(model(s))}`));
  // A team freed for a certification, the people brought in through an agency's programme.
  for (const s of [
    'Om het team vrij te spelen voor de ISO-certificering halen we vier mensen binnen via een traject van de gemeente.',
    'Verder: om de ploeg vrij te maken voor de VCA-certificering halen wij twee werkzoekenden binnen.',
    'Om jullie vrij te maken voor de scrum-certificering nemen we drie mensen aan via een leerwerkproject van het UWV.',
  ])
    it(`team freed, people brought in: «${s}»`, () => assert.ok(term(s, 'combination-project'), `facts ${show(model(s))}`));
  // Reported speech in minutes: what someone says is read as what it says.
  for (const s of [
    'Henk meldt dat tijdens de cursusdagen van Jan twee uitzendkrachten zijn plek innemen.',
    "De teamleider vertelt dat leerwerkers het werk overnemen van collega's die een opleiding volgen.",
    'Ria licht toe dat we om het team vrij te maken voor de opleiding twee werkzoekenden binnenhalen.',
  ])
    it(`reported in minutes: «${s}»`, () => assert.ok(term(s, 'combination-project'), `facts ${show(model(s))}`));
  // Near misses: places without newcomers or training, a training sentence in another article, a programme of own staff.
  for (const s of [
    "Tijdens de vakantie nemen collega's hun plek in.",
    'De vrijgekomen plekken op de parkeerplaats worden opnieuw verdeeld.',
    '## Artikel 1 Opleiding\n\nDe lassers volgen in maart een cursus.\n\n## Artikel 2 Werving\n\nHun plekken worden ingevuld door uitzendkrachten.',
    'Uitzendkrachten nemen het montagewerk over als het druk is.',
    'We halen de oogst binnen voor de opleidingsdag begint.',
  ])
    it(`near miss, no combination project: «${s.replace(/\n+/g, ' ¶ ')}»`, () => assert.ok(!term(s, 'combination-project'), `facts ${show(model(s))}`));
  // Full pace at once: the ramp-up denied.
  for (const s of [
    'De stagiairs draaien vanaf week 1 volledig mee in het rooster.',
    'Leerwerkers werken vanaf dag één helemaal mee.',
    'De uitzendkrachten draaien meteen op volle snelheid mee.',
    'Zij-instromers gaan direct op volle kracht aan de slag.',
    "De nieuwe collega's worden direct volledig ingeroosterd.",
  ])
    it(`full pace at once, ramp-up denied: «${s}»`, () => {
      assert.ok(term(s, 'ramp-up', true), `facts ${show(model(s))}`);
      assert.ok(!term(s, 'ramp-up'), `facts ${show(model(s))}`);
    });
  // Near misses for full pace: not about newcomers, or the pace of a machine.
  for (const s of ['De vaste monteurs werken na hun vakantie direct op volle snelheid.', 'De inpaklijn draait vanaf week één op volle snelheid.']) {
    it(`near miss, no full deployment: «${s}»`, () => assert.ok(!term(s, 'ramp-up', true), `facts ${show(model(s))}`));
  }
  // Partly deployable said as working only alongside an experienced colleague.
  for (const s of [
    'Leerwerkers kunnen de eerste maand alleen samen met een ervaren collega werken.',
    'De zij-instromers werken het eerste kwartaal uitsluitend onder begeleiding.',
    'We plannen de stagiairs de eerste weken in naast een ervaren monteur.',
  ])
    it(`ramp-up, alongside an experienced colleague: «${s}»`, () => assert.ok(term(s, 'ramp-up'), `facts ${show(model(s))}`));
  findingsTable('combination-project-terms', [
    [
      '## Cursus\n\nOnze lassers volgen in mei de cursus. Tijdens hun cursusdagen nemen twee leerwerkers hun plek in, meteen op volle snelheid.',
      'vanaf de eerste dag volledig mee',
    ],
    [
      'Hoi allemaal,\n\nOm het team vrij te maken voor de certificering halen we drie werkzoekenden binnen via een traject van de gemeente. Zij draaien vanaf week 1 volledig mee.\n\nGroet, Anne',
      'vanaf de eerste dag volledig mee',
    ],
    [
      '## Aanpak\n\nDe chauffeurs volgen in werktijd hun nascholing. Hun ritwerk wordt in die weken overgenomen door zij-instromers. Zij rijden de eerste maand alleen samen met een ervaren chauffeur. Daarna krijgen zij een bedankje; een diploma is niet voorzien.',
      'welk perspectief',
    ],
    [
      '## Aanpak\n\nDe chauffeurs volgen in werktijd hun nascholing. Hun ritwerk wordt in die weken overgenomen door zij-instromers. Zij rijden de eerste maand alleen samen met een ervaren chauffeur. Na een jaar halen zij hun rijbewijs C.',
      null,
    ],
  ]);
});

describe('holdout2 classes: (2) free time said by its verb, granted as hours one may book, its quantity left to later', () => {
  const freeTime = (text: string): boolean => facts(model(text), 'instrument').some((f) => f.instrument === 'free-time' && f.granted && !f.negated);
  for (const s of [
    'Je krijgt af en toe wat tijd om te lummelen.',
    'Iedere ontwikkelaar heeft elke vrijdag een middag om te experimenteren.',
    'Medewerkers krijgen ruimte om te pionieren.',
    'Technici kunnen innovatie-uren schrijven voor eigen ideeën.',
    'Je mag lummeluren boeken voor wat je zelf wilt leren.',
    'Je krijgt tijd om te experimenteren: om iets nieuws uit te proberen of een idee uit te werken.',
    'Wij geven ieder teamlid innovatietijd; hoeveel uren dat zijn, wordt later geregeld.',
  ])
    it(`free time granted: «${s}»`, () => assert.ok(freeTime(s), `facts ${show(model(s))}`));
  for (const s of [
    'Op de lijn mag geen lummeltijd ontstaan.',
    'Je krijgt een week om met de nieuwe machine te experimenteren en de lijn te leren.',
    'Lummeltijd wordt later geregeld.',
    'Over innovatietijd komt nog een apart voorstel.',
  ])
    it(`near miss, no free time granted: «${s}»`, () => assert.ok(!freeTime(s), `facts ${show(model(s))}`));
  findingsTable('lummeltijd-terms', [
    ['## Lummeltijd\n\nJe krijgt geregeld wat tijd om te lummelen. Wanneer en hoeveel, bespreek je met je teamleider.', 'niet hoeveel uren'],
    ['## Innovatie-uren\n\nTechnici kunnen innovatie-uren schrijven voor eigen ideeën; het aantal uren stellen we later vast.', 'niet hoeveel uren'],
    ['## Innovatietijd\n\nIedereen krijgt innovatietijd; hoeveel uren dat zijn, wordt nog uitgewerkt.', 'niet hoeveel uren'],
    ['## Lummeltijd\n\nJe krijgt vier uur per maand tijd om te lummelen. Waaraan je die besteedt, bepaal je zelf.', null],
  ]);
});

describe('holdout2 classes: (3) job crafting: the work named as a whole, a writer by name to the team, direction of a named site, a planner is no manager', () => {
  const crafting = (text: string): boolean => facts(model(text), 'work-design').some((f) => f.design === 'job-crafting' && f.arranged && !f.negated);
  for (const s of [
    'Monteurs mogen hun eigen werkzaamheden anders inrichten.',
    'Je mag je werkzaamheden zelf inrichten.',
    'Wil je je rol anders invullen? Dat kan.',
    'Medewerkers kunnen hun rol zelf vormgeven.',
  ])
    it(`crafting, the work as a whole: «${s}»`, () => assert.ok(crafting(s), `facts ${show(model(s))}`));
  for (const s of [
    'De ondernemingsraad vult zijn rol in volgens de WOR.',
    'De leidinggevende vult haar rol als coach in.',
    'Je mag je werkplek zelf inrichten met een tweede scherm.',
  ])
    it(`near miss, no crafting: «${s}»`, () => assert.ok(!crafting(s), `facts ${show(model(s))}`));
  const direction = (text: string): boolean => facts(model(text), 'work-condition').some((f) => f.condition === 'org-direction' && !f.negated);
  for (const s of [
    'De vestigingsmanager licht elk kwartaal de doelen van het DC toe.',
    'In het werkoverleg bespreken we de doelstellingen van de locatie.',
    'Twee keer per jaar vertelt de directeur over de koers van Bouwbedrijf Hendriks.',
    'De teamleider legt de doelen van het distributiecentrum uit.',
  ])
    it(`org direction of a named site or abbreviation: «${s}»`, () => assert.ok(direction(s), `facts ${show(model(s))}`));
  for (const s of ['Je bespreekt de doelen van je eigen ontwikkeling.', 'De doelen van dit budget staan in artikel 3.']) {
    it(`near miss, no org direction: «${s}»`, () => assert.ok(!direction(s), `facts ${show(model(s))}`));
  }
  const informed = (text: string): boolean => facts(model(text), 'work-condition').some((f) => f.condition === 'keeps-manager-informed' && !f.negated);
  it('a change told to the planner does not keep the manager informed', () => {
    const s = 'Je bepaalt zelf wat je verandert en meldt dat aan de planner.';
    assert.ok(!informed(s), `facts ${show(model(s))}`);
  });
  it('a change told to the team leader keeps the manager informed', () => {
    const s = 'Je bepaalt zelf wat je verandert en meldt dat aan de teamleider.';
    assert.ok(informed(s), `facts ${show(model(s))}`);
  });
  const deciders = (text: string) =>
    facts(model(text), 'authority')
      .filter((a) => a.power === 'decide' && !a.negated)
      .map((a) => a.holder);
  it('an e-mail from a person by name to a team: "ik" is the manager', () => {
    const s =
      'Van: Sanne de Vries\nAan: team Logistiek\nOnderwerp: je taken\n\nHoi allemaal,\n\nWil je je werk anders inrichten? Ik beslis welke taken je erbij krijgt.\n\nGroet, Sanne';
    assert.deepEqual(deciders(s), ['manager'], `facts ${show(model(s))}`);
  });
  it('near miss: an e-mail from a person by name to the works council does not make "ik" the manager', () => {
    const s = 'Van: Sanne de Vries\nAan: ondernemingsraad\nOnderwerp: taken\n\nIk beslis niet over de taken van het team.';
    assert.ok(!deciders(s).includes('manager'), `facts ${show(model(s))}`);
  });
  findingsTable('job-crafting-ownership', [
    [
      'Van: Sanne de Vries Aan: team Logistiek Onderwerp: je werk\n\nHoi allemaal,\n\nWil je je rol anders invullen? Bespreek het met mij; ik beslis welke taken je erbij krijgt en welke je laat vallen.\n\nGroet, Sanne',
      'bepaalt de leidinggevende',
    ],
    [
      '## Eigen inbreng\n\nMonteurs mogen hun eigen werkzaamheden anders inrichten. Zij bepalen zelf wat ze veranderen en melden dat aan de planner. Elk kwartaal licht de directeur de doelen van het DC toe.',
      'op de hoogte houdt',
    ],
    [
      '## Eigen inbreng\n\nMonteurs mogen hun eigen werkzaamheden anders inrichten. Zij bepalen zelf wat ze veranderen en houden hun teamleider op de hoogte. Elk kwartaal licht de directeur de doelen van het DC toe.',
      null,
    ],
  ]);
});

describe('holdout2 classes: (4) a working group at work on a task, in either word order', () => {
  designTable(
    'werkgroep',
    [
      'Na afloop bekijkt een werkgroep van teamleiders en monteurs hoe de pilot is verlopen.',
      'In het voorjaar onderzoekt de werkgroep welke roosters beter werken.',
      'Een werkgroep van planners en chauffeurs evalueert de nieuwe routes.',
      'Daarna brengt een werkgroep in kaart waar de knelpunten zitten.',
      'Na de zomer kijkt een werkgroep naar de werkverdeling.',
    ],
    [
      'We bekijken later of een werkgroep zinvol is.',
      'Of er een werkgroep komt, onderzoeken we nog.',
      "Een werkgroep is een handvol collega's die samen knelpunten onderzoekt.",
      'Een werkgroep is een groep medewerkers die samen een vraagstuk uitzoekt, zo betekent het in deze notitie.',
    ],
  );
  findingsTable('working-group-mandate', [
    ['## Evaluatie\n\nNa afloop bekijkt een werkgroep van teamleiders en operators hoe de inzet is verlopen.', 'werkgroep'],
  ]);
});

describe("holdout2 classes: (5) development days: agreements with the manager, a team's training for a design, a working group member's hours", () => {
  for (const s of [
    'De medewerker en de leidinggevende maken bij de start afspraken over het studieverlof.',
    'Je maakt met je teamleider afspraken over je opleidingsdagen.',
    'Over de scholingsuren spreek je met je leidinggevende af wanneer je ze opneemt.',
    'Bij de start maak je afspraken met je manager over het gebruik van je studieverlof.',
  ])
    it(`conversation with the manager: «${s}»`, () => assert.ok(term(s, 'conversation'), `facts ${show(model(s))}`));
  for (const s of ['De ondernemingsraad maakt afspraken met de bestuurder over de roosters.', 'Je maakt afspraken met de klant over de levering.']) {
    it(`near miss, no conversation: «${s}»`, () => assert.ok(!term(s, 'conversation'), `facts ${show(model(s))}`));
  }
  for (const s of [
    'De ambtenaar en de leidinggevende maken afspraken over de planning van het studieverlof.',
    'Samen met je teamleider bespreek je de planning van je opleidingsdagen.',
  ]) {
    it(`planning named as agreed on: «${s}»`, () => assert.ok(term(s, 'planning'), `facts ${show(model(s))}`));
  }
  const grantedDays = (text: string): boolean =>
    facts(model(text), 'instrument').some((f) => (f.instrument === 'development-time' || f.instrument === 'training-leave') && f.granted && !f.negated);
  it("training days a team gets under a design heading are not an employee's development days", () => {
    const s =
      '## Artikel 4 Zelfsturende teams\n\n1. Teams verdelen het werk voortaan zelf.\n2. Elk team krijgt een begeleider en in het eerste jaar drie trainingsdagen.';
    assert.ok(!grantedDays(s), `facts ${show(model(s))}`);
  });
  it('near miss: training days each employee gets under a design heading stay granted', () => {
    const s = '## Artikel 4 Zelfsturende teams\n\n1. Teams verdelen het werk voortaan zelf.\n2. Iedere medewerker krijgt drie trainingsdagen per jaar.';
    assert.ok(grantedDays(s), `facts ${show(model(s))}`);
  });
  it("near miss: a team's study days without a design heading stay granted", () => {
    const s = '## Artikel 4 Studiedagen\n\nElk team krijgt twee studiedagen per jaar.';
    assert.ok(grantedDays(s), `facts ${show(model(s))}`);
  });
  it("hours of a working group's members, in a member under the group's article heading, are the group's time", () => {
    const s =
      '## Artikel 7 Werkgroep Scholing\n\n1. Er is een werkgroep van zes medewerkers die adviseert over scholing.\n2. Leden besteden hieraan drie uur per maand in werktijd en krijgen een training.';
    assert.ok(!grantedDays(s), `facts ${show(model(s))}`);
  });
  findingsTable('development-days-support', [
    [
      '## Artikel 3 Studieverlof\n\n1. De medewerker krijgt studieverlof van ten hoogste 60 uur per jaar.\n2. De medewerker en de leidinggevende maken bij de start afspraken over de planning van het studieverlof en over vervanging.',
      null,
    ],
    [
      '## Artikel 3 Studieverlof\n\n1. De medewerker krijgt studieverlof van ten hoogste 60 uur per jaar.\n2. Het verlof vervalt aan het eind van het jaar.',
      'studieverlof',
    ],
    [
      '## Artikel 4 Zelfsturende teams\n\n1. Teams verdelen het werk voortaan zelf.\n2. Elk team krijgt een begeleider en in het eerste jaar drie trainingsdagen.',
      null,
    ],
  ]);
});
