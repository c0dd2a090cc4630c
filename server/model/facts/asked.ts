import type { Fact } from '../types';
import type { SentenceScope } from './scope';

/**
 * What an embedded question asks is not said: "De OR vraagt hoe lang het saldo blijft staan" keeps
 * no saldo, "Onduidelijk is nog of de certificering uit het budget wordt betaald" draws no line.
 * Minutes, newsletters and FAQ pages ask this way; the answer, when there is one, is another clause
 * or sentence and is read there.
 *
 * Returns the first token of the asked clause (its question word), or -1.
 */
export function askedFrom(scope: SentenceScope): number {
  const { tokens, lex } = scope;
  const { predicates, questionWords, reach, particles } = lex.asking;
  for (const m of predicates.matchAll(tokens)) {
    for (let at = m.last + 1; at < tokens.length && at <= m.last + 1 + reach; at++) {
      const word = tokens[at].lower;
      // "vraagt het budget aan of ..." applies for the budget; the "of" after it is "or".
      if (particles.has(word) || tokens[at].kind === 'punct') break;
      if (questionWords.has(word) && opensClause(scope, at)) return at;
    }
  }
  return -1;
}

/** A question word opens a clause when a verb follows it before the clause ends ("of het budget kan worden gespaard"). */
function opensClause(scope: SentenceScope, at: number): boolean {
  const { tokens } = scope;
  for (let j = at + 1; j < tokens.length && tokens[j].text !== ';'; j++) if (isVerb(scope, j)) return true;
  return false;
}

function isVerb({ tokens, lex }: SentenceScope, at: number): boolean {
  return lex.auxiliaries.has(tokens[at].lower) || lex.morphology.isVerbForm(tokens[at]);
}

/**
 * The kinds of fact an asked clause cannot state: arrangements (keeping, spending, purposes, support,
 * informing, terms, time, conditions, authority, lines between budgets). What it names (an instrument,
 * an amount, a group, a reference, the job training asked about) is still named.
 */
const STATED_ONLY: ReadonlySet<Fact['kind']> = new Set([
  'lapse',
  'saving',
  'spending',
  'purpose',
  'support',
  'communication',
  'scheme-term',
  'time-term',
  'work-condition',
  'authority',
  'budget-boundary',
  'dual-source',
  'duration',
]);

/** The source range of the sentence's asked clause, or null. */
export function askedRange(scope: SentenceScope): { start: number; end: number } | null {
  const from = askedFrom(scope);
  if (from < 0) return null;
  const { tokens } = scope;
  // The question is verb-final: after its verb, a comma ends it and the main clause follows
  // ("Weet je nog niet wat je met je uren wilt, plan dan een gesprek"). A comma before the verb
  // is an aside inside the question ("of het budget, zoals nu, ...").
  let end = tokens.length;
  let verbSeen = false;
  for (let i = from + 1; i < tokens.length; i++) {
    if (tokens[i].text === ';' || (verbSeen && tokens[i].text === ',')) {
      end = i;
      break;
    }
    if (isVerb(scope, i)) verbSeen = true;
  }
  return scope.rangeOf(from, end - 1);
}

/** The facts without what an asked clause (`asked`, from askedRange) would state. */
export function withoutAsked(asked: { start: number; end: number } | null, facts: Fact[]): Fact[] {
  if (!asked) return facts;
  return facts.filter((f) => !(STATED_ONLY.has(f.kind) && f.range.start >= asked.start && f.range.end <= asked.end));
}
