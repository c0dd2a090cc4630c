import type { Lexicon } from './types';
import { nlVerbs } from './nlVerbs';

/** Ages from which staff count as older (45 to 67), for "vanaf 55 jaar", "60-plussers". */
const OLDER_AGE = Array.from({ length: 23 }, (_, i) => String(45 + i)).join('|');
/** The lowest education levels written as one word or two: "mbo-1", "mbo 1/2", "mbo-niveau 2", "vmbo", "praktijkonderwijs", "(v)mbo". */
const LOW_LEVEL = [
  'mbo-1', 'mbo-2', 'mbo1', 'mbo2', 'mbo-1-2', 'mbo-1-niveau', 'mbo-2-niveau', 'mbo-niveau-1', 'mbo-niveau-2', 'vmbo', 'vmbo-niveau', 'vmbo-diploma', "vmbo'ers",
  'vmbo-b', 'vmbo-k', 'vmbo-bb', 'vmbo-kb', 'vmbo-basis', 'vmbo-kader', 'vmbo-tl', 'vmbo-gl', 'praktijkonderwijs', 'entreeniveau', 'entree-niveau', 'entreeopleiding', 'vbo', 'lbo',
].join('|');
/** The same levels as two words: "mbo 1", "mbo-niveau 2", "mbo niveau 1", "( v ) mbo". */
const LOW_LEVEL_PAIR = 'mbo|mbo-niveau|mboniveau|mbo-niveaus 1|2|1-2|1/2|i|ii';
/** Small counts of years before the state pension ("de laatste tien jaar voor de AOW"). */
const SMALL_COUNT = 'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|2|3|4|5|6|7|8|9|10|12|15';
/** What guidance helps with: choosing, applying, planning, learning itself. */
const HELP_OBJECTS =
  'kiezen|keuze|keuzes|aanvraag|aanvragen|aanmelden|aanmelding|inschrijven|inschrijving|besteden|besteding|gebruik|invullen|zoeken|vinden|opstellen|maken|plannen';
/** Learning itself as what guidance helps with ("hulp bij het leren", "helpt je een leerplan op te stellen"). */
const LEARNING_OBJECTS = 'leren|lezen|schrijven|rekenen|taal|studeren|opleiding*|scholing|studie|studiekeuze|cursus*|training*|leerplan|leerwens*|ontwikkelplan|loopbaan*|leerdoel*|ontwikkeldoel*';
/** Words that attach a level to people ("medewerkers met", "tot en met", "opgeleid tot"), not to a course. */
const EDUCATION_LEVEL_ANCHORS = ['met|zonder|hooguit|maximaal|hoogstens|hoogste|t/m|opgeleid|geschoold|hebben|heeft|heb', 'tot en met', 'op|van ~ niveau|opleidingsniveau'];

