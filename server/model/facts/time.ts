import type { Fact, TimeAmountFact, TimeTermFact } from '../types';
import type { Token } from '../tokens';
import { COUNT_UNITS } from '../lexicon/numbers';
import { readNumber } from './numbers';
import { ratePeriodNear } from './quantities';
import { classifyCompound } from './instruments';
import { TIME_INSTRUMENTS } from '../query';
import type { SentenceScope } from './extract';


/**
 * Development time: how many days or hours per period ("twee scholingsdagen per kalenderjaar",
 * "vier uur per maand"), and what the draft says around it: planning and replacement so the time
 * is actually taken, a lapse at the end of employment, and combination projects (newcomers on
 * work-learning places free own staff for training) with their ramp-up and perspective.
 * Headings are skipped: "Artikel 34 Scholingsdagen" grants nothing.
 */
export function readTime(scope: SentenceScope, facts: readonly Fact[]): Fact[] {
  if (scope.sentence.heading) return [];
  const timeInstrument = facts.some((f) => f.kind === 'instrument' && TIME_INSTRUMENTS.has(f.instrument));
  const development = scope.has('developmentWords') || timeInstrument;
  const aboutTime = development || scope.has('timeContext');
  const out: Fact[] = [...readAmounts(scope, facts)];
  const newcomers = scope.has('newcomers');
  for (const m of scope.lex.sets.timeTerms.matchAll(scope.tokens)) {
    const term = m.value;
    // Planning and replacement are about development time only where the sentence speaks of it;
    // "vervangen" and "rooster" are everywhere in a cao.
    if ((term === 'planning' || term === 'replacement') && !aboutTime) continue;
    // A diploma is a perspective for newcomers only in a sentence about them: the own staff's
    // training goal is not the newcomers' perspective.
    if (term === 'perspective' && !newcomers) continue;
    if (term === 'ramp-up' && !(newcomers || scope.has('developmentWords'))) continue;
    if (term === 'employment-end' && !aboutTime) continue;
    out.push(termFact(scope, term, m.first, m.last));
  }
  // Newcomers on work-learning places taking over, or put in to free own staff, while those train:
  // a combination project in all but name ("om vaste werknemers vrij te maken voor opleidingen zet
  // de werkgever uitzendkrachten in op ervaringsplaatsen").
  if (newcomers && development && !out.some((f) => f.kind === 'time-term' && f.term === 'combination-project')) {
    const takeover = out.find((f): f is TimeTermFact => f.kind === 'time-term' && f.term === 'replacement');
    const frees = scope.lex.work.freesStaff.matchAll(scope.tokens).find((m) => !scope.negated(m.first, m.last));
    if (takeover) out.push({ ...takeover, term: 'combination-project' });
    else if (frees) out.push(termFact(scope, 'combination-project', frees.first, frees.last));
  }
  return out;
}

function termFact(scope: SentenceScope, term: TimeTermFact['term'], first: number, last: number): TimeTermFact {
  // "niet volledig inzetbaar" carries its own negator.
  const ownNegator = scope.tokens.slice(first, last + 1).some((t) => scope.lex.negators.has(t.lower));
  return { kind: 'time-term', term, range: scope.rangeOf(first, last), sentence: scope.sentence.index, negated: ownNegator ? false : scope.negated(first, last) };
}

/** "twee scholingsdagen", "24 uur", "vijf halve dagen", and a bare "ontwikkeldagen" (value null). */
function readAmounts(scope: SentenceScope, facts: readonly Fact[]): TimeAmountFact[] {
  const { tokens, language } = scope;
  const out: TimeAmountFact[] = [];
  const labels = scope.lex.numberLabels;
  const halves = new Set(scope.lex.lexicon.time.halves);
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i, language);
    if (!n) continue;
    if (n.first > 0 && labels.has(tokens[n.first - 1].lower.replace(/\.$/, ''))) continue;
    let at = n.last + 1;
    let factor = 1;
    if (halves.has(tokens[at]?.lower ?? '')) {
      factor = 0.5;
      at++;
    }
    const unit = unitOf(scope, tokens[at]);
    if (!unit) continue;
    used.add(at);
    out.push(amount(scope, facts, n.value * factor, unit, n.first, at));
    i = at;
  }
  // A day or hour entitlement named without a figure.
  tokens.forEach((token, i) => {
    if (used.has(i) || token.kind !== 'word') return;
    if (classifyCompound(token.lower, scope.lex.lexicon) !== 'development-time' && !isFreeTimeUnit(scope, token)) return;
    const unit = unitOf(scope, token);
    if (unit) out.push(amount(scope, facts, null, unit, i, i));
  });
  return out;
}

function amount(scope: SentenceScope, facts: readonly Fact[], value: number | null, unit: 'days' | 'hours', first: number, last: number): TimeAmountFact {
  return {
    kind: 'time-amount',
    value,
    unit,
    perMonths: ratePeriodNear(scope, facts, first, last)?.months ?? null,
    range: scope.rangeOf(first, last),
    sentence: scope.sentence.index,
    negated: scope.negated(first, last, false),
  };
}

function isFreeTimeUnit(scope: SentenceScope, token: Token): boolean {
  return scope.lex.sets.instrumentPhrases.matchAll([token]).some((m) => m.value === 'free-time');
}

function unitOf(scope: SentenceScope, token: Token | undefined): 'days' | 'hours' | null {
  if (!token || token.kind !== 'word') return null;
  const counted = COUNT_UNITS[scope.language].get(token.lower);
  if (counted) return counted;
  const match = scope.lex.sets.timeUnits.matchAll([token])[0];
  return match ? match.value : null;
}
