import type { CountFact, Currency, DurationFact, Fact, Language, MoneyFact, MoneyNotation, PercentFact } from '../types';
import {
  COUNT_UNITS,
  FRACTION_WORDS,
  SHARE_LINKS,
  SHARE_OPENERS,
  PER_WORDS as PER,
  RATE_PERIOD_LINKS,
  RATE_PERIOD_NOUNS,
  RATE_WORDS,
  RECURRING_ARTICLES,
  RECURRING_OPENERS,
  TIME_UNITS,
} from '../lexicon/numbers';
import { readMoney, readNumber } from './numbers';
import { readDateRanges } from './dates';
import { readMoneyInWords } from './number-words';
import type { SentenceScope } from './scope';
import type { Token } from '../tokens';
import { readParties } from './parties';

const PERCENT_WORDS = new Set(['%', 'procent', 'percent', 'pct']);
/** Words that open the clause of a denied deadline: a relative ("dat niet binnen ... is besteed") or a condition ("als je het niet binnen ..."). */
const DEADLINE_CLAUSE_OPENERS = new Set(['dat', 'die', 'wat', 'als', 'indien', 'wanneer', 'that', 'which', 'if']);

/** The length at `first` recurs: "om de twee weken", "eens in de zes weken". */
function recurringAt(tokens: readonly Token[], first: number): boolean {
  if (first < 2 || !RECURRING_ARTICLES.has(tokens[first - 1].lower)) return false;
  const opener = RECURRING_OPENERS.get(tokens[first - 2].lower);
  if (opener === undefined) return false;
  return opener === null || opener.has(tokens[first - 3]?.lower ?? '');
}