/** Dutch: formal cao language ("de werknemer") and plain language ("je hebt recht op") alike. */
export const nl: Lexicon = {
  verbs: nlVerbs,
  auxiliaries: [
    'kan', 'kunnen', 'mag', 'mogen', 'moet', 'moeten', 'zal', 'zullen', 'wordt', 'worden', 'werd', 'werden', 'is', 'zijn', 'was', 'waren',
    'heeft', 'hebben', 'had', 'hadden', 'blijft', 'blijven', 'gaat', 'gaan', 'vervalt', 'vervallen', 'komt', 'komen',
  ],
  negators: ['niet', 'geen', 'nooit', 'noch', 'niets', 'evenmin', 'uitgesloten'],
  developmentStems: [
    'ontwikkel', 'ontwikkelings', 'opleidings', 'opleiding', 'scholings', 'studie', 'loopbaan', 'loopbaanontwikkelings',
    'leer', 'trainings', 'training', 'cursus', 'inzetbaarheids', 'di', 'professionaliserings', 'employability', 'groei',
    'talent', 'talentontwikkelings', 'persoonlijkontwikkel', 'persoonlijkeontwikkelings', 'l&d', 'pob', 'plb',
    'educatie', 'ontplooiings', 'carrière', 'carriere', 'vakmanschaps',
  ],
  compounds: {
    budgetHeads: ['budget', 'budgetten', 'tegoed', 'tegoeden', 'toelage', 'toelages', 'potje'],
    amountHeads: ['bedrag'],
    genericBudgetHeads: ['budget', 'budgetten', 'tegoed', 'tegoeden'],
    genericBudgetPrefixes: ['', 'basis', 'persoonlijk', 'persoonlijke', 'individueel', 'individuele', 'eigen', 'jaar', 'werknemers', 'medewerkers'],
    choicePrefixes: ['keuze', 'ikb'],
    // "scholingsgeld", "ontwikkelgeld", "groeigeld"; not "lesgeld", "cursusgeld", "studiegeld" (fees) nor "leergeld" (an idiom).
    moneyHeads: ['geld', 'gelden'],
    moneyStems: ['scholings', 'opleidings', 'ontwikkel', 'ontwikkelings', 'loopbaan', 'groei', 'talent', 'inzetbaarheids', 'professionaliserings', 'employability'],
    collectivePrefixes: ['team', 'afdelings', 'organisatie', 'bedrijfs', 'instellings', 'school', 'collectief', 'collectieve', 'centraal', 'centrale', 'sector', 'branche'],
    accountHeads: ['rekening', 'rekeningen'],
    accountExclusions: ['studiekosten'],
    fundHeads: ['fonds', 'fondsen'],
    fundPrefixes: ['o&o', 'sector'],
    voucherHeads: ['voucher', 'vouchers', 'cheque', 'cheques'],
    leaveHeads: ['verlof'],
    leavePrefixes: ['studie', 'scholings', 'opleidings', 'ontwikkel', 'ontwikkelings', 'educatief', 'leer', 'examen'],
    timeHeads: ['dag', 'dagen', 'uren', 'uur'],
    timePrefixes: ['ontwikkel', 'scholings', 'opleidings', 'studie', 'leer', 'professionaliserings', 'trainings'],
  },
  definitionOpeners: ['onder'],
  definitionVerbs: ['verstaan', 'verstaat'],
  references: {
    article: ['artikel', 'artikelen', 'art'],
    annex: ['bijlage', 'bijlagen'],
    member: ['lid', 'leden'],
    ordinals: { eerste: '1', tweede: '2', derde: '3', vierde: '4', vijfde: '5', zesde: '6', zevende: '7', achtste: '8', negende: '9', tiende: '10' },
    otherDocuments: ['bw', 'awb', 'wet*', 'wetboek', 'arar', 'barp', 'besluit', 'burgerlijk', 'politiewet', 'arbeidstijdenwet', 'arbowet', 'wvo', 'wpo'],
    linkWords: ['van', 'de', 'het', 'der', ','],
  },
  ages: {
    after: ['oud', 'ouder', 'jonger', 'en|of ouder|jonger'],
    before: ['leeftijd'],
    holders: ['werknemer*|medewerker*|ambtenaar|ambtenaren|collega*|personeel*|docent*|leraar|leraren|deelnemer* van|vanaf'],
  },
  developmentWords: [
    'ontwikkel*', 'opleiding*', 'scholing*', 'training*', 'cursus*', 'cursussen', 'loopbaan*', 'studie*',
    'leren', 'professionalisering*', 'deskundigheidsbevordering*', 'inzetbaarheid*', 'employability', 'bijscholing', 'omscholing',
    'employabilitybudget', 'evc', 'certificering', 'diploma*', 'vakbekwaamheid',
  ],
  instrumentPhrases: {
    'individual-generic': [
      'persoonlijk|persoonlijke|individueel|individuele|eigen budget|budgetten|tegoed',
      'budget|tegoed voor|ten behoeve van ~ ontwikkeling|scholing|opleiding*|inzetbaarheid|loopbaan*|professionalisering|deskundigheidsbevordering|training*',
      'budget duurzame inzetbaarheid',
      // Written apart: "ontwikkel budget", "persoonlijk opleidings budget".
      'ontwikkel|ontwikkelings|opleidings|scholings|loopbaan|leer|studie|groei|talent|professionaliserings budget|budgetten|tegoed|tegoeden',
      'basisbudget|trainingstoelage|opleidingstoelage|studietoelage',
    ],
    // Abbreviations name a development budget by themselves: persoonlijk ontwikkel-/opleidings-/
    // leerbudget, duurzame-inzetbaarheidsbudget, learning & development.
    'individual-budget': ['pob|pob-budget|pob\'s|plb|plb-budget|pob-regeling|pob-tegoed|pol|polb', 'di-budget|di-budgetten|l&d-budget|l&d-budgetten|lnd-budget', 'pob|plb|di|l&d budget|budgetten|tegoed'],
    'learning-account': ['leerrekening*', 'ontwikkelrekening*', 'scholingsrekening*', 'persoonlijke leerrekening', 'individuele leerrekening', 'stap-budget'],
    voucher: ['*voucher|*vouchers', 'scholingscheque*', 'opleidingscheque*', 'tegoedbon*'],
    'collective-fund': [
      'o&o-fonds*', 'opleidingspot', 'scholingspot', 'bestemmingsheffing', 'sectorfonds*',
      'ontwikkelbudget|ontwikkelingsbudget|opleidingsbudget|scholingsbudget voor bedrijven|werkgevers|de onderneming',
    ],
    'collective-generic': ['collectief|collectieve budget|fonds|pot|scholingsbudget|opleidingsbudget'],
    'choice-budget': ['keuzebudget*', 'ikb', 'ikb-*', 'individueel keuzebudget', 'keuzemenu', 'ikap', 'meerkeuzesysteem'],
    'development-time': [
      'ontwikkeldag|ontwikkeldagen|scholingsdag|scholingsdagen|opleidingsdag|opleidingsdagen|studiedag|studiedagen|leerdag|leerdagen',
      'ontwikkeluren|ontwikkeluur|scholingsuren|studie-uren|studieuren|opleidingsuren|professionaliseringsuren|leeruren',
      'ontwikkelbudget|ontwikkelingsbudget in uren|tijd',
      'ontwikkeltijd',
      'uren|klokuren|dagen voor|ten behoeve van deskundigheidsbevordering|professionalisering|scholing|ontwikkeling|opleiding',
      'scholing|opleiding|training in werktijd|werktijd|diensttijd',
      'onder|in|binnen werktijd|diensttijd ~ scholing|opleiding|training|cursus',
    ],
    'training-leave': ['studieverlof', 'scholingsverlof', 'opleidingsverlof', 'ontwikkelverlof', 'educatief verlof', 'betaald leerverlof', 'leerverlof', 'examenverlof'],
    reimbursement: [
      'studiekosten*', 'studiekostenregeling', 'studiefaciliteit*', 'vergoeding|vergoed|tegemoetkoming ~ studiekosten|scholingskosten|opleidingskosten|cursuskosten|cursusgeld|lesgeld|examenkosten',
      'cursus-|cursus ~ examenkosten', 'toegekend|vergoed|betaald|vergoedt|betaalt ~ scholingskosten|studiekosten|opleidingskosten|cursuskosten|cursusgeld|lesgeld', 'scholingskosten|opleidingskosten ~ vergoed|vergoeding|rekening|betaalt|betaald',
    ],
    subsidy: ['subsidie', 'subsidies', 'lerarenbeurs', 'studiebeurs', 'stap-subsidie'],
    'free-time': ['lummeltijd', 'lummeluren', 'innovatie-uren', 'innovatieuren', 'eigen ontwikkeltijd', 'vrije ontwikkeltijd', 'uren per maand voor eigen ontwikkeling', 'uur|uren per maand|week ~ eigen ontwikkeling'],
  },
  grants: [
    'recht op', 'aanspraak op', 'ontvangt', 'ontvangen', 'krijgt', 'krijg', 'krijgen', 'heeft|hebben|heb ~ budget*|*budget|rekening|tegoed',
    'beschikbaar', 'ter beschikking', 'toegekend', 'kent ~ toe', 'stelt ~ vast', 'bedraagt', 'gestort', 'stort*', 'opgebouwd',
    'bouwt|bouw ~ op', 'is er', 'zijn er', 'verstrekt', 'vergoedt', 'vergoed', 'wordt ~ toegekend', 'ontvang', 'kent|kennen',
    'geldt', 'inzetten', 'besteden', 'is bedoeld', 'bestaat uit', 'verleend', 'verleent', 'verlenen', 'toegestaan', 'in aanmerking',
    'vergoeding', 'komt|komen ~ voor rekening van',
    // "de cao bevat een ontwikkelbudget", "invoering van een POB", "kreeg een budget", "kende ... toe".
    'bevat|bevatten ~ *budget|*budgetten|*rekening|*rekeningen|*fonds|*tegoed|pob|plb|ikb', 'invoering|introductie van', 'invoeren|ingevoerd|introduceert|introduceren',
    'voert|voeren ~ in', 'kreeg|kregen|gekregen|ontving|ontvingen', 'kende|kenden ~ toe', 'aanspraak ~ maken', 'te besteden',
  ],
  collectiveCues: [
    '*loonsom*', '*salarissom*', 'loonkosten', 'salariskosten', 'personeelskosten', 'bedrijfskosten',
    'op|per hogeschoolniveau|instellingsniveau|organisatieniveau|bedrijfsniveau|ondernemingsniveau|afdelingsniveau|sectorniveau|brancheniveau|concernniveau|schoolniveau|bestuursniveau|vestigingsniveau|locatieniveau|teamniveau',
    'op het niveau van de|het ~ hogeschool|instelling|organisatie|onderneming|afdeling|school|sector',
    'van de|het afdeling|team|organisatie|instelling|hogeschool|school', 'per organisatie|instelling|school|hogeschool|werkgever|locatie|team',
    'opleidingsbeleid', 'scholingsbeleid', 'loopbaanbeleid', 'professionaliseringsbeleid', 'ontwikkelbeleid', 'opleidingsbegroting', 'begroting', 'lumpsum', 'collectief', 'collectieve', 'fonds', '*fonds', 'heffing', 'premie*',
    'van de onderneming', 'per onderneming', 'per bedrijf', 'per vestiging', 'per afdeling', 'voor bedrijven',
    'werkgever stelt ~ vast', 'werkgever reserveert', 'personeel', 'scholingsplan', 'opleidingsplan',
    'professionaliseringsplan', 'van zijn personeel', 'centrale', 'centraal',
  ],
  individualClaims: [
    'op aanvraag', 'aanvraag ~ indienen|indient|doen|doet', 'vraagt|vragen|vraag ~ aan', 'aanspraak', 'trekkingsrecht*', 'individuele aanvraag',
    'declareren|declareert|declaratie', 'subsidieaanvraag', 'kan|kunnen|kunt|kun|mag|mogen ~ aanvragen', 'aangevraagd', 'beroep doen op', 'doet|doen ~ beroep op', 'aanspraak maken',
    // Every form of the verb, split too ("vraag je aan via", "aan te vragen"); the noun "aanvraag" is no form of it.
    '@aanvragen',
  ],
  individualCues: [
    'per werknemer|medewerker|persoon|deelnemer|fte|ambtenaar|docent|leraar|personeelslid|individu',
    'elke|iedere|ieder werknemer|medewerker|ambtenaar|docent|leraar|personeelslid|deelnemer',
    'jouw|je|uw budget|budgetten|tegoed|*budget|*tegoed|*rekening|pob|plb',
    'persoonlijk|persoonlijke|individueel|individuele ~ budget|*budget|tegoed|*tegoed',
    'werknemer|werknemers|medewerker|medewerkers|ambtenaar|ambtenaren|je|jij|u ~ heeft|hebben|hebt|heb|krijgt|krijgen|krijg|ontvangt|ontvangen|ontvang|@opbouwen ~ recht|budget|*budget|tegoed|€|euro',
    'krijgt|ontvangt|heeft|bouwt de|elke|iedere werknemer|medewerker|ambtenaar', 'krijg|krijgen|heb|hebben|ontvang|ontvangen|bouw|bouwen je|jij|u|werknemers|medewerkers',
  ],
  employerClaimants: [
    'werkgever', 'werkgevers', 'bedrijf', 'bedrijven', '*bedrijven', 'onderneming', 'ondernemingen', 'ondernemer', 'ondernemers', 'organisatie', 'organisaties',
    'we', 'wij', 'instelling', 'instellingen', 'opleider', 'opleiders', 'scholen', 'schoolbestuur', 'schoolbesturen', 'gemeenten', 'aanvragende werkgever',
  ],
  employeeClaimants: ['werknemer', 'werknemers', 'medewerker', 'medewerkers', 'je', 'jij', 'u', 'ambtenaar', 'ambtenaren', 'leraar', 'leraren', 'docent', 'docenten', 'deelnemer', 'deelnemers', 'personeelslid', 'personeelsleden', 'werkenden'],
  // Money for development granted without naming a budget; read only with an amount or a share and a development word.
  implicitGrants: [
    'stelt|stellen ~ beschikbaar', 'beschikbaar gesteld', 'ter beschikking', '@storten', 'gestort', '@reserveren', 'gereserveerd', 'trekt|trekken ~ uit', 'uitgetrokken',
    'te besteden', 'krijgt|krijgen|krijg|ontvangt|ontvangen|ontvang ~ jaarlijks|per|elk|ieder|€|euro', 'heeft|hebben|hebt|heb ~ jaarlijks|per ~ te besteden',
  ],
  costCues: ['*kosten', 'kosten', 'vergoed*', 'tegemoetkoming*', 'declaratie*', 'terugbetal*', 'salaris*', 'loonsverhoging*', 'uitkering*', 'pensioen*', 'premie*', 'bijdrage*', 'subsidie*'],
  employeeRecipients: [
    'aan|voor ~ werknemer|werknemers|medewerker|medewerkers|leraren|leraar|docenten|docent|ambtenaar|ambtenaren|personeelsleden|werkenden',
    // Employees named as the ones who get it ("leraren kunnen subsidie ontvangen"); "je" may be an employer on a fund's site.
    'werknemer|werknemers|medewerker|medewerkers|leraar|leraren|docent|docenten|ambtenaar|ambtenaren|werkenden ~ kan|kunnen|krijgt|krijgen|ontvangt|ontvangen|vraagt|vragen ~ subsidie|subsidies',
  ],
  upperBounds: ['hoogste', 'maximaal', 'maximum', 'max', 'hooguit', 'hoogstens', 'niet meer dan', 'minder dan', 'tot'],
  lowerBounds: ['minimaal', 'minste', 'minimum', 'tenminste', 'meer dan', 'vanaf', 'boven'],
  numberLabels: ['artikel', 'art', 'lid', 'bijlage', 'hoofdstuk', 'paragraaf', 'onderdeel', 'nummer', 'nr'],
  perPersonCues: ['per werknemer', 'per medewerker', 'per persoon', 'per deelnemer', 'per fte', 'per voltijdbaan', 'per docent', 'per ambtenaar', 'per individu', 'per jaar per'],
  totalCues: ['in totaal', 'totaal', 'totale', 'pot', 'fonds', 'collectief', 'collectieve', 'voor alle werknemers', 'voor alle medewerkers', 'beschikbaar gesteld'],
  // Lapse and carry-over are concepts, not word lists: a verb entry (@vervallen) covers every form
  // of the verb, and a separable one (@meenemen) also the split order "neem je niet mee".
  lapse: [
    '@vervallen', '@verlopen', '@verliezen', 'verloren ~ @gaan', '@gaan ~ verloren', 'verbeurd', '@vervallenverklaren',
    'op nul ~ @zetten|@stellen', '@zetten|@stellen ~ op nul', '@nullen',
    // "niet meer beschikbaar", "niet langer te besteden", "niet meer op te nemen": no longer usable.
    'niet|geen meer|langer ~ beschikbaar|geldig|besteedbaar|bruikbaar|opneembaar|declarabel',
    'niet|geen meer|langer ~ te ~ @besteden|@gebruiken|@opnemen|@benutten|@declareren|@uitgeven|@inzetten',
    // Lost: "ben je kwijt", "raak je kwijt", "verdwijnt"; "is weg" only at the end of its clause (lapseAtClauseEnd).
    '@zijn|@raken ~ kwijt', 'kwijt ~ @zijn|@raken', '@verdwijnen', '@zijn weg',
    'niet bestede|niet-bestede|niet gebruikte|niet-gebruikte|ongebruikte|niet benut|niet-benut|onbenut|onbenutte ~ @terugvloeien|terug',
    '@terugvloeien', '@terugvallen ~ aan|naar', 'terug naar|in het fonds|de pot',
    'use it or lose it',
  ],
  // Said of the budget itself, carrying it over; negated ("neem je niet mee") it is a lapse.
  carryOver: [
    '@meenemen', '@meegaan', '@doorschuiven', '@overhevelen', '@overzetten', '@doorzetten', '@overboeken', '@doorlopen ~ volgend|volgende|komend|komende|later|nieuwe',
    '@reserveren ~ voor ~ later|volgend|volgende|komende|toekomst',
    '@overdragen ~ naar|aan ~ volgend|volgende|komend|komende|nieuwe ~ jaar|kalenderjaar|periode',
    // Added to the next year's budget: "het restant wordt toegevoegd aan het budget van het volgende jaar".
    '@toevoegen|@optellen|@bijtellen|@bijschrijven|@overboeken ~ volgend|volgende|komend|komende|nieuwe|later|latere ~ jaar|kalenderjaar|jaren|periode|budget',
  ],
  // Building a balance up; "geen budget opgebouwd" says nothing was accrued, not that it lapses.
  // Saving is explicit; building up is saving only when it may grow across years (a modal or a
  // cap), not the monthly accrual of a yearly budget ("dat per maand wordt opgebouwd").
  accrual: [
    '@sparen', '@opsparen', '@bijeensparen', '@aansparen',
    'kan|kunt|kunnen|mag|mogen|@blijven ~ @opbouwen|@stapelen|@cumuleren|@oplopen|@aangroeien', '@oplopen|@aangroeien ~ tot ~ keer|maal|maximaal|maximum', '@opbouwen|@stapelen|@cumuleren ~ tot|maximaal|maximum|hoogstens',
    'maximaal|maximum|hoogstens|tot ~ @opbouwen|@stapelen|@cumuleren',
  ],
  saving: [
    'naar het volgende|komende jaar|kalenderjaar', 'naar een volgend|later jaar|kalenderjaar', 'naar volgend jaar|kalenderjaar',
    '@blijven ~ beschikbaar|staan|bestaan|geldig|openstaan|besteedbaar', '@blijven ~ op|in ~ rekening|tegoed|saldo',
    '@zijn ~ geldig', 'geldig ~ gedurende|tot|voor', 'geldigheidsduur', '@bijschrijven',
    'maximale|maximum opbouw', 'opbouw ~ tot|van ~ maximaal|maximum|ten hoogste', 'tot maximaal|maximum ~ *budgetten|*budget|keer|maal',
    '@houden|@behouden ~ tegoed|saldo|budget', 'spaarsaldo', 'spaarmogelijkheid', 'spaarregeling', 'spaarrekening',
  ],
  // What a lapse or carry-over is said of: money (the budget, the balance, what is not spent) or time (days, hours, leave).
  backReferenceWords: [
    'budget', 'budgetten', 'tegoed', 'tegoeden', 'saldo', 'bedrag', 'persoonlijk', 'persoonlijke', 'individueel', 'individuele', 'eigen', 'jaarbudget',
    'persoonlijkbudget', 'jouw', 'je', 'uw', 'zijn', 'haar', 'het', 'de', 'dit', 'dat', 'deze',
  ],
  nameLinkWords: ['en', '&', 'van', 'voor', 'de', 'het'],
  // Spending or using the budget, or its validity: a period in the same clause is its spending period.
  spending: [
    '@besteden', '@uitgeven', '@gebruiken', '@inzetten', '@benutten', '@opmaken', '@declareren', '@aanwenden', '@opnemen',
    'geldig', 'beschikbaar', 'besteedbaar', 'bestedingstermijn', 'bestedingsperiode', 'besteding', 'bestedingen',
  ],
  statementSubjects: {
    money: [
      '*budget', '*budgetten', 'tegoed', 'tegoeden', 'saldo', 'saldi', 'bedrag', 'bedragen', '*bedrag', '*bedragen', 'geld', 'restant', 'restbedrag', 'rest', 'ontwikkeldeel',
      '*rekening', 'voucher*', '€', 'euro', '@besteden', '@uitgeven', '@declareren', 'besteding*',
    ],
    time: ['*dagen', '*dag', '*uren', 'uur', 'dagdeel', 'dagdelen', '*verlof', 'verlofuren', 'tijd', '@opnemen'],
    // What lapses in a cao besides balances: a regulation or article replaced, an application, a premium, an allowance.
    other: [
      'regeling', 'regelingen', '*regeling', 'artikel', 'artikelen', 'bepaling', 'bepalingen', 'lid', 'bijlage', 'cao', 'overeenkomst', 'afspraak', 'afspraken',
      'aanvraag', 'aanvragen', 'verzoek', 'premie', 'premies', '*premie', '*premies', 'toeslag', 'toeslagen', '*toeslag', '*toeslagen', 'toelage', 'uitkering', 'aanspraak ~ uitkering',
    ],
  },
  lapseAtClauseEnd: ['weg'],
  noLonger: ['meer', 'langer'],
  notYet: [
    '@hoeven ~ niet ~ direct|meteen|onmiddellijk|gelijk|dit|hetzelfde|datzelfde|het|in|binnen',
    'niet direct|meteen|onmiddellijk|per se ~ @besteden|@opnemen|@gebruiken|@genieten|@uitgeven|@opmaken',
  ],
  capExcess: ['daarboven', 'erboven', 'daarbuiten', 'meerdere', 'overschot', 'boven het maximum|plafond', 'meer dan het maximum', 'boven de grens'],
  nominalArticles: ['het'],
  nominalOf: ['van'],
  termWords: ['looptijd', 'loopt', 'geldig', 'termijn*'],
  untilYearEnd: [
    'einde|eind van het kalenderjaar|jaar|boekjaar', 'eind|einde van het ~ kalenderjaar', 'uiterlijk 31 december', 'op 31 december', 'per 31 december',
    'jaareinde', 'ultimo december', 'binnen het kalenderjaar', 'binnen hetzelfde kalenderjaar|jaar', 'in hetzelfde kalenderjaar|jaar',
    'in het jaar van toekenning', 'in het lopende kalenderjaar|jaar',
    // The year running out said as a clause: "voordat het kalenderjaar afloopt".
    'voordat|totdat het|dit kalenderjaar|jaar|boekjaar afloopt|eindigt|verstrijkt|voorbij|om',
    // The first day of next year as a deadline: "moet voor 1 januari van het volgende jaar besteed zijn".
    'voor|vóór|uiterlijk|per ~ 1 januari van het|een ~ volgend|volgende|daaropvolgende|komend|komende ~ jaar|kalenderjaar',
  ],
  // The end of the year after the grant, and the first day of the year after that.
  untilNextYearEnd: [
    'einde|eind van het ~ volgende|volgend|daaropvolgende|opvolgende ~ kalenderjaar|jaar|boekjaar',
    '31 december van het ~ volgende|volgend|daaropvolgende ~ jaar|kalenderjaar', '31 december van het jaar|kalenderjaar na|volgend ~ toekenning|storting|toekennen',
    'einde|eind van het jaar|kalenderjaar na|volgend ~ toekenning|storting|toekennen',
  ],
  caoTerm: ['looptijd van deze|de cao', 'looptijd van de|deze collectieve arbeidsovereenkomst', 'cao-periode', 'caoperiode', 'duur van deze|de cao', 'gedurende de cao',
    // The cao running said as a clause: "zolang deze cao loopt".
    'zolang de|deze cao loopt|geldt|duurt', 'zolang de|deze cao van kracht is'],
  exclusiveCues: ['uitsluitend|alleen|enkel|specifiek|exclusief ~ voor|aan|ten behoeve van', 'bestemd|geoormerkt|gereserveerd voor', 'geoormerkt', 'apart gezet voor'],
  purposeCues: [
    'besteden|besteed|besteedt|inzetten|ingezet|gebruiken|gebruikt|aanwenden|aangewend ~ voor|aan', 'bestedingsdoel*', 'bestemd voor', 'bedoeld voor', 'is bedoeld',
    'ten behoeve van', 'voor de kosten van', 'kosten van', 'in aanmerking', 'waaronder', 'onder ~ worden verstaan', 'wordt ~ verstaan', 'zoals',
    'vrij te besteden', 'vrij besteedbaar', 'naar keuze', 'voor ~ en',
  ],
  purposes: {
    // Compounds carry their meaning in the head: "vakopleidingen", "taalcursussen", "ADR-certificaten".
    opleiding: ['opleiding', 'opleidingen', 'ontwikkeltraject*', '*opleiding', '*opleidingen', 'studie', 'studies', 'deeltijdstudie*', 'diploma*', '*diploma', "*diploma's", 'mbo', 'hbo', 'mbo-opleiding*', '*opleidingstraject*', 'opleidingstraject*', 'leertraject*', 'leerwerktraject*'],
    cursus: ['cursus', 'cursussen', 'cursusgeld', '*cursus', '*cursussen', 'lesgeld', 'inschrijvingskosten', 'examen*', '*examen', '*examens', 'tentamen*', 'leermiddelen', 'studiemateriaal', 'studieboeken', 'boeken', 'vakliteratuur', 'literatuurstudie'],
    training: ['training', 'trainingen', '*training', '*trainingen', 'workshop*', '*workshop', '*workshops', 'seminar*', 'congres*', 'conferentie*', 'e-learning*', 'masterclass*', 'intervisie', 'webinar*', 'bootcamp*', 'leergang*', 'summerschool*', 'summer school'],
    loopbaanadvies: ['loopbaanadvies', 'loopbaanbegeleiding', 'loopbaancoaching', 'loopbaancoach', 'loopbaanscan', 'loopbaantraject*', 'coaching', '*coaching', 'coachingstraject*', 'ontwikkelassessment', 'assessment'],
    evc: ['evc', 'evc-traject*', 'evc-procedure*', 'erkenning van ~ competenties', 'ervaringscertificaat'],
    certificering: ['certificering', 'certificaat', 'certificaten', '*certificaat', '*certificaten', 'vakdiploma', 'vakbekwaamheid*', 'hercertificering', 'rijbewijs', 'rijbewijzen', '*rijbewijs', 'vakbekwaamheidsbewijs'],
    scholing: ['scholing', 'bijscholing', 'omscholing', 'herscholing', 'nascholing', '*nascholing', 'scholing buiten de functie', 'deskundigheidsbevordering', 'professionalisering*', 'ontwikkelingsactiviteit*', 'ontwikkelactiviteit*'],
    loopbaan: ['loopbaanontwikkeling', 'loopbaanstappen', 'employability', 'mobiliteit', 'van-werk-naar-werk', 'loopbaanperspectief'],
    vitaliteit: ['vitaliteit*', 'gezondheid*', 'sportabonnement', 'fit'],
    // The question or intro of a purpose list: "Waaraan kun je het budget besteden?", "Het budget kan worden besteed aan:".
    // (statements.ts keeps the question only when it ends in "?" or ":", the intro only right before ":").
    list: [
      'waaraan|waarvoor ~ besteden|besteed|besteedt|gebruiken|gebruikt|inzetten|ingezet|uitgeven', 'bestedingsdoel*', 'bestedingsmogelijkheden',
      'besteden|besteed|besteedt|gebruiken|gebruikt|inzetten|ingezet|aanwenden|aangewend|uitgeven|uitgegeven aan|voor', 'bedoeld|bestemd voor', 'in aanmerking',
    ],
  },
  regulationReferences: [
    'volgens|conform|overeenkomstig|in|op grond van het|de ~ reglement|regeling|opleidingsreglement|scholingsreglement|studiefaciliteitenregeling|opleidingsregeling|bijlage',
    'in artikel ~ genoemde|bedoelde|vermelde|omschreven ~ activiteiten|doelen|doeleinden|kosten|opleidingen|bestedingen',
    'genoemde|bedoelde|vermelde activiteiten|doelen|doeleinden|bestedingsdoelen',
    'zie bijlage', 'opgenomen in bijlage', 'genoemd in bijlage', 'vermeld in bijlage', 'lijst ~ opleidingen|bijdragen',
  ],
  targetGroups: {
    'lower-educated': [
      'lager|laag opgeleide|opgeleiden|opgeleid|geschoolde|geschoolden|geschoold', 'lageropgeleid*|laagopgeleid*|laaggeschoold*|lagergeschoold*|laagopgeleide*',
      'praktisch geschoolde|geschoolden|geschoold|opgeleiden|opgeleide|opgeleid', 'praktischgeschoold*|praktischopgeleid*',
      // An education level said of people, not of a course: "medewerkers met mbo 1 of 2", "tot en met mbo-niveau 2".
      ...EDUCATION_LEVEL_ANCHORS.map((anchor) => `${anchor} ~ ${LOW_LEVEL}`),
      ...EDUCATION_LEVEL_ANCHORS.map((anchor) => `${anchor} ~ ${LOW_LEVEL_PAIR}`),
      ...EDUCATION_LEVEL_ANCHORS.map((anchor) => `${anchor} ~ ( v ) mbo|mbo-niveau|mbo-diploma`),
      `${LOW_LEVEL} ~ opgeleid*|geschoold*`, 'mbo-1-opgeleid*|mbo-2-opgeleid*|mbo1-opgeleid*|mbo2-opgeleid*|vmbo-opgeleid*',
      'met|zonder|hooguit|maximaal|hoogstens|t/m ~ opleiding|opleidingsniveau|diploma|onderwijs|niveau ~ niveau|niveaus 1|2|1-2|i|ii',
      'opgeleid|geschoold|opleidingsniveau|onderwijsniveau|opleidingsniveaus ~ niveau|niveaus 1|2|1-2',
      'opleidingsniveau|onderwijsniveau ~ 1|2|1-2', 'niveau|niveaus 1|2 ~ of|en|tot|/ ~ 2 ~ opgeleid*|geschoold*',
      'startkwalificatie', 'zonder ~ startkwalificatie|diploma|diploma\'s|vakdiploma|beroepsopleiding|beroepskwalificatie|kwalificatie|afgeronde|afgeronde',
      'geen ~ startkwalificatie|diploma|diploma\'s|vakdiploma|beroepsopleiding|beroepskwalificatie|afgeronde|kwalificatie',
      'opleiding|school|studie ~ niet ~ afgerond|afgemaakt|afgesloten', 'weinig|nauwelijks|geen ~ scholing|opleiding|onderwijs ~ gehad|genoten|gevolgd',
      'lager|lage onderwijsniveau|opleidingsniveau', 'laag|lager|laagste|lage ~ opleidingsniveau|onderwijsniveau', 'lagere|laagste functieschalen|loonschalen|salarisschalen|functiegroepen|schalen|loongroepen',
      'kwetsbare ~ groep|groepen|werknemers|medewerkers|werkenden|collega\'s|doelgroep|doelgroepen', 'leerachterstand', 'achterstand in|bij ~ leren|scholing|opleiding',
    ],
    older: [
      'oudere|oudste ~ werknemer|werknemers|medewerker|medewerkers|collega|collega\'s|werkenden|ambtenaren|personeelsleden|docenten|monteurs|chauffeurs|leeftijdsgroep*',
      'ouderen', 'senioren', 'seniorenregeling*', '*plusser|*plussers', `${OLDER_AGE} plus|plussers`, OLDER_AGE.split('|').map((age) => `${age}-plusser*|${age}plusser*|${age}-plus`).join('|'),
      `werknemer*|medewerker*|collega*|van|vanaf|groep ~ ${OLDER_AGE} +`,
      `vanaf|boven ${OLDER_AGE} jaar`, `ouder dan ${OLDER_AGE} jaar`, `leeftijd van ${OLDER_AGE} jaar`, `van ${OLDER_AGE} jaar ~ en|of ouder`, `${OLDER_AGE} jaar en|of ouder`,
      `${OLDER_AGE} jaar ~ bereikt|bereiken|bereikt|geworden|wordt|worden`, 'laatste fase van de|hun|zijn|je ~ loopbaan', 'laatste ~ jaar|jaren ~ voor|vóór ~ aow*|pensioen*|pensionering',
      'jaren voor|vóór ~ aow*|pensioen*|pensionering', `${SMALL_COUNT} jaar voor|vóór ~ aow*|pensioen*|pensionering`, 'richting ~ aow*|pensioen*|pensionering',
    ],
    'low-literate': [
      'laaggeletterd*', 'laaggeletterdheid', 'analfabeet|analfabeten|analfabetisme', 'taalachterstand*', 'nt2', 'nt2-*', 'basisvaardigheden',
      'taal - en rekenvaardigheid|rekenvaardigheden', 'lees - en schrijfvaardigheid|schrijfvaardigheden', 'taal - en|of rekenachterstand*',
      'digitale vaardigheden', 'moeite|problemen ~ met ~ lezen|schrijven|rekenen|taal|nederlands|nederlandse|computer|digitale',
      'moeilijk|moeizaam|slecht|matig ~ lezen|schrijven|leest|schrijft|nederlands', 'lezen|schrijven|leest|schrijft ~ moeizaam|moeilijk|slecht|matig',
      'taal|nederlands ~ niet|onvoldoende|nauwelijks|beperkt|slecht ~ beheersen|beheerst|machtig|spreken|spreekt|lezen|leest',
      'taal ( nog ) ~ niet|onvoldoende|nauwelijks ~ beheersen|beheerst|machtig|spreken|spreekt', 'taal|nederlands ~ onvoldoende|nauwelijks|slecht|gebrekkig',
      'onvoldoende|nauwelijks|slecht|gebrekkig|weinig ~ nederlands', 'anderstalig*',
    ],
  },
  support: {
    // Career advice and the people who give it, in any form: "een gesprek met een loopbaanadviseur", "onafhankelijk advies".
    loopbaanadvies: [
      'loopbaanadvies', 'loopbaanadviseur*', 'loopbaanadviezen', 'loopbaanadvisering', 'loopbaancentrum', 'loopbaanpunt', 'onafhankelijk|onafhankelijke ~ advies|adviseur*|loopbaanadvies',
      'ontwikkeladvies', 'ontwikkeladviseur*', 'opleidingsadvies', 'opleidingsadviseur*', 'studieadvies', 'studieadviseur*', 'scholingsadvies', 'scholingsadviseur*', 'leeradviseur*', 'o&o-adviseur*',
      'advies|adviseert|adviseren|adviseer ~ over|bij ~ opleiding*|scholing|loopbaan|ontwikkeling|keuze|besteding|budget|*budget|cursus*|training*',
      'interne|externe|onafhankelijke|persoonlijke coach|coaches',
      'gesprek|gesprekken ~ met ~ adviseur|adviseurs|*adviseur|*adviseurs|deskundige|deskundigen|opleidingscoördinator|*coördinator|*consulent|consulent|coach|*coach',
    ],
    loopbaangesprek: ['loopbaangesprek*', 'loopbaanscan*', 'loopbaancheck*', 'apk-gesprek', 'loopbaan-apk', 'ontwikkelscan*', 'mid-career*', 'midcareer*', 'ontwikkelcheck*', 'loopbaanspiegel*'],
    // Peers and contacts who lead colleagues to learning: learning ambassadors, language buddies, a desk to walk in.
    leerambassadeur: [
      'leerambassadeur*', 'ontwikkelambassadeur*', 'scholingsambassadeur*', 'taalambassadeur*', 'opleidingsambassadeur*', 'leer-werkloket*', 'leerloket*', 'ontwikkelloket*',
      'ontwikkelcoach*', 'taalcoach*', 'leercoach*', 'studiecoach*', 'loopbaancoach*', 'taalmaatje*', 'leermaatje*', 'studiemaatje*', 'leerbuddy*', 'taalbuddy*',
    ],
    workshop: ['workshop', 'workshops', 'voorlichtingsbijeenkomst*', 'informatiebijeenkomst*', 'inloopspreekuur', 'spreekuur', 'spreekuren', 'inloopmiddag*', 'inloopochtend*', 'inloopavond*', 'inloopuur', 'informatiemarkt', 'loopbaanmarkt*', 'loopbaanworkshop*', 'opleidingsmarkt*'],
    // Generic help counts only where the sentence is about learning (see facts/statements.ts).
    begeleiding: [
      'begeleiding', 'begeleidt', 'begeleiden', 'persoonlijke|individuele ondersteuning', 'ondersteuning op maat', 'maatje', 'maatjes', 'buddy', "buddy's", 'buddies',
      `hulp|ondersteuning|ondersteunt|ondersteunen|helpt|helpen|help ~ bij|met ~ ${HELP_OBJECTS}`, `helpt|helpen|help ~ ${HELP_OBJECTS}`,
      'aanvraag|aanvraagformulier|formulier ~ met|samen ~ invult|invullen', 'vult|vullen ~ aanvraag|aanvraagformulier|formulier ~ samen|met ~ in',
      'helpt|helpen|help ~ op te stellen|in te vullen|aan te vragen|te kiezen', 'kiest|kiezen|kies|bepaalt|bepalen ~ in overleg', 'kiest|kiezen|kies|bepaalt|bepalen ~ samen met',
    ],
    // Help whose object is learning itself ("helpt je een leerplan op te stellen"): about learning by what it names.
    hulp: [`hulp|ondersteuning|ondersteunt|ondersteunen|helpt|helpen|help ~ bij|met ~ ${LEARNING_OBJECTS}`, `helpt|helpen|help ~ ${LEARNING_OBJECTS}`],
    coaching: ['coaching', 'coach', 'coaches', 'coachen', 'coacht', 'mentor', 'mentoren', 'mentoraat', 'begeleider', 'begeleiders'],
    // A conversation on how to use the right: "bespreek je met je leidinggevende waaraan je de dagen besteedt".
    gesprek: [
      'bespreekt|bespreken|bespreek|besproken|overlegt|overleggen|overleg ~ waaraan|waarvoor|hoe|welke|wat ~ besteedt|besteed|besteden|inzet|inzetten|gebruikt|gebruiken|volgt|volgen|doet|doen',
    ],
    'low-threshold': [
      'laagdrempelig*', 'eenvoudige aanvraag*', 'eenvoudig aan te vragen', 'eenvoudig ~ aanvragen', 'zonder ~ administratieve|formulieren|papierwerk', 'zonder voorfinanciering', 'zonder ~ voor te schieten|voorschieten',
      // Paying the provider directly is a procedure, not guidance; not having to advance the money is low-threshold.
      'rechtstreeks ~ gefactureerd',
      'niet|niets|geen ~ voorschieten|voorfinancieren', 'niet|niets|geen ~ voor te schieten',
    ],
  },
  supportExclusions: ['financiële|financieel|geldelijke|fiscale', 'bij|in|van|met ~ kosten|studiekosten|opleidingskosten|cursuskosten|reiskosten', 'met hulp van'],
  // How employees come to know of their entitlements (entitlement-communication); read by facts/communication.ts.
  communication: {
    means: {
      // Someone tells: the subject informs (not an employee reporting upward), or the employee is told (passive).
      tell: [
        '@informeren', 'geïnformeerd', 'geinformeerd', '@brengen ~ onder de|hun|zijn|haar ~ aandacht', 'onder de aandacht ~ gebracht|brengen|te brengen', '@attenderen',
        'wijs|wijst|wijzen|wees|wezen ~ hen|hem|haar|je|jou|u|jullie|ze|iedereen|medewerker*|werknemer*|collega* ~ op', 'gewezen op', 'wijst|wijzen|wees|wezen ~ op het bestaan',
        '@bekendmaken', 'bekendgemaakt', 'bekend gemaakt', 'bekendmaking', '@stellen ~ op de hoogte', '@houden ~ op de hoogte', 'op de hoogte ~ gesteld|gehouden|stellen|houden|brengen|gebracht',
        // The nouns only as given or received: "de toelichting" alone is a regulation's explanatory memorandum.
        '@toelichten', 'toegelicht', '@geven|@krijgen|@ontvangen ~ toelichting|uitleg', 'toelichting|uitleg ~ @geven|@krijgen|@ontvangen', '@uitleggen', 'uitgelegd', '@vertellen ~ over', '@herinneren ~ aan', 'herinnerd', '@communiceren', 'gecommuniceerd',
        '@aankondigen', 'aangekondigd', 'voorlichting', 'voorgelicht',
      ],
      // What employees get or attend: a message, a reminder, printed matter, a meeting, a campaign.
      material: [
        'melding', 'meldingen', 'notificatie*', 'herinnering*', 'reminder*', 'brief', 'brieven', 'e-mail', 'mail', 'bericht', 'berichten', 'nieuwsbrief*', 'nieuwsbericht*',
        'folder*', 'brochure*', 'flyer*', 'factsheet*', 'poster*', 'infographic*', 'informatiebijeenkomst*', 'voorlichtingsbijeenkomst*', 'informatiesessie*', 'informatiemiddag*',
        'informatieavond*', 'webinar*', 'campagne*', 'personeelsblad', 'personeelskrant', 'personeelsbijeenkomst*', 'town hall', 'werkoverleg', 'teamoverleg', 'introductieprogramma',
      ],
      // A statement of what is left.
      overview: [
        'overzicht|jaaroverzicht|opgave|specificatie ~ saldo|tegoed|*tegoed|budget|*budget|opbouw|stand|restant|resterende|resterend|*uren|*dagen|over|gebruikt|besteed',
        'inzicht in ~ hoogte|saldo|tegoed|*tegoed|opbouw|budget|*budget|stand|restant|mutaties', 'hoeveel ~ over|resteert|beschikbaar|nog|opgebouwd|resterend',
        'stand van ~ budget|*budget|rekening|*rekening|tegoed|*tegoed|zaken',
      ],
      // Where employees see it: counted only with a word of showing or telling, never as the place to apply.
      channel: [
        'intranet', 'portaal', '*portaal', '*portal', 'app', '*app', 'platform', '*platform', 'website', 'hr-systeem', '*systeem', 'selfservice*', 'mijn-omgeving', 'online omgeving',
        'loonstrook', 'loonstrookje', 'salarisstrook', 'salarisstrookje', 'salarisspecificatie', 'loonspecificatie', 'dashboard',
      ],
      conversation: [
        'jaargesprek*', 'functioneringsgesprek*', 'ontwikkelgesprek*', 'ontwikkelingsgesprek*', 'loopbaangesprek*', 'pop-gesprek*', 'beoordelingsgesprek*',
        'gesprekscyclus', 'personeelsgesprek*', 'resultaatgesprek*', 'r&o-gesprek*', 'voortgangsgesprek*', 'planningsgesprek*', 'plannings- en functioneringsgesprek*',
        'gesprek', 'gesprekken', '@spreken ~ elkaar', '@bespreken', 'besproken', 'persoonlijk ontwikkelingsplan|ontwikkelplan', 'pop', 'ontwikkelagenda',
        '@maken ~ afspraken|afspraak', 'ontwikkelafspraken', 'persoonlijk ontwikkelplan', 'aan bod', 'aan de orde',
      ],
    },
    // A conversation counts when it recurs, is one of the periodic conversations, works from a personal plan, or is held together on purpose.
    recurring: [
      'jaarlijks*', 'ieder|elk|elke|iedere jaar|kalenderjaar|schooljaar', 'per jaar|kalenderjaar|schooljaar', 'eenmaal|eens|éénmaal per', 'ten minste|minimaal|tenminste ~ per',
      'periodiek*', 'regelmatig*', 'een|één|eén keer|maal per', 'cyclus', 'gesprekscyclus', 'jaarcyclus', 'ieder|elk kwartaal', 'jaargesprek*',
    ],
    periodicConversations: [
      'jaargesprek*', 'functioneringsgesprek*', 'ontwikkelgesprek*', 'ontwikkelingsgesprek*', 'loopbaangesprek*', 'pop-gesprek*', 'beoordelingsgesprek*',
      'gesprekscyclus', 'personeelsgesprek*', 'resultaatgesprek*', 'r&o-gesprek*', 'planningsgesprek*', 'voortgangsgesprek*', 'plannings-',
      'persoonlijk ontwikkelingsplan|ontwikkelplan|opleidingsplan', 'pop', 'ontwikkelagenda', 'individueel ontwikkelplan|ontwikkelingsplan',
      'samen ~ in gesprek', 'gaan|gaat ~ in gesprek ~ over',
    ],
    // What the sentence must be about for telling or a channel to count (besides development words and instruments).
    topics: [
      'regeling', 'regelingen', '*regeling', '*regelingen', 'mogelijkheden', 'mogelijkheid', 'rechten', 'recht', 'budget*', '*budget', '*budgetten', 'tegoed', '*tegoed', 'saldo', '*verlof', 'afspraken',
      'cao-afspraken', 'faciliteiten', '*faciliteiten', 'vergoeding*', '*uren', '*dagen', '*voucher*', '*rekening', '*fonds',
    ],
    // A message or channel for asking, applying or deciding is procedure, not informing.
    procedure: [
      'aanvraag', 'aanvragen', 'aanvraagformulier*', '*formulier', 'vraag|vraagt|vragen|vroeg ~ aan', 'declaratie*', '@declareren', '@indienen', 'ingediend', '@inleveren', 'ingeleverd',
      'besluit', 'beslissing', 'beschikking', 'toekenning', 'afwijzing', 'verzoek', '@aanmelden', '@inschrijven',
    ],
    // Conversations and information given only when asked for ("op verzoek", "desgewenst") are "ask HR".
    onRequest: [
      'terecht', 'contact ~ op', 'contact opnemen', 'voor|met vragen', 'vragen over', '@opvragen', 'op te vragen', 'vraag|vraagt|vragen ~ op', 'op verzoek', 'desgewenst', 'indien gewenst', 'als|wanneer ~ je|hij|zij|de werknemer|de medewerker ~ wil|wilt|wenst', 'op eigen initiatief', 'kan|kun|kunnen ~ aanvragen',
    ],
    // Publishing a regulation in the official gazette is not informing employees.
    publication: ['staatscourant', 'staatsblad', 'gemeenteblad', 'provinciaal blad', 'waterschapsblad', 'publicatieblad', 'ter inzage', 'in werking', 'inwerkingtreding'],
    // Informing the works council or the unions is not informing employees.
    advisers: ['*adviseur', '*adviseurs', '*coach', '*coaches', 'coach', 'mentor', 'extern', 'externe', 'onafhankelijk', 'onafhankelijke', 'loopbaancentrum', 'loopbaanbureau'],
    representatives: ['ondernemingsraad', 'or', 'personeelsvertegenwoordiging', 'pvt', 'medezeggenschap*', 'gmr', 'vakbond*', 'vakorganisatie*', 'cao-partijen', 'sociale partners', 'vertegenwoordiger*'],
  },
  viewing: [
    '@inzien', 'inzage', 'in te zien', '@raadplegen', '@bekijken', '@zien', 'terugvinden', 'terug te vinden', '@vinden', '@lezen', 'staat|staan ~ op|in', 'op|in ~ staat|staan',
    'weergegeven', 'getoond', 'toont', 'tonen', 'zichtbaar', 'gepubliceerd', '@publiceren', '@vermelden', 'vermeld', 'bijgehouden', '@bijhouden', 'informatie', '@kijken',
  ],
  employees: ['werknemer', 'medewerker', 'ambtenaar', 'betrokkene', 'deelnemer', 'docent', 'leraar', 'je', 'jij', 'u', 'hij', 'zij'],
  employers: ['werkgever', 'gezag', 'organisatie', 'onderneming', 'bedrijf', 'wij', 'we', 'directie', 'minister', 'college', 'hr', 'p&o', 'afdeling'],
  managers: ['leidinggevende', 'leidinggevenden', 'manager', 'managers', 'lijnmanager*', 'lijnmanagement', 'teamleider*', 'direct leidinggevende'],
  requiredTraining: [
    'nodig|noodzakelijk|vereist|verplicht ~ voor ~ functie|functie-uitoefening|functievervulling|werkzaamheden',
    'functiegerichte|functiegebonden|verplichte|opgedragen|noodzakelijke scholing|opleiding|opleidingen|training|trainingen|cursussen',
    'verplicht ~ scholing|opleiding ~ te volgen', 'wordt|worden ~ verplicht ~ om ~ scholing',
  ],
  budgetBoundaries: [
    'niet ten laste van', 'gaat|gaan niet ten koste van', 'niet ~ uit ~ budget|*budget|budgetten|tegoed|leerrekening', 'aanvullend', 'aanvulling op',
    'betaalt|betaald|vergoedt|vergoed ~ apart|afzonderlijk|daarnaast', 'daar|daarvoor ~ gebruik|gebruikt|gebruiken ~ niet', 'voorrang', 'gaat voor',
    'los van ~ budget|*budget', 'buiten het|je|zijn|haar ~ budget|*budget', 'niet verrekend',
  ],
  percentBases: {
    payroll: ['*loonsom*', 'loonsom', 'lumpsum', 'personele', 'bruto loonsom', 'sv-loon', 'heffingsgrondslag', 'grondslag'],
    salary: ['salaris*', 'loon', 'bruto loon', 'brutoloon', 'maandsalaris', 'jaarsalaris', 'inkomen', 'bezoldiging', 'schaalsalaris'],
    costs: ['kosten', 'studiekosten', 'scholingskosten', 'bedrijfskosten', 'opleidingskosten', 'cursuskosten'],
  },
  schemeTerms: {
    unquantified: [
      'bedrag|budget|tegoed van beschikbaar|ter|toegekend|gestort', 'te bepalen|stellen budget|*budget|bedrag', 'nader|jaarlijks te bepalen',
      'stelt|stellen ~ budget|*budget ~ vast', 'geen vaste hoogte|omvang', 'hoogte ~ wordt|worden ~ later|nader|jaarlijks ~ vastgesteld|bepaald',
      // The size is left to someone's decision or to a plan: "bepaalt het daarvoor benodigde budget",
      // "in het plan staat hoeveel geld er is".
      '@bepalen|@vaststellen ~ benodigde|nodige|beschikbare ~ budget|*budget|bedrag|middelen|geld', 'benodigde|nodige budget|middelen',
      'hoeveel ~ geld|budget|middelen ~ @zijn|beschikbaar|@uittrekken|@reserveren',
    ],
    returns: [
      'vloeit|vloeien ~ terug', 'terug naar ~ budget|*budget|fonds|*fonds|pot', 'blijft|blijven ~ in het|de ~ fonds|*fonds|budget|*budget|pot',
      'toegevoegd aan ~ fonds|*fonds|budget|*budget|pot', 'ten goede aan ~ fonds|*fonds|budget|*budget|pot', 'gaat|gaan|komt|komen ~ terug ~ fonds|*fonds|budget|*budget|pot',
    ],
    request: [
      'formulier', '*formulier', 'aanvraagprocedure*', 'aanvraag ~ via|bij|met|door', 'vraagt|vragen ~ aan via|bij|met', 'aan te vragen via|bij|met',
      'aanvragen|declareren via|bij|met', 'declaratie ~ via|bij|met', 'aanvraag ~ ingediend|indienen|indient ~ bij|via', 'beslist|beslissen binnen',
    ],
    portability: [
      'andere|nieuwe werkgever|werkgevers|baan|functie|branche|sector', 'meeneembaar', 'overdraagbaar', 'verlaat|verlaten|verlaten ~ branche|sector|dienst|organisatie|werkgever',
      'bij|na ~ uitdiensttreding|vertrek|ontslag|einde van het dienstverband|einde van de arbeidsovereenkomst', 'uit dienst', 'neemt|nemen ~ saldo|tegoed|rekening ~ mee',
    ],
    'flexible-workers': [
      'uitzendkracht*', 'flexkracht*', 'flexwerker*', 'oproepkracht*', 'invalkracht*', 'payrollmedewerker*', 'tijdelijk|tijdelijke contract|contracten|dienstverband|aanstelling|arbeidsovereenkomst|krachten',
      'bepaalde tijd', 'flexibele ~ arbeidsrelatie|contract|contracten|medewerkers|werknemers', 'nulurencontract*', 'min-maxcontract*',
    ],
    tax: ['fiscaal', 'fiscale', 'onbelast', 'belastingvrij*', 'loonheffing*', 'werkkostenregeling', 'eindheffing', 'gerichte vrijstelling', 'vrijgesteld ~ belasting|loonheffing', 'belast ~ loon'],
    // A sector fund or foundation grants the money itself: a personal budget from it is a drawing right on a central budget.
    'fund-provider': [
      'fonds|*fonds|stichting|sectorfonds ~ @stellen|@bieden|@vergoeden|@verstrekken|@geven|@kennen ~ budget|*budget|pob|bijdrage|vergoeding|tegoed',
      'a|o +|& o ~ @stellen|@bieden|@vergoeden|@verstrekken|@geven|@kennen',
      '@vergoeden|@verstrekken|@betalen|@bekostigen ~ door|via|vanuit|uit ~ het|de ~ fonds|*fonds|stichting|sectorfonds',
    ],
    // A scheme of the government or the EU, not of the sector: no central budget of its own to return to.
    'government-scheme': [
      'stap*', 'slim*', 'slim-regeling', 'esf*', 'europees|europese sociaal fonds', 'uwv', 'rijksoverheid', 'overheid', 'ministerie', 'fiscale aftrek', 'aftrekpost*', 'lerarenbeurs',
    ],
    'external-scheme': [
      'subsidie', 'subsidies', 'subsidieregeling*', '*-subsidie', 'slim-regeling', 'slim-subsidie', 'stap-budget', 'stap-subsidie', 'stap-regeling',
      'o&o-fonds*', 'sectorfonds*', 'fiscale aftrek', 'aftrekpost*', 'esf-subsidie', 'lerarenbeurs', 'tegemoetkoming ~ uit|van ~ fonds|*fonds|overheid|uwv|regeling',
    ],
    financing: [
      'gedekt|gefinancierd|bekostigd|gefinancierd|betaald ~ met|uit|door', 'dekken|financieren|bekostigen ~ met|uit', 'bijdrage van|uit', 'beroep op',
      'maakt|maken ~ gebruik van', 'rekent|rekenen ~ op', 'vraagt|vragen ~ aan', 'aanvragen', 'financiering', 'cofinanciering', 'ten laste van',
    ],
    conditions: [
      'voorwaarden', 'voorwaarde', 'subsidievoorwaarden', 'randvoorwaarden', 'subsidie-eisen', 'eisen ~ regeling|subsidie|fonds', 'voldoet|voldoen|voldaan ~ aan',
      'criteria', 'vereisten',
    ],
    proof: [
      'aantonen', 'aangetoond', 'aan te tonen', 'toont|tonen ~ aan', 'bewijs*', 'verantwoording', 'verantwoorden', 'verantwoordt', 'presentielijst*',
      'accountantsverklaring*', 'eindverslag*', 'bewaart|bewaren ~ facturen|stukken|documenten|gegevens|administratie', 'urenregistratie',
    ],
    'learning-time': [
      'in|onder|binnen werktijd|diensttijd|arbeidstijd|werkuren', 'in de tijd van de werkgever', 'betaald ~ verlof ~ opleiding|scholing|studie|examen',
      'als werktijd|arbeidstijd|diensttijd', 'doorbetaald ~ verlof',
    ],
  },
  work: {
    designs: {
      rotation: [
        'taakroulatie', 'functieroulatie', 'jobrotatie', 'taakrotatie', 'roulatie', 'rotatie', '@rouleren', 'roulatieschema', 'rotatieschema',
        '@roteren ~ tussen|over|langs|naar',
        '@wisselen ~ van afdeling|afdelingen|team|teams|taak|taken|functie|werkplek|werkplekken|werkstation|machine|machines|plek|lijn|lijnen|object|objecten|post|unit',
        'van afdeling|team|taak|taken|functie|werkplek|plek|machine|lijn|object|post ~ gewisseld|wisselen',
        'werkt|werken|werk ~ in een|het ander|andere team|afdeling|functie|werkplek',
      ],
      enrichment: [
        'taakverrijking', 'verticale taken', 'planningstaken', 'controletaken', 'organiserende taken', 'plannings- en controletaken',
        'krijgt|krijgen ~ verantwoordelijkheid ~ planning|rooster|roosters|controle|werkverdeling',
      ],
      'self-rostering': ['zelfroosteren', 'zelfroostering', 'zelf roosteren', 'zelfroosterend', 'zelf ~ rooster|roosters ~ maken|maakt|opstellen|opstelt'],
      'self-managing': ['zelfsturend', 'zelfsturende', 'zelfsturing', 'zelforganiserend', 'zelforganiserende', 'zelfstandig werkende teams'],
      'task-change': ['@herverdelen ~ taken|werk|werkzaamheden', 'taken|werk|werkzaamheden ~ @herverdelen', 'takenpakket|takenpakketten|functie|functies ~ @verbreden', 'taakwijziging', 'taakwijzigingen', 'takenwijziging*', 'taakherontwerp', 'taakverbreding', 'herverdeling van taken', 'herontwerp van ~ taken|functies|werk'],
      werkoverleg: ['werkoverleg', 'werkoverleggen', 'teamoverleg', 'teamoverleggen', 'afdelingsoverleg'],
      werkgroep: ['werkgroep', 'werkgroepen'],
      verbeterteam: ['verbeterteam', 'verbeterteams', 'verbetergroep', 'verbetergroepen', 'kwaliteitskring', 'kwaliteitskringen', 'verbeterkring*'],
      'job-crafting': ['job crafting', 'jobcrafting', 'job-crafting', 'baanboetseren', 'taakknutselen', 'sleutelen aan ~ werk|baan|functie', 'aan ~ eigen|je|jouw|zijn|haar|hun ~ werk|baan|functie ~ @sleutelen'],
    },
    arrangeCues: [
      'stelt|stellen|stel ~ in', 'ingesteld', 'instellen', 'opgericht', 'oprichten', 'richt ~ op', 'vormt|vormen|vorm|gevormd', 'samengesteld',
      'bestaat|bestaan|bestaande ~ uit', 'houdt|houden|hebben|heeft|hebt|heb ~ werkoverleg|teamoverleg', 'werkoverleg ~ heb|hebt|heeft|houdt',
      'voert|voeren|voer ~ in', 'invoeren', 'ingevoerd', 'invoering', 'starten', 'start', 'gestart', 'worden|wordt ~ zelfsturend*',
      'werkt|werken met', 'houdt', 'houden', 'neemt|nemen ~ deel', 'deelnemen', 'deelneemt', 'vindt|vinden ~ plaats', 'organiseert|organiseren', 'pilot',
      '@rouleren', '@roteren', '@wisselen', 'neemt|nemen ~ over', '@overdragen', '@verrijken', '@herverdelen', '@verbreden', 'stimuleert|stimuleren|bevordert|bevorderen',
      '@vergaderen', 'komt|komen ~ bij elkaar|bijeen', 'zet|zetten ~ op', 'opgezet', 'opzetten', '@uitwerken', 'zitting', 'aanmelden', 'overnemen', 'neemt|nemen ~ *planning|controle|werkverdeling', 'krijgt|krijgen', 'telt|tellen', 'uit ~ medewerkers|collega\'s|deelnemers',
    ],
    permissionCues: ['kan', 'kunnen', 'mag', 'mogen', 'kun', 'ruimte', 'mogelijk'],
    definitionCues: ['betekent', 'houdt in', 'wordt verstaan', 'verstaan we', 'is een methode', 'noemen we', 'ook wel'],
    representativeBodies: ['vertegenwoordiger*', 'sectorcommissie', 'centrales', 'vakbond*', 'vakorganisatie*', 'overlegpartij*', 'cao-partijen'],
    groupPeople: ['deelnemers', 'medewerkers', 'werknemers', 'personen', 'leden', 'mensen', 'collega\'s', 'collega', 'man', 'teamleden', 'werkenden'],
    peopleSuffixes: ['ers', 'eurs', 'ors', 'kundigen', 'isten', 'enten', 'anten', 'lingen', 'genoten', 'leden'],
    notPeople: ['meters', 'liters', 'orders', 'folders', 'posters', 'computers', 'containers', 'vouchers', 'lockers', 'printers', 'kwartalen', 'euro\'s', 'procenten', 'kilometers'],
    notIntervalBefore: ['eerste', 'tijdens', 'proef*', 'pilot', 'uiterlijk', 'inwerk*', 'looptijd'],
    notIntervalAfter: ['van tevoren', 'tevoren', 'vooraf', 'voor aanvang', 'voor de start', 'in dienst', 'dienstverband'],
    shortIntervals: {
      day: ['dagelijks', 'per dag', 'elke|iedere dag', 'per dienst', 'elke|iedere dienst', 'na elke|iedere ~ dienst|ploegendienst', 'per shift'],
      'half-day': ['per dagdeel', 'elk|ieder dagdeel'],
    },
    parties: {
      employee: ['werknemer', 'werknemers', 'medewerker', 'medewerkers', 'je', 'jij', 'u', 'ambtenaar', 'ambtenaren', 'operator', 'operators'],
      team: ['team', 'teams', 'ploeg', 'ploegen', 'wijkteam', 'wijkteams', 'teamleden'],
      manager: [
        'leidinggevende', 'leidinggevenden', 'manager', 'managers', '*manager', '*managers', 'teamleider*', 'ploegleider*', 'shiftleider*', 'afdelingsleider*',
        'objectleider*', 'bedrijfsleider*', 'locatieleider*', 'projectleider*', 'afdelingshoofd*', 'chef', 'chefs', 'direct leidinggevende',
        'productieleider*', 'vestigingsleider*', 'vestigingsmanager*', 'lead', 'leads', 'teamlead*', 'product owner', 'leiding', 'planner', 'planners', 'roosteraar*', 'coördinator', 'coordinator',
      ],
      employer: ['werkgever', 'directie', 'bestuurder', 'bestuur', 'organisatie', 'onderneming', 'wij', 'we', 'gemeentesecretaris', 'college', 'minister', 'hr', 'p&o'],
      group: ['werkgroep', 'werkgroepen', 'verbeterteam', 'verbeterteams', 'werkoverleg', 'kwaliteitskring', 'verbetergroep'],
    },
    authority: {
      decide: [
        'beslist', 'beslissen', 'beslis', 'besluit', 'besluiten', 'bepaalt', 'bepalen', 'bepaal', 'vaststelt', 'vaststellen', 'stelt|stellen ~ vast',
        'bevoegdheid', 'bevoegdheden', 'bevoegd', 'mandaat', 'gemandateerd', 'beslissing', 'beslissingen', 'beslissingsbevoegd*', 'beslisbevoegd*',
        'zeggenschap', 'bindend', 'laatste woord', 'keuzevrijheid', 'kiest zelf', 'kiezen zelf',
        'besloten', 'bepaald', 'vastgesteld', 'beslist', 'keuze ~ ligt|liggen|lag', 'legt|leggen ~ vast', 'vastgelegd', 'kiest|kiezen|kies', 'wijst|wijzen ~ aan', 'aangewezen', 'mag|mogen ~ wijzigen|veranderen|aanpassen',
      ],
      advise: ['adviseert', 'adviseren', 'adviserend', 'adviserende', 'adviesrol', 'adviesfunctie', 'advies', 'adviezen', 'doet|doen ~ voorstellen|voorstel', 'stelt|stellen ~ voor', 'voorstellen'],
    },
    conditions: {
      workload: [
        'werkdruk', 'werkbelasting', 'taakbelasting', 'werkdrukbeleid', 'productienorm*', 'normen ~ verlaagd|verlaagt|lager', 'niet bovenop', 'gaat ~ iets af',
        'minder productieve tijd', 'voldoende|extra|meer|genoeg ~ capaciteit', 'capaciteit ~ voor|om ~ taken|werk|werkzaamheden', 'extra formatie', 'bezetting ~ aangepast|verhoogd', 'ontlast*',
      ],
      'learning-time': [
        'leertijd', 'inwerktijd', 'tijd|ruimte ~ om ~ leren', 'tijd heeft|krijgt om', 'ruimte ~ leren|inwerken', 'leren van ~ taken', 'tijd voor het leren',
        'tijd voor ~ leren|inwerken|wennen', 'tijd|ruimte|maand|maanden|weken ~ om ~ @inwerken|@wennen|@aanleren', 'eigen te maken', 'onder de knie', 'extra tijd', 'ruimte om te leren', 'ingewerkt', 'inwerkperiode',
      ],
      'goal-informed': [
        'toe waarom', 'waarom we|wij|dit|zelfsturing|de|het|deze', 'wat het doel is', 'het doel van', 'doel en', 'informeert|informeren|geïnformeerd|geinformeerd ~ over ~ doel|doelen|reden|redenen|achtergrond',
        'uitleg ~ over ~ doel|waarom', 'wat het ~ betekent|oplevert', 'wat het hen|hun|jou|je ~ oplevert|betekent',
        'licht|lichten|lichtte ~ toe', 'toelichting ~ op|over', 'informatiebijeenkomst*', 'voorlichtingsbijeenkomst*', 'legt|leggen ~ uit ~ waarom|wat|hoe',
      ],
      'terms-effect': [
        'gevolgen|consequenties|effect|effecten ~ voor ~ functie*|salaris*|arbeidsvoorwaarden|beloning|inschaling|rooster|loon|inkomen|*toeslag|*toeslagen|schaal|inschaling',
        'behoud van ~ salaris|loon|functie*|toeslag*', 'salaris|loon|inschaling|functiegroep|toeslagen ~ blijft|blijven ~ gelijk|hetzelfde|ongewijzigd',
        'arbeidsvoorwaardelijk*', 'functie-indeling', 'opnieuw ~ beschreven|gewaardeerd|ingedeeld',
      ],
      temporary: ['tijdelijk', 'tijdelijke', 'proef', 'proefperiode', 'proeftijd', 'pilot', 'pilots', 'uitproberen', 'uitprobeert', 'probeert', 'eerst ~ maanden', 'op proef'],
      guidance: ['begeleiding', 'begeleidt', 'begeleider', 'coach', 'teamcoach', 'coaching', 'ondersteuning', 'ondersteunt', 'opgeleid', 'training', 'scholing', 'helpt ~ bij'],
      'time-room': [
        'tijd ~ rooster|werktijd|ingeroosterd', 'in werktijd', 'binnen werktijd', 'onder werktijd', 'uur|uren|dagdeel ~ in het|hun|zijn ~ rooster', 'dagdeel',
        'vrijgeroosterd', 'vrijgemaakt', 'vrijgesteld van ~ werk', 'tijd en ruimte', 'krijgen|krijgt ~ tijd', 'uren ~ beschikbaar',
        'krijgen|krijgt|krijg ~ uur|uren|dagdeel|dagdelen|dag|dagen ~ voor|per', 'ingeroosterd', 'uren|tijd ~ worden|wordt ~ ingeroosterd|vrijgemaakt|gecompenseerd',
      ],
      'group-support': [
        'begeleider', 'begeleidt', 'begeleiding', 'ondersteund', 'ondersteuning', 'ondersteunt', 'adviseur', 'facilitator', 'procesbegeleider',
        'informatie ~ nodig|beschikbaar|beschikt', 'beschikt|beschikken ~ over ~ informatie|gegevens|cijfers', 'cijfers', 'training', 'leert ~ werken',
        'vaardigheden', 'verbetermethode*', 'instrumenten',
      ],
      composition: ['evenwichtig', 'evenwichtige',  'mix van', 'afspiegeling', 'spreiding over', 'gebalanceerd', 'gebalanceerde', 'verschillende ~ afdelingen|teams|diensten|functies|disciplines|functieniveaus', 'multidisciplinair', 'multidisciplinaire', 'vertegenwoordigd'],
      'visible-results': [
        'resultaten|uitkomsten|resultaat ~ zichtbaar|bekend|gedeeld|gepresenteerd|gezet|gepubliceerd', 'presenteert|presenteren ~ uitkomsten|resultaten',
        'zichtbaar', 'zodat iedereen ~ ziet|zien|kan', 'teruggekoppeld', 'terugkoppeling', 'koppelt ~ terug', 'wat er met ~ gedaan|gebeurt',
        'wat daarmee|ermee|hiermee ~ is|wordt|gebeurt|gebeurd|gedaan', 'resultaten|uitkomsten ~ worden|wordt ~ gedeeld|gepubliceerd|gepresenteerd|besproken',
      ],
      safety: ['veilig', 'veilige', 'veiligheid', 'vrijuit', 'durven', 'uitspreken', 'geen nadeel', 'zonder ~ nadeel', 'kritiek', 'zeggen wat ~ vindt|vinden', 'geen gevolgen voor ~ beoordeling',
        'niemand ~ nadeel', 'ondervindt|ondervinden ~ geen ~ nadeel', 'vertrouwelijk', 'vertrouwelijke', 'blijft|blijven ~ binnen ~ werkgroep|groep|team|verbeterteam',
      ],
      'advice-response': [
        'reageert|reageren ~ op ~ advies|adviezen|voorstel|voorstellen', 'gemotiveerd', 'gemotiveerde', 'overneemt|overnemen ~ voorstel|voorstellen|advies',
        'neemt|nemen ~ advies|voorstellen ~ over', 'reactie op ~ advies|voorstellen',
        'advies|adviezen|voorstel|voorstellen ~ @volgen|@opvolgen|@beantwoorden', '@volgen|@opvolgen|@beantwoorden ~ advies|adviezen|voorstel|voorstellen',
        'met ~ advies|adviezen|voorstel|voorstellen ~ doet|doen|gedaan|gebeurt', 'afwijken|afwijkt|wijkt ~ advies|adviezen', 'besluit|beslist ~ over ~ advies|voorstellen', 'welke voorstellen',
      ],
      'org-direction': [
        'koers', 'richting ~ organisatie|bedrijf|gemeente|onderneming|instelling', 'strategie', 'strategische', 'visie', 'ambitie', 'ambities',
        'doelen|doelstellingen ~ organisatie|gemeente|bedrijf|onderneming|komende|instelling|afdeling',
      ],
      'keeps-manager-informed': [
        'houdt|houden|houd ~ leidinggevende|leidinggevenden|teamleider|manager ~ op de hoogte', 'informeert|informeren|informeer ~ leidinggevende|teamleider|manager',
        'bespreekt|bespreken|bespreek|overlegt|overleggen ~ met ~ leidinggevende|teamleider|manager', 'in overleg met ~ leidinggevende|teamleider|manager',
        'meldt|melden ~ leidinggevende|teamleider|manager', 'leidinggevende ~ blijft|houdt ~ zicht|overzicht|op de hoogte',
        'leidinggevende|lead|teamleider|manager ~ op de hoogte ~ houden|houdt|houd|brengen|brengt|breng', 'houdt|houden|houd ~ lead ~ op de hoogte',
        'vertel|vertelt|vertellen|informeer|informeert ~ lead|leidinggevende|teamleider|manager', 'lead|leidinggevende|teamleider|manager ~ houdt|houden ~ zicht|overzicht',
      ],
    },
    practices: {
      'self-rostering': [
        'zelf ~ *rooster|*roosters|*roostering|werktijden|diensten|dienstrooster*', '@roosteren|@inroosteren ~ zelf|zichzelf', 'zelf ~ @roosteren|@inroosteren|@indelen',
        '*rooster|*roosters ~ zelf ~ @maken|@opstellen|@samenstellen|@vaststellen', '*rooster|*roosters ~ @maken|@opstellen|@samenstellen|@vaststellen|@regelen ~ zelf',
        '@indelen ~ diensten|werktijden ~ zelf', '@indelen ~ eigen ~ diensten|werktijden', 'zelf ~ wanneer ~ werken|werkt|werk',
        'maken|maakt|maak|stellen|stelt|stel|plannen|plant|plan|roosteren|roostert|regelen|regelt|bepalen|bepaalt ~ eigen ~ *rooster|*roosters|diensten|werktijden',
        'eigen ~ *rooster|*roosters|diensten|werktijden ~ maken|opstellen|op|plannen|roosteren|regelen|samenstellen|samen',
      ],
      enrichment: [
        'zelf ~ *planning|werkverdeling|*controle|*controles|bestellingen|inkoop', 'zelf ~ werk|taken|werkzaamheden ~ verdelen|plannen|in',
        '@verdelen|@plannen|@organiseren|@regelen ~ zelf|onderling ~ werk|taken|*werkzaamheden|taakverdeling|werkverdeling', '@verdelen ~ werk|taken|werkzaamheden ~ onderling|zelf',
        '@plannen|@organiseren|@verdelen ~ eigen ~ werk|*werkzaamheden', '@controleren ~ zelf', 'zelf ~ @controleren',
        '*planning ~ zelf ~ @maken|@opstellen', '*planning ~ @maken|@opstellen ~ zelf',
        '@uitvoeren ~ *controle|*controles', '*controle|*controles ~ @uitvoeren', 'nemen|neemt ~ *controle|*controles|*planning|werkverdeling ~ over', 'nemen|neemt ~ *controle|*controles|*planning ~ voor hun|zijn|haar|je ~ rekening',
        'verantwoordelijk|verantwoordelijkheid ~ voor ~ *planning|*controle|*controles|werkverdeling|*rooster|*roosters',
      ],
      'self-managing': ['sturen|stuurt ~ zichzelf', 'organiseren|organiseert ~ zichzelf', 'zonder ~ leidinggevende|teamleider|manager ~ werken|werkt|functioneren'],
      'job-crafting': [
        'werk|baan|functie|taken|takenpakket ~ anders|zelf ~ inrichten|vormgeven|invullen', 'werk|baan|functie|taken|takenpakket ~ anders|zelf ~ in ~ richten|vullen',
        'werk|baan|functie|takenpakket ~ anders|zelf ~ vorm ~ geven', 'geven|geeft|geef ~ zelf ~ vorm aan', 'zelf ~ vorm ~ geven aan',
        'eigen ~ werk|baan|functie|takenpakket ~ aanpassen|veranderen|vormgeven|inrichten|boetseren', 'eigen ~ werk|baan|functie|takenpakket ~ aan ~ passen',
        'passen|past|pas ~ eigen ~ werk|baan|functie|takenpakket ~ aan',
        '@inrichten|@invullen|@vormgeven|@aanpassen ~ je|jouw|zijn|haar|hun|eigen ~ werk|baan|functie|takenpakket',
        'werk|baan|functie|takenpakket ~ zelf|anders|eigen inzicht ~ @inrichten|@invullen|@vormgeven|@aanpassen',
      ],
      rotation: [
        '@gaan|@overstappen|@doorschuiven|@krijgen|@werken ~ andere|volgende ~ afdeling|afdelingen|werkplek|team|functie|lijn|plek|unit|post',
        'andere|volgende ~ afdeling|werkplek|team|functie|lijn|plek|unit|post ~ ingezet|inzetten|@werken',
      ],
    },
    practicePronouns: ['zij', 'ze', 'hij', 'jullie'],
    headingConditions: {
      'goal-informed': ['doel', 'doelen', 'doelstelling*', 'waarom*', 'aanleiding', 'achtergrond'],
      'time-room': ['tijd', 'tijdsbesteding', 'faciliteiten', 'facilitering'],
      'group-support': ['ondersteuning', 'begeleiding'],
    },
    approval: ['goedkeuring', 'goedkeuren', 'goedgekeurd', 'keurt|keuren ~ goed', 'toestemming', 'akkoord', 'instemming', 'fiat', 'accordering', 'accordeert', 'accorderen', 'geaccordeerd'],
    agentMarkers: ['door', 'van'],
    without: ['zonder'],
    units: ['ploeg', 'team', 'afdeling', 'vestiging', 'locatie', 'cel', 'lijn', 'dienst', 'groep', 'unit', 'werkplaats', 'winkel', 'filiaal', 'school'],
    wholeUnit: ['hele', 'gehele', 'voltallige', 'complete', 'totale', 'alle'],
    sizeVerbs: ['werken', 'telt', 'tellen', 'zijn', 'bestaat', 'bestaan'],
  },
  time: {
    units: {
      days: ['dagdeel', 'dagdelen', 'werkdag*', 'verlofdag*', 'atv-dag*'],
      hours: ['uur', '*uren', 'lummeluren', 'innovatie-uren', 'innovatieuren', 'klokuren'],
    },
    halves: ['halve'],
    context: [
      '*verlof', 'verlofdag*', '*dagen', '*uren', 'uur', 'ontwikkeltijd', 'lummeltijd', 'leertijd', 'studietijd', 'opleidingstijd', 'tijd voor ~ ontwikkeling|scholing|opleiding',
      'aanwending|besteding|inzet|gebruik van ~ tijd|uren|dagen',
    ],
    newcomers: [
      'uitzendkracht*', 'instromer*', 'zij-instromer*', 'nieuwe krachten|medewerkers|collega\'s|werknemers', 'nieuwkomer*', 'leerling*', 'bbl-leerling*', 'stagiair*',
      'leerwerkplek*', 'leer-werkplek*', 'leerwerkbaan', 'leerwerkbanen', 'leerbaan', 'leerbanen', 'ervaringsplaats*', 'werkervaringsplaats*', 'opleidingsplaats*',
      'afstand tot de arbeidsmarkt', 'werkzoekende*', 'statushouder*', 'leerwerker*', 'nieuwe ~ *werkers|krachten|instromers',
    ],
    freesStaff: [
      'vrij te maken|spelen', 'vrijmaken', 'vrij maken', 'vrijspelen', 'vrijgemaakt', 'vrijgespeeld', 'ruimte ~ maken|vrijmaken ~ voor ~ opleiding|scholing|opleidingen',
      'terwijl|zolang|zodat ~ vaste|eigen|zittende|huidige ~ medewerkers|werknemers|collega\'s|personeel|krachten',
    ],
    terms: {
      planning: [
        'plant|plannen|inplannen|ingepland|inroostert|inroosteren|ingeroosterd|roostert', 'jaarplanning', 'sprintplanning', 'ploegenrooster', 'werkrooster',
        'dienstrooster', 'personeelsplanning', 'bezettingsplanning', 'in de planning', 'in het rooster', 'rekening ~ bezetting|planning|rooster',
        'ruimte ~ in ~ rooster|planning', 'worden|wordt ~ vrijgeroosterd', 'vrijgeroosterd', 'vrijgemaakt',
        'stellen|stelt ~ dagen|uren|data|momenten ~ vast', 'in overleg ~ vastgesteld|vastgelegd|gepland',
        '@plannen', '@inplannen', '@inroosteren', '@roosteren', '@vrijroosteren',
        'in|na ~ overleg ~ @vaststellen|@vastleggen|@afspreken|@bepalen|@opnemen|@kiezen ~ wanneer|waarop|welke ~ dagen|uren|dag|momenten|data',
        'in|na ~ overleg ~ @vaststellen|@vastleggen', 'in|na ~ overleg ~ dagen|uren|dag|data|momenten|tijdstip|tijdstippen',
        '@vaststellen|@vastleggen ~ in|na ~ overleg',
        // Using the time is settled with the manager: "geeft invulling aan de dagen in overleg met",
        // "neemt de uren op in overleg met je leidinggevende".
        '@invullen|invulling|@opnemen|@inzetten|@besteden ~ in|na ~ overleg', 'in|na ~ overleg ~ @invullen|invulling|@opnemen|@inzetten|@besteden',
        '@afspreken|@bepalen|@vaststellen|@vastleggen|@afstemmen|@overleggen ~ wanneer|waarop|tijdstip|tijdstippen|data|momenten',
        'jaarplan', 'jaarplannen', 'teamplanning', 'opleidingsplanning', 'jaarrooster', 'jaarroosters', 'in het|de ~ taakbeleid|normjaartaak|jaartaak',
        'geroosterd', 'ingeroosterd',
      ],
      replacement: [
        'vervanging', 'vervangen', 'vervangt', 'invaller*', 'invalkracht*', 'overdracht van ~ werk|werkzaamheden|taken', 'neemt|nemen ~ werk|werkzaamheden|taken ~ over',
        'werk|werkzaamheden|taken ~ overnemen|overgenomen|overneemt', 'werkdruk|werkbelasting|taken ~ aangepast|verlaagd|verminderd|herverdeeld',
        'werk|werkzaamheden|taken ~ @opvangen|@overnemen|@waarnemen', '@overnemen|@opvangen|@waarnemen ~ werk|werkzaamheden|taken', 'vervanger*',
        'werk|werkzaamheden|taken ~ wordt|worden ~ gedaan|uitgevoerd ~ door',
        'vrijstelling|vrijstellingen|vrijgesteld|ontheffing|ontheven ~ van|in ~ uren|werk|taken|werkzaamheden|lesgevende|dienst|diensten|lestaken',
      ],
      conversation: [
        'gesprekscyclus', 'gesprekkencyclus', 'cyclus van ~ gesprekken', 'jaargesprek*', 'ontwikkelgesprek*', 'ontwikkelingsgesprek*', 'loopbaangesprek*',
        'functioneringsgesprek*', 'pop-gesprek*', 'popgesprek*', 'persoonlijk ontwikkelplan', 'ontwikkelplan', 'pop',
        'in|na ~ overleg met ~ leidinggevende|manager|werkgever|teamleider|lead|coach|loopbaanadviseur|hr',
        '@bespreken|@afstemmen|@overleggen ~ met ~ leidinggevende|manager|werkgever|teamleider|lead|coach',
        '@bespreken ~ waaraan|hoe|wat', 'advies ~ over|bij ~ besteding|keuze|gebruik', 'loopbaanadvies', 'loopbaanadviseur', 'loopbaancoach', 'studieadvies',
      ],
      'employment-end': [
        'einde|eind|beëindiging van het|de ~ dienstverband|arbeidsovereenkomst|aanstelling|dienstbetrekking|arbeidsrelatie', 'einde dienstverband',
        'uitdiensttreding', 'uit dienst', 'ontslag', 'vertrek', 'vertrekt',
      ],
      'combination-project': ['combinatieproject', 'combinatieprojecten'],
      'ramp-up': [
        'beperkt|deels|gedeeltelijk|helft|half|halve ~ inzetbaar|productief', 'niet volledig ~ inzetbaar|productief',
        'niet|nog niet ~ zelfstandig ~ werken|werkt|inzetbaar|draaien|draait|meedraaien|meewerken', 'nog niet ~ volledig|volwaardig|zelfstandig',
        'boven op|bovenop ~ bezetting|formatie', 'werkbegeleider*', 'praktijkbegeleider*', 'leermeester*', 'buddy', 'inwerkperiode*', 'inwerktijd', 'inwerkprogramma*', 'ingewerkt',
        'inwerken', 'productienorm*|norm|normen ~ aangepast|verlaagd|lager|aanpassen|verlagen', 'aangepaste|lagere productienorm*|norm|normen',
        'boven de formatie|bezetting|norm', 'bovenformatief', 'bovenformatieve', 'boventallig*', 'extra ~ bezetting|formatie',
      ],
      perspective: [
        'diploma', 'diploma\'s', '*diploma', 'certificaat', 'certificaten', '*certificaat', 'erkende ~ opleiding|kwalificatie', 'startkwalificatie',
        'kwalificatie', 'praktijkverklaring*', 'arbeidsovereenkomst|contract|dienstverband|baan|aanstelling ~ aangeboden|aanbieden|aan|krijgen|krijgt',
        'baangarantie', 'vaste baan', 'werkervaring ~ arbeidsmarkt',
      ],
    },
    learning: [
      'conferentie*', 'congres*', 'seminar*', 'symposi*', 'workshop*', 'vakbeurs*', 'bekwaamheid', 'bekwaamheden', 'bij te houden', 'bijhouden',
      'bij te blijven', 'bijblijven', 'intervisie', 'vakliteratuur', 'e-learning*', 'leren', 'leer', 'innovatie*', 'kennisdeling', 'kennis ~ opdoen|bijhouden', 'kennis op te doen',
      'vaardigheden', 'vakkennis', 'meeloopdag*', 'meeloopdagen', 'hospitatie*',
    ],
    otherTime: [
      'vakantie*', 'ziek*', 'verzuim*', 'overuren', 'overwerk*', 'meeruren', 'compensatie*', 'atv*', 'adv*', 'feestdag*', 'roostervrij*',
      'zorgverlof', 'ouderschapsverlof', 'calamiteitenverlof', 'zwangerschapsverlof', 'bevallingsverlof', 'geboorteverlof', 'rouwverlof',
      'verhuizing', 'verhuisverlof', 'huwelijk', 'vakbondswerk', 'dienstjubileum', 'ploegentoeslag', 'bereikbaarheidsdienst*', 'consignatie*',
      'beslist|beslissen|besluit|beslissing|reageert|reageren|antwoord|bezwaar|beroep|melding|melden|aanvraag ~ binnen|uiterlijk', 'binnen|uiterlijk ~ *werkdagen|*dagen ~ na',
    ],
    developmentTime: [
      'scholingstijd', 'opleidingstijd', 'ontwikkelingstijd', 'professionaliseringstijd', 'trainingstijd', 'leer-tijd',
      'tijd voor|om ~ ontwikkeling|scholing|opleiding|opleidingen|training|leren|professionalisering',
      'in|onder|binnen werktijd|diensttijd|werkuren|arbeidstijd',
      'met behoud van ~ salaris|loon|bezoldiging|inkomen',
      'facilitering|faciliteren|faciliteert|gefaciliteerd ~ in tijd', 'faciliteiten in tijd', 'in tijd en|of geld',
      'tijd ~ beschikbaar|ter beschikking ~ voor ~ ontwikkeling|scholing|opleiding|training|leren',
    ],
    freeTime: [
      'lummeltijd', 'lummeluren', 'innovatietijd', 'innovatie-uren', 'innovatieuren', 'vrije leertijd', 'vrije ontwikkeltijd', 'eigen ontwikkeltijd', 'eigen leertijd',
      // Innovation time named by its day or part of a day: "een innovatiedag per kwartaal".
      'innovatiedag|innovatiedagen|innovatiemiddag|innovatiemiddagen|lummeldag|lummeldagen|lummelmiddag',
      // A share of working time, before or after what it is for: "10% van je werktijd voor eigen projecten", "aan eigen projecten mag je 10% van je werktijd besteden".
      'deel|stuk|procent|% ~ van ~ je|zijn|haar|jouw|de ~ tijd|werktijd|uren|werkweek|arbeidsduur|arbeidstijd|jaartaak ~ aan|voor ~ innovatie|eigen|zelfgekozen|vernieuwing|experimenten|ideeën',
      'aan|voor ~ eigen|zelfgekozen ~ projecten|project|ideeën|ontwikkeling|experimenten ~ deel|stuk|procent|% ~ van ~ je|zijn|haar|jouw|de ~ tijd|werktijd|uren|werkweek|arbeidsduur|arbeidstijd',
      // Time as hours, days, parts of a day or a weekday: "een middag voor je eigen ontwikkeling", "een vrijdag per maand aan eigen experimenten".
      'tijd|uren|uur|dag|dagen|dagdeel|dagdelen|middag|middagen|ochtend|ochtenden|*middag|*ochtend|maandag|dinsdag|woensdag|donderdag|vrijdag ~ voor|aan ~ eigen ~ ontwikkeling|projecten|project|ideeën|leerdoelen|interesses|experimenten',
      'tijd|uren|uur|dag|dagen|dagdeel|dagdelen|middag|middagen|ochtend|ochtenden|*middag|*ochtend|maandag|dinsdag|woensdag|donderdag|vrijdag ~ voor|aan ~ zelfgekozen',
      '% - tijd', 'procent - tijd', '*procenttijd',
    ],
    outsideWork: ['buiten ~ werktijd|werkuren|diensttijd|arbeidstijd|werktijden', 'eigen tijd', 'vrije tijd', 'privétijd', 'in de avonduren', 'in het weekend', 'onbetaald'],
    workingTime: ['van ~ werktijd|arbeidsduur|werkweek|arbeidstijd|werkuren|contracturen|jaartaak|betrekkingsomvang|tijd'],
    bareUnits: {
      days: ['dagen', 'dagdelen', 'werkdagen'],
      hours: ['uren', 'klokuren', 'werkuren'],
    },
  },
};
