import type { Language } from '../types';

/** Number words as they appear before units ("drie jaar", "twelve months"). */
export const NUMBER_WORDS: Record<Language, ReadonlyMap<string, number>> = {
  nl: new Map([
    ['een', 1],
    ['één', 1],
    ['eén', 1],
    ['twee', 2],
    ['drie', 3],
    ['vier', 4],
    ['vijf', 5],
    ['zes', 6],
    ['zeven', 7],
    ['acht', 8],
    ['negen', 9],
    ['tien', 10],
    ['elf', 11],
    ['twaalf', 12],
    ['dertien', 13],
    ['veertien', 14],
    ['vijftien', 15],
    ['zestien', 16],
    ['achttien', 18],
    ['twintig', 20],
    ['vierentwintig', 24],
    ['dertig', 30],
    ['zesendertig', 36],
    ['veertig', 40],
    ['achtenveertig', 48],
    ['vijftig', 50],
    ['zestig', 60],
    ['honderd', 100],
    ['anderhalf', 1.5],
    ['anderhalve', 1.5],
    ['half', 0.5],
    ['halve', 0.5],
    ['enkele', 2],
  ]),
  en: new Map([
    ['a', 1],
    ['an', 1],
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['eleven', 11],
    ['twelve', 12],
    ['eighteen', 18],
    ['twenty', 20],
    ['twenty-four', 24],
    ['thirty', 30],
    ['thirty-six', 36],
    ['forty', 40],
    ['fifty', 50],
    ['hundred', 100],
    ['half', 0.5],
  ]),
};

/** Shares said in words, in percent: "de helft van de uren", "een kwart van het budget", "half of the hours". */
export const FRACTION_WORDS: Record<Language, ReadonlyMap<string, number>> = {
  nl: new Map([
    ['helft', 50],
    ['kwart', 25],
    ['derde', 100 / 3],
    ['vijfde', 20],
    ['tiende', 10],
  ]),
  en: new Map([
    ['half', 50],
    ['quarter', 25],
    ['third', 100 / 3],
    ['fifth', 20],
    ['tenth', 10],
  ]),
};

/** Words before a fraction ("de helft", "een kwart", "the half") and after it ("van", "of"). */
export const SHARE_OPENERS: ReadonlySet<string> = new Set(['de', 'een', 'één', 'the', 'a', 'one']);
export const SHARE_LINKS: ReadonlySet<string> = new Set(['van', 'of']);

/** "een", "a": mostly the article, a number only where a period or an accent makes it one ("een dag per maand", "één dag"). */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['een', 'a', 'an']);

/** Words that make a time unit a rate: "per jaar", "elke maand", "a year". */
export const PER_WORDS: ReadonlySet<string> = new Set(['per', 'elk', 'elke', 'ieder', 'iedere', 'each', 'every', 'a', 'an']);

/**
 * A rate said as a recurring stretch: "om de twee weken", and after a word for once "eens in de zes
 * weken", "één keer in de vier weken" ("in de twee weken voor de start" alone is a period).
 */
export const RECURRING_OPENERS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['om', null],
  ['in', new Set(['eens', 'keer', 'maal'])],
]);
export const RECURRING_ARTICLES: ReadonlySet<string> = new Set(['de']);

/**
 * Nouns that carry a rate to the length after them: "per periode van drie jaar", "per tijdvak van
 * twee jaar", "for each period of three years".
 */
export const RATE_PERIOD_NOUNS: ReadonlySet<string> = new Set(['periode', 'tijdvak', 'termijn', 'cyclus', 'cao-periode', 'period', 'cycle', 'term']);
/** The word between such a noun and the length: "periode van", "period of". */
export const RATE_PERIOD_LINKS: ReadonlySet<string> = new Set(['van', 'of']);

/** Time units and their length in months. */
export const TIME_UNITS: Record<Language, ReadonlyMap<string, number>> = {
  nl: new Map([
    ['jaar', 12],
    ['jaren', 12],
    ['kalenderjaar', 12],
    ['kalenderjaren', 12],
    ['dienstjaar', 12],
    ['dienstjaren', 12],
    ['maand', 1],
    ['maanden', 1],
    ['kalendermaand', 1],
    ['kalendermaanden', 1],
    ['week', 0.25],
    ['weken', 0.25],
    ['kwartaal', 3],
    ['kwartalen', 3],
    ['halfjaar', 6],
    ['schooljaar', 12],
    ['schooljaren', 12],
    ['studiejaar', 12],
    ['studiejaren', 12],
    ['cursusjaar', 12],
    ['cursusjaren', 12],
    ['boekjaar', 12],
    ['boekjaren', 12],
    // A season (of a dance school, a campsite) comes round once a year.
    ['seizoen', 12],
    ['seizoenen', 12],
  ]),
  en: new Map([
    ['year', 12],
    ['years', 12],
    ['month', 1],
    ['months', 1],
    ['week', 0.25],
    ['weeks', 0.25],
    ['quarter', 3],
    ['quarters', 3],
    ['season', 12],
    ['seasons', 12],
  ]),
};

/** Words that say "every N months" on their own ("jaarlijks", "annual"). */
export const RATE_WORDS: Record<Language, ReadonlyMap<string, number>> = {
  nl: new Map([
    ['jaarlijks', 12],
    ['jaarlijkse', 12],
    ['jaarlijksch', 12],
    ['maandelijks', 1],
    ['maandelijkse', 1],
    ['tweejaarlijks', 24],
    ['tweejaarlijkse', 24],
    ['driejaarlijks', 36],
    ['driejaarlijkse', 36],
    ['vijfjaarlijks', 60],
    ['vijfjaarlijkse', 60],
    ['halfjaarlijks', 6],
    ['halfjaarlijkse', 6],
    ['wekelijks', 0.25],
    ['wekelijkse', 0.25],
  ]),
  en: new Map([
    ['annual', 12],
    ['annually', 12],
    ['yearly', 12],
    ['monthly', 1],
    ['biennial', 24],
    ['weekly', 0.25],
  ]),
};

/** Units of counted time (numbers of people are read as group sizes, with their bounds). */
export const COUNT_UNITS: Record<Language, ReadonlyMap<string, 'days' | 'hours'>> = {
  nl: new Map([
    ['dag', 'days'],
    ['dagen', 'days'],
    ['werkdag', 'days'],
    ['werkdagen', 'days'],
    ['ontwikkeldag', 'days'],
    ['ontwikkeldagen', 'days'],
    ['scholingsdag', 'days'],
    ['scholingsdagen', 'days'],
    ['opleidingsdag', 'days'],
    ['opleidingsdagen', 'days'],
    ['studiedag', 'days'],
    ['studiedagen', 'days'],
    ['verlofdag', 'days'],
    ['verlofdagen', 'days'],
    ['atv-dagen', 'days'],
    ['uur', 'hours'],
    ['uren', 'hours'],
    ['klokuren', 'hours'],
    ['klokuur', 'hours'],
    ['werkuren', 'hours'],
    ['ontwikkeluren', 'hours'],
    ['scholingsuren', 'hours'],
    ['studie-uren', 'hours'],
    ['studieuren', 'hours'],
    ['opleidingsuren', 'hours'],
  ]),
  en: new Map([
    ['day', 'days'],
    ['days', 'days'],
    ['hour', 'hours'],
    ['hours', 'hours'],
  ]),
};
