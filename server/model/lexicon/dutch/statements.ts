import type { Lexicon } from '../types';

/** Ages from which staff count as older (45 to 67), for "vanaf 55 jaar", "60-plussers". */
const OLDER_AGE = Array.from({ length: 23 }, (_, i) => String(45 + i)).join('|');
/** The lowest education levels written as one word or two: "mbo-1", "mbo 1/2", "mbo-niveau 2", "vmbo", "praktijkonderwijs", "(v)mbo". */
const LOW_LEVEL = [
  'mbo-1',
  'mbo-2',
  'mbo1',
  'mbo2',
  'mbo-1-2',
  'mbo-1-niveau',
  'mbo-2-niveau',
  'mbo-niveau-1',
  'mbo-niveau-2',
  'vmbo',
  'vmbo-niveau',
  'vmbo-diploma',
  "vmbo'ers",
  'vmbo-b',
  'vmbo-k',
  'vmbo-bb',
  'vmbo-kb',
  'vmbo-basis',
  'vmbo-kader',
  'vmbo-tl',
  'vmbo-gl',
  'praktijkonderwijs',
  'entreeniveau',
  'entree-niveau',
  'entreeopleiding',
  'vbo',
  'lbo',
].join('|');
/** The same levels as two words: "mbo 1", "mbo-niveau 2", "mbo niveau 1", "( v ) mbo". */
const LOW_LEVEL_PAIR = 'mbo|mbo-niveau|mboniveau|mbo-niveaus 1|2|1-2|1/2|i|ii';
/**
 * Having, doing or finishing an education, as forms rather than lemmas: these common verbs are kept
 * out of the morphology layer's verb list, where they would start new clauses at every "en heeft".
 */
const HAVE_DONE =
  'heeft|hebben|heb|hebt|had|hadden|gehad|doet|doen|doe|deed|deden|gedaan|volgt|volgen|volg|volgde|volgden|gevolgd|afgerond|afronden|rondt|rondde|afgemaakt|afmaken|maakt|maakte';
/** Pay scales and job groups, whose lowest numbers or letters mark the least schooled work ("schalen 1 tot en met 5"). */
const LOW_SCALES =
  'schaal|schalen|loonschaal|loonschalen|salarisschaal|salarisschalen|functieschaal|functieschalen|functiegroep|functiegroepen|loongroep|loongroepen';
/** Small counts of years before the state pension ("de laatste tien jaar voor de AOW"). */
const SMALL_COUNT = 'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|2|3|4|5|6|7|8|9|10|12|15';
/** What guidance helps with: choosing, applying, planning, learning itself. */
const HELP_OBJECTS =
  'kiezen|keuze|keuzes|aanvraag|aanvragen|aanmelden|aanmelding|inschrijven|inschrijving|besteden|besteding|gebruik|invullen|zoeken|vinden|opstellen|maken|plannen';
/** Learning itself as what guidance helps with ("hulp bij het leren", "helpt je een leerplan op te stellen"). */
const LEARNING_OBJECTS =
  'leren|lezen|schrijven|rekenen|taal|studeren|opleiding*|scholing|studie|studiekeuze|cursus*|training*|leerplan|leerwens*|ontwikkelplan|loopbaan*|leerdoel*|ontwikkeldoel*';
/** Plural words for staff, by their endings ("productiemedewerkers", "analisten", "schoonmakers"). */
const PEOPLE = "*medewerkers|*werknemers|collega's|mensen|personeelsleden|*krachten|*isten|*monteurs|*chauffeurs|*ers";
/** Words that attach a level to people ("medewerkers met", "tot en met", "opgeleid tot"), not to a course. */
const EDUCATION_LEVEL_ANCHORS = [
  'met|zonder|hooguit|maximaal|hoogstens|hoogste|t/m|opgeleid|geschoold|hebben|heeft|heb',
  'tot en met',
  'op|van ~ niveau|opleidingsniveau',
  // "op" after people ("analisten op mbo-niveau 2"); after a course it is the course's level ("een cursus op mbo-niveau 2").
  `${PEOPLE} op`,
];

