import type { Fact, TimeAmountFact } from '../types';
import type { Token } from '../tokens';
import { COUNT_UNITS, INDEFINITE_ARTICLES } from '../lexicon/numbers';
import { readNumber } from './numbers';
import { ratePeriodNear } from './quantities';
import { classifyCompound } from './compounds';
import type { SentenceScope } from './scope';

/** "twee scholingsdagen", "24 uur", "vijf halve dagen", and a bare "ontwikkeldagen" (value null). */
export function readAmounts(scope: SentenceScope, facts: readonly Fact[]): TimeAmountFact[] {
  const { tokens, language } = scope;
  const out: TimeAmountFact[] = [];
  const labels = scope.lex.numberLabels;
  const halves = new Set(scope.lex.lexicon.time.halves);
  const adjectives = new Set(scope.lex.lexicon.time.amountAdjectives);
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
    // "twee betaalde scholingsdagen": an adjective between the number and its unit.
    if (adjectives.has(tokens[at]?.lower ?? '') && unitOf(scope, tokens[at + 1])) at++;
    let unit = unitOf(scope, tokens[at]);
    // "two development days", "16 learning hours": a word of learning between number and unit.
    if (!unit && tokens[at] && scope.lex.sets.developmentWords.test([tokens[at]])) {
      unit = unitOf(scope, tokens[at + 1]);
      if (unit) at++;
    }
    if (!unit) continue;
    used.add(at);
    const made = amount(scope, facts, n.value * factor, unit, n.first, at);
    // "een" is mostly the article: "vraagt een ontwikkeldag aan" grants no number of days; "een dag
    // per maand" does, and so does "één dag".
    if (INDEFINITE_ARTICLES.has(tokens[n.first].lower) && n.first === n.last && factor === 1 && made.perMonths === null) made.value = null;
    out.push(made);
    i = at;
  }
  // A day or hour entitlement named without a figure.
  tokens.forEach((token, i) => {
    if (used.has(i) || token.kind !== 'word') return;
    if (classifyCompound(token.lower, scope.lex.lexicon) !== 'development-time' && !isFreeTimeUnit(scope, token)) return;
    const unit = unitOf(scope, token);
    if (unit) out.push(amount(scope, facts, null, unit, i, i));
  });
  // "Uren die je niet hebt gebruikt, vervallen": a lapse or carry-over said of lone days or hours.
  if (facts.some((f) => (f.kind === 'lapse' || f.kind === 'saving') && f.aboutTime) && !scope.has('otherTime')) {
    for (const m of scope.lex.sets.bareTimeUnits.matchAll(tokens)) {
      if (used.has(m.first) || out.some((a) => a.range.start === scope.rangeOf(m.first, m.first).start)) continue;
      out.push(amount(scope, facts, null, m.value, m.first, m.last));
    }
  }
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
  if (match) return match.value;
  // A compound of a development stem and a day or hour head ("leerdagen", "trainingsuren").
  if (classifyCompound(token.lower, scope.lex.lexicon) === 'development-time') {
    const heads = scope.lex.lexicon.compounds.timeHeads;
    const head = heads.filter((h) => token.lower.endsWith(h)).sort((a, b) => b.length - a.length)[0];
    if (head) return COUNT_UNITS[scope.language].get(head) ?? null;
  }
  return null;
}
