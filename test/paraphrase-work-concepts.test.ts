import { strict as assert } from 'node:assert';
import { arrangements } from '../server/model/work';
import { arranged, conditionTable, facts, findingsTable, model } from './paraphrase/workTables';
import type { AuthorityFact, Party, PolicyDocument, TimeTermFact, WorkDesign } from '../server/model/types';

/**
 * Paraphrase tables per concept of the task-redesign, dialogue, job-crafting and time-for-development
 * rules: positive phrasings (formal "de werknemer" and plain "je", active and passive, split
 * separable verbs, verb-second inversion, subordinate clauses, headings that carry the topic), near
 * misses that must not match, and negated forms. Each table asserts on the model's facts; where a
 * concept is a rule's judgement, on the rule's findings for a short draft. One `it` per sentence.
 */
const mentionedNegated = (text: string, design: WorkDesign): boolean => facts(model(text), 'work-design').some((f) => f.design === design && f.negated);
const show = (doc: PolicyDocument): string =>
  JSON.stringify(
    doc.facts.map((f) => [
      f.kind,
      (f as { design?: string; holder?: string; condition?: string; term?: string; value?: number; months?: number }).design ??
        (f as { holder?: string }).holder ??
        (f as { condition?: string }).condition ??
        (f as { term?: string }).term ??
        (f as { value?: number }).value ??
        (f as { months?: number }).months,
      f.negated,
    ]),
  );

/**
 * Sentences the model does not read yet, each with the reason: they stay in the tables and run as
 * pending tests, so the gap is visible and the test turns on when it is fixed.
 */
const KNOWN_GAPS = new Map<string, string>([]);
/** `it`, or a pending test naming the gap for a sentence in KNOWN_GAPS. */
function itFor(sentence: string): (title: string, fn: () => void) => void {
  const gap = KNOWN_GAPS.get(sentence);
  return (title, fn) => (gap === undefined ? it(title, fn) : it.skip(`${title} (known gap: ${gap})`, fn));
}

function designTable(design: WorkDesign, yes: readonly string[], no: readonly string[], negated: readonly string[]): void {
  for (const s of yes) itFor(s)(`${design}: «${s}»`, () => assert.ok(arranged(s, design), `expected ${design} arranged in «${s}»; facts ${show(model(s))}`));
  for (const s of no)
    itFor(s)(`near miss, no ${design}: «${s}»`, () => assert.ok(!arranged(s, design), `expected no ${design} in «${s}»; facts ${show(model(s))}`));
  for (const s of negated) {
    itFor(s)(`negated ${design}: «${s}»`, () => {
      assert.ok(!arranged(s, design), `expected ${design} not arranged in «${s}»; facts ${show(model(s))}`);
      assert.ok(mentionedNegated(s, design), `expected a negated ${design} mention in «${s}»; facts ${show(model(s))}`);
    });
  }
}

type Holder = [sentence: string, power: AuthorityFact['power'], holder: Party, negated: boolean];
function authorityTable(label: string, cases: readonly Holder[]): void {
  for (const [text, power, holder, negated] of cases) {
    itFor(text)(`${label}: «${text}» -> ${power} by ${holder}${negated ? ' (negated)' : ''}`, () => {
      const found = facts(model(text), 'authority').filter((a) => a.power === power);
      assert.ok(
        found.some((a) => a.holder === holder && a.negated === negated),
        `${power}: ${JSON.stringify(found.map((a) => [a.holder, a.negated]))}`,
      );
    });
  }
}

// ---------------------------------------------------------------------------------------------
// (1) Rotation and its interval
// ---------------------------------------------------------------------------------------------

/** [sentence, interval in months or null when none is stated] */
const ROTATION: ReadonlyArray<[string, number | null]> = [
  ['De werknemer wisselt elke vier weken van afdeling.', 1],
  ['Je wisselt iedere drie maanden van werkplek.', 3],
  ['Operators rouleren per kwartaal over de lijnen.', 3],
  ['Telkens na zes maanden gaat de medewerker naar een andere werkplek.', 6],
  ['Na elk half jaar krijg je een andere afdeling toegewezen.', 6],
  ['De medewerkers rouleren om de twee weken.', 0.5],
  ['In de keuken wordt per dienst gerouleerd.', 0.03],
  ['Om de vier maanden wisselen de monteurs van team.', 4],
  ['Elk kwartaal roteren de inpakkers tussen de lijnen.', 3],
  ['De taakroulatie vindt jaarlijks plaats.', 12],
  ['Er is taakroulatie met een cyclus van acht weken.', 2],
  ['We voeren jobrotatie in: iedere medewerker werkt steeds een half jaar op een afdeling.', 6],
  ['Medewerkers van de inpakafdeling rouleren maandelijks.', 1],
  ['Je rouleert wekelijks tussen de kassa en de vakkenvulling.', 0.25],
  ['Iedere twee maanden wordt er van taak gewisseld.', 2],
  ['Na drie maanden stap je over naar een andere afdeling.', 3],
  ['De teamleden wisselen elk jaar van functie.', 12],
  ['Verpleegkundigen rouleren per zes weken over de units.', 1.5],
  ['Medewerkers die rouleren, blijven minimaal drie maanden op een afdeling.', 3],
  ['De roulatie tussen de afdelingen vindt elk half jaar plaats.', 6],
  ['Eens per kwartaal rouleren de medewerkers tussen productie en logistiek.', 3],
  ['De schoonmakers rouleren dagelijks van object.', 0.03],
  ['Medewerkers worden na negen maanden op een andere afdeling ingezet.', 9],
  ['Ieder kwartaal rouleer je naar een andere afdeling.', 3],
  ['Rotatie vindt plaats na elke drie maanden.', 3],
  ['Elke maand wisselen de operators van machine.', 1],
  ['Zodra je vier maanden op een werkplek hebt gewerkt, wissel je van werkplek.', 4],
  ['De werkgever voert taakroulatie in, waarbij een medewerker elk jaar van team wisselt.', 12],
  ['De baliemedewerkers rouleren per dagdeel tussen de balie en de backoffice.', 0.02],
  ['## Taakroulatie\n\nMedewerkers wisselen elk halfjaar van plek.', 6],
  ['## Roulatie\n\nDe operators werken telkens vier maanden op een lijn en gaan dan naar de volgende.', 4],
  ['Medewerkers rouleren tussen de verschillende afdelingen.', null],
  ['De werkgever voert taakroulatie in.', null],
  ['Je kunt rouleren tussen het magazijn en de expeditie.', null],
];

