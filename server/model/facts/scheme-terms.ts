import type { Fact, SchemeTerm } from '../types';
import type { SentenceScope } from './scope';

/**
 * Terms that trigger a rule only make sense where the sentence is about learning: "een jaarlijks
 * te bepalen budget" for a staff party is no development budget, "onder werktijd" in the rules on
 * smoking is no time for learning, a subsidy for childcare is no training scheme.
 */
const NEEDS_DEVELOPMENT_CONTEXT: ReadonlySet<SchemeTerm> = new Set(['unquantified', 'learning-time', 'external-scheme']);

/** Schemes that are about training by name, so they need no context ("O&O-fonds", "STAP-budget", "lerarenbeurs"). */
const TRAINING_SCHEMES = /^(o&o|stap|slim|sectorfonds|lerarenbeurs)/;

/**
 * Terms of development schemes: a budget stated without a figure, where unused rights go, how a
 * request is made, portability, flexible workers, tax, learning in working time, and the
 * conditions of external schemes with how compliance is shown. Phrase facts from the lexicon.
 */
export function readSchemeTerms(scope: SentenceScope, mentionsInstrument: boolean): Fact[] {
  const { tokens, sentence } = scope;
  // Learning words, a purpose ("vakcursus") or a development budget named in the sentence; a
  // subsidy alone is no such context (it may be for childcare).
  const learning = scope.has('developmentWords') || scope.has('purposes');
  // A budget without a figure in a section about learning ("Hoeveel geld er is om het plan uit te
  // voeren" under "Beleid opleiding") is a development budget too.
  const development = (term: SchemeTerm) =>
    learning || (mentionsInstrument && term !== 'external-scheme') || (term === 'unquantified' && sentence.inDevelopmentContext);
  const facts: Fact[] = [];
  for (const m of scope.lex.sets.schemeTerms.matchAll(tokens)) {
    if (NEEDS_DEVELOPMENT_CONTEXT.has(m.value) && !development(m.value) && !TRAINING_SCHEMES.test(tokens[m.first].lower)) continue;
    facts.push({
      kind: 'scheme-term',
      term: m.value,
      range: scope.rangeOf(m.first, m.last),
      sentence: sentence.index,
      // "kan niet worden meegenomen naar een andere werkgever" still settles portability; only
      // the triggers are negatable ("geen subsidie").
      negated: NEEDS_DEVELOPMENT_CONTEXT.has(m.value) ? scope.negated(m.first, m.last, false) : false,
    });
  }
  return facts;
}
