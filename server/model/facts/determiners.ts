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
