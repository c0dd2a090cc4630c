import { TIME_INSTRUMENTS, type Fact, type Language, type Sentence } from '../types';
import type { Token } from '../tokens';
import { deniedSpans, isNegated } from './clauses';
import { lexiconTools } from './lexiconTools';
import { sentenceTokens } from './sentenceTokens';
import { readQuantities } from './quantities';
import { employeesClaim, readInstruments } from './instruments';
import { readReferences } from './references';
import { readRoleTerms } from './roles';
import { readWorkOrganisation } from './work-organisation';
import { readAuthority } from './authority';
import { readSchemeTerms } from './scheme-terms';
import { readTime } from './time';
import { readKeeping } from './keeping';
import { DefinedTerms } from './definedTerms';
import { readGroupsAndPurposes } from './statements';
import { readCommunication } from './communication';
import { rememberParties } from './parties';
import { Discourse } from './discourse';
import { askedRange, withoutAsked } from './asked';
import type { SentenceScope } from './scope';

/** Extracts the typed facts one sentence states. `offsets` maps each character of the sentence text to the source. */
export function extractFacts(
  sentence: Sentence,
  offsets: number[],
  language: Language,
  terms: DefinedTerms = new DefinedTerms(),
  discourse: Discourse = new Discourse(),
): Fact[] {
  const lex = lexiconTools(language);
  const { tokens, clauses } = sentenceTokens(sentence.text, lex);
  if (tokens.length === 0) return [];
  const denied = deniedSpans(
    tokens,
    clauses,
    lex.deniedPossibility.matchAll(tokens),
    lex.complement,
    (t) => lex.auxiliaries.has(t.lower) || lex.morphology.isVerbForm(t),
  );
  sentence.clauseStarts = outerClauseStarts(tokens, clauses).map((i) => offsets[tokens[i].start]);
  const matchCache = new Map<string, boolean>();
  const scope: SentenceScope = {
    sentence,
    tokens,
    clauses,
    lex,
    language,
    rangeOf: (first, last) => ({ start: offsets[tokens[first].start], end: offsets[tokens[last].end - 1] + 1 }),
    tokenAt: tokenLocator(tokens, offsets),
    negated: (first, last, lookAhead = true) => isNegated(tokens, clauses, lex.negators, first, last, lookAhead, undefined, denied),
    has(set) {
      let known = matchCache.get(set);
      if (known === undefined) matchCache.set(set, (known = lex.sets[set].test(tokens)));
      return known;
    },
    discourse,
  };

  sentence.aboutDevelopment = scope.has('developmentWords');
  sentence.employeesClaim = employeesClaim(scope);
  const facts: Fact[] = [];
  // What an embedded question asks ("De OR vraagt of het saldo blijft staan") is kept from every
  // phase, so no later reader builds on it.
  const asked = askedRange(scope);
  for (const phase of READER_PHASES) facts.push(...withoutAsked(asked, phase.read(scope, facts, terms)));
  if (lex.deferred.test(tokens)) {
    putOff(facts, grantsBeforeAmountDeferred(scope, facts));
    // "Waaraan het budget besteed kan worden, werkt de directie later uit": the purposes are left to later.
    if (lex.sets.spending.test(tokens) || facts.some((f) => f.kind === 'purpose' && f.purpose === 'list'))
      facts.push({ kind: 'scheme-term', term: 'purposes-deferred', range: sentence.range, sentence: sentence.index, negated: false });
  }
  terms.learn(sentence, facts);
  rememberParties(scope);
  return facts;
}

/**
 * One step of reading a sentence. `facts` holds what the phases before it read (and only that): a
 * reader may build on them, never on a later phase.
 */
interface ReaderPhase {
  name: string;
  read(scope: SentenceScope, facts: Fact[], terms: DefinedTerms): Fact[];
}

/**
 * The readers in the order they run; the order is part of what they mean. Quantities come first
 * (an instrument takes its amount from them); instruments before keeping, statements, scheme terms
 * and time (a lapse, a purpose, a term or an amount of time is read for the instrument named);
 * work organisation after statements (a practice read as development support is not read twice);
 * time last (it reads the instruments, quantities and groups already read).
 */
const READER_PHASES: readonly ReaderPhase[] = [
  { name: 'quantities', read: (scope) => readQuantities(scope) },
  {
    name: 'instruments',
    read(scope, facts, terms) {
      const read = readInstruments(scope, facts, terms);
      // A body sentence that names a development instrument ("De werknemer heeft recht op een leerbudget") is about development for the sentence after it.
      if (!scope.sentence.heading && read.some((f) => f.kind === 'instrument' && f.development && !f.negated)) scope.sentence.aboutDevelopment = true;
      return read;
    },
  },
  { name: 'keeping', read: (scope, facts) => readKeeping(scope, facts) },
  {
    name: 'statements',
    read(scope, facts) {
      // A purpose inside an instrument's own name ("scholingsgeld", "opleidingsbudget") states no purpose.
      const names = facts.filter((f) => f.kind === 'instrument').map((f) => f.range);
      const insideName = (f: Fact) => f.kind === 'purpose' && names.some((r) => r.start <= f.range.start && f.range.end <= r.end);
      return readStatements(scope, names.length > 0).filter((f) => !insideName(f));
    },
  },
  { name: 'references and role terms', read: (scope) => [...readReferences(scope), ...readRoleTerms(scope)] },
  { name: 'work organisation and authority', read: (scope, facts) => [...readWorkOrganisation(scope, facts), ...readAuthority(scope)] },
  {
    name: 'scheme terms',
    read: (scope, facts) =>
      readSchemeTerms(
        scope,
        facts.some((f) => f.kind === 'instrument' && f.development),
      ),
  },
  { name: 'time', read: (scope, facts) => readTime(scope, facts) },
];