/** Money, percentages, durations and counts, each with what it is per. */
export function readQuantities(scope: SentenceScope): Fact[] {
  const { tokens, language, sentence } = scope;
  const units = TIME_UNITS[language];
  const rates = RATE_WORDS[language];
  const countUnits = COUNT_UNITS[language];
  const durations: DurationFact[] = [];
  const others: Array<MoneyFact | PercentFact | CountFact> = [];
  // Amounts and periods are not negated by a "niet" after them ("na 24 maanden niet gebruikt").
  // "een bedrag dat niet binnen twaalf maanden is besteed": the "niet" in a relative or conditional
  // clause denies the spending, and the period is its deadline, not a period denied. In a main clause
  // ("het budget hoeft niet binnen een jaar te worden besteed") it denies the deadline itself.
  const deadline = (first: number) => {
    if (first < 2 || !scope.lex.sets.deadlineWords.test([tokens[first - 1]]) || !scope.lex.negators.has(tokens[first - 2].lower)) return false;
    for (let i = first - 3; i >= 0 && scope.clauses[i] === scope.clauses[first - 2]; i--) if (DEADLINE_CLAUSE_OPENERS.has(tokens[i].lower)) return true;
    return false;
  };
  const base = (first: number, last: number) => ({
    range: scope.rangeOf(first, last),
    sentence: sentence.index,
    negated: !deadline(first) && scope.negated(first, last, false),
  });

  const ofTerm = scope.has('termWords');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "jaarlijks", "tweejaarlijks", "annual"
    const rate = rates.get(t.lower);
    if (rate !== undefined) {
      const fact: DurationFact = { kind: 'duration', ofTerm, months: rate, form: 'per', ...base(i, i) };
      durations.push(fact);
      continue;
    }
    // "per jaar", "per kalenderjaar", "elke maand", "a year"
    if (PER.has(t.lower) && units.has(tokens[i + 1]?.lower ?? '')) {
      const fact: DurationFact = { kind: 'duration', ofTerm, months: units.get(tokens[i + 1].lower)!, form: 'per', ...base(i, i + 1) };
      durations.push(fact);
      i++;
      continue;
    }
    const money = readMoney(tokens, i, language) ?? readMoneyInWords(tokens, i, language);
    if (money) {
      others.push({
        kind: 'money',
        amount: money.amount,
        currency: money.currency,
        qualifier: boundOf(scope, tokens.slice(Math.max(0, money.first - 4), money.first)),
        perMonths: null,
        perPerson: false,
        total: false,
        notation: notationOf(tokens, money.first, money.last, money.currency, money.amount),
        ...base(money.first, money.last),
        // "gaat omhoog van € 500 naar € 750": the amount it was is no longer the amount.
        ...(superseded(scope, money.first, money.last) ? { negated: true } : {}),
      });
      i = money.last;
      continue;
    }
    const share = fractionAt(tokens, i, language);
    if (share !== null) {
      others.push({ kind: 'percent', value: share, base: percentBase(scope, i + 2), ...base(Math.max(0, i - 1), i) });
      i++;
      continue;
    }
    const n = readNumber(tokens, i, language);
    if (!n) continue;
    // "Artikel 34 Scholingsdagen" names an article; it counts nothing.
    if (i > 0 && scope.lex.numberLabels.has(tokens[i - 1].lower.replace(/\.$/, ''))) continue;
    const unitToken = tokens[n.last + 1];
    if (!unitToken) continue;
    if (PERCENT_WORDS.has(unitToken.lower)) {
      others.push({ kind: 'percent', value: n.value, base: percentBase(scope, n.last + 2), ...base(n.first, n.last + 1) });
      i = n.last + 1;
      continue;
    }
    const months = units.get(unitToken.lower);
    if (months !== undefined && isAge(scope, n.first, n.last + 1)) {
      i = n.last + 1;
      continue;
    }
    if (months !== undefined) {
      // "per twee jaar" is a rate; "drie jaar", "36 maanden" a stretch of time.
      // ... and so is "per periode van drie jaar": the rate word governs the period noun before the length.
      const ratedPeriod =
        RATE_PERIOD_LINKS.has(tokens[n.first - 1]?.lower ?? '') &&
        RATE_PERIOD_NOUNS.has(tokens[n.first - 2]?.lower ?? '') &&
        PER.has(tokens[n.first - 3]?.lower ?? '');
      const recurring = recurringAt(tokens, n.first);
      const isRate = ratedPeriod || recurring || (n.first > 0 && PER.has(tokens[n.first - 1].lower) && tokens[n.first - 1].lower !== 'a');
      const first = ratedPeriod ? n.first - 3 : recurring ? n.first - 2 : isRate ? n.first - 1 : n.first;
      const fact: DurationFact = { kind: 'duration', ofTerm, months: n.value * months, form: isRate ? 'per' : 'period', ...base(first, n.last + 1) };
      if (!isRate && isExtension(scope, n.first, n.last + 1)) fact.extra = true;
      durations.push(fact);
      i = n.last + 1;
      continue;
    }
    const unit = countUnits.get(unitToken.lower);
    if (unit !== undefined && tokens[n.first].kind === 'number') {
      others.push({ kind: 'count', value: n.value, unit, perMonths: null, ...base(n.first, n.last + 1) });
      i = n.last + 1;
    }
  }

  for (const range of readDateRanges(tokens)) {
    durations.push({ kind: 'duration', ofTerm, months: range.months, form: 'period', ...base(range.first, range.last) });
  }
  // "tot het einde van het volgende kalenderjaar" runs into a second year; its "einde van het ...
  // kalenderjaar" is not also the end of this one.
  const nextYearEnds = scope.lex.sets.untilNextYearEnd.matchAll(tokens);
  for (const m of nextYearEnds) durations.push({ kind: 'duration', ofTerm, months: 24, form: 'until-year-end', ...base(m.first, m.last) });
  for (const m of scope.lex.sets.untilYearEnd.matchAll(tokens)) {
    if (nextYearEnds.some((n) => m.first <= n.last && n.first <= m.last)) continue;
    const fact: DurationFact = { kind: 'duration', ofTerm, months: 12, form: 'until-year-end', ...base(m.first, m.last) };
    durations.push(fact);
  }
  for (const m of scope.lex.sets.caoTerm.matchAll(tokens)) {
    durations.push({ kind: 'duration', ofTerm, months: null, form: 'cao-term', ...base(m.first, m.last) });
  }

  // Attach "per jaar" to the amount or count it follows (or the rate word it follows, "jaarlijks budget van € 600").
  // Who an amount is for is read in its own clause first: "in totaal € 25.000 voor een fonds,
  // waaruit iedere medewerker maximaal € 1.000 kan ontvangen" holds a pot and an amount per person.
  const perPersonCues = [...scope.lex.sets.perPersonCues.matchAll(scope.tokens), ...eachEmployee(scope)];
  const totalCues = scope.lex.sets.totalCues.matchAll(scope.tokens);
  const inClause = (cues: typeof totalCues, at: number) =>
    cues.some((c) => scope.clauses[c.first] === scope.clauses[at] || scope.clauses[c.last] === scope.clauses[at]);
  // A cue in another amount's clause is that amount's: "€ 600 per jaar, ..., en over drie jaar is dat in totaal € 2.000" totals only the € 2.000.
  const amountsPerClause = new Map<number, number>();
  for (const f of others)
    if (f.kind === 'money') {
      const clause = scope.clauses[scope.tokenAt(f.range.start)];
      amountsPerClause.set(clause, (amountsPerClause.get(clause) ?? 0) + 1);
    }
  // A cue is free for the amount at `at` when no other amount stands in the cue's clause.
  const free = (cues: typeof totalCues, at: number) =>
    cues.filter((c) => {
      const clause = scope.clauses[c.first];
      return (amountsPerClause.get(clause) ?? 0) - (scope.clauses[at] === clause ? 1 : 0) === 0;
    });
  // "Het fonds kent iedere werknemer in januari een voucher toe van € 400": a moment of every year.
  const yearlyMoments = scope.lex.sets.yearlyMoments.matchAll(tokens).filter((m) => tokens[m.last + 1]?.kind !== 'number');
  const once = scope.lex.sets.oneOff.test(tokens);
  for (const fact of others) {
    if (fact.kind === 'percent') continue;
    const at = scope.tokenAt(fact.range.start);
    const per = ratePeriodNear(scope, durations, at, scope.tokenAt(fact.range.end - 1));
    if (per) fact.perMonths = per.months;
    else if (fact.kind === 'money' && !once && yearlyMoments.some((m) => scope.clauses[m.first] === scope.clauses[at])) fact.perMonths = 12;
    if (fact.kind === 'money') {
      const totalHere = inClause(totalCues, at);
      fact.perPerson = inClause(perPersonCues, at) || (free(perPersonCues, at).length > 0 && !totalHere);
      fact.total = !fact.perPerson && (totalHere || free(totalCues, at).length > 0);
    }
  }
  return [...others, ...durations];
}