/** Dutch: what a budget is for and for whom: purposes, target groups, support. */
export const dutchStatements = {
  exclusiveCues: [
    'uitsluitend|alleen|enkel|specifiek|exclusief ~ voor|aan|ten behoeve van',
    'bestemd|geoormerkt|gereserveerd voor',
    'geoormerkt',
    'apart gezet voor',
  ],

  genericPurposes: ['cursus', 'cursussen', 'opleiding', 'opleidingen', 'training', 'trainingen', 'scholing', 'studie'],
  purposePrepositions: ['voor', 'aan'],
  openUse: [
    'naar ~ eigen ~ inzicht|keuze|wens|goeddunken',
    'mag|mogen|moogt ~ zelf ~ weten',
    'bepaal|bepaalt|bepalen|kies|kiest|kiezen ~ je|u|jij|hij|zij|ze ~ zelf',
    'zelf ~ bepalen|kiezen|weten',
    // The subject first: "Jij bepaalt zelf wat dat is", "De medewerker kiest zelf".
    'je|jij|u|hij|zij|werknemer|medewerker bepaalt|bepaal|kiest|kies ~ zelf',
    // Anything at all: "Je mag het gebruiken voor alles wat jou verder helpt".
    '@gebruiken|@besteden|@inzetten ~ voor|aan alles',
    'waarvoor|waaraan ~ je|u ~ maar ~ wilt|wil',
    // Left to a later decision: "Waaraan het budget wordt besteed (...), stelt de directie jaarlijks vast".
    'waaraan|waarvoor ~ besteed|besteedt|besteden|gebruikt|gebruiken|ingezet|inzet|inzetten|uitgegeven ~ ~ , ~ stelt|stellen|bepaalt|bepalen|beslist|beslissen|besluit',
    'vrij ~ te ~ besteden|gebruiken|kiezen',
    'vrij besteedbaar',
    'vrij besteedbare',
    'zonder ~ voorwaarden|beperkingen',
  ],
  exampleCues: ['bijvoorbeeld', 'denk aan', 'onder andere', 'o.a.', 'zoals'],
  purposeQuestions: ['waarvoor', 'waaraan', 'wat ~ mag|mogen|kan|kun|kunt|kunnen ~ ermee|mee|daarmee'],

  purposeCues: [
    'besteden|besteed|besteedt|inzetten|ingezet|gebruiken|gebruikt|aanwenden|aangewend ~ voor|aan',
    'bestedingsdoel*',
    'bestemd voor',
    'bedoeld voor',
    'is bedoeld',
    'ten behoeve van',
    'voor de kosten van',
    'kosten van',
    'in aanmerking',
    'waaronder',
    'onder ~ worden verstaan',
    'wordt ~ verstaan',
    'zoals',
    'vrij te besteden',
    'vrij besteedbaar',
    'naar keuze',
    'voor ~ en',
  ],

  purposes: {
    // Compounds carry their meaning in the head: "vakopleidingen", "taalcursussen", "ADR-certificaten".
    opleiding: [
      'opleiding',
      'opleidingen',
      'ontwikkeltraject*',
      '*opleiding',
      '*opleidingen',
      'studie',
      'studies',
      'deeltijdstudie*',
      'diploma*',
      '*diploma',
      "*diploma's",
      'mbo',
      'hbo',
      'mbo-opleiding*',
      '*opleidingstraject*',
      'opleidingstraject*',
      'leertraject*',
      'leerwerktraject*',
    ],
    cursus: [
      'cursus',
      'cursussen',
      'cursusgeld',
      '*cursus',
      '*cursussen',
      'lesgeld',
      'inschrijvingskosten',
      'examen*',
      '*examen',
      '*examens',
      'tentamen*',
      'leermiddelen',
      'studiemateriaal',
      'studieboeken',
      'boeken',
      'vakliteratuur',
      'literatuurstudie',
    ],
    training: [
      'training',
      'trainingen',
      '*training',
      '*trainingen',
      'workshop*',
      '*workshop',
      '*workshops',
      'seminar*',
      'congres*',
      'conferentie*',
      'e-learning*',
      'masterclass*',
      'intervisie',
      'webinar*',
      'bootcamp*',
      'leergang*',
      'summerschool*',
      'summer school',
    ],
    loopbaanadvies: [
      'loopbaanadvies',
      'loopbaanbegeleiding',
      'loopbaancoaching',
      'loopbaancoach',
      'loopbaanscan',
      'loopbaantraject*',
      'coaching',
      '*coaching',
      'coachingstraject*',
      'ontwikkelassessment',
      'assessment',
    ],
    evc: ['evc', 'evc-traject*', 'evc-procedure*', 'erkenning van ~ competenties', 'ervaringscertificaat'],
    certificering: [
      'certificering',
      'certificaat',
      'certificaten',
      '*certificaat',
      '*certificaten',
      'vakdiploma',
      'vakbekwaamheid*',
      'hercertificering',
      'rijbewijs',
      'rijbewijzen',
      '*rijbewijs',
      'vakbekwaamheidsbewijs',
    ],
    // A trajectory is named by what it teaches: "taaltraject", "rekentraject", "VCA-traject".
    scholing: [
      '*traject',
      '*trajecten',
      'scholing',
      'bijscholing',
      'omscholing',
      'herscholing',
      'nascholing',
      '*nascholing',
      'scholing buiten de functie',
      'deskundigheidsbevordering',
      'professionalisering*',
      // A company budget "bedoeld voor activiteiten die het scholingsbeleid in het bedrijf bevorderen".
      'scholingsbeleid',
      'opleidingsbeleid',
      'ontwikkelingsactiviteit*',
      'ontwikkelactiviteit*',
    ],
    loopbaan: ['loopbaanontwikkeling', 'loopbaanstappen', 'employability', 'mobiliteit', 'van-werk-naar-werk', 'loopbaanperspectief'],
    vitaliteit: ['vitaliteit*', 'gezondheid*', 'sportabonnement', 'fit'],
    // The question or intro of a purpose list: "Waaraan kun je het budget besteden?", "Het budget kan worden besteed aan:".
    // (statements.ts keeps the question only when it ends in "?" or ":", the intro only right before ":").
    list: [
      'waaraan|waarvoor ~ besteden|besteed|besteedt|gebruiken|gebruikt|inzetten|ingezet|uitgeven',
      'bestedingsdoel*',
      'bestedingsmogelijkheden',
      'besteden|besteed|besteedt|gebruiken|gebruikt|inzetten|ingezet|aanwenden|aangewend|uitgeven|uitgegeven aan|voor',
      'bedoeld|bestemd voor',
      'in aanmerking',
    ],
  },

  regulationReferences: [
    // (Alternatives hold one word each: "op grond van" is a phrase of its own.)
    // Spent as a regulation says ("wordt besteed volgens het opleidingsreglement"); not a balance "op grond van de regeling" of an old cao.
    '@besteden|@gebruiken|@inzetten ~ volgens|conform|overeenkomstig ~ reglement|regeling|opleidingsreglement|scholingsreglement|studiefaciliteitenregeling|opleidingsregeling|bijlage',
    'volgens|conform|overeenkomstig ~ reglement|regeling|opleidingsreglement|scholingsreglement|studiefaciliteitenregeling|opleidingsregeling|bijlage ~ @besteden|@gebruiken|@inzetten',
    '@besteden|@gebruiken|@inzetten ~ op grond van ~ reglement|regeling|opleidingsreglement|scholingsreglement|studiefaciliteitenregeling|opleidingsregeling|bijlage',
    'op grond van ~ reglement|regeling|opleidingsreglement|scholingsreglement|studiefaciliteitenregeling|opleidingsregeling|bijlage ~ @besteden|@gebruiken|@inzetten',
    // Where the list of purposes stands: "Waar je het budget aan kunt besteden, staat in bijlage B", "De
    // bestedingsdoelen staan in bijlage 3" (not "De voorwaarden staan in bijlage 4").
    'besteden|besteed|gebruiken|inzetten , staat|staan ~ in ~ bijlage|reglement|opleidingsreglement|scholingsreglement|opleidingsregeling',
    'bestedingsdoelen|bestedingsmogelijkheden|doelen|waaraan|waarvoor ~ staat|staan|genoemd|opgenomen|vermeld|beschreven ~ in ~ bijlage|reglement|opleidingsreglement|scholingsreglement|opleidingsregeling',
    'in artikel ~ genoemde|bedoelde|vermelde|omschreven ~ activiteiten|doelen|doeleinden|kosten|opleidingen|bestedingen',
    'genoemde|bedoelde|vermelde activiteiten|doelen|doeleinden|bestedingsdoelen',
    'zie bijlage',
    'opgenomen in bijlage',
    'genoemd in bijlage',
    'vermeld in bijlage',
    'lijst ~ opleidingen|bijdragen',
  ],

  targetGroups: {
    'lower-educated': [
      'lager|laag opgeleide|opgeleiden|opgeleid|geschoolde|geschoolden|geschoold',
      'lageropgeleid*|laagopgeleid*|laaggeschoold*|lagergeschoold*|laagopgeleide*',
      'praktisch geschoolde|geschoolden|geschoold|opgeleiden|opgeleide|opgeleid',
      'praktischgeschoold*|praktischopgeleid*',
      // The participle after its verb: "collega's die praktisch zijn opgeleid", "wie praktisch is geschoold".
      'praktisch ~ is|zijn|bent|ben ~ opgeleid|geschoold',
      // An education level said of people, not of a course: "medewerkers met mbo 1 of 2", "tot en met mbo-niveau 2".
      ...EDUCATION_LEVEL_ANCHORS.map((anchor) => `${anchor} ~ ${LOW_LEVEL}`),
      ...EDUCATION_LEVEL_ANCHORS.map((anchor) => `${anchor} ~ ${LOW_LEVEL_PAIR}`),
      ...EDUCATION_LEVEL_ANCHORS.map((anchor) => `${anchor} ~ ( v ) mbo|mbo-niveau|mbo-diploma`),
      `${LOW_LEVEL} ~ opgeleid*|geschoold*`,
      // The level as what people have or came in with, said after it: "van wie velen vmbo als hoogste
      // opleiding hebben", "een mbo-opleiding niveau 2 hebben", "op niveau 2 ingestroomd".
      `${LOW_LEVEL} ~ als ~ hoogste|vooropleiding|opleidingsniveau`,
      `${LOW_LEVEL} ~ ${HAVE_DONE}`,
      'mbo-opleiding|mbo-diploma|opleiding|diploma ~ niveau 1|2 ~ heeft|hebben|heb|hebt|had|hadden|gehad|bezit|bezitten|afgerond|afgemaakt',
      'op ~ niveau|mbo-niveau 1|2 ~ ingestroomd|instromen|instroomt',
      'ingestroomd|instromen|instroomt|instroomde|instroomden op ~ niveau|mbo-niveau 1|2',
      `${PEOPLE} op niveau|niveaus 1|2|1-2`,
      `alleen|enkel|slechts ~ basisschool|basisonderwijs ~ ${HAVE_DONE}`,
      'mbo-1-opgeleid*|mbo-2-opgeleid*|mbo1-opgeleid*|mbo2-opgeleid*|vmbo-opgeleid*',
      'met|zonder|hooguit|maximaal|hoogstens|t/m ~ opleiding|opleidingsniveau|diploma|onderwijs|niveau ~ niveau|niveaus 1|2|1-2|i|ii',
      'opgeleid|geschoold|opleidingsniveau|onderwijsniveau|opleidingsniveaus ~ niveau|niveaus 1|2|1-2',
      'opleidingsniveau|onderwijsniveau ~ 1|2|1-2',
      'niveau|niveaus 1|2 ~ of|en|tot|/ ~ 2 ~ opgeleid*|geschoold*',
      'startkwalificatie',
      "zonder ~ startkwalificatie|diploma|diploma's|vakdiploma|beroepsopleiding|beroepskwalificatie|kwalificatie|afgeronde",
      "geen ~ startkwalificatie|diploma|diploma's|vakdiploma|beroepsopleiding|beroepskwalificatie|afgeronde|kwalificatie",
      // Without a diploma of a level: "zonder mbo-4-diploma", "geen havo-diploma", "zonder mbo".
      'zonder|geen ~ mbo-*|vmbo-*|havo-*|mavo-*|mbo|vmbo|havo|mavo|mbo4|mbo3|mbo2',
      'opleiding|school|studie ~ niet ~ afgerond|afgemaakt|afgesloten',
      // No schooling after school: "als je na school niet meer verder hebt geleerd", "na de basisschool gestopt".
      'na ~ school|schooltijd|basisschool ~ niet|nooit|weinig ~ verder|meer ~ geleerd|gestudeerd|opgeleid|gegaan',
      'na ~ basisschool|vmbo|mavo ~ gestopt|begonnen ~ met ~ werken',
      // Little schooling had ("weinig onderwijs genoten", "geen opleiding gehad"); not "al lang geen
      // opleiding meer gevolgd", a learning gap of anyone, which names no level.
      'weinig|nauwelijks|geen scholing|opleiding|onderwijs gehad|genoten|gevolgd',
      'weinig|nauwelijks|geen scholing|opleiding|onderwijs heeft|hebben|hebt|heb|had|hadden gehad|genoten|gevolgd',
      // The lowest pay scales by number: "ambtenaren in de schalen 1 tot en met 5", "functiegroep A t/m C".
      `${LOW_SCALES} 1|2|3|a|b tot en met 2|3|4|5|6|b|c|d`,
      `${LOW_SCALES} 1|2|3|a|b t/m|tot|- 2|3|4|5|6|b|c|d`,
      'lager|lage onderwijsniveau|opleidingsniveau',
      'laag|lager|laagste|lage ~ opleidingsniveau|onderwijsniveau',
      'lagere|laagste functieschalen|loonschalen|salarisschalen|functiegroepen|schalen|loongroepen',
      "kwetsbare ~ groep|groepen|werknemers|medewerkers|werkenden|collega's|doelgroep|doelgroepen",
      'leerachterstand',
      'achterstand in|bij ~ leren|scholing|opleiding',
      // "met weinig scholing", "met een beperkte vooropleiding"; a diploma at a low level or below ("een mbo 2-diploma of lager").
      'met weinig|nauwelijks scholing|opleiding|onderwijs|opleidingsachtergrond|vooropleiding',
      'met een beperkte|geringe|korte vooropleiding|opleiding|opleidingsachtergrond|schoolopleiding',
      // Little schooling said of people, with or without "met": "collega's die wat minder vooropleiding hebben".
      // ("geen vooropleiding" is mostly what a course asks for: "er is geen vooropleiding nodig".)
      'weinig|minder|nauwelijks ~ vooropleiding|schoolopleiding|opleidingsachtergrond',
      // Long out of school, which is initial education ("al lang niet meer op school gezeten", "jaren niet
      // in de schoolbanken"): not a course someone has not taken lately ("lang geen opleiding gevolgd").
      'lang|jaren ~ niet ~ op|naar ~ school',
      'lang|jaren ~ niet ~ in de schoolbanken',
      'lang|jaren ~ geleden ~ van|op ~ school',
      // A practical background said of people: "collega's met een praktische opleiding" (not "een praktische opleiding volgen").
      'met een|hun|zijn|haar praktische|praktijkgerichte opleiding|vooropleiding|opleidingsachtergrond|schoolopleiding|achtergrond',
      // A diploma people have, not one a course leads to ("gebruikt voor een vmbo-diploma").
      'met|heeft|hebben|hebt|heb ~ mbo|mbo-niveau 1-diploma|2-diploma',
      'met|heeft|hebben|hebt|heb ~ mbo-1-diploma|mbo-2-diploma|mbo1-diploma|mbo2-diploma|vmbo-diploma',
      '1|2|mbo-1|mbo-2|niveau-2|1-diploma|2-diploma|mbo-2-diploma|vmbo|vmbo-diploma|praktijkonderwijs ~ of lager|minder|lagere',
    ],
    older: [
      "oudere|oudste ~ werknemer|werknemers|medewerker|medewerkers|collega|collega's|werkenden|ambtenaren|personeelsleden|docenten|monteurs|chauffeurs|leeftijdsgroep*",
      'ouderen',
      'senioren',
      'seniorenregeling*',
      '*plusser|*plussers',
      `${OLDER_AGE} plus|plussers`,
      OLDER_AGE.split('|')
        .map((age) => `${age}-plusser*|${age}plusser*|${age}-plus`)
        .join('|'),
      `werknemer*|medewerker*|collega*|van|vanaf|groep ~ ${OLDER_AGE} +`,
      `vanaf|boven ${OLDER_AGE} jaar`,
      `ouder dan ${OLDER_AGE} jaar`,
      `leeftijd van ${OLDER_AGE} jaar`,
      `van ${OLDER_AGE} jaar ~ en|of ouder`,
      `${OLDER_AGE} jaar en|of ouder`,
      `${OLDER_AGE} jaar ~ bereikt|bereiken|geworden|wordt|worden`,
      'laatste fase van de|hun|zijn|je ~ loopbaan',
      'laatste ~ jaar|jaren ~ voor|vóór ~ aow*|pensioen*|pensionering',
      'jaren voor|vóór ~ aow*|pensioen*|pensionering',
      `${SMALL_COUNT} jaar voor|vóór ~ aow*|pensioen*|pensionering`,
      'richting ~ aow*|pensioen*|pensionering',
    ],
    'low-literate': [
      'laaggeletterd*',
      'laaggeletterdheid',
      '*basisvaardigheden-achterstand|*basisvaardighedenachterstand|*taalachterstand',
      'onvoldoende|beperkte|zwakke|gebrekkige ~ basisvaardigheden|taalvaardigheid|leesvaardigheid|schrijfvaardigheid|rekenvaardigheid',
      'analfabeet|analfabeten|analfabetisme',
      'taalachterstand*',
      'nt2',
      'nt2-*',
      'basisvaardigheden',
      'taal - en rekenvaardigheid|rekenvaardigheden',
      'lees - en schrijfvaardigheid|schrijfvaardigheden',
      'taal - en|of rekenachterstand*',
      'digitale vaardigheden',
      'moeite|problemen ~ met ~ lezen|schrijven|rekenen|taal|nederlands|nederlandse|computer|digitale',
      'moeilijk|moeizaam|slecht|matig ~ lezen|schrijven|leest|schrijft|nederlands',
      'lezen|schrijven|leest|schrijft ~ moeizaam|moeilijk|slecht|matig',
      'taal|nederlands ~ niet|onvoldoende|nauwelijks|beperkt|slecht ~ beheersen|beheerst|machtig|spreken|spreekt|lezen|leest',
      'taal ( nog ) ~ niet|onvoldoende|nauwelijks ~ beheersen|beheerst|machtig|spreken|spreekt',
      'taal|nederlands ~ onvoldoende|nauwelijks|slecht|gebrekkig',
      'onvoldoende|nauwelijks|slecht|gebrekkig|weinig ~ nederlands',
      'anderstalig*',
      // Said kindly: "ook als lezen en schrijven niet je sterkste kant is", "vind je lezen of rekenen lastig".
      'lezen|schrijven|rekenen|taal ~ niet ~ je|jouw|zijn|haar|hun|uw ~ sterkste|sterke ~ kant|punt',
      'lezen|schrijven|rekenen ~ lastig|moeilijk|ingewikkeld',
      'lastig|moeilijk ~ lezen|schrijven|rekenen',
    ],
  },

  support: {
    // Career advice and the people who give it, in any form: "een gesprek met een loopbaanadviseur", "onafhankelijk advies".
    loopbaanadvies: [
      'loopbaanadvies',
      'loopbaanadviseur*',
      'loopbaanadviezen',
      'loopbaanadvisering',
      'loopbaancentrum',
      'loopbaanpunt',
      'onafhankelijk|onafhankelijke ~ advies|adviseur*|loopbaanadvies',
      'ontwikkeladvies',
      'ontwikkeladviseur*',
      'opleidingsadvies',
      'opleidingsadviseur*',
      'studieadvies',
      'studieadviseur*',
      'scholingsadvies',
      'scholingsadviseur*',
      'leeradviseur*',
      'o&o-adviseur*',
      'advies|adviseert|adviseren|adviseer ~ over|bij ~ opleiding*|scholing|loopbaan|ontwikkeling|keuze|besteding|budget|*budget|cursus*|training*',
      'interne|externe|onafhankelijke|persoonlijke coach|coaches',
      'gesprek|gesprekken ~ met ~ adviseur|adviseurs|*adviseur|*adviseurs|deskundige|deskundigen|opleidingscoördinator|*coördinator|*consulent|consulent|coach|*coach',
    ],
    loopbaangesprek: [
      'loopbaangesprek*',
      'loopbaanscan*',
      'loopbaancheck*',
      'apk-gesprek',
      'loopbaan-apk',
      'ontwikkelscan*',
      'mid-career*',
      'midcareer*',
      'ontwikkelcheck*',
      'loopbaanspiegel*',
    ],
    // Peers and contacts who lead colleagues to learning: learning ambassadors, language buddies, a desk to walk in.
    leerambassadeur: [
      'leerambassadeur*',
      'ontwikkelambassadeur*',
      'scholingsambassadeur*',
      'taalambassadeur*',
      'opleidingsambassadeur*',
      'leer-werkloket*',
      'leerloket*',
      'ontwikkelloket*',
      'ontwikkelcoach*',
      'taalcoach*',
      'leercoach*',
      'studiecoach*',
      'loopbaancoach*',
      'taalmaatje*',
      'leermaatje*',
      'studiemaatje*',
      'leerbuddy*',
      'taalbuddy*',
    ],
    workshop: [
      'workshop',
      'workshops',
      'voorlichtingsbijeenkomst*',
      'informatiebijeenkomst*',
      'inloopspreekuur',
      'spreekuur',
      'spreekuren',
      '*spreekuur',
      '*spreekuren',
      'inloopmiddag*',
      'inloopochtend*',
      'inloopavond*',
      'inloopuur',
      'informatiemarkt',
      'loopbaanmarkt*',
      'loopbaanworkshop*',
      'opleidingsmarkt*',
    ],
    // Generic help counts only where the sentence is about learning (see facts/statements.ts).
    begeleiding: [
      'begeleiding',
      'begeleidt',
      'begeleiden',
      // Someone thinking along with the employee: "HR denkt met je mee", "ik denk graag mee" (said to the reader).
      '@meedenken ~ met ~ je|jou|u|werknemer|medewerker|werknemers|medewerkers',
      'ik|we|wij ~ @meedenken',
      'persoonlijke|individuele ondersteuning',
      'ondersteuning op maat',
      'maatje',
      'maatjes',
      'buddy',
      "buddy's",
      'buddies',
      // Every form of the verbs, the passive participle too: "worden door de coördinator ondersteund bij het kiezen".
      `hulp|ondersteuning|@ondersteunen|@helpen ~ bij|met ~ ${HELP_OBJECTS}`,
      `@helpen ~ ${HELP_OBJECTS}`,
      'aanvraag|aanvraagformulier|formulier ~ met|samen ~ invult|invullen',
      'vult|vullen ~ aanvraag|aanvraagformulier|formulier ~ samen|met ~ in',
      'helpt|helpen|help ~ op te stellen',
      'helpt|helpen|help ~ in te vullen',
      'helpt|helpen|help ~ aan te vragen',
      'helpt|helpen|help ~ te kiezen',
      'kiest|kiezen|kies|bepaalt|bepalen ~ in overleg',
      'kiest|kiezen|kies|bepaalt|bepalen ~ samen met',
    ],
    // Help whose object is learning itself ("helpt je een leerplan op te stellen"): about learning by what it names.
    hulp: [`hulp|ondersteuning|@ondersteunen|@helpen ~ bij|met ~ ${LEARNING_OBJECTS}`, `@helpen ~ ${LEARNING_OBJECTS}`],
    coaching: ['coaching', 'coach', 'coaches', 'coachen', 'coacht', 'mentor', 'mentoren', 'mentoraat', 'begeleider', 'begeleiders'],
    // A conversation on how to use the right: "bespreek je met je leidinggevende waaraan je de dagen besteedt".
    gesprek: [
      'bespreekt|bespreken|bespreek|besproken|overlegt|overleggen|overleg ~ waaraan|waarvoor|hoe|welke|wat ~ besteedt|besteed|besteden|inzet|inzetten|gebruikt|gebruiken|volgt|volgen|doet|doen',
    ],
    'low-threshold': [
      'laagdrempelig*',
      'eenvoudige aanvraag*',
      'eenvoudig aan te vragen',
      'eenvoudig ~ aanvragen',
      'zonder ~ administratieve|formulieren|papierwerk',
      'zonder voorfinanciering',
      'zonder ~ voor te schieten|voorschieten',
      // Paying the provider directly is a procedure, not guidance; not having to advance the money is low-threshold.
      'rechtstreeks ~ gefactureerd',
      'niet|niets|geen ~ voorschieten|voorfinancieren',
      'niet|niets|geen ~ voor te schieten',
      // Nothing to apply for: "De werknemer hoeft daarvoor geen aanvraag in te dienen", "gebeurt automatisch".
      'hoeft|hoeven|hoef ~ geen ~ aanvraag|formulier',
      'zonder ~ aanvraag|verzoek',
    ],
  },

  supportExclusions: [
    'financiële|financieel|geldelijke|fiscale',
    'bij|in|van|met ~ kosten|studiekosten|opleidingskosten|cursuskosten|reiskosten',
    'met hulp van',
  ],
} satisfies Partial<Lexicon>;
