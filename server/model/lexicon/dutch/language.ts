import type { Lexicon } from '../types';
import { nlVerbs } from '../nlVerbs';

/** Dutch: general language: verbs, negation, references, ages, bounds, the parties a draft names. */
export const dutchLanguage = {
  verbs: nlVerbs,

  auxiliaries: [
    'kan', 'kunnen', 'mag', 'mogen', 'moet', 'moeten', 'zal', 'zullen', 'wordt', 'worden', 'werd', 'werden', 'is', 'zijn', 'was', 'waren',
    'heeft', 'hebben', 'had', 'hadden', 'blijft', 'blijven', 'gaat', 'gaan', 'vervalt', 'vervallen', 'komt', 'komen',
  ],

  negators: ['niet', 'geen', 'nooit', 'noch', 'niets', 'evenmin', 'uitgesloten'],
  complement: { openers: ['om', 'dat'], finiteOpeners: ['dat'], infinitive: 'te', verbFinal: true },
  deniedPossibility: [
    'niet|geen|nooit mogelijk|toegestaan|toegelaten|mogelijkheid|mogelijkheden|toestemming', 'niet|geen|nooit meer|langer mogelijk|toegestaan|toegelaten',
    'niet|nooit de|een ~ bedoeling|mogelijkheid|ruimte', 'geen ruimte|optie|sprake',
    // "laat staan dat je het kunt opsparen": let alone.
    'laat staan',
    // A wish that was not granted, told in the past: "We wilden dat de werkgever iedereen elk jaar laat weten ...",
    // "de bond had graag gezien dat ..." (the present "wij willen dat" is a policy of its own and stays).
    'wilden|wilde|wensten|wenste|hoopten|hoopte|eisten|eiste', 'hadden|had ~ graag|liever ~ gezien|gehad|gewild', 'hadden|had ~ gewild',
  ],

  definitionOpeners: ['onder'],

  definitionVerbs: ['verstaan', 'verstaat'],

  references: {
    article: ['artikel', 'artikelen', 'art'],
    annex: ['bijlage', 'bijlagen'],
    member: ['lid', 'leden'],
    ordinals: {
      eerste: '1', tweede: '2', derde: '3', vierde: '4', vijfde: '5', zesde: '6', zevende: '7', achtste: '8', negende: '9', tiende: '10',
      elfde: '11', twaalfde: '12', dertiende: '13', veertiende: '14', vijftiende: '15', zestiende: '16', zeventiende: '17', achttiende: '18',
      negentiende: '19', twintigste: '20', '1e': '1', '2e': '2', '3e': '3', '4e': '4', '5e': '5', '6e': '6', '7e': '7', '8e': '8', '9e': '9', '10e': '10',
    },
    // Laws and regulations by their words ("Wet op de ondernemingsraden", "Arbeidstijdenwet", "Burgerlijk Wetboek") and abbreviations.
    otherDocuments: [
      'bw', 'awb', 'wet*', '*wet', 'wetboek', 'arar', 'barp', 'besluit*', '*besluit', 'handboek', 'staatscourant', 'staatsblad', 'burgerlijk', 'wor', 'wvo', 'wpo', 'wml', 'wazo', 'wia', 'ww', 'zw',
      'ambtenarenwet', 'grondwet', 'boek', 'richtlijn', 'verordening', 'reglement*', 'statuten', 'uitvoeringsregeling', 'car-uwo', 'cao-rijk',
    ],
    linkWords: ['van', 'de', 'het', 'der', ',', 'bij', 'in', 'uit'],
    chapter: ['hoofdstuk', 'hoofdstukken', 'hfst'],
    section: ['paragraaf', 'paragrafen', '§'],
    item: ['onderdeel', 'onderdelen', 'sub', 'onder'],
    previous: ['vorige', 'voorgaande', 'voorafgaande'],
    next: ['volgende', 'navolgende', 'hierna'],
    this: ['dit', 'deze', 'onderhavige', 'onderhavig'],
    that: ['die', 'dat', 'genoemde', 'voornoemde', 'desbetreffende', 'vorengenoemd', 'vorengenoemde', 'eerdergenoemd', 'eerdergenoemde', 'laatstgenoemd', 'laatstgenoemde'],
    listWords: ['en', 'of', ',', 'dan'],
    rangeWords: ['tot en met', 't/m', 't/m.', 'tot', '-', '–'],
    agreement: ['cao', "cao's", 'collectieve'],
  },

  roleTerms: {
    employee: [['werknemer', 'werknemers'], ['medewerker', 'medewerkers'], ['personeelslid', 'personeelsleden'], ['arbeidskracht', 'arbeidskrachten'], ['werkneemster', 'werkneemsters'], ['ambtenaar', 'ambtenaren']],
    employer: [['werkgever', 'werkgevers'], ['ondernemer', 'ondernemers']],
    manager: [['leidinggevende', 'leidinggevenden'], ['manager', 'managers'], ['chef', 'chefs']],
  },
  definitionTitles: ['begrip*', 'definitie*', 'woordenlijst', 'verklaring'],

  ages: {
    after: ['oud', 'ouder', 'jonger', 'en|of ouder|jonger'],
    before: ['leeftijd'],
    holders: ['werknemer*|medewerker*|ambtenaar|ambtenaren|collega*|personeel*|docent*|leraar|leraren|deelnemer* van|vanaf'],
  },

  developmentWords: [
    'ontwikkel*', 'opleiding*', 'scholing*', 'training*', 'cursus*', 'cursussen', 'loopbaan*', 'studie*',
    'leren', 'professionalisering*', 'deskundigheidsbevordering*', 'inzetbaarheid*', 'employability', 'bijscholing', 'omscholing',
    'employabilitybudget', 'evc', 'certificering', 'diploma*', 'vakbekwaamheid',
    // Compounds by their head: "vakopleiding", "beroepsopleidingen", "vakdiploma", "bedrijfstraining", "taalcursus".
    '*opleiding', '*opleidingen', '*scholing', '*training', '*trainingen', '*cursus', '*cursussen', '*diploma', '*diploma\'s', '*certificaat',
    // A certification named by what it certifies: "de Azure-certificering", "VCA-certificeringen".
    '*certificering', '*certificeringen',
    // Going back to school: "gaan naar school", "terug naar de schoolbanken".
    'naar school', 'naar ~ schoolbanken|schoolbank', 'schoolbanken',
    // Learning said as a reflexive verb ("om zich te scholen"); a bare "scholen" is as often the plural of "school".
    'bekwamen', 'bijscholen', 'zich|je|jezelf ~ te ~ scholen|bekwamen',
  ],

  upperBounds: ['hoogste', 'maximaal', 'maximum', 'max', 'hooguit', 'hoogstens', 'niet meer dan', 'minder dan', 'tot'],

  lowerBounds: ['minimaal', 'minste', 'minimum', 'tenminste', 'meer dan', 'vanaf', 'boven'],

  amountChange: { from: ['van'], to: ['naar', 'tot'] },
  numberLabels: ['artikel', 'art', 'lid', 'bijlage', 'hoofdstuk', 'paragraaf', 'onderdeel', 'nummer', 'nr'],

  employees: ['werknemer', 'medewerker', 'ambtenaar', 'betrokkene', 'deelnemer', 'docent', 'leraar', 'je', 'jij', 'u', 'hij', 'zij'],

  employers: ['werkgever', 'gezag', 'organisatie', 'onderneming', 'bedrijf', 'wij', 'we', 'directie', 'minister', 'college', 'hr', 'p&o', 'afdeling'],

  managers: ['leidinggevende', 'leidinggevenden', 'manager', 'managers', 'lijnmanager*', 'lijnmanagement', 'teamleider*', 'direct leidinggevende'],
} satisfies Partial<Lexicon>;
