import type { Lexicon } from '../types';

/** Dutch: terms of schemes: figures left open, requests, portability, subsidies and their conditions. */
export const dutchSchemes = {
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
      // The steps themselves: "log in op het portaal met DigiD, kies de opleiding en bevestig", "klik op aanvragen".
      '@inloggen', 'log|logt ~ in', 'digid', 'klik|klikt ~ op', 'met ~ één|een ~ klik', 'online ~ @aanvragen|aanvraag', '@aanvragen ~ online',
    ],
    portability: [
      'andere|nieuwe werkgever|werkgevers|baan|functie|branche|sector', 'meeneembaar', 'overdraagbaar', 'verlaat|verlaten|verlaten ~ branche|sector|dienst|organisatie|werkgever',
      // A compound employer ("een andere overheidswerkgever") and moving over to one ("bij overstap naar").
      'andere|nieuwe ~ *werkgever|*werkgevers', 'overstap|overstapt|overstappen ~ naar ~ *werkgever|*werkgevers|baan|functie|organisatie|sector',
      // One slot per alternative: "einde van het dienstverband" is four words, not one.
      'bij|na ~ uitdiensttreding|vertrek|ontslag', 'bij|na ~ einde van het|de ~ dienstverband|arbeidsovereenkomst|aanstelling', 'uit dienst', 'neemt|nemen ~ saldo|tegoed|rekening ~ mee',
    ],
    'flexible-workers': [
      'uitzendkracht*', 'flexkracht*', 'flexwerker*', 'oproepkracht*', 'invalkracht*', 'payrollmedewerker*', 'inhuurkracht*', 'inleenkracht*', 'ingehuurde ~ medewerkers|krachten|collega\'s', 'tijdelijk|tijdelijke contract|contracten|dienstverband|aanstelling|arbeidsovereenkomst|krachten',
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
      'maakt|maken ~ gebruik van', 'rekent|rekenen ~ op', 'vraagt|vragen ~ aan', '@aanvragen', 'financiering', 'cofinanciering', 'ten laste van',
      // Money that comes out of a fund or a contribution it pays: "een voucher uit het O&O-fonds", "het fonds geeft werkgevers een tegemoetkoming".
      'uit ~ fonds|*fonds|o&o-fonds*|sectorfonds*|opleidingsfonds*', 'tegemoetkoming', 'tegemoetkomingen',
    ],
    conditions: [
      'voorwaarden', 'voorwaarde', 'subsidievoorwaarden', 'randvoorwaarden', 'subsidie-eisen', 'eisen ~ regeling|subsidie|fonds', 'voldoet|voldoen|voldaan ~ aan',
      'criteria', 'vereisten',
    ],
    proof: [
      // Every form, split or joined: "dat de werkgever bij de aanvraag aantoont", "toon je aan".
      '@aantonen', 'aan te tonen', 'bewijs*', '*bewijs', '*bewijzen', 'verantwoording', 'verantwoorden', 'verantwoordt', 'presentielijst*',
      'accountantsverklaring*', 'eindverslag*', 'bewaart|bewaren ~ facturen|stukken|documenten|gegevens|administratie', 'urenregistratie',
    ],
    'learning-time': [
      'in|onder|binnen werktijd|diensttijd|arbeidstijd|werkuren', 'in de tijd van de werkgever', 'betaald ~ verlof ~ opleiding|scholing|studie|examen',
      'als werktijd|arbeidstijd|diensttijd', 'doorbetaald ~ verlof',
    ],
  },
} satisfies Partial<Lexicon>;