/** "18 jaar en ouder", "werknemers van 55 jaar", "de leeftijd van 60 jaar": an age, not a period. */
function isAge(scope: SentenceScope, first: number, unit: number): boolean {
  const { tokens } = scope;
  const sets = scope.lex.sets;
  return (
    sets.ageAfter.test(tokens.slice(unit + 1, unit + 3)) ||
    sets.ageBefore.test(tokens.slice(Math.max(0, first - 3), first)) ||
    (first >= 2 && sets.ageHolders.test(tokens.slice(first - 2, first)))
  );
}

/** Whether the words before a number bound it: "niet meer dan" is an upper bound although it holds "meer dan". */
export function boundOf(scope: SentenceScope, before: Token[]): 'max' | 'min' | 'exact' {
  const upper = scope.lex.sets.upperBounds.matchAll(before).pop();
  const lower = scope.lex.sets.lowerBounds.matchAll(before).pop();
  // A denied bound is the other bound: "nooit meer dan acht", "geen meer dan", "niet minder dan vijf".
  const denied = (m: { first: number; last: number }) =>
    m.first > 0 && scope.lex.negators.has(before[m.first - 1].lower) && !before.slice(m.first, m.last + 1).some((t) => scope.lex.negators.has(t.lower));
  if (upper) return denied(upper) ? 'min' : 'max';
  if (lower) return denied(lower) ? 'max' : 'min';
  return 'exact';
}

/**
 * A share in words: an article or number word, the fraction, then "van"/"of" ("de helft van de
 * studie-uren", "een kwart van het budget"). "het derde lid" is an ordinal, not a share: the "van" is required.
 */