describe('paraphrase concepts: (1) rotation and its interval', () => {
  const tolerance = (m: number) => Math.max(0.05, m * 0.15);
  for (const [text, months] of ROTATION) {
    itFor(text)(`rotation${months === null ? ' without interval' : ` every ${months} months`}: «${text}»`, () => {
      const doc = model(text);
      assert.ok(arrangements(doc, new Set(['rotation'])).length > 0, `rotation not arranged; facts ${show(doc)}`);
      const intervals = facts(doc, 'rotation-interval')
        .filter((f) => !f.negated)
        .map((f) => f.months);
      if (months === null) assert.deepEqual(intervals, [], `unexpected intervals ${intervals}`);
      else
        assert.ok(
          intervals.some((m) => Math.abs(m - months) <= tolerance(months)),
          `intervals ${JSON.stringify(intervals)}, expected ${months}`,
        );
    });
  }
  designTable(
    'rotation',
    [],
    [
      'De ploegen wisselen om zes uur.',
      'Bij de wisseling van de wacht draagt de ploegleider de dienst over.',
      'Het rooster wisselt per week tussen vroege en late diensten.',
      'De werknemer kan worden overgeplaatst naar een andere afdeling.',
      'Wisselende diensten worden apart beloond.',
      'De rotatiesnelheid van de machine is 1200 toeren per minuut.',
      'Bij ziekte wisselt de planner de diensten om.',
      'Een werknemer die van werkgever wisselt, neemt zijn saldo mee.',
      'De wisselbeker gaat elk jaar naar het beste team.',
      'Het magazijn werkt met een wisselvoorraad.',
      'De roulatiepot wordt elk jaar aangevuld.',
    ],
    [
      'Er is geen taakroulatie.',
      'Medewerkers rouleren niet tussen de afdelingen.',
      'Je wisselt niet van werkplek.',
      'Taakroulatie wordt niet ingevoerd.',
      'Binnen de ploeg wordt niet gerouleerd.',
      'De werkgever voert geen jobrotatie in.',
    ],
  );
  const notInterval: string[] = [
    'Medewerkers rouleren tussen de afdelingen; de inwerkperiode duurt twee weken.',
    'De roulatie wordt twee weken van tevoren bekendgemaakt.',
    'Na een proefperiode van zes maanden voeren we taakroulatie in.',
    'Medewerkers die langer dan vijf jaar in dienst zijn, rouleren tussen de afdelingen.',
    'De werkgever voert uiterlijk over drie maanden taakroulatie in.',
  ];
  // Under a rotation heading (or one above it), how long one stays at a place is the interval.
  const underHeading: ReadonlyArray<[string, number]> = [
    ['## Taakroulatie\n\n### Hoe lang\n\nJe blijft een half jaar op een afdeling.', 6],
    ['## Jobrotatie\n\nIedere verpleegkundige werkt negen maanden op een unit.', 9],
  ];
  for (const [s, months] of underHeading) {
    it(`rotation interval under a heading: «${s.replace(/\n+/g, ' ¶ ')}»`, () =>
      assert.deepEqual(
        facts(model(s), 'rotation-interval').map((f) => f.months),
        [months],
      ));
  }
  notInterval.push(
    '## Taakroulatie\n\nDe pilot op de afdeling duurt zes maanden.',
    '## Taakroulatie\n\nNieuwe medewerkers krijgen twee weken inwerktijd.',
    '## Werkoverleg\n\nIedere medewerker werkt vier maanden op een afdeling.',
  );
  for (const s of notInterval)
    itFor(s)(`near miss, no rotation interval: «${s}»`, () =>
      assert.deepEqual(
        facts(model(s), 'rotation-interval').map((f) => f.months),
        [],
      ),
    );
  findingsTable('rotation-pace', [
    ['## Artikel 5 Taakroulatie\n\nMedewerkers rouleren om de twee weken tussen de afdelingen.', '2 weken'],
    ['## Artikel 5 Taakroulatie\n\nMedewerkers rouleren per dienst tussen de afdelingen.', 'na 1 week'],
    ['## Artikel 5 Taakroulatie\n\nElke maand wisselen de medewerkers van afdeling.', 'na 4 weken'],
    ['## Artikel 5 Taakroulatie\n\nMedewerkers rouleren tussen de afdelingen.', 'hoe lang'],
    ['## Artikel 5 Taakroulatie\n\nMedewerkers rouleren per half jaar tussen de afdelingen.', null],
    ['## Artikel 5 Taakroulatie\n\nTelkens na zes maanden werk je op een andere afdeling.', null],
  ]);
});

// ---------------------------------------------------------------------------------------------
// (2) Self-rostering and who has authority over it
// ---------------------------------------------------------------------------------------------

describe('paraphrase concepts: (2) self-rostering', () => {
  designTable(
    'self-rostering',
    [
      'De medewerkers roosteren zichzelf in via de app.',
      'Je plant je eigen diensten in, binnen de kaders van de bezetting.',
      'Het team maakt zelf het rooster voor de komende maand.',
      'Elke vier weken stelt het team het rooster zelf op.',
      'Het rooster wordt door de teamleden zelf gemaakt.',
      'Het dienstrooster wordt door het team zelf opgesteld.',
      'Zelfroosteren is op alle afdelingen ingevoerd.',
      'Wij voeren zelfroosteren in op de afdeling interne geneeskunde.',
      'De ploegleden bepalen zelf wanneer zij werken.',
      'Je kiest zelf je diensten.',
      'De verzorgenden delen hun diensten zelf in.',
      'Vanaf volgend jaar werken de teams met zelfroosteren.',
      'De medewerkers van de afdeling stellen samen hun eigen rooster op.',
      'Het team roostert zelf.',
      'Teamleden regelen zelf hun diensten en ruilen onderling.',
      'Je bepaalt zelf je werktijden.',
      'Medewerkers mogen zelf hun rooster samenstellen.',
      'De teams stellen het rooster voortaan zelf vast.',
      'We gaan over op zelfroosteren.',
      'Operators plannen zelf hun diensten in.',
      'De medewerker roostert zichzelf in.',
      'Zelf roosteren wordt stapsgewijs ingevoerd.',
      'Op de afdeling wordt zelf geroosterd.',
      'In ons team plan je je eigen diensten.',
      'Het weekrooster maken de verpleegkundigen zelf.',
      'De werknemers stellen gezamenlijk hun eigen dienstrooster op.',
      'Als het team het rooster zelf maakt, houdt het rekening met de bezetting.',
      'Medewerkers kunnen hun eigen werktijden plannen.',
      'Iedere ploeg maakt haar eigen rooster.',
      'De medewerkers stellen zelf het rooster van de afdeling op.',
      'Sinds de zomer maken de verpleegkundigen het weekrooster zelf.',
      'Vanaf maart stellen de ploegen de roosters grotendeels zelf samen.',
      '## Zelfroosteren\n\nHet team maakt het rooster voor vier weken.',
      '## Artikel 7 Zelfroosteren\n\nDe afdeling gaat in maart van start.',
    ],
    [
      'De roosteraar maakt het rooster.',
      'De locatiemanager plant je scholingsuren samen met jou in het rooster.',
      'Samen met je teamleider zet je je vakantie in het rooster.',
      'Je rooster wordt vier weken vooraf bekendgemaakt.',
      'De leidinggevende stelt het rooster vast na overleg met het team.',
      'Het rooster wordt door de planner opgesteld.',
      'De werkgever stelt het dienstrooster op.',
      'Medewerkers kunnen hun wensen voor het rooster doorgeven aan de planner.',
      'Het rooster wordt uiterlijk 28 dagen vooraf vastgesteld.',
      'Je mag zelf een vakantie aanvragen.',
      'De teamleider roostert de medewerkers in.',
      'Je ontvangt je rooster via de app.',
      'De werkgever maakt het rooster en houdt rekening met de wensen van de medewerkers.',
      'De planning maakt de roosters voor alle teams.',
      // The verb second and "zelf" further on, said of something else than making the roster.
      'De planner stelt het rooster vast en medewerkers geven zelf hun voorkeuren door.',
      'Het bureau maakt het rooster; ruilen regel je zelf met een collega.',
    ],
    [
      'Het team stelt het rooster niet zelf op.',
      'Medewerkers maken niet zelf hun rooster.',
      'Zelfroosteren wordt niet ingevoerd.',
      'Wij werken niet met zelfroosteren.',
      'Je roostert niet zelf.',
      'Er is geen sprake van zelfroosteren.',
    ],
  );
  authorityTable('roster authority', [
    ['Het team beslist zelf over het rooster.', 'decide', 'team', false],
    ['Over het rooster beslist het team.', 'decide', 'team', false],
    ['Het rooster wordt goedgekeurd door de leidinggevende.', 'decide', 'manager', false],
    ['De teamleider stelt het rooster vast.', 'decide', 'manager', false],
    ['Het rooster wordt door de afdelingsmanager vastgesteld.', 'decide', 'manager', false],
    ['De medewerkers mogen zelf bepalen wanneer ze werken.', 'decide', 'employee', false],
    ['Je mag diensten ruilen zonder toestemming van de planner.', 'decide', 'employee', false],
    ['Het team heeft de bevoegdheid om het rooster vast te stellen.', 'decide', 'team', false],
    ['Het laatste woord over het rooster heeft de leidinggevende.', 'decide', 'manager', false],
    ['Welke diensten je draait, bepaal je zelf.', 'decide', 'employee', false],
    ['Het team krijgt zeggenschap over de roosters.', 'decide', 'team', false],
    ['De leidinggevende beslist niet over het rooster.', 'decide', 'manager', true],
    ['Het team mag het rooster niet zelf vaststellen.', 'decide', 'team', true],
  ]);
});

// ---------------------------------------------------------------------------------------------
// (3) Job crafting and who decides
// ---------------------------------------------------------------------------------------------

