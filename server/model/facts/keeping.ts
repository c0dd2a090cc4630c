import type { Fact, InstrumentFact, InstrumentType, LapseFact, SavingFact, SpendingFact, StatementSubject } from '../types';
import type { Token } from '../tokens';
import type { PhraseMatch } from './phrases';
import { modifiesNoun } from './clauses';
import type { SentenceScope } from './scope';

/**
 * Lapse and saving: what happens to what is not used. A carry-over verb ("neemt mee",
 * "schuift door", "blijft staan") is saving, and a lapse when its clause negates it ("neem je niet
 * mee"); building a balance up ("sparen", "opbouwen") likewise, except that "geen budget
 * opgebouwd" denies the accrual, not the carry-over. Each statement records whether its sentence
 * speaks of money or of time, so a rule can tell "niet-bestede bedragen vervallen" from
 * "niet-opgenomen dagen vervallen"; a statement whose clause is about something that is no balance
 * ("de oude regeling vervalt", "de aanvraag vervalt", "premies vervallen") is not made at all.
 */
/** Instruments in money; a sentence naming one speaks of money even without a money word. */
const MONEY_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set(['individual-budget', 'learning-account', 'voucher', 'collective-fund', 'choice-budget']);

/** Prepositions before a subject word that make it a reference, not the subject ("het in artikel 5 genoemde budget"). */
const REFERRING = new Set(['in', 'volgens', 'krachtens', 'conform', 'zie', 'under', 'per', 'see']);
/** A pronoun opening a clause points back to the subject before it: "Voor de vakantiedagen verandert er niets: die blijven ...". */
const BACK_POINTING = new Set(['die', 'deze', 'ze', 'zij', 'they', 'these', 'those']);
/** "blijven zoals ze in de overeenkomst staan": a comparison of manner, nothing is kept. */
const MANNER = new Set(['zoals', 'as']);

/** Headings are titles up to this many tokens; a longer one is text that lost its line breaks. */
const MAX_TITLE_TOKENS = 20;

