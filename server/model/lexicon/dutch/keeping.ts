import type { Lexicon } from '../types';

/** Dutch: what happens to what is not used: lapse, carry-over, saving, spending periods. */
export const dutchKeeping = {
  // Lapse and carry-over are concepts, not word lists: a verb entry (@vervallen) covers every form
  // of the verb, and a separable one (@meenemen) also the split order "neem je niet mee".
  lapse: [
    '@vervallen',
    '@verlopen',
    '@verliezen',
    'verloren ~ @gaan',
    '@gaan ~ verloren',
    'verbeurd',
    '@vervallenverklaren',
    'op nul ~ @zetten|@stellen',
    '@zetten|@stellen ~ op nul',
    '@nullen',
    // "niet meer beschikbaar", "niet langer te besteden", "niet meer op te nemen": no longer usable.
    'niet|geen meer|langer ~ beschikbaar|geldig|besteedbaar|bruikbaar|opneembaar|declarabel',
    'niet|geen meer|langer ~ te ~ @besteden|@gebruiken|@opnemen|@benutten|@declareren|@uitgeven|@inzetten',
    // "kun je niet meer gebruiken": only where the verb ends its clause ("niet meer gebruiken voor een rijbewijs" limits a purpose).
    'niet|geen meer|langer @besteden|@gebruiken|@opnemen|@benutten|@declareren|@uitgeven|@inzetten',
    'niet|geen meer|langer ~ @kunnen|@mogen ~ @besteden|@gebruiken|@opnemen|@benutten|@declareren|@uitgeven|@inzetten',
    'kan|kun|kunt|kunnen|mag|mogen ~ niet|geen meer|langer ~ @besteden|@gebruiken|@opnemen|@benutten|@declareren|@uitgeven|@inzetten',
    // Expiring, said of money ("het budget loopt af op 31 december"), not of a course or the cao.
    'budget|*budget|tegoed|*tegoed|saldo|restant|bedrag|*bedrag|rekening|*rekening|voucher* ~ @aflopen',
    // Lost: "ben je kwijt", "raak je kwijt", "verdwijnt"; "is weg" only at the end of its clause (lapseAtClauseEnd).
    '@zijn|@raken ~ kwijt',
    'kwijt ~ @zijn|@raken',
    '@verdwijnen',
    '@zijn weg',
    // Unspent money that goes back ("niet-bestede bedragen gaan terug naar het fonds").
    'niet-bestede|niet-gebruikte|ongebruikte|niet-benut|onbenut|onbenutte ~ terug',
    'niet ~ bestede|gebruikte|benut ~ terug',
    '@terugvloeien',
    '@terugvallen ~ aan|naar',
    'terug naar|in ~ fonds|*fonds|pot|potje',
    // Back to where it came from: "dan gaat het bedrag terug naar het centrale budget", "terug in de pot van de afdeling".
    'terug naar|in ~ centrale|algemene|collectieve ~ budget|pot|fonds|opleidingsbudget|scholingsbudget',
    // Unused money goes back to the employer: "het niet gebruikte deel komt terug bij de werkgever".
    // ("terug aan de werkgever" is repaying, not lapsing).
    'terug bij|naar de werkgever|organisatie|onderneming',
    'terug bij|naar werkgever|werkgevers',
    'use it or lose it',
  ],

  // Said of the budget itself, carrying it over; negated ("neem je niet mee") it is a lapse.
  carryOver: [
    '@meenemen',
    '@meegaan',
    '@doorschuiven',
    '@overhevelen',
    '@overzetten',
    '@doorzetten',
    '@overboeken',
    '@doorlopen ~ volgend|volgende|komend|komende|later|nieuwe',
    '@reserveren ~ voor ~ later|volgend|volgende|komende|toekomst',
    '@overdragen ~ naar|aan ~ volgend|volgende|komend|komende|nieuwe ~ jaar|kalenderjaar|periode',
    // Added to the next year's budget: "het restant wordt toegevoegd aan het budget van het volgende jaar".
    '@toevoegen|@optellen|@bijtellen|@bijschrijven|@overboeken ~ volgend|volgende|komend|komende|nieuwe|later|latere ~ jaar|kalenderjaar|jaren|periode|budget',
    // The verb at the end: "wordt bij je budget van volgend jaar opgeteld".
    'volgend|volgende|komend|komende|nieuwe ~ jaar|kalenderjaar ~ @toevoegen|@optellen|@bijtellen|@bijschrijven',
  ],

  // Building a balance up; "geen budget opgebouwd" says nothing was accrued, not that it lapses.
  // Saving is explicit; building up is saving only when it may grow across years (a modal or a
  // cap), not the monthly accrual of a yearly budget ("dat per maand wordt opgebouwd").
  accrual: [
    '@sparen',
    '@opsparen',
    '@bijeensparen',
    '@aansparen',
    'bij elkaar ~ @optellen|@voegen|@nemen|@sparen',
    'kan|kunt|kunnen|mag|mogen|@blijven ~ @opbouwen|@stapelen|@cumuleren|@oplopen|@aangroeien',
    '@oplopen|@aangroeien ~ tot ~ keer|maal|maximaal|maximum',
    '@opbouwen|@stapelen|@cumuleren ~ tot|maximaal|maximum|hoogstens',
    'maximaal|maximum|hoogstens|tot ~ @opbouwen|@stapelen|@cumuleren',
  ],

  saving: [
    'naar het volgende|komende jaar|kalenderjaar',
    'naar een volgend|later jaar|kalenderjaar',
    'naar volgend jaar|kalenderjaar',
    '@blijven ~ beschikbaar|staan|bestaan|geldig|openstaan|besteedbaar|bewaard|behouden|gereserveerd',
    '@blijven ~ op|in ~ rekening|tegoed|saldo',
    // Left standing: "mag je drie jaar laten staan", "je laat het saldo staan" (not the idiom "laat staan een opleiding": "let alone").
    'laten|gelaten staan|openstaan',
    'laat|laten|liet|lieten ~ het|dat|dit|ze|geld|saldo|tegoed|budget|bedrag|restant|rest ~ staan|openstaan',
    // Validity ("is drie jaar geldig", "geldig tot 31 december") is a spending period, judged by its length; only staying valid is saving.
    'geldigheidsduur',
    '@bijschrijven',
    'maximale|maximum opbouw',
    'opbouw ~ tot|van ~ maximaal|maximum|ten hoogste',
    'tot maximaal|maximum ~ *budgetten|*budget|keer|maal',
    // A cap on the balance in yearly amounts: "het opgebouwde saldo bedraagt ten hoogste drie keer het jaarbedrag".
    'ten hoogste|maximaal|hoogstens ~ keer|maal ~ jaarbedrag|jaarbudget|jaartegoed',
    // Keeping one's balance ("je behoudt je tegoed", "houdt het saldo"); not holding on to a rule ("houdt vast aan een budget per jaar").
    '@houden|@behouden je|jouw|uw|zijn|haar|hun|het|dat|dit ~ tegoed|saldo|budget',
    'spaarsaldo',
    'spaarmogelijkheid',
    'spaarregeling',
    'spaarrekening',
    // For as long as one is employed: "het budget loopt door zolang je in dienst bent", "je hebt tot het einde van je dienstverband de tijd om het te gebruiken".
    '@blijven|@doorlopen|geldig|beschikbaar|besteedbaar|@gebruiken|@besteden|@inzetten|@opnemen ~ zolang|gedurende|tijdens ~ dienst|dienstverband|arbeidsovereenkomst|werkzaam|dienstbetrekking',
    '@blijven|@doorlopen|geldig|beschikbaar|besteedbaar|@gebruiken|@besteden|@inzetten|@opnemen ~ tot ~ einde|eind|beëindiging|afloop ~ dienstverband|arbeidsovereenkomst|dienstbetrekking',
    'tot ~ einde|eind|beëindiging|afloop ~ dienstverband|arbeidsovereenkomst|dienstbetrekking ~ @gebruiken|@besteden|@inzetten|geldig|beschikbaar',
  ],

  // Spending or using the budget, or its validity: a period in the same clause is its spending period.
  spending: [
    '@besteden',
    '@uitgeven',
    '@gebruiken',
    '@inzetten',
    '@benutten',
    '@opmaken',
    '@declareren',
    '@aanwenden',
    '@opnemen',
    'geldig',
    'beschikbaar',
    'besteedbaar',
    'bestedingstermijn',
    'bestedingsperiode',
    'besteding',
    'bestedingen',
    // Using the money said through what it pays for: "een bedrag waarmee je in vier jaar opleidingen kunt volgen"; the verb ends
    // the relative clause, so the gap is two (twelve words, never past a comma).
    'waarmee|daarmee|hiermee|waarvan|daarvan|hiervan ~ ~ @volgen|@betalen|@bekostigen|@financieren|@aanschaffen',
  ],

  statementSubjects: {
    money: [
      '*budget',
      '*budgetten',
      'tegoed',
      'tegoeden',
      'saldo',
      'saldi',
      'bedrag',
      'bedragen',
      '*bedrag',
      '*bedragen',
      'geld',
      'restant',
      'restbedrag',
      'rest',
      'ontwikkeldeel',
      '*rekening',
      'voucher*',
      '€',
      'euro',
      '@besteden',
      '@uitgeven',
      '@declareren',
      'besteding*',
    ],
    time: ['*dagen', '*dag', '*uren', 'uur', 'dagdeel', 'dagdelen', '*verlof', 'verlofuren', 'tijd', '@opnemen'],
    // What lapses in a cao besides balances: a regulation or article replaced, an application, a premium, an allowance.
    other: [
      'regeling',
      'regelingen',
      '*regeling',
      'artikel',
      'artikelen',
      'bepaling',
      'bepalingen',
      'lid',
      'bijlage',
      'cao',
      'overeenkomst',
      'afspraak',
      'afspraken',
      'aanvraag',
      'aanvragen',
      'verzoek',
      'premie',
      'premies',
      '*premie',
      '*premies',
      'toeslag',
      'toeslagen',
      '*toeslag',
      '*toeslagen',
      'toelage',
      'uitkering',
      'aanspraak ~ uitkering',
    ],
  },

  lapseAtClauseEnd: [
    'weg',
    'besteden',
    'gebruiken',
    'opnemen',
    'benutten',
    'declareren',
    'uitgeven',
    'inzetten',
    'besteed',
    'gebruikt',
    'opgenomen',
    'benut',
    'gedeclareerd',
    'uitgegeven',
    'ingezet',
  ],

  // "verlopen" also means "to go" (how a thing goes): "de overgang goed laten verlopen", "hoe verloopt de aanvraag?".
  proceedingSense: [
    'goed',
    'soepel',
    'vlot',
    'prettig',
    'voorspoedig',
    'rustig',
    'probleemloos',
    'zonder problemen',
    'naar wens',
    'naar tevredenheid',
    'hoe',
    'laten',
    'laat',
    'liet',
  ],

  // "meenemen in het gesprek": taken into a talk or a judgement, not carried over.
  illness: ['ziek', 'zieke', 'ziekte', 'ziektes', 'ziekten', 'arbeidsongeschikt*', 'ziekmelding*', 'ziekgemeld', 'ziekmeldt', 'ziekmelden', 'ziekteverzuim'],
  takenIntoTalk: ['in|bij ~ *gesprek|*gesprekken|*overleg|beoordeling|beoordelingen|evaluatie|afweging|overweging|*cyclus|besluitvorming|advies|plan|planning'],

  eachWords: ['elke', 'iedere', 'ieder', 'elk'],
  skillNames: ['digitale', 'vaardigheden', 'basisvaardigheden', 'nt2', 'nt2-*', 'taalvaardigheid', 'rekenvaardigheid*'],
  courseWords: [
    'cursus*',
    '*cursus',
    '*cursussen',
    'training*',
    '*training',
    '*trainingen',
    'opleiding*',
    'les',
    'lessen',
    '*les',
    'workshop*',
    'module*',
    'traject*',
    '*traject',
    'scholing',
    'in',
  ],

  noLonger: ['meer', 'langer'],

  // Put off to later: the sentence names a matter, but arranges nothing yet.
  deferred: [
    'later|nog ~ @voorstellen|voorstel|voorstellen|afspraken|afspraak|uitgewerkt|geregeld|vastgesteld|besloten|bepaald|besluit|regeling|uitwerking',
    // "nader" only as a future step ("wordt nader uitgewerkt"); "zoals nader bepaald in artikel 8" refers to what exists.
    'wordt|worden ~ nader ~ uitgewerkt|geregeld|vastgesteld|bepaald',
    'apart|aparte|afzonderlijk|afzonderlijke|nadere ~ voorstel|regeling|afspraak|afspraken|besluit ~ volgt|volgen|@komen|later|nog',
    'volgt|volgen|komt|komen ~ apart|aparte|afzonderlijk|afzonderlijke|nadere ~ voorstel|regeling|afspraak|afspraken|besluit',
    // Still to be worked out ("is nog uit te werken", "nader vast te stellen"); a purpose infinitive is no deferral
    // ("om een idee uit te werken", "om de doelen vast te stellen").
    'nog|nader|later|verder|apart|zijn|is ~ uit te werken',
    'nog|nader|later|verder|apart|zijn|is ~ vast te stellen',
    'nader te bepalen',
    'nader te regelen',
    'in een later stadium',
    'op een later moment',
    'later ~ terug op',
    'komen|komt ~ later ~ terug',
    'nog geen|niet ~ afspraken|afspraak|besluit|regeling',
    'nog niet ~ geregeld|afgesproken|besloten|beslist|vastgesteld|vastgelegd|uitgewerkt|bepaald|ingevuld|bekend|duidelijk',
    // Worked out later, the verb split: "werkt de directie later uit", "werken de komende maanden nog uit".
    '@uitwerken ~ later|nog|nader',
  ],

  deferredAmount: ['hoeveel', 'het aantal', 'de omvang', 'hoe lang', 'hoe vaak'],

  asking: {
    predicates: [
      '@vragen',
      'vraag|vraagt|vragen|vroeg|vroegen ~ zich af',
      '@afvragen',
      '@navragen',
      'wil|willen|wilde|wilden ~ weten',
      'weet|weten|wist|wisten ~ niet',
      'vraag is|blijft|rijst',
      'onduidelijk|onbekend|onzeker|onbeslist ~ is|blijft',
      'is|blijft ~ onduidelijk|onbekend|onzeker|onbeslist|open',
      'niet duidelijk',
      'staat|staan ~ open',
      '@uitzoeken',
      '@onderzoeken',
      '@nagaan',
      '@bekijken',
      '@twijfelen',
      'benieuwd',
    ],
    questionWords: [
      'of',
      'hoe',
      'hoelang',
      'hoeveel',
      'hoever',
      'wat',
      'welke',
      'welk',
      'wanneer',
      'waarom',
      'wie',
      'waar',
      'waarvoor',
      'waaraan',
      'waaruit',
      'waarop',
    ],
    reach: 3,
    // "vraagt het budget aan" (applying) and "vraagt zijn saldo op" (requesting) ask nothing.
    particles: ['aan', 'op'],
    unsaid: ['@zeggen|@regelen|@vermelden|@bepalen ~ niets|niks', 'staat|staan ~ niets|niks', 'is|zijn ~ niets|niks ~ geregeld|afgesproken|bekend'],
    requests: [
      'vraagt|vragen|vroeg|vroegen ~ om',
      'verzoekt|verzoeken|verzocht',
      'pleit|pleiten|pleitte|pleitten ~ voor',
      'dringt|dringen ~ aan op',
      'stelt|stellen|stelde|stelden ~ voor ~ om|dat',
      // A wish: "De OR wil dat het budget kan worden gespaard".
      'wil|willen|wilde|wilden|wenst|wensen|wenste ~ dat',
      // Advice to come: "De OR zal adviseren om een spaarmogelijkheid op te nemen", "adviseert dat ...".
      '@adviseren ~ om|dat',
    ],
    modals: ['kan', 'kunt', 'kunnen', 'mag', 'mogen', 'mocht', 'kon'],
    granted: [
      '@toezeggen',
      'zegt|zeggen|zegde|zegden ~ toe',
      'toegezegd',
      '@instemmen',
      'gaat|gaan|ging|gingen ~ akkoord',
      'neemt|nemen|nam|namen ~ over',
      'overgenomen',
    ],
  },

  notYet: [
    '@hoeven ~ niet ~ direct|meteen|onmiddellijk|gelijk|dit|hetzelfde|datzelfde|het|in|binnen',
    'niet direct|meteen|onmiddellijk|per se ~ @besteden|@opnemen|@gebruiken|@genieten|@uitgeven|@opmaken',
  ],

  capExcess: ['daarboven', 'erboven', 'daarbuiten', 'meerdere', 'overschot', 'boven het maximum|plafond', 'meer dan het maximum', 'boven de grens'],

  nominalArticles: ['het'],

  nominalOf: ['van'],

  termWords: ['looptijd', 'loopt', 'geldig', 'termijn*'],

  yearlyMoments: [
    'in januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
    'op 1 januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
    'aan het begin van het jaar|kalenderjaar',
    'begin van elk|ieder|het jaar',
  ],
  oneOff: ['eenmalig', 'eenmalige', 'één keer'],

  untilYearEnd: [
    'einde|eind van het kalenderjaar|jaar|boekjaar',
    'eind|einde van het ~ kalenderjaar',
    'uiterlijk 31 december',
    'op 31 december',
    'per 31 december',
    // Valid until the last day of the year it was issued: "geldig tot 31 december van het jaar van uitgifte".
    // ("tot en met 31 december 2027" is the end of a stated period, not of the year of issue.)
    'tot|t/m 31 december van het|dat|hetzelfde jaar|kalenderjaar',
    'tot en met 31 december van het|dat|hetzelfde jaar|kalenderjaar',
    'jaareinde',
    'ultimo december',
    'binnen het kalenderjaar',
    'binnen hetzelfde kalenderjaar|jaar',
    'in hetzelfde kalenderjaar|jaar',
    'in het jaar van toekenning',
    'in het lopende kalenderjaar|jaar',
    // The year running out said as a clause: "voordat het kalenderjaar afloopt".
    'voordat|totdat het|dit kalenderjaar|jaar|boekjaar afloopt|eindigt|verstrijkt|voorbij|om',
    // The first day of next year as a deadline: "moet voor 1 januari van het volgende jaar besteed zijn".
    'voor|vóór|uiterlijk|per ~ 1 januari van het|een ~ volgend|volgende|daaropvolgende|komend|komende ~ jaar|kalenderjaar',
  ],

  // The end of the year after the grant, and the first day of the year after that.
  untilNextYearEnd: [
    'einde|eind van het ~ volgende|volgend|daaropvolgende|opvolgende ~ kalenderjaar|jaar|boekjaar',
    '31 december van het ~ volgende|volgend|daaropvolgende ~ jaar|kalenderjaar',
    '31 december van het jaar|kalenderjaar na|volgend ~ toekenning|storting|toekennen',
    'einde|eind van het jaar|kalenderjaar na|volgend ~ toekenning|storting|toekennen',
  ],

  caoTerm: [
    'looptijd van deze|de cao',
    'looptijd van de|deze collectieve arbeidsovereenkomst',
    'cao-periode',
    'caoperiode',
    'duur van deze|de cao',
    'gedurende de cao',
    // The cao running said as a clause: "zolang deze cao loopt".
    'zolang de|deze cao loopt|geldt|duurt',
    'zolang de|deze cao van kracht is',
  ],
} satisfies Partial<Lexicon>;