describe('paraphrase concepts: (3) job crafting', () => {
  designTable(
    'job-crafting',
    [
      'De werknemer mag zijn takenpakket zelf anders inrichten.',
      'Je kunt je functie zelf anders invullen, passend bij je talenten.',
      'Medewerkers kunnen aan hun eigen baan sleutelen.',
      'We bieden medewerkers de ruimte om aan job crafting te doen.',
      'Jobcrafting wordt in alle teams ingevoerd.',
      'De medewerker geeft zijn werk zelf vorm.',
      'Je richt je werk anders in, zodat je sterke punten beter tot hun recht komen.',
      'Werknemers passen hun takenpakket aan aan hun interesses.',
      'Iedere werknemer kan zijn eigen functie vormgeven.',
      'Je mag je eigen werk veranderen zodat het beter aansluit bij wat je kunt.',
      'Het takenpakket wordt door de werknemer zelf ingericht.',
      'De medewerker kan zijn werk anders vormgeven.',
      'Met job crafting gaan we in 2025 van start.',
      'Jij past je takenpakket aan.',
      'Medewerkers krijgen de ruimte om hun functie zelf in te vullen.',
      'In overleg met de leidinggevende richt je je eigen werk in.',
      'Werknemers geven zelf vorm aan hun functie.',
      'Je vult je eigen baan anders in.',
      'Medewerkers kunnen hun werk naar eigen inzicht inrichten.',
      'De organisatie stimuleert job crafting.',
      'Jobcrafting is mogelijk voor alle medewerkers.',
      'Je mag je functie anders inrichten.',
      'Werknemers die hun baan anders willen invullen, bespreken dat met hun leidinggevende.',
      'Het eigen takenpakket mag de werknemer zelf aanpassen.',
      'Operators kunnen hun werk zelf opnieuw vormgeven.',
      'Als je je werk anders wilt inrichten, maak je een plan.',
      'De werknemer richt zijn functie zelf anders in.',
      'Medewerkers vullen hun functie zelf in, binnen de doelen van de afdeling.',
      'Ieder teamlid kan zijn takenpakket aanpassen aan zijn eigen kwaliteiten.',
      'Je geeft je baan zelf vorm.',
      'Daarom mag je zelf voorstellen doen om je takenpakket te veranderen.',
      'Je kunt je functie een beetje naar je hand zetten.',
      'Medewerkers mogen hun werk naar eigen wens inrichten.',
      '## Job crafting\n\nJe maakt zelf een plan voor je werk en bespreekt dat met je leidinggevende.',
      '## Artikel 9 Jobcrafting\n\nOperators kunnen een voorstel indienen.',
    ],
    [
      'De werkgever richt de functies opnieuw in.',
      'De leidinggevende past het takenpakket van de werknemer aan.',
      'Na de reorganisatie wordt het werk anders ingericht.',
      'De afdeling wordt anders ingericht.',
      'Job crafting is een methode waarbij je je werk zelf vormgeeft.',
      'De inrichting van de werkplek wordt aangepast.',
      'De werkgever kan het takenpakket wijzigen.',
      'Het management bepaalt hoe het werk wordt ingericht.',
      'De functiebeschrijving wordt aangepast aan de nieuwe taken.',
      'De teamleider geeft vorm aan het werk van het team.',
      'Ook wel job crafting genoemd: het anders inrichten van je werk.',
      'De werkgever kan de werkplek anders inrichten.',
      'De werkgever kan het takenpakket van de werknemer veranderen na overleg.',
      'Het bestuur zet de koers naar eigen inzicht uit.',
    ],
    [
      'Medewerkers kunnen hun werk niet zelf anders inrichten.',
      'Wij doen niet aan job crafting.',
      'De werknemer mag zijn takenpakket niet zelf aanpassen.',
      'Jobcrafting wordt niet ingevoerd.',
      'Je richt je werk niet zelf in.',
      'Er is geen ruimte voor job crafting.',
    ],
  );
  authorityTable('job crafting: who decides', [
    ['De medewerker beslist zelf welke taken hij anders doet.', 'decide', 'employee', false],
    ['Jij bepaalt hoe je je werk inricht.', 'decide', 'employee', false],
    ['Wat er verandert, bepaalt de werknemer zelf.', 'decide', 'employee', false],
    ['De werknemer heeft het laatste woord over zijn takenpakket.', 'decide', 'employee', false],
    ['Over de aanpassing van je taken beslis je zelf.', 'decide', 'employee', false],
    ['De keuze ligt bij de werknemer.', 'decide', 'employee', false],
    ['De leidinggevende beslist over de voorstellen van de medewerker.', 'decide', 'manager', false],
    ['Of het voorstel doorgaat, bepaalt de leidinggevende.', 'decide', 'manager', false],
    ['Het voorstel moet worden goedgekeurd door de teamleider.', 'decide', 'manager', false],
    ['De nieuwe taakverdeling wordt vastgesteld door de manager.', 'decide', 'manager', false],
    ['De werkgever bepaalt niet welke taken je kiest.', 'decide', 'employer', true],
    ['De leidinggevende beslist niet over je voorstel.', 'decide', 'manager', true],
    // A demonstrative subject points back to the person named last, also after a preposition.
    ['Je bespreekt je ideeën met je clubmanager. Die beslist uiteindelijk welke taken je krijgt.', 'decide', 'manager', false],
    ['Je legt het plan voor aan de teamleider. Deze bepaalt of het doorgaat.', 'decide', 'manager', false],
    ['De teamleider bespreekt het met jou. Jij beslist wat je wilt uitproberen.', 'decide', 'employee', false],
  ]);
  findingsTable('job-crafting-ownership', [
    [
      '## Job crafting\n\nMedewerkers kunnen hun werk zelf anders inrichten. De leidinggevende beslist welke taken worden aangepast. De leidinggevende licht de koers van de organisatie toe en de medewerker houdt de leidinggevende op de hoogte.',
      'leidinggevende',
    ],
    ['## Job crafting\n\nJe richt je werk zelf anders in. Welke taken veranderen, bepaalt je teamleider.', 'leidinggevende'],
    [
      '## Job crafting\n\nDe werknemer richt zijn werk zelf anders in en beslist zelf wat hij verandert. De leidinggevende houdt overzicht. Elk jaar licht de directie de koers van de organisatie toe.',
      null,
    ],
    [
      '## Job crafting\n\nJe past je takenpakket aan. Jij bepaalt wat je verandert; je houdt je leidinggevende op de hoogte. Je teamleider vertelt je over de strategie van het bedrijf.',
      null,
    ],
  ]);
});

// ---------------------------------------------------------------------------------------------
// (4) Working groups: mandate and how advice is answered
// ---------------------------------------------------------------------------------------------