function fractionAt(tokens: Token[], i: number, language: Language): number | null {
  const value = FRACTION_WORDS[language].get(tokens[i].lower);
  if (value === undefined || !SHARE_LINKS.has(tokens[i + 1]?.lower ?? '')) return null;
  // English "half of the hours" needs no article before it.
  const opened = i > 0 && SHARE_OPENERS.has(tokens[i - 1].lower);
  return opened || (language === 'en' && tokens[i].lower === 'half') ? value : null;
}

function percentBase(scope: SentenceScope, from: number): PercentFact['base'] {
  const window = scope.tokens.slice(from, from + 10);
  const match = scope.lex.sets.percentBases.matchAll(window)[0];
  return match ? match.value : 'other';
}

/**
 * How far before an amount its rate may stand in the clause: the rate often modifies the verb that
 * grants it ("ontvangt ieder kalenderjaar van het fonds (O&O-fonds) een voucher ter waarde van € 250").
 */
const RATE_BEFORE = 16;

/**
 * The rate ("per jaar", "jaarlijks", "per twee weken") that an amount or count at tokens
 * [first, last] is per: the closest one in the same clause, up to 8 tokens after it or 10 before it
 * ("jaarlijks een budget van € 600"). Shared by every reader of amounts, so all agree.
 */
