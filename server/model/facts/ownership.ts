import type { SentenceScope } from './scope';
import { DEFINITE_DETERMINERS, POSSESSIVES } from './determiners';

/**
 * Whose a budget is, read from the words right around its name: one person's ("een persoonlijk
 * ontwikkelbudget", "je eigen leerpot"), for everyone ("een scholingspot van € 60.000 is
 * beschikbaar"), or a name pointed back to ("de pot", "het budget").
 */

/** "een persoonlijk ontwikkelbudget", "je eigen persoonlijke leerbudget": a marker of one person's budget before the name. */
export function namedPersonal(scope: SentenceScope, first: number): boolean {
  const markers = scope.lex.lexicon.personalMarkers;
  return [1, 2].some((back) => markers.includes(scope.tokens[first - back]?.lower ?? ''));
}

/**
 * A pot ("scholingspot", "opleidingspot") is shared unless the draft makes it one person's: "een
 * scholingspot van € 60.000 is beschikbaar" is for all; "je eigen leerpot" and "een leerpot van € 600
 * per medewerker" (an individual cue in the sentence) are one person's.
 */
export function sharedPot(scope: SentenceScope, name: { first: number; last: number }, individual: boolean): boolean {
  if (name.first !== name.last || individual) return false;
  const word = scope.tokens[name.first].lower;
  if (!scope.lex.lexicon.compounds.sharedHeads.some((head) => word.endsWith(head))) return false;
  return !namedPersonal(scope, name.first) && !POSSESSIVES.has(scope.tokens[name.first - 1]?.lower ?? '');
}

/** A definite determiner right before: "de pot", "het budget" point back to what the draft named before. */
export function definiteBefore(scope: SentenceScope, at: number): boolean {
  return DEFINITE_DETERMINERS.has(scope.tokens[at - 1]?.lower ?? '');
}