describe('paraphrase concepts: (4) working groups', () => {
  designTable(
    'werkgroep',
    [
      'Er wordt een werkgroep ingesteld die de roosters onderzoekt.',
      'Een werkgroep van medewerkers adviseert over de nieuwe werkplekken.',
      'De werkgever richt een werkgroep op.',
      'Wij vormen een werkgroep met vijf operators.',
      'Een werkgroep brengt advies uit over de werkdruk.',
      'De werkgroep bestaat uit zes medewerkers en een leidinggevende.',
      'Binnen drie maanden start een werkgroep die voorstellen doet.',
      'Medewerkers kunnen deelnemen aan de werkgroep veiligheid.',
      'Er komt een werkgroep die de werkgever adviseert over het rooster.',
      'De werkgroep doet voorstellen om de werkdruk te verminderen.',
      'Per locatie wordt een werkgroep samengesteld.',
      'De werkgroep komt eens per maand bij elkaar.',
      'We zetten een werkgroep op.',
      "Een werkgroep van acht collega's stelt een advies op.",
      'De werkgroep vergadert elke zes weken.',
      'Vanuit elke afdeling neemt een medewerker deel aan de werkgroep.',
      'De werkgroep adviseert de directie over de inrichting van de kantine.',
      'Voor het nieuwe rooster wordt een werkgroep gevormd.',
      'Medewerkers die dat willen, nemen zitting in de werkgroep.',
      'Een werkgroep werkt de plannen uit en legt ze voor aan het management.',
      'Elke vestiging stelt een werkgroep in.',
      'Wij organiseren een werkgroep over veilig werken.',
      'Je kunt je aanmelden voor de werkgroep.',
      'De werkgroep geeft advies over de nieuwe werkwijze.',
      "Een werkgroep met collega's uit alle ploegen brengt voor 1 juni advies uit.",
      'Er is een werkgroep ingesteld voor de herinrichting van het magazijn.',
      'De werkgroep onderzoekt hoe de werkdruk omlaag kan en doet daarover voorstellen.',
      'Operators en monteurs vormen samen een werkgroep.',
      'In de werkgroep zitten zeven medewerkers van verschillende afdelingen.',
      'De werkgroep wordt opgericht door de directie.',
    ],
    [
      'De cao-partijen stellen een werkgroep in die de functiewaardering onderzoekt.',
      'In de werkgroep van vakbonden en werkgevers wordt het pensioen besproken.',
      'De werkgroep van 2022 heeft haar werk afgerond.',
      'De sectorcommissie richt een werkgroep op.',
      'Een werkgroep is een groep medewerkers die samen een vraagstuk uitzoekt.',
      'De werkgroepen uit het verleden hebben weinig opgeleverd.',
      'Zie het verslag van de werkgroep.',
      'De vakorganisaties en de werkgever vormen een werkgroep over het loongebouw.',
      'De werkgroep van 2019 is opgeheven.',
      'Het rapport van de landelijke werkgroep is op intranet te vinden.',
    ],
    [
      'Er wordt geen werkgroep ingesteld.',
      'De werkgever richt geen werkgroep op.',
      'Een werkgroep wordt niet gevormd.',
      'Wij stellen geen werkgroepen in.',
      'Er komt geen werkgroep.',
    ],
  );
  authorityTable('working group mandate', [
    ['De werkgroep adviseert de directie.', 'advise', 'group', false],
    ['De werkgroep brengt een advies uit aan de werkgever.', 'advise', 'group', false],
    ['De werkgroep heeft een adviserende rol.', 'advise', 'group', false],
    ['De werkgroep heeft alleen een adviserende taak.', 'advise', 'group', false],
    ['De werkgroep mag voorstellen doen.', 'advise', 'group', false],
    ['Voorstellen van de werkgroep gaan naar het management.', 'advise', 'group', false],
    ['De werkgroep beslist over de inrichting van de pauzeruimte.', 'decide', 'group', false],
    ['De werkgroep heeft beslissingsbevoegdheid over het budget.', 'decide', 'group', false],
    ['Het advies van de werkgroep is bindend.', 'decide', 'group', false],
    ['De werkgroep stelt de nieuwe werkwijze vast.', 'decide', 'group', false],
    ['Over de inrichting van de werkplekken beslist de werkgroep.', 'decide', 'group', false],
    ['De werkgroep beslist niet zelf.', 'decide', 'group', true],
    ['De werkgroep heeft geen beslissingsbevoegdheid.', 'decide', 'group', true],
    ['Het advies van de werkgroep is niet bindend.', 'decide', 'group', true],
  ]);
  conditionTable(
    'advice-response',
    [
      'De directie reageert binnen vier weken schriftelijk op het advies.',
      'De werkgever neemt het advies over, tenzij er zwaarwegende redenen zijn.',
      'Wijkt de directie af van het advies, dan licht zij dat gemotiveerd toe.',
      'Als het management het advies niet volgt, legt het uit waarom.',
      'De werkgever laat binnen een maand weten wat hij met het advies doet.',
      'De leidinggevende geeft een schriftelijke reactie op de voorstellen.',
      'Over elk voorstel van de werkgroep neemt de directie binnen zes weken een besluit.',
      'De directie volgt het advies van de werkgroep, tenzij zij gemotiveerd anders besluit.',
      'De werkgever reageert op de voorstellen van de werkgroep.',
      'Het management beantwoordt het advies binnen een maand.',
      'De adviezen worden door de directie beantwoord.',
      'De werkgever geeft schriftelijk aan welke voorstellen hij overneemt.',
    ],
    [
      'De werkgroep brengt advies uit.',
      'Het advies wordt opgesteld door de werkgroep.',
      'Je kunt advies vragen aan de bedrijfsarts.',
      "De werkgroep reageert op vragen van collega's.",
      'De directie vraagt de werkgroep om advies.',
      'Het advies gaat naar de directie.',
      'Advies over je loopbaan krijg je van een loopbaanadviseur.',
      'De werkgroep stelt een advies op over de werkdruk.',
      'Voorstellen kun je mailen naar de werkgroep.',
      'De werkgroep verwerkt de reacties op het advies.',
    ],
  );
  findingsTable('working-group-mandate', [
    ['## Werkgroep\n\nEr wordt een werkgroep ingesteld die de directie adviseert over de werkdruk.', 'gewicht'],
    [
      '## Werkgroep\n\nEr wordt een werkgroep ingesteld die de directie adviseert over de werkdruk. De directie reageert binnen vier weken gemotiveerd op het advies.',
      null,
    ],
    ['## Werkgroep\n\nEr wordt een werkgroep ingesteld. De werkgroep beslist over de inrichting van de werkplekken.', 'beslis'],
    ['## Werkgroep\n\nWe zetten een werkgroep op. Wat de werkgever met het advies doet, laat hij binnen een maand weten.', null],
  ]);
});

// ---------------------------------------------------------------------------------------------
// (5) Werkoverleg, meetings and group sizes
// ---------------------------------------------------------------------------------------------

describe('paraphrase concepts: (5) meetings and group sizes', () => {
  const sizes: ReadonlyArray<[string, number]> = [
    ["Aan het werkoverleg doen alle 25 collega's van de afdeling mee.", 25],
    ['In totaal nemen 34 personen deel aan het teamoverleg.', 34],
    ['Het werkoverleg is met een ploeg van dertig.', 30],
    ['Een ploeg van dertig monteurs houdt wekelijks werkoverleg.', 30],
    ['Het teamoverleg telt acht tot tien deelnemers.', 10],
    ['Aan het overleg nemen tussen de 10 en 15 medewerkers deel.', 15],
    ['Het werkoverleg bestaat uit maximaal twaalf personen.', 12],
    ['Werkoverleg vindt plaats in groepen van zes tot acht medewerkers.', 8],
    ['Het verbeterteam telt vijf leden.', 5],
    ['De werkgroep bestaat uit negen medewerkers.', 9],
    ['We houden werkoverleg met alle achttien verpleegkundigen.', 18],
    ['Met de hele ploeg van veertig man wordt maandelijks overlegd.', 40],
    ['Het werkoverleg wordt bijgewoond door 45 medewerkers.', 45],
    ['Een verbeterteam van vier operators werkt aan de omsteltijden.', 4],
    ['Aan het afdelingsoverleg nemen ruim zestig werknemers deel.', 60],
    ['Het teamoverleg is voor de 14 medewerkers van de nachtdienst.', 14],
    ["Zo'n twintig collega's schuiven aan bij het werkoverleg.", 20],
    ['Elke werkgroep heeft drie tot vijf leden.', 5],
    ['Het werkoverleg vindt plaats in kleine groepen van hooguit tien mensen.', 10],
    ['In totaal 34 personen zitten bij het werkoverleg.', 34],
    ['Bij het werkoverleg zijn alle 52 medewerkers van de locatie aanwezig.', 52],
    ['Het overleg is met de voltallige ploeg; die bestaat uit 28 monteurs.', 28],
    ['Een kwaliteitskring bestaat uit zeven à acht medewerkers.', 8],
    ['Het werkoverleg bestaat uit vijftien tot twintig teamleden.', 20],
    ['Het teamoverleg telt gemiddeld elf deelnemers.', 11],
    ['Er zijn 23 medewerkers bij het werkoverleg.', 23],
    ['Het werkoverleg van de afdeling (36 medewerkers) is op maandag.', 36],
    ['Aan het werkoverleg nemen honderdtwintig medewerkers deel.', 120],
    ['Het werkoverleg is bedoeld voor een team van dertig.', 30],
    ["Het werkoverleg telt zo'n vijfendertig deelnemers.", 35],
    ['Een werkoverleg met een ploeg van 22 is te groot om iedereen aan het woord te laten.', 22],
    ['De werkgroep bestaat uit ten hoogste 8 deelnemers.', 8],
    ['The team meeting is attended by thirty-two employees.', 32],
  ];
  for (const [text, size] of sizes) {
    itFor(text)(`group size ${size}: «${text}»`, () => {
      const found = facts(model(text), 'group-size').map((g) => g.value);
      assert.ok(found.includes(size), `sizes ${JSON.stringify(found)}`);
    });
  }
  const noSize: readonly string[] = [
    'Het werkoverleg duurt twee uur.',
    'Het werkoverleg begint om 9 uur.',
    'De werkgroep bespreekt 12 voorstellen.',
    'Het werkoverleg is in lokaal 14.',
    'De afdeling produceert 300 pallets per dag.',
    'Het werkoverleg vindt eens per 4 weken plaats.',
    'Het team bestaat sinds 2015.',
    'De werkgroep brengt binnen 6 maanden advies uit.',
    'Het verbeterteam heeft 3 projecten afgerond.',
    'In artikel 12 staat hoe het werkoverleg werkt.',
    'De werkgroep van 2022 heeft haar advies uitgebracht.',
    'Het werkoverleg kost 25 euro per deelnemer.',
    'Een ploeg van dertig jaar geleden werkte anders.',
  ];
  for (const s of noSize)
    itFor(s)(`near miss, no group size: «${s}»`, () =>
      assert.deepEqual(
        facts(model(s), 'group-size').map((g) => g.value),
        [],
      ),
    );
  const bounded: ReadonlyArray<[string, number, 'max' | 'min']> = [
    ['Het werkoverleg heeft niet meer dan twaalf deelnemers.', 12, 'max'],
    ['Een werkgroep telt nooit meer dan acht leden.', 8, 'max'],
    ['Aan een verbeterteam nemen hooguit zes medewerkers deel.', 6, 'max'],
    ['Het werkoverleg geldt voor afdelingen met meer dan 50 werknemers.', 50, 'min'],
    ['Het werkoverleg is niet voor groepen van minder dan vijf personen.', 5, 'max'],
  ];
  for (const [text, size, bound] of bounded) {
    itFor(text)(`bounded group size ${bound} ${size}: «${text}»`, () => {
      const found = facts(model(text), 'group-size').map((g) => [g.value, g.bound]);
      assert.ok(
        found.some(([v, b]) => v === size && b === bound),
        `sizes ${JSON.stringify(found)}`,
      );
    });
  }
  designTable(
    'werkoverleg',
    [
      'Elke week houden we werkoverleg.',
      'Het team heeft eens per maand werkoverleg.',
      'Werkoverleg vindt elke twee weken plaats.',
      'Iedere afdeling organiseert maandelijks een teamoverleg.',
    ],
    ["Het werkoverleg is geen plek voor klachten over collega's.", 'Zie ook het reglement werkoverleg.'],
    ['Er is geen werkoverleg.', 'We houden geen teamoverleg.', 'Werkoverleg vindt niet plaats in de zomer.'],
  );
  findingsTable('meeting-group-size', [
    ["## Werkoverleg\n\nHet werkoverleg is voor alle 25 collega's van de afdeling.", '25'],
    ['## Werkoverleg\n\nAan het werkoverleg nemen in totaal 34 personen deel.', '34'],
    ['## Werkoverleg\n\nWe houden werkoverleg met een ploeg van dertig.', '30'],
    ['## Werkoverleg\n\nHet werkoverleg vindt plaats in groepen van vijftien medewerkers.', '15'],
    ['## Werkoverleg\n\nHet werkoverleg vindt plaats in groepen van acht medewerkers.', null],
    ['## Werkoverleg\n\nElke ploeg houdt werkoverleg. Een ploeg bestaat uit zes tot tien monteurs.', null],
  ]);
});

