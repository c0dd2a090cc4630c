/** Determiners that point back ("de pot", "het budget", "this budget"): a bare budget word after them names no new instrument. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['de', 'het', 'dit', 'deze', 'dat', 'die', 'the', 'this', 'that']);

/** Possessives that make what follows one person's ("je leerpot", "your budget"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['je', 'jouw', 'uw', 'zijn', 'haar', 'your', 'his', 'her']);

/**
 * Words that open a noun phrase before its noun ("uit het budget", "bij de toekenning", "from your
 * account"): readers step over them to reach the noun a preposition governs.
 */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'dit',
  'deze',
  'dat',
  'die',
  'een',
  'je',
  'jouw',
  'uw',
  'zijn',
  'haar',
  'hun',
  'ons',
  'onze',
  'the',
  'this',
  'your',
  'their',
  'his',
  'her',
]);