/** What a sentence grants or arranges and a deferred sentence only announces: time, purposes, support, informing, conditions, designs. */
const ANNOUNCED: ReadonlySet<Fact['kind']> = new Set(['scheme-term', 'purpose', 'support', 'communication', 'work-condition', 'time-term']);

/**
 * "Over opleidingen in werktijd doet de OR later een apart voorstel": the matter is named, not
 * arranged. Its grants read as not (yet) given; a budget, a figure or a lapse it names stays as read.
 */
function putOff(facts: Fact[], kept: ReadonlySet<Fact> = new Set()): void {
  for (const f of facts) {
    if (kept.has(f)) continue;
    if (ANNOUNCED.has(f.kind) || (f.kind === 'instrument' && TIME_INSTRUMENTS.has(f.instrument))) f.negated = true;
    if (f.kind === 'work-design') f.arranged = false;
  }
}

/**
 * "Je krijgt innovatie-uren; hoeveel uren dat zijn, wordt later geregeld": only the amount is put off.
 * The time instruments in clauses before the question of how much stay granted (without a quantity).
 */
function grantsBeforeAmountDeferred(scope: SentenceScope, facts: readonly Fact[]): Set<Fact> {
  const question = scope.lex.deferredAmount.matchAll(scope.tokens)[0];
  if (!question) return new Set();
  return new Set(
    facts.filter((f) => {
      if (f.kind !== 'instrument' || !TIME_INSTRUMENTS.has(f.instrument)) return false;
      const at = scope.tokenAt(f.range.start);
      return at >= 0 && at < question.first && scope.clauses[at] !== scope.clauses[question.first];
    }),
  );
}

/**
 * `tokenAt` for one sentence: the first token whose source range holds the offset, or -1. Offsets of
 * a block never decrease, so this is a binary search (a scan per fact made long sentences quadratic);
 * should a block's offsets ever decrease, it scans as before.
 */
function tokenLocator(tokens: Token[], offsets: number[]): (offset: number) => number {
  const scan = (offset: number) => tokens.findIndex((t) => offsets[t.start] <= offset && offset <= offsets[t.end - 1]);
  for (let i = 1; i < offsets.length; i++) if (!(offsets[i - 1] <= offsets[i])) return scan;
  return (offset) => {
    // First token whose last character lies at or after the offset; it holds the offset if it starts at or before it.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (offsets[tokens[mid].end - 1] >= offset) hi = mid;
      else lo = mid + 1;
    }
    return lo < tokens.length && offsets[tokens[lo].start] <= offset ? lo : -1;
  };
}

/** Required training and budget boundaries; purposes, groups and support come from statements.ts, communication from communication.ts. */
function readStatements(scope: SentenceScope, mentionsInstrument: boolean): Fact[] {
  const { tokens, lex, sentence } = scope;
  const facts: Fact[] = [];
  const base = (first: number, last: number, negatable = true) => ({
    range: scope.rangeOf(first, last),
    sentence: sentence.index,
    negated: negatable ? scope.negated(first, last) : false,
  });
  const containsNegator = (first: number, last: number) => tokens.slice(first, last + 1).some((t) => lex.negators.has(t.lower));

  // A question states no obligation ("telt de verplichte training mee voor het budget?"); its answer may.
  if (sentence.form !== 'question')
    for (const m of lex.sets.requiredTraining.matchAll(tokens)) {
      // "als je dat nodig hebt voor een andere functie bij ons" is a step in one's career, not training the job requires.
      if (lex.sets.otherJob.test(tokens.slice(m.first, m.last + 1))) continue;
      facts.push({ kind: 'required-training', ...base(m.first, m.last) });
    }
  // A negation before a relative clause is the main clause's: "Lid 1 is niet van toepassing op
  // opleidingen die uit het loopbaanbudget zijn betaald" draws no line between budgets.
  const relative = new Set(lex.lexicon.relativePronouns);
  const acrossRelative = (first: number, last: number) =>
    lex.negators.has(tokens[first].lower) && tokens.slice(first + 1, last).some((t) => relative.has(t.lower));
  for (const m of lex.sets.budgetBoundaries.matchAll(tokens)) {
    if (acrossRelative(m.first, m.last)) continue;
    facts.push({ kind: 'budget-boundary', ...base(m.first, m.last, !containsNegator(m.first, m.last)) });
  }
  // Two sources for one cost count only where the sentence names money to pay from.
  if (mentionsInstrument) for (const m of lex.sets.dualSources.matchAll(tokens)) facts.push({ kind: 'dual-source', ...base(m.first, m.last) });

  facts.push(...readGroupsAndPurposes(scope, mentionsInstrument));
  facts.push(...readCommunication(scope, mentionsInstrument));
  return facts;
}

export type { Token };

/**
 * Where the clauses the rules compare start (query.ts `sameClause`). An aside in brackets belongs to
 * the clause around it: in "Het POB kan gedurende de looptijd van deze cao (24 maanden) worden
 * besteed" the period and "besteed" share a clause, though the readers read the brackets apart.
 */
function outerClauseStarts(tokens: readonly Token[], clauses: readonly number[]): number[] {
  const starts: number[] = [];
  let depth = 0;
  let previous = clauses[0];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text === '(') depth++;
    const inside = depth > 0;
    if (tokens[i].text === ')' && depth > 0) depth--;
    if (inside) continue;
    if (clauses[i] !== previous) starts.push(i);
    previous = clauses[i];
  }
  return starts;
}