// ---------------------------------------------------------------------------------------------
// (6) Combination projects: own staff train while newcomers take over; ramp-up; perspective
// ---------------------------------------------------------------------------------------------

describe('paraphrase concepts: (6) combination projects', () => {
  const term = (text: string, t: TimeTermFact['term']): boolean => facts(model(text), 'time-term').some((f) => f.term === t && !f.negated);
  const projects: readonly string[] = [
    'Terwijl onze eigen monteurs een vakopleiding volgen, nemen leerwerkers hun werk over.',
    "Nieuwe collega's op leerwerkplekken vangen het werk op van medewerkers die in opleiding zijn.",
    'Om ruimte te maken voor scholing van vaste medewerkers, plaatst de werkgever uitzendkrachten op leerwerkplekken.',
    'We starten een combinatieproject met het UWV.',
    'Zij-instromers nemen tijdelijk de taken over van de verzorgenden die een opleiding volgen.',
    'De eigen medewerkers worden vrijgespeeld voor training doordat statushouders op werkervaringsplaatsen het werk doen.',
    "Werkzoekenden op een leerwerkbaan vervangen collega's die een cursus volgen.",
    'Tijdens de opleiding van het vaste personeel worden hun taken overgenomen door bbl-leerlingen.',
    'In combinatieprojecten werken nieuwkomers mee terwijl eigen mensen leren.',
    'Het combinatieproject loopt twee jaar.',
    'Uitzendkrachten op ervaringsplaatsen vervangen de vaste krachten zolang die op cursus zijn.',
    'Om het eigen personeel vrij te maken voor scholing, werven we instromers voor leerwerkplekken.',
    'Leerlingen uit de bbl nemen het werk over terwijl de vaste medewerkers een training volgen.',
    'Zolang vaste medewerkers hun vakdiploma halen, wordt hun werk gedaan door leerwerkers.',
    "Het werk van collega's in opleiding wordt opgevangen door nieuwe instromers.",
    "Mensen met een afstand tot de arbeidsmarkt nemen op leerwerkplekken het werk over van collega's die scholing volgen.",
    'Een combinatieproject verbindt de scholing van eigen medewerkers met werk voor nieuwkomers.',
    'Statushouders vervangen op een leerwerkplek de chauffeurs die een opleiding volgen.',
    'Vaste medewerkers volgen een training; ondertussen nemen uitzendkrachten op leerwerkplekken hun taken over.',
    'Wij zetten zij-instromers in op leerbanen, zodat eigen werknemers tijd krijgen voor opleiding.',
    'Uitzendkrachten worden op ervaringsplaatsen ingezet om vaste werknemers vrij te spelen voor hun opleiding.',
    'De werkgever start combinatieprojecten in de schoonmaak.',
    'Nieuwkomers op een leerwerkplek neemt het werk over van medewerkers die op cursus gaan.',
    'De taken van medewerkers die een opleiding volgen, worden waargenomen door stagiairs op leerwerkplekken.',
    "Om vaste collega's vrij te maken voor een opleiding nemen leerwerkers een deel van hun werk over.",
    "Instromers op werkervaringsplaatsen vangen de werkzaamheden op van collega's die een training volgen.",
    'In het combinatieproject leren nieuwe medewerkers het vak terwijl vaste medewerkers een opleiding volgen.',
    'Eigen medewerkers gaan naar school; hun werk wordt overgenomen door leerwerkers.',
    'Zolang eigen werknemers in opleiding zijn, nemen uitzendkrachten op leerwerkplekken hun werk over.',
    'De combinatieprojecten worden gefinancierd uit het sectorfonds.',
  ];
  for (const s of projects) itFor(s)(`combination project: «${s}»`, () => assert.ok(term(s, 'combination-project'), `facts ${show(model(s))}`));
  const rampUp: readonly string[] = [
    'Nieuwe krachten zijn de eerste maanden maar deels inzetbaar.',
    'In de planning gaan we ervan uit dat leerwerkers in het begin half productief zijn.',
    'Leerwerkers draaien boven de formatie mee.',
    'De instromers krijgen een werkbegeleider.',
    'Uitzendkrachten werken de eerste weken nog niet zelfstandig.',
    'Voor nieuwkomers geldt een lagere productienorm.',
    'Instromers zijn in de eerste maand niet volledig inzetbaar.',
  ];
  for (const s of rampUp) itFor(s)(`ramp-up: «${s}»`, () => assert.ok(term(s, 'ramp-up'), `facts ${show(model(s))}`));
  const perspective: readonly string[] = [
    'De leerwerkers halen een mbo-diploma.',
    'Na afloop krijgen de instromers een vast contract aangeboden.',
    'Statushouders op een leerwerkplek ronden het traject af met een erkend certificaat.',
    'Uitzendkrachten die het traject afronden, krijgen een arbeidsovereenkomst.',
    'Nieuwkomers behalen een startkwalificatie.',
  ];
  for (const s of perspective) itFor(s)(`perspective: «${s}»`, () => assert.ok(term(s, 'perspective'), `facts ${show(model(s))}`));
  const noProject: readonly string[] = [
    'Uitzendkrachten vervangen zieke medewerkers.',
    'De werkgever zet uitzendkrachten in tijdens de zomer.',
    "Stagiairs lopen mee met ervaren collega's.",
    'Eigen medewerkers volgen een opleiding van twee dagen.',
    'Vaste medewerkers krijgen voorrang bij opleidingen.',
    'Leerlingen volgen een opleiding in de avonduren.',
    'Het diploma van de medewerker wordt vergoed.',
    'Nieuwe medewerkers krijgen een opleiding.',
    'Uitzendkrachten krijgen na 26 weken een contract.',
    'De inwerkperiode van nieuwe medewerkers duurt een maand.',
    "Tijdens de opleiding wordt het werk van de medewerker door collega's opgevangen.",
    'Uitzendkrachten hebben recht op dezelfde opleiding als vaste medewerkers.',
  ];
  for (const s of noProject) itFor(s)(`near miss, no combination project: «${s}»`, () => assert.ok(!term(s, 'combination-project'), `facts ${show(model(s))}`));
  const noPerspective: readonly string[] = [
    'Na het behalen van het diploma krijgt de werknemer een toeslag.',
    'Het certificaat van de vaste medewerker wordt vergoed.',
  ];
  for (const s of noPerspective) itFor(s)(`near miss, no perspective: «${s}»`, () => assert.ok(!term(s, 'perspective'), `facts ${show(model(s))}`));
  const negated: readonly string[] = [
    'Er komt geen combinatieproject.',
    'We zetten geen uitzendkrachten in om eigen medewerkers vrij te maken voor opleiding.',
    'Het combinatieproject gaat niet door.',
    "Leerwerkers nemen het werk niet over van collega's die een opleiding volgen.",
    'Wij starten geen combinatieprojecten.',
  ];
  for (const s of negated) itFor(s)(`negated combination project: «${s}»`, () => assert.ok(!term(s, 'combination-project'), `facts ${show(model(s))}`));
  findingsTable('combination-project-terms', [
    ['## Combinatieproject\n\nTerwijl eigen medewerkers een opleiding volgen, nemen leerwerkers op leerwerkplekken hun werk over.', 'perspectief'],
    [
      '## Combinatieproject\n\nTerwijl eigen medewerkers een opleiding volgen, nemen leerwerkers op leerwerkplekken hun werk over. De leerwerkers zijn de eerste maanden maar deels inzetbaar. Zij halen een mbo-diploma.',
      null,
    ],
  ]);
});

