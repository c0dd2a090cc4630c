import type { Lexicon } from '../types';

/** What a leave or a reimbursement written as a phrase is for ("verlof voor een opleiding", "de kosten van de cursus"). */
const LEARNING = 'scholing*|opleiding*|studie|studies|cursus*|training*|examen*|bijscholing*|omscholing*|lesmateriaal|leermiddelen';

/** Dutch: development instruments: their names, who grants and claims them, amounts per person or in total. */
export const dutchInstruments = {
  developmentStems: [
    'ontwikkel', 'ontwikkelings', 'opleidings', 'opleiding', 'scholings', 'studie', 'loopbaan', 'loopbaanontwikkelings',
    'leer', 'trainings', 'training', 'cursus', 'inzetbaarheids', 'di', 'professionaliserings', 'employability', 'groei',
    'talent', 'talentontwikkelings', 'persoonlijkontwikkel', 'persoonlijkeontwikkelings', 'l&d', 'pob', 'plb',
    'educatie', 'ontplooiings', 'carrière', 'carriere', 'vakmanschaps',
  ],

  compounds: {
    budgetHeads: ['budget', 'budgetten', 'tegoed', 'tegoeden', 'toelage', 'toelages', 'potje', 'pot', 'potten'],
    amountHeads: ['bedrag'],
    genericBudgetHeads: ['budget', 'budgetten', 'tegoed', 'tegoeden'],
    genericBudgetPrefixes: ['', 'basis', 'persoonlijk', 'persoonlijke', 'individueel', 'individuele', 'eigen', 'jaar', 'werknemers', 'medewerkers'],
    choicePrefixes: ['keuze', 'ikb'],
    // "scholingsgeld", "ontwikkelgeld", "groeigeld"; not "lesgeld", "cursusgeld", "studiegeld" (fees) nor "leergeld" (an idiom).
    moneyHeads: ['geld', 'gelden'],
    moneyStems: ['scholings', 'opleidings', 'ontwikkel', 'ontwikkelings', 'loopbaan', 'groei', 'talent', 'inzetbaarheids', 'professionaliserings', 'employability'],
    collectivePrefixes: ['team', 'afdelings', 'organisatie', 'bedrijfs', 'instellings', 'school', 'collectief', 'collectieve', 'centraal', 'centrale', 'sector', 'branche', 'locatie', 'vestigings'],
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
    'training-leave': [
      'studieverlof', 'scholingsverlof', 'opleidingsverlof', 'ontwikkelverlof', 'educatief verlof', 'betaald leerverlof', 'leerverlof', 'examenverlof',
      // The compound said as a phrase: "verlof voor het volgen van een opleiding", "verlof om een opleiding te volgen", "voor een examen ... verlof".
      `verlof ~ voor|om ~ ${LEARNING}`, `voor ~ ${LEARNING} ~ verlof`,
    ],
    reimbursement: [
      'studiekosten*', 'studiekostenregeling', 'studiefaciliteit*', 'vergoeding|vergoed|tegemoetkoming ~ studiekosten|scholingskosten|opleidingskosten|cursuskosten|cursusgeld|lesgeld|examenkosten',
      'cursus-|cursus ~ examenkosten',
      // Said as a phrase: "de vergoeding van de kosten van de opleiding", "de kosten van de cursus worden vergoed", "de werkgever
      // betaalt alle kosten die met de scholing te maken hebben"; paying is the employer's ("je betaalt de kosten zelf" is no reimbursement).
      `@vergoeden|vergoeding|tegemoetkoming ~ kosten ~ ${LEARNING}`, `kosten ~ ${LEARNING} ~ @vergoeden|betaald`,
      `werkgever|werkgevers|wij|we ~ @betalen ~ kosten ~ ${LEARNING}`, `kosten ~ ${LEARNING} ~ komen|komt voor rekening van ~ werkgever|werkgevers|ons`, 'toegekend|vergoed|betaald|vergoedt|betaalt ~ scholingskosten|studiekosten|opleidingskosten|cursuskosten|cursusgeld|lesgeld', 'scholingskosten|opleidingskosten ~ vergoed|vergoeding|rekening|betaalt|betaald',
    ],
    subsidy: ['subsidie', 'subsidies', 'lerarenbeurs', 'studiebeurs', 'stap-subsidie'],
    'free-time': ['lummeltijd', 'lummeluren', 'innovatie-uren', 'innovatieuren', 'eigen ontwikkeltijd', 'vrije ontwikkeltijd', 'uren per maand voor eigen ontwikkeling', 'uur|uren per maand|week ~ eigen ontwikkeling'],
  },

  grants: [
    'recht op', 'aanspraak op', 'ontvangt', 'ontvangen', 'krijgt', 'krijg', 'krijgen', 'heeft|hebben|heb|hebt ~ budget*|*budget|rekening|*rekening|tegoed|*tegoed|voucher*',
    'beschikbaar', 'ter beschikking', 'toegekend', 'kent ~ toe', 'stelt ~ vast', 'bedraagt', 'gestort', 'stort*', 'opgebouwd',
    'bouwt|bouw ~ op', 'is er', 'zijn er', 'verstrekt', 'vergoedt', 'vergoed', 'wordt ~ toegekend', 'ontvang', 'kent|kennen',
    'geldt', 'inzetten', 'besteden', 'is bedoeld', 'bestaat uit', 'verleend', 'verleent', 'verlenen', 'toegestaan', 'in aanmerking',
    'vergoeding', 'komt|komen ~ voor rekening van',
    // "de cao bevat een ontwikkelbudget", "invoering van een POB", "kreeg een budget", "kende ... toe".
    'bevat|bevatten ~ *budget|*budgetten|*rekening|*rekeningen|*fonds|*tegoed|pob|plb|ikb', 'invoering|introductie van', 'invoeren|ingevoerd|introduceert|introduceren',
    'voert|voeren ~ in', 'kreeg|kregen|gekregen|ontving|ontvingen', 'kende|kenden ~ toe', 'aanspraak ~ maken', 'te besteden',
    // Time one may book or write: "Monteurs kunnen innovatie-uren schrijven", "je mag de leeruren opnemen", "mogen hiervoor uren boeken".
    'mag|mogen|kan|kunt|kunnen ~ *uren|uur|*dagen|*dag|*tijd ~ schrijven|boeken|opnemen|declareren|noteren|verantwoorden',
  ],

  collectiveCues: [
    '*loonsom*', '*salarissom*', 'loonkosten', 'salariskosten', 'personeelskosten', 'bedrijfskosten',
    'op|per hogeschoolniveau|instellingsniveau|organisatieniveau|bedrijfsniveau|ondernemingsniveau|afdelingsniveau|sectorniveau|brancheniveau|concernniveau|schoolniveau|bestuursniveau|vestigingsniveau|locatieniveau|teamniveau',
    'op het niveau van de|het ~ hogeschool|instelling|organisatie|onderneming|afdeling|school|sector',
    // A budget of a workplace: "het opleidingsbudget van de afdeling", "via het budget van je kliniek".
    'van de|het|je|jouw|uw|onze|ons afdeling|team|organisatie|instelling|hogeschool|school|kliniek|praktijk|vestiging|locatie|winkel|filiaal|unit', 'per organisatie|instelling|school|hogeschool|werkgever|locatie|team',
    'opleidingsbeleid', 'scholingsbeleid', 'loopbaanbeleid', 'professionaliseringsbeleid', 'ontwikkelbeleid', 'opleidingsbegroting', 'begroting', 'lumpsum', 'collectief', 'collectieve', 'fonds', '*fonds', 'heffing', 'premie*',
    'van de onderneming', 'per onderneming', 'per bedrijf', 'per vestiging', 'per afdeling', 'voor bedrijven',
    // A budget the management sets for the organisation: "Ieder jaar stelt de directie een opleidingsbudget vast",
    // "het bestuur begroot jaarlijks een scholingsbudget" (a personal budget is marked as such and stays one person's).
    'directie|bestuur|management|mt|werkgever|organisatie ~ @vaststellen|@begroten ~ budget|*budget',
    '@vaststellen|@begroten ~ directie|bestuur|management|mt|werkgever|organisatie ~ budget|*budget',
    'budget|*budget ~ @vaststellen|@begroten|vastgesteld|begroot ~ door ~ directie|bestuur|management|werkgever',
    // A pot for a group: "voor het team is er een ontwikkelbudget van € 5.000", "krijgt elke locatie een budget".
    'voor het|de|ons|onze team|afdeling|locatie|vestiging', 'voor de|het hele|gehele ~ team|afdeling|locatie|vestiging', 'elke|iedere locatie|vestiging|afdeling ~ krijgt|ontvangt',
    'werkgever stelt ~ vast', 'werkgever reserveert', 'personeel', 'scholingsplan', 'opleidingsplan',
    'professionaliseringsplan', 'van zijn personeel', 'centrale', 'centraal',
    // A budget a team or department holds: "het team krijgt een gezamenlijk opleidingsbudget", "elke afdeling heeft een scholingsbudget".
    'gezamenlijk|gezamenlijke ~ budget|*budget|budgetten|*budgetten',
    'het|de|elk|ieder|elke|iedere team|afdeling|teams|afdelingen ~ krijgt|krijgen|ontvangt|ontvangen|heeft|hebben|beschikt|beschikken ~ budget|*budget',
    'teams|afdelingen ~ krijgt|krijgen|ontvangt|ontvangen|heeft|hebben|beschikt|beschikken ~ budget|*budget',
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
    // The employer of a school or public body in its own cao: "het bevoegd gezag".
    'bevoegd gezag',
    // The employer named by its workplace or its board: "Voor de training doet de fabriek een beroep op het O&O-fonds".
    'fabriek', 'fabrieken', 'kliniek', 'klinieken', 'kantoor', 'winkel', 'winkels', 'rederij', 'rederijen', 'directie', 'werkmaatschappij', 'concern', 'salon',
  ],

  employeeClaimants: ['werknemer', 'werknemers', 'medewerker', 'medewerkers', 'je', 'jij', 'u', 'ambtenaar', 'ambtenaren', 'leraar', 'leraren', 'docent', 'docenten', 'deelnemer', 'deelnemers', 'personeelslid', 'personeelsleden', 'werkenden', 'collega', 'collega\'s', 'teamlid', 'teamleden', 'iedereen'],

  // Money for development granted without naming a budget; read only with an amount or a share and a development word.
  implicitGrants: [
    'stelt|stellen ~ beschikbaar', 'beschikbaar gesteld', 'ter beschikking', '@storten', 'gestort', '@reserveren', 'gereserveerd', 'trekt|trekken ~ uit', 'uitgetrokken',
    'te besteden', 'krijgt|krijgen|krijg|ontvangt|ontvangen|ontvang ~ jaarlijks|per|elk|ieder|€|euro', 'heeft|hebben|hebt|heb ~ jaarlijks|per ~ te besteden',
  ],

  // A fixed sum for learning under a general money noun: "recht op een vergoeding van 2.500 euro waarmee je opleidingen volgt".
  allowanceGrants: [
    'recht op ~ vergoeding|bijdrage|tegemoetkoming|toelage|tegoed van',
    'krijgt|krijg|krijgen|ontvangt|ontvang|ontvangen|kreeg|kregen ~ vergoeding|bijdrage|tegemoetkoming|toelage|tegoed van',
  ],

  costCues: ['*kosten', 'kosten', 'vergoed*', 'tegemoetkoming*', 'declaratie*', 'terugbetal*', 'salaris*', 'loonsverhoging*', 'uitkering*', 'pensioen*', 'premie*', 'bijdrage*', 'subsidie*'],

  employeeRecipients: [
    'aan|voor ~ werknemer|werknemers|medewerker|medewerkers|leraren|leraar|docenten|docent|ambtenaar|ambtenaren|personeelsleden|werkenden',
    // Employees named as the ones who get it ("leraren kunnen subsidie ontvangen"); "je" may be an employer on a fund's site.
    'werknemer|werknemers|medewerker|medewerkers|leraar|leraren|docent|docenten|ambtenaar|ambtenaren|werkenden ~ kan|kunnen|krijgt|krijgen|ontvangt|ontvangen|vraagt|vragen ~ subsidie|subsidies',
  ],

  perPersonCues: [
    'per werknemer', 'per medewerker', 'per persoon', 'per deelnemer', 'per fte', 'per voltijdbaan', 'per docent', 'per ambtenaar', 'per individu', 'per jaar per',
    'iedere|elke|ieder|elk werknemer|medewerker|collega|deelnemer|ambtenaar|personeelslid|teamlid|docent',
    // "iedereen krijgt een cheque van 500 euro": everyone gets it, each their own.
    'iedereen',
    // Paid onto one person's own budget: "stort € 350 op je persoonlijke leerrekening (bij het fonds)"; singular only,
    // so "€ 50.000 voor persoonlijke budgetten" stays a sum for all.
    'je|jouw|uw|zijn|haar|zijn|eigen ~ persoonlijke|persoonlijk|individuele|individueel ~ *budget|*rekening|*tegoed|budget|rekening|tegoed',
  ],

  // A pot for a group, however it is said: a fund ("het Sectorfonds stelt … beschikbaar"), a team
  // or department as recipient, an amount made available with nobody named to receive it each.
  totalCues: [
    'in totaal', 'totaal', 'totale', 'pot', '*pot', 'fonds', '*fonds', 'fondsen', '*fondsen', 'collectief', 'collectieve', 'voor alle werknemers', 'voor alle medewerkers',
    'beschikbaar gesteld', '@beschikbaarstellen', 'teambudget*', 'afdelingsbudget*', 'schoolbudget*',
    'voor het|de|ons|onze team|teams|afdeling|afdelingen|organisatie|vestiging|school|bedrijf|sector', 'voor de|het hele team|afdeling|organisatie|vestiging|school|bedrijf|sector',
  ],

  // What a lapse or carry-over is said of: money (the budget, the balance, what is not spent) or time (days, hours, leave).
  backReferenceWords: [
    'budget', 'budgetten', 'tegoed', 'tegoeden', 'saldo', 'bedrag', 'persoonlijk', 'persoonlijke', 'individueel', 'individuele', 'eigen', 'jaarbudget',
    'persoonlijkbudget', 'jouw', 'je', 'uw', 'zijn', 'haar', 'het', 'de', 'dit', 'dat', 'deze',
  ],

  nameLinkWords: ['en', '&', 'van', 'voor', 'de', 'het'],

  percentBases: {
    payroll: ['*loonsom*', 'loonsom', 'lumpsum', 'personele', 'bruto loonsom', 'sv-loon', 'heffingsgrondslag', 'grondslag'],
    salary: ['salaris*', 'loon', 'bruto loon', 'brutoloon', 'maandsalaris', 'jaarsalaris', 'inkomen', 'bezoldiging', 'schaalsalaris'],
    costs: ['kosten', 'studiekosten', 'scholingskosten', 'bedrijfskosten', 'opleidingskosten', 'cursuskosten'],
  },

  requiredTraining: [
    'nodig|noodzakelijk|vereist|verplicht ~ voor ~ functie|functie-uitoefening|functievervulling|werkzaamheden',
    // The other order: "opleidingen die voor de uitoefening van de functie noodzakelijk zijn".
    'voor ~ uitoefening|functie|functie-uitoefening|functievervulling|werkzaamheden ~ noodzakelijk|nodig|vereist',
    // Training said to be needed for the work itself: "opleidingen die nodig zijn voor het werk".
    'opleiding|opleidingen|scholing|training|trainingen|cursus|cursussen ~ nodig|noodzakelijk|vereist ~ voor ~ werk|baan|vak',
    'functiegerichte|functiegebonden|verplichte|opgedragen|noodzakelijke scholing|opleiding|opleidingen|training|trainingen|cursussen|nascholing|bijscholing|herhalingstraining*|certificering',
    // Trade training the employer provides or commissions: "vaktechnische trainingen worden door de werkgever betaald",
    // "opleidingen die de werknemer in opdracht van de werkgever volgt". The adjective alone is a purpose ("het budget is voor vakgerichte scholing").
    'vakgerichte|vaktechnische|functie-gerichte|bedrijfsgerichte ~ scholing|opleiding|opleidingen|training|trainingen|cursussen ~ werkgever',
    'werkgever ~ vakgerichte|vaktechnische|functie-gerichte|bedrijfsgerichte ~ scholing|opleiding|opleidingen|training|trainingen|cursussen',
    'scholing|opleiding|opleidingen|training|trainingen|cursus|cursussen ~ in opdracht van', 'in opdracht van ~ werkgever|leidinggevende ~ scholing|opleiding|opleidingen|training|trainingen|cursus|cursussen',
    // The employer providing the training itself: "de werkgever draagt zorg voor vakgerichte scholing", "verzorgt de verplichte trainingen".
    'werkgever ~ draagt|dragen ~ zorg voor ~ scholing|opleiding|opleidingen|training|trainingen|cursussen',
    'verplicht ~ scholing|opleiding ~ te volgen', 'wordt|worden ~ verplicht ~ om ~ scholing',
  ],

  providerCues: ['van|via|bij|door het|de|een'],

  dualSources: [
    'zowel uit|van|via|vanuit ~ als uit|van|via|vanuit', 'ofwel uit|van|via|vanuit ~ of uit|van|via|vanuit',
    'uit|via|vanuit het|de|je|jouw ~ of|óf ~ uit|via|vanuit het|de|je|jouw',
  ],
  budgetBoundaries: [
    'niet ten laste van', 'gaat|gaan niet ten koste van', 'niet ~ uit ~ budget|*budget|budgetten|tegoed|leerrekening', 'aanvullend op', 'aanvulling op',
    'betaalt|betaald|vergoedt|vergoed ~ apart|afzonderlijk|daarnaast', 'daar|daarvoor ~ gebruik|gebruikt|gebruiken ~ niet', 'voorrang', 'gaat voor',
    'los van ~ budget|*budget', 'staat|staan|stond|stonden los van',
    // Which goes first: "wordt eerst uit het loopbaanbudget betaald", "gaat vóór het ontwikkelbudget", "gebruik eerst je POB".
    'gaat|gaan vóór', 'eerst ~ uit|van ~ budget|*budget|tegoed|*tegoed|*rekening|pob|plb', 'eerst ~ budget|*budget|tegoed|*tegoed|*rekening|pob|plb ~ @gebruiken|@aanspreken|@besteden|@inzetten|@opmaken',
    // Not deducted from the budget: "die gaan nooit van je loopbaanbudget af", "wordt niet afgetrokken van het tegoed".
    'niet|nooit ~ van ~ budget|*budget|tegoed|*tegoed|*rekening|saldo ~ af', 'niet|nooit ~ afgetrokken|afgeboekt|ingehouden ~ van|op ~ budget|*budget|tegoed|*tegoed|*rekening|saldo',
    // The participle last: "worden niet van je budget afgetrokken", "wordt nooit op het tegoed afgeboekt".
    'niet|nooit ~ van|op ~ budget|*budget|tegoed|*tegoed|*rekening|saldo ~ afgetrokken|afgeboekt|ingehouden|afgeschreven|@aftrekken|@afboeken|@afschrijven',
    // "daar gaat je leerbudget niet aan op": the budget is not spent on it.
    'gaat|gaan ~ niet ~ aan ~ op', 'niet ~ aan ~ @opgaan', 'buiten het|je|zijn|haar ~ budget|*budget', 'buiten ~ *rekening|*tegoed|tegoed|*voucher|voucher|*vouchers|*cheque ~ om', 'niet verrekend ~ met ~ *budget|*budgetten|scholing|opleiding*|training*|cursus*|tegoed|*rekening|voucher*',
    // The boundary said from the budget's side: it pays what the job does not require.
    'niet ~ noodzakelijk|nodig|vereist|verplicht ~ voor ~ functie|werk|baan', 'buiten de|je|zijn|haar|eigen ~ functie', 'niet functiegericht|functiegerichte',
    'geen|niet ~ functiegerichte|verplichte ~ scholing|opleiding|opleidingen|training|trainingen',
    // The line drawn by pointing at the article on job training: "scholing die niet onder artikel 6.2 valt",
    // "anders dan bedoeld in artikel 5", "met uitzondering van de scholing genoemd in hoofdstuk 3" (the rule checks what the article is about).
    'niet onder ~ artikel|artikelen|hoofdstuk|paragraaf|lid ~ @vallen', 'anders dan ~ bedoeld|genoemd|vermeld|omschreven ~ in ~ artikel|artikelen|hoofdstuk|paragraaf|lid',
    'met uitzondering van|behalve ~ bedoeld|genoemd|vermeld|omschreven ~ in ~ artikel|artikelen|hoofdstuk|paragraaf|lid',
  ],
} satisfies Partial<Lexicon>;
