import type { Token } from '../tokens';

const BREAKS = new Set([',', ';', ':', '(', ')', '–', '—']);
const BREAK_WORDS = new Set(['maar', 'tenzij', 'echter', 'but', 'unless', 'however', 'behalve', 'except']);

const COORDINATORS = new Set(['en', 'of', 'and', 'or']);

/**
 * Clause number of every token: a new clause starts after , ; : ( ), at "maar", "tenzij", "but",
 * and at "en" / "of" followed by a verb (`isVerb`), so a negation in one conjunct does not reach the
 * next ("kan niet worden gespaard en vervalt", "wordt niet uitbetaald en blijft staan").
 */
export function clauseIds(tokens: Token[], isVerb: (token: Token) => boolean = () => false): number[] {
  const ids: number[] = [];
  let clause = 0;
  tokens.forEach((token, i) => {
    if (BREAKS.has(token.text) || BREAK_WORDS.has(token.lower)) clause++;
    else if (COORDINATORS.has(token.lower) && tokens[i + 1] && isVerb(tokens[i + 1])) clause++;
    ids.push(clause);
  });
  return ids;
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

function modifiesNoun(tokens: Token[], negator: number): boolean {
  return tokens[negator].lower === 'niet' && PARTICIPLE_ADJECTIVE.test(tokens[negator + 1]?.lower ?? '');
}
