import type { Lexicon } from '../types';

/** Dutch: how employees and managers are told about their entitlements. */
export const dutchCommunication = {
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
        // Making sure employees know: "zorgt ervoor dat alle medewerkers weten", "draagt er zorg voor dat de regeling bekend is".
        '@zorgen ~ dat ~ weten|weet|bekend', 'zorg voor ~ dat ~ weten|weet|bekend',
      ],
      // What employees get or attend: a message, a reminder, printed matter, a meeting, a campaign.
      material: [
        'melding', 'meldingen', 'notificatie*', 'herinnering*', 'reminder*', 'brief', 'brieven', 'e-mail', 'mail', 'bericht', 'berichten', 'nieuwsbrief*', 'nieuwsbericht*',
        'folder*', 'brochure*', 'flyer*', 'factsheet*', 'poster*', 'infographic*', 'informatiebijeenkomst*', 'voorlichtingsbijeenkomst*', 'informatiesessie*', 'informatiemiddag*',
        'informatieavond*', 'webinar*', 'campagne*', 'personeelsblad', 'personeelskrant', 'personeelsbijeenkomst*', 'town hall', 'werkoverleg', 'teamoverleg', 'introductieprogramma',
        // The team's own meetings: "we bespreken ze in de maandelijkse teammeeting".
        'werkoverleggen', 'teamoverleggen', 'teammeeting*', 'teamvergadering*', 'afdelingsoverleg*', 'afdelingsvergadering*', 'personeelsvergadering*',
      ],
      // A statement of what is left.
      overview: [
        'overzicht|jaaroverzicht|opgave|specificatie ~ saldo|tegoed|*tegoed|budget|*budget|opbouw|stand|restant|resterende|resterend|*uren|*dagen|gebruikt|besteed',
        // What is left ("een overzicht van wat er nog over is"), not an overview of a subject ("het overzicht over de sectie").
        'overzicht|jaaroverzicht|opgave|specificatie ~ wat|hoeveel ~ over',
        // "een overzicht van uw rechten op het gebied van scholing en van het gebruik van de voucher".
        'overzicht|jaaroverzicht ~ rechten|aanspraken|gebruik|mogelijkheden',
        'inzicht in ~ hoogte|saldo|tegoed|*tegoed|opbouw|budget|*budget|stand|restant|mutaties', 'hoeveel ~ over|resteert|beschikbaar|nog|opgebouwd|resterend',
        'stand van ~ budget|*budget|rekening|*rekening|tegoed|*tegoed|zaken',
      ],
      // Where employees see it: counted only with a word of showing or telling, never as the place to apply.
      channel: [
        'intranet', 'portaal', '*portaal', '*portal', 'app', '*app', 'platform', '*platform', 'website', 'hr-systeem', '*systeem', 'selfservice*', 'mijn-omgeving', 'online omgeving',
        // A page or wiki of the team or organisation: "op onze teampagina in Confluence".
        'teampagina*', 'intranetpagina*', 'wiki', '*wiki', 'confluence', 'sharepoint', 'teamsite', 'teams-kanaal', 'kennisbank',
        'loonstrook', 'loonstrookje', 'salarisstrook', 'salarisstrookje', 'salarisspecificatie', 'loonspecificatie', 'dashboard',
        // Self-service HR systems by name: "MijnHR", "Mijn HR", "YouForce", "e-HRM", "P-Direkt".
        'loket', 'loket.nl', 'mijnhr', 'mijn-hr', 'mijn hr', 'mijnomgeving', 'mijn omgeving', 'personeelsdossier', 'e-hrm', 'ehrm', 'hrm-systeem', 'personeelssysteem', 'youforce', 'afas', 'p-direkt', 'p-direct',
      ],
      conversation: [
        'jaargesprek*', 'functioneringsgesprek*', 'ontwikkelgesprek*', 'ontwikkelingsgesprek*', 'loopbaangesprek*', 'pop-gesprek*', 'beoordelingsgesprek*',
        'gesprekscyclus', 'personeelsgesprek*', 'resultaatgesprek*', 'r&o-gesprek*', 'voortgangsgesprek*', 'planningsgesprek*', 'plannings- en functioneringsgesprek*',
        // Named by how often they come: "het kwartaalgesprek", "het maandgesprek", "het halfjaargesprek".
        'kwartaalgesprek*', 'maandgesprek*', 'halfjaargesprek*', 'halfjaarsgesprek*', 'tweejaargesprek*',
        'gesprek', 'gesprekken', '@spreken ~ elkaar', '@bespreken', 'besproken', 'persoonlijk ontwikkelingsplan|ontwikkelplan', 'pop', 'ontwikkelagenda',
        '@maken ~ afspraken|afspraak', 'ontwikkelafspraken', 'persoonlijk ontwikkelplan', 'aan bod', 'aan de orde',
        // The yearly task agreement of a teacher, which covers training: "de jaarlijkse vaststelling van de taakbelasting".
        'vaststelling|bespreking|afspraken ~ taakbelasting|jaartaak|normjaartaak|taakbeleid|taakverdeling', 'normjaartaak', 'jaartaak',
      ],
    },
    // A conversation counts when it recurs, is one of the periodic conversations, works from a personal plan, or is held together on purpose.
    recurring: [
      'jaarlijks*', 'ieder|elk|elke|iedere jaar|kalenderjaar|schooljaar', 'per jaar|kalenderjaar|schooljaar', 'eenmaal|eens|éénmaal per', 'ten minste|minimaal|tenminste ~ per',
      'periodiek*', 'regelmatig*', 'maandelijks*', 'wekelijks*', 'per maand|week|kwartaal', 'elke|iedere maand|week', 'een|één|eén keer|maal per', 'cyclus', 'gesprekscyclus', 'jaarcyclus', 'ieder|elk kwartaal', 'jaargesprek*',
    ],
    periodicConversations: [
      'jaargesprek*', 'functioneringsgesprek*', 'ontwikkelgesprek*', 'ontwikkelingsgesprek*', 'loopbaangesprek*', 'pop-gesprek*', 'beoordelingsgesprek*',
      'gesprekscyclus', 'personeelsgesprek*', 'resultaatgesprek*', 'r&o-gesprek*', 'planningsgesprek*', 'voortgangsgesprek*', 'plannings-',
      'kwartaalgesprek*', 'maandgesprek*', 'halfjaargesprek*', 'halfjaarsgesprek*', 'tweejaargesprek*',
      'persoonlijk ontwikkelingsplan|ontwikkelplan|opleidingsplan', 'pop', 'ontwikkelagenda', 'individueel ontwikkelplan|ontwikkelingsplan',
      'samen ~ in gesprek', 'gaan|gaat ~ in gesprek ~ over', 'normjaartaak', 'jaartaak',
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
      // Given when asked for, however said: "op aanvraag", "op zijn verzoek", "op eerste verzoek", "desgevraagd",
      // "als de werknemer daarom vraagt", "wie erom vraagt".
      'op aanvraag', 'op ~ verzoek', 'desgevraagd', 'als|wanneer|indien|wie|zodra ~ daarom|erom|ernaar ~ @vragen|@verzoeken', 'op|na ~ vraag ~ van ~ werknemer|medewerker|de|je|jou|hem|haar',
      'op|na ~ verzoek|aanvraag ~ van',
    ],
    // Publishing a regulation in the official gazette is not informing employees.
    publication: ['staatscourant', 'staatsblad', 'gemeenteblad', 'provinciaal blad', 'waterschapsblad', 'publicatieblad', 'ter inzage', 'in werking', 'inwerkingtreding'],
    // Informing the works council or the unions is not informing employees.
    advisers: ['*adviseur', '*adviseurs', '*coach', '*coaches', 'coach', 'mentor', 'extern', 'externe', 'onafhankelijk', 'onafhankelijke', 'loopbaancentrum', 'loopbaanbureau'],
    representatives: ['ondernemingsraad', 'or', 'personeelsvertegenwoordiging', 'pvt', 'medezeggenschap*', 'gmr', 'vakbond*', 'vakorganisatie*', 'cao-partijen', 'sociale partners', 'vertegenwoordiger*'],
  },

  viewing: [
    '@inzien', 'inzage', 'in te zien', '@raadplegen', '@bekijken', '@zien', 'terugvinden', 'terug te vinden', '@vinden', '@lezen', 'staat|staan ~ op|in', 'op|in ~ staat|staan',
    // Put where employees read it: "ik zet de afspraken op onze teampagina".
    '@zetten ~ op|in', '@plaatsen ~ op|in', 'geplaatst op|in',
    'weergegeven', 'getoond', 'toont', 'tonen', 'zichtbaar', 'gepubliceerd', '@publiceren', '@vermelden', 'vermeld', 'bijgehouden', '@bijhouden', 'informatie', '@kijken',
  ],
} satisfies Partial<Lexicon>;