// ---------------------------------------------------------------------------------------------
// (7) Enrichment: planning and control tasks taken over, and the authority that goes with them
// ---------------------------------------------------------------------------------------------

describe('paraphrase concepts: (7) enrichment and authority', () => {
  designTable(
    'enrichment',
    [
      'De operators nemen de weekplanning over van de werkvoorbereider.',
      'Het team verzorgt voortaan zelf de planning.',
      'Je controleert zelf de kwaliteit van je werk.',
      'De eindcontrole wordt door de monteurs zelf uitgevoerd.',
      'Planningstaken worden overgedragen aan het team.',
      'Medewerkers krijgen controletaken erbij.',
      'Het team neemt de werkverdeling over van de teamleider.',
      'De schoonmakers plannen zelf hun route en werkzaamheden.',
      'Het team wordt verantwoordelijk voor de eigen kwaliteitscontrole.',
      'Vanaf 1 maart voeren de operators de ingangscontrole zelf uit.',
      'De medewerkers regelen onderling de taakverdeling.',
      'Je verdeelt zelf het werk binnen je team.',
      'Het team organiseert zelf de werkzaamheden.',
      'De ploeg neemt de dagplanning voor haar rekening.',
      'De dagplanning wordt door de ploeg zelf gemaakt.',
      'Werknemers voeren de kwaliteitscontroles zelf uit.',
      'We verrijken de functie van operator met planningstaken.',
      'De functie wordt verrijkt met controletaken.',
      'Het team stelt zelf de werkplanning op.',
      'Magazijnmedewerkers doen zelf de voorraadcontrole.',
      'De ploeg plant zelf de onderhoudswerkzaamheden.',
      'Operators krijgen de verantwoordelijkheid voor de planning van hun lijn.',
      'De teams zijn zelf verantwoordelijk voor hun planning.',
      'De verpleegkundigen nemen de controle van de medicatie over.',
      'Monteurs krijgen ook organiserende taken.',
      'Elke ochtend verdelen de kassamedewerkers de taken onderling.',
      'De weekplanning maakt het team voortaan zelf.',
      'Taakverrijking wordt ingevoerd op de productieafdeling.',
      'Medewerkers controleren voortaan zelf of hun werk aan de norm voldoet.',
      'De operators plannen hun eigen werkzaamheden.',
      'De ploeg maakt voortaan zelf de weekplanning.',
      'Het team doet voortaan zelf de bestellingen.',
      '## Taakverrijking\n\nOperators maken de dagplanning.',
      '## Artikel 3 Taakverrijking\n\nDe monteurs krijgen er planningstaken bij.',
    ],
    [
      'De planner maakt de weekplanning.',
      'De teamleider verdeelt de taken.',
      'De kwaliteitsdienst voert steekproefcontroles uit.',
      'De controle wordt uitgevoerd door de leidinggevende.',
      'De inspectie voert jaarlijks een controle uit.',
      'De werkgever neemt de planning over van het uitzendbureau.',
      'De arbodienst controleert de werkplek.',
      'Medewerkers kunnen hun planning inzien in de app.',
      'De afdeling planning verdeelt het werk over de ploegen.',
      'De accountant controleert de jaarrekening.',
      'Het team ontvangt de planning op maandag.',
      'De bedrijfsarts controleert de zieke werknemer.',
      // The planning as a desk one asks, not a task one takes on.
      'Wil je weten wat je saldo is, dan moet je dat zelf bij de planning navragen.',
    ],
    [
      'De operators maken niet zelf de planning.',
      'Het team neemt de controle niet over.',
      'Medewerkers voeren geen eindcontrole uit.',
      'Er is geen taakverrijking.',
      'De monteurs verdelen het werk niet zelf.',
    ],
  );
  authorityTable('enrichment authority', [
    ['Het team mag zelf beslissen over de volgorde van de orders.', 'decide', 'team', false],
    ['De operators krijgen de bevoegdheid om de lijn stil te zetten.', 'decide', 'employee', false],
    ['De ploeg heeft het mandaat om overwerk in te plannen.', 'decide', 'team', false],
    ['Het team beslist over de werkverdeling.', 'decide', 'team', false],
    ['De medewerkers zijn bevoegd om bestellingen tot € 500 te plaatsen.', 'decide', 'employee', false],
    ['Over de planning beslist de teamleider.', 'decide', 'manager', false],
    ['De planning moet worden goedgekeurd door de afdelingsmanager.', 'decide', 'manager', false],
    ['Het team krijgt beslissingsbevoegdheid over de inzet van uitzendkrachten.', 'decide', 'team', false],
    ['Bij afwijkingen mag de operator zelf besluiten de lijn te stoppen.', 'decide', 'employee', false],
    ['Het team heeft geen mandaat om overwerk in te plannen.', 'decide', 'team', true],
  ]);
  findingsTable('enrichment-authority', [
    ['## Taakverrijking\n\nDe operators nemen de weekplanning over van de werkvoorbereider.', 'bevoegdheden'],
    ['## Taakverrijking\n\nDe operators nemen de weekplanning over. Over de planning beslist de teamleider.', 'bij de leiding'],
    [
      '## Taakverrijking\n\nDe operators nemen de weekplanning over. Zij mogen zelf beslissen over de volgorde van de orders. Een teamcoach begeleidt hen in het eerste jaar.',
      null,
    ],
  ]);
});

// ---------------------------------------------------------------------------------------------
// (8) Task change and workload, learning time
// ---------------------------------------------------------------------------------------------