export function readKeeping(scope: SentenceScope, earlier: readonly Fact[]): Fact[] {
  const { tokens, lex, sentence, clauses } = scope;
  // A question states nothing ("Bouw ik over mijn POB vakantiegeld op?"); its answer does. A
  // heading names a topic ("Opbouw en gebruik van het IKB"); its article says what holds.
  // A "heading" of many words is body text that lost its line breaks (pasted or converted text).
  const titleLike = sentence.heading && tokens.length <= MAX_TITLE_TOKENS;
  if (titleLike || sentence.form === 'question') return [];
  const instruments = earlier.filter((f): f is InstrumentFact => f.kind === 'instrument');
  const subject: StatementSubject = {
    aboutMoney: scope.has('moneySubjects') || instruments.some((i) => MONEY_INSTRUMENTS.has(i.instrument) && !i.inTime),
    aboutTime: timeSubject(scope) || instruments.some((i) => !MONEY_INSTRUMENTS.has(i.instrument) || i.inTime),
  };
  const subjects = subjectWords(scope);
  const facts: Array<LapseFact | SavingFact | SpendingFact> = [];
  // "Ben je ziek op een ontwikkeldag, dan houd je die dag tegoed": kept because of illness, an exception, not a carry-over.
  const illness = lex.illness.test(tokens);
  const statement = (kind: 'lapse' | 'saving', m: PhraseMatch<unknown>, negated: boolean) => {
    if (kind === 'saving' && illness) return;
    // "het verlopen van de cao": a verb used as a noun names what it is said of after it.
    const ofWhat = nominalWithOf(scope, m.first, m.last) ? subjectAfter(subjects, clauses, m.last) : null;
    if ((ofWhat ?? subjectOf(subjects, tokens, clauses, m.first)) === 'other') return;
    facts.push({ kind, ...subject, range: scope.rangeOf(m.first, m.last), sentence: sentence.index, negated });
  };
  /** Negators inside a match: negating it, qualifying a noun ("niet bestede bedragen"), or saying "no longer" ("niet meer beschikbaar"). */
  const negators = (first: number, last: number) => {
    const found = { negating: false, qualifying: false, noLonger: false };
    for (let i = first; i <= last; i++) {
      if (!lex.negators.has(tokens[i].lower)) continue;
      if (modifiesNoun(tokens, i)) found.qualifying = true;
      else if (lex.noLonger.has(tokens[i + 1]?.lower ?? '')) found.noLonger = true;
      else found.negating = true;
    }
    return found;
  };
  // "Meenemen van het budget is niet mogelijk", "het sparen van ... is niet toegestaan": a verb used
  // as the subject is negated by its clause's verb, however far on.
  const negatedAround = (first: number, last: number) => scope.negated(first, last) || (isNominal(scope, first) && negatorLaterInClause(scope, last));

  // "hoeft niet direct te worden besteed": a negator that postpones rather than denies.
  const notYet = lex.notYet.matchAll(tokens);
  for (const m of notYet) statement('saving', m, false);
  const inNotYet = (m: PhraseMatch<unknown>) => notYet.some((n) => m.first <= n.last && n.first <= m.last);
  // "wat daarboven uitkomt, vervalt": what exceeds a cap lapses, which caps saving rather than ending it.
  const excess = lex.capExcess.matchAll(tokens);
  const aboveCap = (m: PhraseMatch<unknown>) =>
    excess.some((e) => clauses[e.first] === clauses[m.first] || (e.last < m.first && clauses[e.last] + 1 === clauses[m.first]));

  // The tokens of each clause, gathered once: a sentence without full stops may hold thousands of matches.
  const byClause = new Map<number, typeof tokens>();
  const clauseTokens = (at: number) => {
    let list = byClause.get(clauses[at]);
    if (!list) {
      list = tokens.filter((_, i) => clauses[i] === clauses[at]);
      byClause.set(clauses[at], list);
    }
    return list;
  };
  // "verlopen" said of how something goes: a manner word ("goed", "soepel", "hoe") or "laten" in its clause.
  const goesWell = (m: PhraseMatch<unknown>) => tokens[m.first].lemmas?.includes('verlopen') === true && lex.proceedingSense.test(clauseTokens(m.first));
  for (const m of lex.sets.lapse.matchAll(tokens)) {
    if (lex.lapseAtClauseEnd.has(tokens[m.last].lower) && !endsClause(tokens, clauses, m.last)) continue;
    if (aboveCap(m)) continue;
    if (goesWell(m)) continue;
    const own = negators(m.first, m.last);
    statement('lapse', m, own.negating || (!own.qualifying && !own.noLonger && negatedAround(m.first, m.last)));
  }
  const carried = lex.sets.carryOver
    .matchAll(tokens)
    .filter((m) => !lex.takenIntoTalk.test(clauseTokens(m.first).filter((t) => t.start > tokens[m.first].start)));
  for (const m of [...carried, ...lex.sets.saving.matchAll(tokens)]) {
    if (inNotYet(m)) continue;
    if (tokens.slice(m.first + 1, m.last).some((t) => MANNER.has(t.lower))) continue;
    const own = negators(m.first, m.last);
    statement(own.negating || own.noLonger || negatedAround(m.first, m.last) ? 'lapse' : 'saving', m, false);
  }
  // Spending and validity: a period in the same clause is the budget's spending period.
  for (const m of lex.sets.spending.matchAll(tokens)) {
    facts.push({ kind: 'spending', range: scope.rangeOf(m.first, m.last), sentence: sentence.index, negated: false });
  }
  for (const m of lex.sets.accrual.matchAll(tokens)) {
    if (inNotYet(m)) continue;
    const negated = negators(m.first, m.last).negating || negatedAround(m.first, m.last);
    if (negated && !negatesVerb(tokens, clauses, m.first, lex.negators)) continue;
    statement(negated ? 'lapse' : 'saving', m, false);
  }
  return facts;
}

type SubjectKind = 'money' | 'time' | 'other';

/** Where the sentence names money, time or something else, by token. */
function subjectWords(scope: SentenceScope): Array<{ kind: SubjectKind; at: number }> {
  const { tokens, lex } = scope;
  const found: Array<{ kind: SubjectKind; at: number }> = [];
  const add = (kind: SubjectKind, matches: PhraseMatch<unknown>[]) => {
    for (const m of matches) if (!REFERRING.has(tokens[m.first - 1]?.lower ?? '')) found.push({ kind, at: m.first });
  };
  if (!scope.has('otherSubjects')) return found;
  add('money', lex.sets.moneySubjects.matchAll(tokens));
  add('time', lex.sets.timeSubjects.matchAll(tokens));
  add('other', lex.sets.otherSubjects.matchAll(tokens));
  return found.sort((a, b) => a.at - b.at);
}

