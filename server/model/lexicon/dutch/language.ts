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
  ],

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

  numberLabels: ['artikel', 'art', 'lid', 'bijlage', 'hoofdstuk', 'paragraaf', 'onderdeel', 'nummer', 'nr'],

  employees: ['werknemer', 'medewerker', 'ambtenaar', 'betrokkene', 'deelnemer', 'docent', 'leraar', 'je', 'jij', 'u', 'hij', 'zij'],

  employers: ['werkgever', 'gezag', 'organisatie', 'onderneming', 'bedrijf', 'wij', 'we', 'directie', 'minister', 'college', 'hr', 'p&o', 'afdeling'],

  managers: ['leidinggevende', 'leidinggevenden', 'manager', 'managers', 'lijnmanager*', 'lijnmanagement', 'teamleider*', 'direct leidinggevende'],
} satisfies Partial<Lexicon>;
