import type { Token } from '../tokens';

const BREAKS = new Set([',', ';', ':', '(', ')', '–', '—']);
const BREAK_WORDS = new Set(['maar', 'tenzij', 'echter', 'but', 'unless', 'however', 'behalve', 'except']);

const COORDINATORS = new Set(['en', 'of', 'and', 'or']);
/** Words that open a noun phrase: after "en" a subject of its own ("en het budget blijft staan"). */
const DETERMINERS = new Set([
  'de', 'het', 'een', 'je', 'jouw', 'uw', 'haar', 'hun', 'dit', 'deze', 'elk', 'ieder', 'iedere', 'elke', 'alle',
  'the', 'a', 'an', 'your', 'its', 'their', 'this', 'any', 'each',
]);
/** Tokens a noun phrase after "en" may run to before its finite verb. */
const SUBJECT_SPAN = 4;

/**
 * Clause number of every token: a new clause starts after , ; : ( ), at "maar", "tenzij", "but",
 * and at "en" / "of" followed by a verb (`isVerb`), so a negation in one conjunct does not reach the
 * next ("kan niet worden gespaard en vervalt", "wordt niet uitbetaald en blijft staan").
 */
export function clauseIds(
  tokens: Token[],
  isVerb: (token: Token) => boolean = () => false,
  isFinite: (token: Token) => boolean = () => false,
): number[] {
  const ids: number[] = [];
  let clause = 0;
  let relative = false;
  tokens.forEach((token, i) => {
    if (BREAKS.has(token.text) || BREAK_WORDS.has(token.lower)) clause++;
    else if (COORDINATORS.has(token.lower) && tokens[i + 1] && (isVerb(tokens[i + 1]) || opensMainClause(tokens, i + 1, isVerb))) clause++;
    // A relative clause ends at its verb, and the main clause goes on with its own finite verb:
    // "Wat je niet gebruikt vervalt", "Dagen die je niet opneemt vervallen" (no comma between).
    else if (relative && i > 0 && isVerb(tokens[i - 1]) && isFinite(token)) clause++;
    if (ids.length === 0 || clause !== ids[ids.length - 1]) relative = false;
    if (RELATIVES.has(token.lower)) relative = true;
    ids.push(clause);
  });
  return ids;
}

/** Words that open a relative clause ("wat je niet besteedt", "dagen die je niet opneemt"). */
const RELATIVES = new Set(['wat', 'die', 'dat', 'hetgeen', 'welke', 'wie', 'waarvan']);

/**
 * "en het budget blijft staan": a determiner, a short noun phrase and a finite verb. The verb must
 * be finite (not in -en), so "niet de dagen en het budget meenemen" stays one clause and keeps its "niet".
 */
function opensMainClause(tokens: Token[], at: number, isVerb: (token: Token) => boolean): boolean {
  if (!DETERMINERS.has(tokens[at].lower)) return false;
  for (let j = at + 1; j < tokens.length && j <= at + SUBJECT_SPAN; j++) {
    const t = tokens[j];
    if (BREAKS.has(t.text) || COORDINATORS.has(t.lower)) return false;
    if (isVerb(t)) return !t.lower.endsWith('en');
  }
  return false;
}

/**
 * Whether tokens [first, last] are negated: a negator in the same clause before them (up to
 * `window` tokens away), or, for statements, right after them ("sparen is niet toegestaan"; a noun
 * followed by "niet" is not itself negated: "het budget kan niet worden gespaard"). A negator inside the
 * match itself belongs to the phrase ("kan niet worden meegenomen" is a lapse, not a negated one).
 */
export function isNegated(
  tokens: Token[],
  clauses: number[],
  negators: ReadonlySet<string>,
  first: number,
  last: number,
  lookAhead = true,
  window = 8,
): boolean {
  const clause = clauses[first];
  for (let i = first - 1; i >= Math.max(0, first - window) && clauses[i] === clause; i--) {
    if (negators.has(tokens[i].lower) && !modifiesNoun(tokens, i)) return true;
  }
  if (!lookAhead) return false;
  for (let i = last + 1; i <= Math.min(tokens.length - 1, last + 3) && clauses[i] === clauses[last]; i++) {
    if (negators.has(tokens[i].lower)) return true;
  }
  return false;
}

/** "niet gebruikte uren", "niet opgenomen dagen": "niet" qualifies a participle before a noun, not the clause. */
const PARTICIPLE_ADJECTIVE = /^(ge\p{L}+(d|t)e|be\p{L}+(d|t)e|ver\p{L}+(d|t)e|opgenomen|benutte|uitgegeven|ingezette|genoten)$/u;
/** An uninflected participle ("gebruikt", "besteed", "opgenomen"): an adjective only inside a noun phrase. */
const PARTICIPLE = /^(\p{L}{0,8}ge\p{L}+[dt]|be\p{L}+[dt]|ver\p{L}+[dt]|ont\p{L}+[dt]|benut|opgenomen|uitgegeven|genoten)$/u;

/**
 * Whether "niet" at `negator` qualifies the participle after it rather than the clause: always for
 * an inflected one ("niet bestede bedragen"); for an uninflected one only inside a noun phrase,
 * after a determiner or at the start of a clause ("een niet gebruikt budget", "Niet besteed
 * tegoed vervalt"), not in "het budget is niet besteed".
 */
export function modifiesNoun(tokens: Token[], negator: number): boolean {
  if (tokens[negator].lower !== 'niet') return false;
  const next = tokens[negator + 1]?.lower ?? '';
  if (PARTICIPLE_ADJECTIVE.test(next)) return true;
  if (!PARTICIPLE.test(next)) return false;
  const before = tokens[negator - 1];
  return before === undefined || BREAKS.has(before.text) || DETERMINERS.has(before.lower);
}
