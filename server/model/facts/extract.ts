import type { Fact, Language, Sentence } from '../types';
import { tokenize, type Token } from '../tokens';
import { clauseIds, isNegated } from './clauses';
import { lexiconTools, type LexiconTools } from './lexiconTools';
import { readQuantities } from './quantities';
import { readInstruments } from './instruments';
import { readReferences } from './references';
import { readWorkOrganisation } from './work-organisation';
import { readAuthority } from './authority';
import { readSchemeTerms } from './scheme-terms';
import { readTime } from './time';
import { readKeeping } from './keeping';
import { DefinedTerms } from './definedTerms';
import { readGroupsAndPurposes } from './statements';

/** What every extractor gets: the sentence's tokens and how to turn token spans into facts. */
export interface SentenceScope {
  sentence: Sentence;
  tokens: Token[];
  clauses: number[];
  lex: LexiconTools;
  language: Language;
  /** Source range of tokens [first, last]. */
  rangeOf(first: number, last: number): { start: number; end: number };
  /** Index of the token whose source range holds `offset` (for facts read by an earlier extractor), or -1. */
  tokenAt(offset: number): number;
  negated(first: number, last: number, lookAhead?: boolean): boolean;
  /** Whether any phrase of the set matches in the sentence. */
  has(set: keyof LexiconTools['sets']): boolean;
}

/** Extracts the typed facts one sentence states. `offsets` maps each character of the sentence text to the source. */
export function extractFacts(sentence: Sentence, offsets: number[], language: Language, terms: DefinedTerms = new DefinedTerms()): Fact[] {
  const tokens = tokenize(sentence.text);
  if (tokens.length === 0) return [];
  const lex = lexiconTools(language);
  const clauses = clauseIds(tokens, (t) => lex.auxiliaries.has(t.lower) || lex.morphology.isVerbForm(t));
  lex.morphology.annotate(tokens, clauses);
  const matchCache = new Map<string, boolean>();
  const scope: SentenceScope = {
    sentence,
    tokens,
    clauses,
    lex,
    language,
    rangeOf: (first, last) => ({ start: offsets[tokens[first].start], end: offsets[tokens[last].end - 1] + 1 }),
    tokenAt: (offset) => tokens.findIndex((t) => offsets[t.start] <= offset && offset <= offsets[t.end - 1]),
    negated: (first, last, lookAhead = true) => isNegated(tokens, clauses, lex.negators, first, last, lookAhead),
    has(set) {
      let known = matchCache.get(set);
      if (known === undefined) matchCache.set(set, (known = lex.sets[set].test(tokens)));
      return known;
    },
  };

  const facts: Fact[] = [];
  facts.push(...readQuantities(scope));
  facts.push(...readInstruments(scope, facts, terms));
  facts.push(...readKeeping(scope, facts));
  facts.push(...readStatements(scope, facts.some((f) => f.kind === 'instrument')));
  facts.push(...readReferences(scope));
  facts.push(...readWorkOrganisation(scope, facts), ...readAuthority(scope));
  facts.push(...readSchemeTerms(scope, facts.some((f) => f.kind === 'instrument' && f.development)));
  facts.push(...readTime(scope, facts));
  terms.learn(sentence, facts);
  return facts;
}

/** Required training, budget boundaries and communication; purposes, groups and support come from statements.ts. */
function readStatements(scope: SentenceScope, mentionsInstrument: boolean): Fact[] {
  const { tokens, lex, sentence } = scope;
  const facts: Fact[] = [];
  const base = (first: number, last: number, negatable = true) => ({
    range: scope.rangeOf(first, last),
    sentence: sentence.index,
    negated: negatable ? scope.negated(first, last) : false,
  });
  const containsNegator = (first: number, last: number) => tokens.slice(first, last + 1).some((t) => lex.negators.has(t.lower));

  for (const m of lex.sets.requiredTraining.matchAll(tokens)) facts.push({ kind: 'required-training', ...base(m.first, m.last) });
  for (const m of lex.sets.budgetBoundaries.matchAll(tokens)) facts.push({ kind: 'budget-boundary', ...base(m.first, m.last, !containsNegator(m.first, m.last)) });

  const developmentContext = scope.has('developmentWords');
  facts.push(...readGroupsAndPurposes(scope, mentionsInstrument));
  const managers = scope.has('managers');
  const recurring = scope.has('recurring');
  const communication = lex.sets.communication.matchAll(tokens);
  // A platform informs when it shows something (the balance, the options), not when it is merely where one spends.
  const shows = scope.has('viewing') || communication.some((c) => c.value === 'inform' || c.value === 'overview');
  for (const m of communication) {
    const means = m.value;
    if (means === 'channel' && !shows) continue;
    // A conversation informs about entitlements only when it recurs and covers development;
    // informing and channels only when the sentence is about development or entitlements.
    if (means === 'conversation' && !(developmentContext && (recurring || lex.periodicConversations.test(tokens.slice(m.first, m.last + 1))))) continue;
    if ((means === 'inform' || means === 'channel') && !(developmentContext || mentionsInstrument || scope.has('entitlementWords'))) continue;
    // "De medewerker informeert zijn leidinggevende" is reporting, not telling employees of their rights.
    if (means === 'inform' && subjectBefore(scope, m.first) === 'employee') continue;
    facts.push({ kind: 'communication', means, managers, ...base(m.first, m.last) });
  }
  return facts;
}

/** Who the sentence speaks of first before token `at`: the employee or the employer. */
function subjectBefore(scope: SentenceScope, at: number): 'employee' | 'employer' | null {
  const before = scope.tokens.slice(0, at);
  const employee = scope.lex.sets.employees.matchAll(before)[0];
  const employer = scope.lex.sets.employers.matchAll(before)[0];
  if (employee && (!employer || employee.first < employer.first)) return 'employee';
  return employer ? 'employer' : null;
}

export type { Token };