export function ratePeriodNear(scope: SentenceScope, durations: readonly Fact[], first: number, last: number): DurationFact | null {
  let best: DurationFact | null = null;
  let bestDistance = Infinity;
  for (const { d, from, to } of rateCandidates(scope, durations, first, last)) {
    const after = from > last;
    const distance = after ? from - last : first - to;
    if (distance < 0 || distance > (after ? 8 : RATE_BEFORE) || scope.clauses[from] !== scope.clauses[after ? last : first]) continue;
    // A rate right after hours or days is theirs: "een contract van 12 uur per week een leercheque van € 300".
    if (!after && ownedByCount(scope, from)) continue;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

/** The rate at `from` follows a number of hours or days ("12 uur per week"). */
function ownedByCount(scope: SentenceScope, from: number): boolean {
  const unit = scope.tokens[from - 1];
  const number = scope.tokens[from - 2];
  return unit !== undefined && number !== undefined && number.kind === 'number' && COUNT_UNITS[scope.language].has(unit.lower);
}

interface RateEntry {
  d: DurationFact;
  index: number;
  from: number;
  to: number;
}

interface RateIndex {
  scope: SentenceScope;
  length: number;
  byFrom: Map<number, RateEntry[]>;
  byTo: Map<number, RateEntry[]>;
  /** Rates whose tokens were not found: checked for every amount, as before. */
  odd: RateEntry[];
}

const rateIndexes = new WeakMap<readonly Fact[], RateIndex>();

/**
 * The rates that can lie within reach of tokens [first, last], in their order in `durations`: those
 * starting up to 8 tokens after, or ending up to 10 tokens before. Indexed once per list of facts
 * (lists only grow), so a sentence with many amounts and rates is not read amounts x rates times.
 */
function rateCandidates(scope: SentenceScope, durations: readonly Fact[], first: number, last: number): RateEntry[] {
  let index = rateIndexes.get(durations);
  if (!index || index.scope !== scope || index.length !== durations.length) {
    index = { scope, length: durations.length, byFrom: new Map(), byTo: new Map(), odd: [] };
    durations.forEach((d, i) => {
      if (d.kind !== 'duration' || d.form !== 'per') return;
      const entry = { d, index: i, from: scope.tokenAt(d.range.start), to: scope.tokenAt(d.range.end - 1) };
      if (entry.from < 0 || entry.to < 0) index!.odd.push(entry);
      else {
        listAt(index!.byFrom, entry.from).push(entry);
        listAt(index!.byTo, entry.to).push(entry);
      }
    });
    rateIndexes.set(durations, index);
  }
  const seen = new Set<RateEntry>(index.odd);
  for (let t = last + 1; t <= last + 8; t++) for (const e of index.byFrom.get(t) ?? []) seen.add(e);
  for (let t = first - RATE_BEFORE; t <= first; t++) for (const e of index.byTo.get(t) ?? []) seen.add(e);
  return [...seen].sort((a, b) => a.index - b.index);
}

function listAt(map: Map<number, RateEntry[]>, key: number): RateEntry[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * "Elke monteur krijgt € 1.000", "iedere verzorgende ontvangt ...": one employee of any trade after a
 * word for each, read as a party (so the trades need no list of their own), is a per-person cue.
 */
function eachEmployee(scope: SentenceScope): Array<{ value: 'yes'; first: number; last: number }> {
  if (!scope.tokens.some((t) => scope.lex.sets.eachWords.test([t]))) return [];
  return readParties(scope)
    .filter((p) => p.value === 'employee' && p.via !== 'pronoun' && p.first > 0 && scope.lex.sets.eachWords.test([scope.tokens[p.first - 1]]))
    .map((p) => ({ value: 'yes' as const, first: p.first - 1, last: p.last }));
}

/**
 * How an amount of euros is written in figures: "€ 1.000,-", "EUR 1.000", "1000 euro". Null for
 * other currencies, amounts in words and amounts with a scale word ("2,5 miljoen euro").
 */
function notationOf(tokens: Token[], first: number, last: number, currency: Currency, amount: number): MoneyNotation | null {
  if (currency !== 'EUR') return null;
  const sign = tokens[first];
  const figure = sign.kind === 'number' ? sign : tokens[first + 1];
  if (!figure || figure.kind !== 'number' || (sign.kind !== 'number' && last !== first + 1) || (sign.kind === 'number' && last !== first + 1)) return null;
  const unit = sign.kind === 'number' ? tokens[last] : sign;
  const symbol: MoneyNotation['currency'] | null =
    unit.text === '€'
      ? sign.kind === 'number'
        ? null
        : '€'
      : unit.lower === 'eur'
        ? sign.kind === 'number'
          ? null
          : 'EUR'
        : unit.lower === 'euro' && sign.kind === 'number'
          ? 'euro'
          : null;
  if (!symbol) return null;
  const text = figure.text;
  // Whole amounts end in ",-" or ",00" (".00" in English) or nothing; an amount with cents has no say.
  const whole = /,-+$|,–$/.test(text) ? ',-' : /[,.]00$/.test(text) ? ',00' : amount % 1 !== 0 ? null : '';
  const thousands = amount < 1000 ? null : /^\d{1,3}([.,]\d{3})+([.,]|$)/.test(text) ? 'grouped' : /^\d{4,}/.test(text) ? 'plain' : null;
  return { currency: symbol, whole, thousands, figure: text };
}

/**
 * The first amount of a change "van € 500 naar € 750" (or "van 500 tot 750 euro"): what it was. The
 * words are the lexicon's ("van" ... "naar", "from" ... "to").
 */
function superseded(scope: SentenceScope, first: number, last: number): boolean {
  const { tokens } = scope;
  const change = scope.lex.lexicon.amountChange;
  if (!change.from.includes(tokens[first - 1]?.lower ?? '')) return false;
  const next = tokens[last + 1]?.lower ?? '';
  return change.to.includes(next) && /^[€$£\d]/.test(tokens[last + 2]?.text ?? '');
}

/**
 * "nog één jaar", "twee jaar extra", "een jaar langer": time on top of the period granted, not the
 * whole of it. So is the time said of carrying over ("mag je één jaar meenemen": into the year after),
 * unless it is counted from a moment ("uiterlijk twaalf maanden na toekenning").
 */
function isExtension(scope: SentenceScope, first: number, unit: number): boolean {
  const { before, after, anchors } = scope.lex.lexicon.extension;
  const { tokens, clauses } = scope;
  if (before.includes(tokens[first - 1]?.lower ?? '') || after.includes(tokens[unit + 1]?.lower ?? '')) return true;
  if (anchors.includes(tokens[unit + 1]?.lower ?? '')) return false;
  return scope.lex.sets.carryOver.matchAll(tokens).some((m) => clauses[m.first] === clauses[first]);
}