describe('paraphrase concepts: (8) task change, workload and learning time', () => {
  designTable(
    'task-change',
    [
      'De taken binnen de afdeling worden herverdeeld.',
      'Het takenpakket van de monteurs wordt verbreed.',
      'Bij de taakwijziging krijgt iedere medewerker een gesprek.',
      'Door taakherontwerp veranderen de functies in het magazijn.',
      'We voeren een herverdeling van taken in.',
      'De werkgever herverdeelt de taken tussen de teams.',
      'Taakverbreding wordt ingevoerd voor alle operators.',
      'De functies worden opnieuw ontworpen.',
    ],
    ['De taken staan in de functiebeschrijving.', 'Je taken vind je op intranet.'],
    ['Er is geen taakwijziging.', 'De taken worden niet herverdeeld.'],
  );
  conditionTable(
    'workload',
    [
      'Er wordt rekening gehouden met de werkdruk.',
      'De werkbelasting blijft gelijk.',
      'Nieuwe taken komen niet bovenop het bestaande werk.',
      'Er gaan andere taken af, zodat de werkdruk niet stijgt.',
      'De productienormen worden tijdelijk verlaagd.',
      'De bezetting wordt aangepast aan de extra taken.',
      'We houden de taakbelasting in de gaten.',
      'Het team krijgt extra formatie voor de nieuwe taken.',
      'Medewerkers worden ontlast door het schrappen van administratieve taken.',
      'Als de werkdruk te hoog wordt, kaart je dat aan bij je leidinggevende.',
      'De werkdruk wordt elk kwartaal gemeten.',
      'De werkdruk neemt door de nieuwe taken niet toe.',
      'Er komt geen extra werkdruk bij.',
      '## Artikel 6 Werkdruk\n\nDe werkgever bewaakt dat de nieuwe taken passen in de uren.',
      'De nieuwe taken gaan niet ten koste van de werkdruk.',
      'De werkgever zorgt voor voldoende capaciteit om de nieuwe taken uit te voeren.',
    ],
    [
      'De werkgever betaalt de reiskosten.',
      'In december is het druk in de winkel.',
      'De drukkerij werkt in ploegen.',
      'De capaciteit van de machine is 400 stuks per uur.',
      "De parkeerplaats heeft een capaciteit van 80 auto's.",
      'De werkgever drukt de kosten.',
      'De bandenspanning wordt gecontroleerd.',
      'De printer heeft een capaciteit van 500 vellen.',
      'Het werk wordt verdeeld over drie ploegen.',
      'De werknemer ontvangt een nieuwe functiebeschrijving.',
    ],
  );
  conditionTable(
    'learning-time',
    [
      'Medewerkers krijgen tijd om de nieuwe taken te leren.',
      'Er is een inwerkperiode van zes weken.',
      'Je krijgt de ruimte om je in te werken.',
      'Voor het leren van de nieuwe taken is extra tijd beschikbaar.',
      'De leertijd valt binnen werktijd.',
      'In de eerste maand word je ingewerkt door een collega.',
      'Het team krijgt de tijd om aan de nieuwe werkwijze te wennen.',
      'Operators krijgen een maand om zich de planningstaken eigen te maken.',
      'Je hebt de tijd om de nieuwe taken onder de knie te krijgen.',
      'Wie nieuwe taken krijgt, wordt eerst ingewerkt.',
      'Er is ruimte om te leren, ook als dat eerst minder productie oplevert.',
      'De werknemer krijgt voldoende tijd om zich in te werken.',
      'Tijdens de inwerktijd telt de productienorm niet.',
      'Wie rouleert, krijgt op elke nieuwe plek eerst inwerktijd.',
    ],
    [
      "De werknemer leert de nieuwe collega's kennen.",
      'De werkgever stelt tijd beschikbaar voor de ondernemingsraad.',
      'Je krijgt extra vrije dagen bij een jubileum.',
      'De werknemer werkt een andere collega in.',
      'Je krijgt tijd voor vakbondswerk.',
      'De werkgever geeft de medewerker tijd om te reageren.',
      'Er is tijd om te lunchen.',
      'Medewerkers hebben de tijd om te sporten.',
      'De inwerktijd van de machine is twee uur.',
      'Je krijgt de ruimte om je werktijden te kiezen.',
    ],
  );
  findingsTable('task-change-workload', [
    ['## Taakverbreding\n\nOperators nemen de weekplanning over van de werkvoorbereider.', 'werkdruk'],
    [
      '## Taakverbreding\n\nOperators nemen de weekplanning over van de werkvoorbereider. We houden rekening met de werkdruk en operators krijgen tijd om de planning te leren. De teamleider legt uit waarom we dit doen. Het salaris blijft gelijk. We beginnen met een proef van zes maanden.',
      null,
    ],
  ]);
});

// ---------------------------------------------------------------------------------------------
// (9) Classes of wording: who does it, voice, word order, negation, bounds, compounds
// ---------------------------------------------------------------------------------------------

