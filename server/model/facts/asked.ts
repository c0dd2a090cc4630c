import type { Fact } from '../types';
import type { SentenceScope } from './scope';

/** Tokens [first, end) of a sentence. */
interface Span {
  first: number;
  end: number;
}

/**
 * What an embedded question asks, or a request asks for, is not said: "De OR vraagt hoe lang het
 * saldo blijft staan" keeps no saldo, "Onduidelijk is nog of de certificering uit het budget wordt
 * betaald" draws no line, "Hoe je die dag inplant, daarover zegt het akkoord niets" plans nothing,
 * "De OR vraagt om de ontwikkeldagen vooraf in te roosteren" does not schedule them. Minutes,
 * newsletters and FAQ pages speak this way; the answer or decision, when there is one, is another
 * clause or sentence and is read there.
 */
export function askedSpan(scope: SentenceScope): Span | null {
  return afterPredicate(scope) ?? frontedQuestion(scope) ?? requested(scope);
}

/** "vraagt of ...", "wil weten hoe ...", "is onduidelijk wat ...": from the question word on. */
function afterPredicate(scope: SentenceScope): Span | null {
  const { tokens, lex } = scope;
  const { predicates, questionWords, reach, particles } = lex.asking;
  for (const m of predicates.matchAll(tokens)) {
    for (let at = m.last + 1; at < tokens.length && at <= m.last + 1 + reach; at++) {
      const word = tokens[at].lower;
      // "vraagt het budget aan of ..." applies for the budget; the "of" after it is "or".
      if (particles.has(word) || tokens[at].kind === 'punct') break;
      if (questionWords.has(word) && opensClause(scope, at)) return { first: at, end: clauseEnd(scope, at) };
    }
  }
  return null;
}

/**
 * "Hoe je die dag inplant, daarover zegt het akkoord niets", "Waaraan je het mag besteden, is nog
 * niet vastgelegd": a question put first, and a main clause after its comma that says it is open.
 * A free relative put first ("Wat je niet gebruikt, neem je mee") is said: its main clause leaves nothing open.
 */
function frontedQuestion(scope: SentenceScope): Span | null {
  const { tokens, lex, sentence } = scope;
  if (sentence.form === 'question' || !lex.asking.questionWords.has(tokens[0]?.lower ?? '') || !opensClause(scope, 0)) return null;
  const comma = clauseEnd(scope, 0);
  if (comma >= tokens.length || tokens[comma].text !== ',') return null;
  const main = tokens.slice(comma + 1);
  return lex.asking.unsaid.test(main) || lex.asking.predicates.test(main) || lex.deferred.test(main) ? { first: 0, end: comma } : null;
}

/** "De OR vraagt om ... in te roosteren", "verzoekt de directie ... te regelen": what is asked for, not arranged. */
function requested(scope: SentenceScope): Span | null {
  const { tokens, lex, clauses } = scope;
  for (const m of lex.asking.requests.matchAll(tokens)) {
    // "Je kunt vragen om een gesprek" is a right to ask: what it asks for is on offer.
    const modal = tokens.some((t, i) => i < m.first && clauses[i] === clauses[m.first] && lex.asking.modals.has(t.lower));
    if (modal) continue;
    // "...; de bestuurder zegt dit toe": the request granted in the same sentence is arranged.
    if (lex.asking.granted.test(tokens.slice(m.last + 1))) continue;
    return { first: m.last + 1, end: clauseEnd(scope, m.last + 1) };
  }
  return null;
}

/** A question word opens a clause when a verb follows it before the clause ends ("of het budget kan worden gespaard"). */
function opensClause(scope: SentenceScope, at: number): boolean {
  const { tokens } = scope;
  for (let j = at + 1; j < tokens.length && tokens[j].text !== ';'; j++) if (isVerb(scope, j)) return true;
  return false;
}

/**
 * Where a clause opened at `from` ends: at ";" or at the comma after its verb, since a subordinate
 * clause is verb-final ("Weet je nog niet wat je met je uren wilt, plan dan een gesprek"). A comma
 * before the verb is an aside inside it ("of het budget, zoals nu, ...").
 */
function clauseEnd(scope: SentenceScope, from: number): number {
  const { tokens } = scope;
  let verbSeen = from < tokens.length && isVerb(scope, from);
  for (let i = from + 1; i < tokens.length; i++) {
    if (tokens[i].text === ';' || (verbSeen && tokens[i].text === ',')) return i;
    if (isVerb(scope, i)) verbSeen = true;
  }
  return tokens.length;
}

function isVerb({ tokens, lex }: SentenceScope, at: number): boolean {
  return lex.auxiliaries.has(tokens[at].lower) || lex.morphology.isVerbForm(tokens[at]);
}

/**
 * The kinds of fact an asked clause cannot state: arrangements (keeping, spending, purposes, support,
 * informing, terms, time, authority, lines between budgets). What it names (an instrument, an amount,
 * a group, a reference, the job training asked about) is still named. So are the conditions of a work
 * change (workload, learning time, effects on pay): minutes that ask about them ("Pieter vraagt of de
 * leertijd is meegenomen") answer them in the next lines, in words the readers do not all know.
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
  'authority',
  'budget-boundary',
  'dual-source',
  'duration',
]);

/** The source range of the sentence's asked clause, or null. */
export function askedRange(scope: SentenceScope): { start: number; end: number } | null {
  const span = askedSpan(scope);
  return span && span.end > span.first ? scope.rangeOf(span.first, span.end - 1) : null;
}

/** The facts without what an asked clause (`asked`, from askedRange) would state. */
export function withoutAsked(asked: { start: number; end: number } | null, facts: Fact[]): Fact[] {
  if (!asked) return facts;
  return facts.filter((f) => !(STATED_ONLY.has(f.kind) && f.range.start >= asked.start && f.range.end <= asked.end));
}
