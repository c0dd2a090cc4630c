import type { Fact, InstrumentFact, InstrumentType, LapseFact, SavingFact, StatementSubject } from '../types';
import type { Token } from '../tokens';
import type { SentenceScope } from './extract';

/**
 * Lapse and saving: what happens to what is not used. A carry-over verb ("neemt mee",
 * "schuift door", "blijft staan") is saving, and a lapse when its clause negates it ("neem je niet
 * mee"); building a balance up ("sparen", "opbouwen") likewise, except that "geen budget
 * opgebouwd" denies the accrual, not the carry-over. Each statement records whether its sentence
 * speaks of money or of time, so a rule can tell "niet-bestede bedragen vervallen" from
 * "niet-opgenomen dagen vervallen" and from "bonussen komen te vervallen".
 */
/** Instruments in money; a sentence naming one speaks of money even without a money word. */
const MONEY_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set(['individual-budget', 'learning-account', 'voucher', 'collective-fund', 'choice-budget']);

export function readKeeping(scope: SentenceScope, earlier: readonly Fact[]): Fact[] {
  const { tokens, lex, sentence } = scope;
  // A question states nothing ("Bouw ik over mijn POB vakantiegeld op?"); its answer does. A
  // heading names a topic ("Opbouw en gebruik van het IKB"); its article says what holds.
  if (sentence.heading || sentence.text.trimEnd().endsWith('?')) return [];
  const instruments = earlier.filter((f): f is InstrumentFact => f.kind === 'instrument');
  const subject: StatementSubject = {
    aboutMoney: scope.has('moneySubjects') || instruments.some((i) => MONEY_INSTRUMENTS.has(i.instrument) && !i.inTime),
    aboutTime: scope.has('timeSubjects') || instruments.some((i) => !MONEY_INSTRUMENTS.has(i.instrument) || i.inTime),
  };
  const facts: Array<LapseFact | SavingFact> = [];
  const containsNegator = (first: number, last: number) => tokens.slice(first, last + 1).some((t) => lex.negators.has(t.lower));
  const statement = (kind: 'lapse' | 'saving', first: number, last: number, negated: boolean) =>
    facts.push({ kind, ...subject, range: scope.rangeOf(first, last), sentence: sentence.index, negated });

  // "vervalt niet" is a negated lapse; "niet-bestede bedragen vervallen" carries its negation inside.
  for (const m of lex.sets.lapse.matchAll(tokens)) statement('lapse', m.first, m.last, !containsNegator(m.first, m.last) && scope.negated(m.first, m.last));
  for (const m of [...lex.sets.carryOver.matchAll(tokens), ...lex.sets.saving.matchAll(tokens)]) {
    const negated = containsNegator(m.first, m.last) || scope.negated(m.first, m.last);
    statement(negated ? 'lapse' : 'saving', m.first, m.last, false);
  }
  for (const m of lex.sets.accrual.matchAll(tokens)) {
    const negated = containsNegator(m.first, m.last) || scope.negated(m.first, m.last);
    if (negated && !negatesVerb(tokens, scope.clauses, m.first, lex.negators)) continue;
    statement(negated ? 'lapse' : 'saving', m.first, m.last, false);
  }
  return facts;
}

/** "kan niet worden opgebouwd": a negator other than "geen"/"no", which negate a noun ("geen budget opgebouwd"). */
function negatesVerb(tokens: Token[], clauses: number[], at: number, negators: ReadonlySet<string>): boolean {
  return tokens.some((t, i) => clauses[i] === clauses[at] && negators.has(t.lower) && t.lower !== 'geen' && t.lower !== 'no');
}