describe('paraphrase concepts: (9) classes of wording', () => {
  // Doers as a class: any person noun for workers by its head (trades, compounds, singular and
  // plural); managers, employers, clients and things by theirs.
  designTable(
    'self-rostering',
    [
      'De wijkverpleegkundigen stellen hun eigen rooster op.',
      'Iedere chauffeur plant zelf zijn diensten in.',
      'De vakkenvullers maken samen hun eigen weekrooster.',
      'Hun eigen rooster maken de teamleden in de roosterapp.',
      'Het rooster wordt door de verpleegkundigen zelf opgesteld.',
      'In de thuiszorgteams wordt zelf geroosterd.',
      'Vanaf maart stappen alle afdelingen over op zelfroosteren.',
      'De teams werken sinds dit jaar met zelfroosteren.',
      "Jij en je collega's maken samen het rooster.",
      'Je rooster stel je zelf samen in de app.',
      'Diensten ruilen en indelen doen de medewerkers zelf.',
      'Wij gaan in 2026 over op zelfroosteren in alle wijkteams.',
    ],
    [
      'De bewoners maken zelf het rooster voor de kookbeurten.',
      'De afdelingshoofden stellen zelf het rooster op.',
      'Op de afdeling wordt het rooster door de planner gemaakt.',
      'Het dienstrooster wordt door de unitmanager zelf opgesteld.',
      'De leidinggevende en de planner maken samen het rooster.',
      'Het rooster wordt niet door het team zelf gemaakt maar door de planner.',
    ],
    ['Het team stelt het rooster nooit zelf op.', 'De verzorgenden delen hun diensten niet zelf in.'],
  );
  designTable(
    'enrichment',
    [
      'De heftruckchauffeurs verdelen onderling de ritten en taken.',
      'Elke dag controleren de lassers zelf hun laswerk.',
      'De eindcontrole voert de monteur voortaan zelf uit.',
      'De ingangscontrole wordt door de magazijnmedewerkers uitgevoerd.',
      'Binnen de ploeg wordt het werk onderling verdeeld.',
      'De monteurs krijgen planningstaken erbij. Ze verdelen de klussen zelf.',
      'De bestellingen bij leveranciers doen de vakkenvullers voortaan zelf.',
      'De kassamedewerkers nemen de dagafsluiting en de kascontrole over.',
    ],
    [
      'De werkvoorbereiders verdelen het werk over de monteurs.',
      'De ingangscontrole wordt door de kwaliteitsmanager uitgevoerd.',
      'De werkgevers in de sector maken zelf de planning.',
      'De leveranciers voeren de ingangscontrole zelf uit.',
      'De bestellingen doet de teamleider voortaan zelf.',
      'De servicemonteurs plannen hun eigen bezoeken.',
    ],
    ['De monteurs voeren de eindcontrole niet zelf uit.', 'De controle van de pallets doen de heftruckchauffeurs niet zelf.'],
  );
  designTable(
    'job-crafting',
    [
      'Iedere verzorgende kan haar takenpakket aanpassen aan haar talenten.',
      'De technici richten hun functie zelf anders in.',
      'Samen met de teamleider richt je je werk anders in.',
      'Na overleg met hun leidinggevende passen medewerkers hun takenpakket aan.',
      'De functie wordt door de medewerker zelf anders ingevuld.',
      'Je kunt je eigen taken anders indelen als dat beter bij je past.',
      'Medewerkers bepalen in overleg zelf hoe ze hun functie invullen.',
    ],
    [
      'In overleg met de medewerker past de leidinggevende zijn takenpakket aan.',
      'De werkgever richt het werk van de monteurs anders in.',
      'De teamleider vult de functie van de nieuwe medewerker zelf in.',
      'Het functieprofiel wordt door HR aangepast.',
    ],
    ['De medewerker mag zijn functie niet naar eigen inzicht invullen.', 'Operators richten hun werk niet zelf anders in.'],
  );
  // Pronouns stand for the party named before them, in the sentence or the one before.
  authorityTable('pronouns resolved to the party', [
    ['De monteurs krijgen planningstaken erbij. Zij mogen zelf beslissen over de volgorde van de klussen.', 'decide', 'employee', false],
    ['Het team neemt de planning over. Daarbij mogen ze zelf bepalen wie welke dienst draait.', 'decide', 'team', false],
    ['De teamleider maakt de planning. Hij beslist ook over de volgorde.', 'decide', 'manager', false],
    ['In overleg met de leidinggevende bepaalt de medewerker welke taken hij anders doet.', 'decide', 'employee', false],
    ['De verpleegkundigen maken het rooster. Zij beslissen ook over ruilen.', 'decide', 'employee', false],
    ['Samen met de planner beslissen de teamleden over de bezetting.', 'decide', 'team', false],
    // Trades made from a verb with "-aar": "bedienaar", "kunstenaar", "handelaar".
    ['Een vaste groep van vier bedienaars maakt de planning. Zij mogen zelfstandig beslissen over extra bedieningen.', 'decide', 'employee', false],
    ['De dienstdoende bedienaar heeft het mandaat om kleine reparaties te laten uitvoeren.', 'decide', 'employee', false],
    ['De groothandelaars bepalen zelf de volgorde van de leveringen.', 'decide', 'employee', false],
    // Leave to act on one's own, and a power that goes with the task given in the sentence before.
    ['De werknemer die de weekplanning maakt, mag zelfstandig diensten ruilen en invalkrachten oproepen.', 'decide', 'employee', false],
    ['De operators mogen zelf onderdelen bestellen tot € 500.', 'decide', 'employee', false],
    [
      'Als de proef doorgaat, krijgen de ploegen de taak zelf de diensten te plannen. Daarbij hoort de bevoegdheid om ruilingen zonder tussenkomst van de roosteraar goed te keuren.',
      'decide',
      'team',
      false,
    ],
  ]);
  // Whoever is left out by "zonder" holds nothing.
  itFor('De bevoegdheid om ruilingen zonder tussenkomst van de roosteraar goed te keuren ligt bij het team.')('no power for whom "zonder" leaves out', () => {
    const found = facts(model('De bevoegdheid om ruilingen zonder tussenkomst van de roosteraar goed te keuren ligt bij het team.'), 'authority');
    assert.ok(!found.some((a) => a.holder === 'manager' && !a.negated), JSON.stringify(found));
  });
  // Words in -aar that are no trade: a year, a danger, an objection.
  for (const text of ['Het hele boekjaar beslist de directie over de inkoop.', 'Bij gevaar beslist de ploegleider over stilleggen.']) {
    itFor(text)(`no employee in «${text}»`, () =>
      assert.ok(!facts(model(text), 'authority').some((a) => a.holder === 'employee'), JSON.stringify(facts(model(text), 'authority'))),
    );
  }
  designTable('rotation', ['Elke zes maanden schuiven de operators door naar een andere lijn.'], [], []);
  designTable('verbeterteam', ['Elke twee weken komt het verbeterteam bijeen.'], [], []);
  designTable('werkgroep', ['We richten per vestiging een werkgroep op.'], [], ['Een werkgroep wordt niet ingesteld.']);
  // Voice and word order for the conditions: a decision on the advice, fronted far before it.
  conditionTable(
    'advice-response',
    ['Op alle adviezen van het verbeterteam neemt het management binnen een maand een besluit.', 'Over ieder voorstel beslist de directie binnen zes weken.'],
    ['Over de werkdruk neemt de directie een besluit.', 'Het advies gaat over het besluit van de directie.'],
  );
  conditionTable(
    'learning-time',
    [
      "De inwerktijd van nieuwe collega's is vier weken.",
      'Voor de nieuwe taken is er een inwerkperiode van een maand.',
      'Voor het werken met de nieuwe machine krijgen operators een inwerktijd van twee weken.',
    ],
    [
      'De inwerktijd van de nieuwe verpakkingsmachine is een week.',
      'De leertijd van het systeem is twee dagen.',
      'Voor de nieuwe machine is een inwerktijd van drie dagen nodig.',
    ],
  );
  designTable(
    'task-change',
    [
      'De werkprocessen in het magazijn worden opnieuw ingericht.',
      'We ontwerpen de functies in de productie opnieuw.',
      'De takenpakketten van de baliemedewerkers worden herontworpen.',
    ],
    ['De kantine wordt opnieuw ingericht.', 'Het logo is opnieuw ontworpen.'],
    ['De functies worden niet opnieuw ontworpen.'],
  );
  // Bounds: a denied bound is the other bound; a number of years or hours is no headcount.
  const bounded: ReadonlyArray<[string, number, 'max' | 'min']> = [
    ["Aan het werkoverleg nemen nooit meer dan tien collega's deel.", 10, 'max'],
    ['Een verbeterteam heeft niet minder dan vier leden.', 4, 'min'],
    ['Het teamoverleg heeft hooguit twaalf deelnemers.', 12, 'max'],
    ['Het werkoverleg telt nooit minder dan twintig deelnemers.', 20, 'min'],
  ];
  for (const [text, size, bound] of bounded) {
    it(`bounded group size ${bound} ${size}: «${text}»`, () => {
      const found = facts(model(text), 'group-size').map((g) => [g.value, g.bound]);
      assert.ok(
        found.some(([v, b]) => v === size && b === bound),
        `sizes ${JSON.stringify(found)}`,
      );
    });
  }
  for (const s of [
    'De werkgroep van vijf weken geleden heeft haar advies afgerond.',
    'Het team van tien jaar terug was kleiner.',
    'Een ploeg van 40 uur per week draait de nachtdienst.',
    'Een werkgroep van twee weken lang werkte aan het rooster.',
  ]) {
    it(`near miss, no group size: «${s}»`, () =>
      assert.deepEqual(
        facts(model(s), 'group-size').map((g) => g.value),
        [],
      ));
  }
  // Development words by their compound head, and going back to school.
  const term = (text: string, t: TimeTermFact['term']): boolean => facts(model(text), 'time-term').some((f) => f.term === t && !f.negated);
  for (const s of [
    'Tijdens de beroepsopleiding van onze eigen monteurs vangen leerwerkers het werk op.',
    'Vaste medewerkers halen hun vakcertificaat terwijl instromers op leerwerkplekken het werk overnemen.',
    'Zolang de eigen chauffeurs naar school gaan, nemen zij-instromers hun ritten en taken over.',
    "Het werk van collega's die een taalcursus volgen, wordt gedaan door statushouders op leerwerkplekken.",
    "Werkzoekenden nemen het werk over van collega's die terug naar de schoolbanken gaan.",
  ])
    it(`combination project: «${s}»`, () => assert.ok(term(s, 'combination-project'), `facts ${show(model(s))}`));
  for (const s of [
    'De vakopleiding van de monteurs duurt twee jaar.',
    "Leerwerkers nemen het werk over van zieke collega's.",
    "Uitzendkrachten nemen de taken niet over van collega's die een training volgen.",
    'Ouders brengen hun kinderen naar school voordat de dienst begint.',
  ])
    it(`near miss or denied, no combination project: «${s}»`, () => assert.ok(!term(s, 'combination-project'), `facts ${show(model(s))}`));
  for (const s of [
    'Op elke leerwerkplek werkt een statushouder. Hij haalt in twee jaar een vakdiploma.',
    'Na het traject bieden we de instromers een vaste baan aan.',
    'De instromers werken eerst mee in de ploeg. Ze ronden het traject af met een vakcertificaat.',
  ]) {
    it(`perspective: «${s}»`, () => assert.ok(term(s, 'perspective'), `facts ${show(model(s))}`));
  }
  for (const s of [
    'De leerwerkers werken de eerste maand niet zelfstandig.',
    'Nieuwkomers draaien bovenop de formatie mee.',
    'Instromers zijn de eerste weken nog niet volledig inzetbaar.',
  ]) {
    it(`ramp-up: «${s}»`, () => assert.ok(term(s, 'ramp-up'), `facts ${show(model(s))}`));
  }
  for (const s of ['Leerwerkers werken mee in de ploeg. De vaste monteurs volgen een cursus. Zij halen een diploma.']) {
    it(`near miss, no perspective: «${s}»`, () => assert.ok(!term(s, 'perspective'), `facts ${show(model(s))}`));
  }
});