/**
 * What the clause of the statement at `at` is about: its first subject word before the verb ("De oude
 * regeling vervalt"); in a clause opened by a pronoun, the last subject word before that clause
 * ("Voor de vakantiedagen verandert er niets: die blijven ...").
 */
function subjectOf(subjects: Array<{ kind: SubjectKind; at: number }>, tokens: readonly Token[], clauses: readonly number[], at: number): SubjectKind | null {
  const first = subjects.find((s) => s.at < at && clauses[s.at] === clauses[at]);
  if (first) return first.kind;
  let start = at;
  while (start > 0 && clauses[start - 1] === clauses[at]) start--;
  // The clause's own break (":" or ";") is its first token.
  while (start < at && tokens[start].kind === 'punct') start++;
  if (!BACK_POINTING.has(tokens[start]?.lower ?? '')) return null;
  const before = subjects.filter((s) => s.at < start);
  return before.length > 0 ? before[before.length - 1].kind : null;
}

/** The first subject word after `at` in its clause ("het vervallen van het budget"). */
function subjectAfter(subjects: Array<{ kind: SubjectKind; at: number }>, clauses: readonly number[], at: number): SubjectKind | null {
  const next = subjects.find((s) => s.at > at && clauses[s.at] === clauses[at]);
  return next ? next.kind : null;
}

/** "het verlopen van de cao", "het vervallen van het budget": article, infinitive, "van". */
function nominalWithOf(scope: SentenceScope, first: number, last: number): boolean {
  const { tokens, lex } = scope;
  const token = tokens[first];
  return (
    first === last &&
    token.lemmas?.includes(token.lower) === true &&
    lex.nominalArticles.has(tokens[first - 1]?.lower ?? '') &&
    lex.nominalOf.has(tokens[last + 1]?.lower ?? '')
  );
}

/** A verb used as a noun: an infinitive at the start of its clause, or after "het" there ("Meenemen van...", "Het sparen van..."). */
function isNominal(scope: SentenceScope, at: number): boolean {
  const { tokens, clauses } = scope;
  const token = tokens[at];
  if (!token.lemmas?.includes(token.lower)) return false;
  const opens = (i: number) => i === 0 || clauses[i - 1] !== clauses[i] || tokens[i - 1].kind === 'punct';
  return opens(at) || (scope.lex.nominalArticles.has(tokens[at - 1]?.lower ?? '') && opens(at - 1));
}

function negatorLaterInClause(scope: SentenceScope, last: number): boolean {
  const { tokens, clauses, lex } = scope;
  for (let i = last + 1; i < tokens.length && clauses[i] === clauses[last]; i++) {
    if (lex.negators.has(tokens[i].lower) && !modifiesNoun(tokens, i)) return true;
  }
  return false;
}

/** Whether token `at` is the last word of its clause ("wat over is, is weg"). */
function endsClause(tokens: Token[], clauses: readonly number[], at: number): boolean {
  const next = tokens[at + 1];
  return next === undefined || next.kind === 'punct' || clauses[at + 1] !== clauses[at];
}

/** "kan niet worden opgebouwd": a negator other than "geen"/"no", which negate a noun ("geen budget opgebouwd"). */
function negatesVerb(tokens: Token[], clauses: number[], at: number, negators: ReadonlySet<string>): boolean {
  return tokens.some((t, i) => clauses[i] === clauses[at] && negators.has(t.lower) && t.lower !== 'geen' && t.lower !== 'no');
}

/**
 * The statement speaks of days, hours or leave; "de tijd om ... te gebruiken" ("je hebt drie jaar de
 * tijd om het te besteden") is an idiom for a period, not time that is granted.
 */
function timeSubject(scope: SentenceScope): boolean {
  const { tokens } = scope;
  return scope.lex.sets.timeSubjects
    .matchAll(tokens)
    .some((m) => !(m.first === m.last && tokens[m.first].lower === 'tijd' && tokens[m.first - 1]?.lower === 'de' && tokens[m.first + 1]?.lower === 'om'));
}
