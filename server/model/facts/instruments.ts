import type { Fact, InstrumentFact, InstrumentType } from '../types';
import type { SentenceScope } from './extract';
import type { Lexicon } from '../lexicon/types';
import { COUNT_UNITS } from '../lexicon/numbers';
import type { DefinedTerms } from './definedTerms';

interface Found {
  first: number;
  last: number;
  instrument: InstrumentType | 'individual-generic' | 'collective-generic' | 'subsidy';
}

/**
 * Development instruments, from Dutch compounds ("loopbaanontwikkelingsbudget", "O&O-fonds",
 * "scholingsverlof") and from phrases ("persoonlijk budget", "learning budget").
 * A budget without a development part ("basisbudget", "persoonlijk budget") is a development
 * budget only when its sentence speaks of development; an IKB only when earmarked for it.
 */
export function readInstruments(scope: SentenceScope, quantities: Fact[], terms: DefinedTerms): Fact[] {
  const found: Found[] = [];
  scope.tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const instrument = classifyCompound(token.lower, scope.lex.lexicon) ?? terms.instrumentOf(token.lower);
    if (instrument) found.push({ first: i, last: i, instrument });
  });
  for (const m of scope.lex.sets.instrumentPhrases.matchAll(scope.tokens)) {
    found.push({ first: m.first, last: m.last, instrument: m.value });
  }
  const kept = dropOverlaps(found);
  if (kept.length === 0) return [];

  const development = scope.has('developmentWords');
  const collective = scope.has('collectiveCues');
  const granted = scope.has('grants') || quantities.some((q) => q.kind === 'money' || q.kind === 'percent' || q.kind === 'count');
  const inTime = quantities.some((q) => q.kind === 'count' && (q.unit === 'hours' || q.unit === 'days')) && !quantities.some((q) => q.kind === 'money');
  // An IKB one may also spend on training is still salary; one reserved for development is a development budget.
  const earmarked = scope.has('exclusiveCues') && development;
  const claimable = scope.has('individualClaims');

  return kept.map((f): InstrumentFact => {
    let instrument: InstrumentType;
    let isDevelopment = true;
    if (f.instrument === 'individual-generic') {
      instrument = collective ? 'collective-fund' : 'individual-budget';
      isDevelopment = development;
    } else if (f.instrument === 'collective-generic') {
      instrument = 'collective-fund';
      isDevelopment = development;
    } else if (f.instrument === 'individual-budget' && collective) {
      instrument = 'collective-fund';
    } else if (f.instrument === 'subsidy') {
      // A subsidy paid to the employees themselves is money they control; one paid to employers is not.
      instrument = scope.has('employeeRecipients') ? 'collective-fund' : 'reimbursement';
    } else if (f.instrument === 'choice-budget') {
      instrument = 'choice-budget';
      isDevelopment = earmarked;
    } else instrument = f.instrument;
    // A long phrase ("vergoeding van 50 procent ... studiekosten") is named by its last word.
    const named = f.last - f.first > 3 || f.instrument === 'reimbursement' ? f.last : f.first;
    const surface = scope.sentence.text.slice(scope.tokens[named].start, scope.tokens[f.last].end);
    return {
      kind: 'instrument',
      instrument,
      surface,
      development: isDevelopment,
      inTime: (instrument === 'individual-budget' || instrument === 'voucher' || instrument === 'learning-account') && (inTime || countsTime(scope, f)),
      granted,
      claimable: instrument === 'collective-fund' && claimable,
      definition: isDefinition(scope, f),
      range: scope.rangeOf(f.first, f.last),
      sentence: scope.sentence.index,
      negated: scope.negated(f.first, f.last, false),
    };
  });
}

/** "ontwikkelbudget: het budget dat ..." or "Onder ontwikkelbudget wordt verstaan ...". */
function isDefinition(scope: SentenceScope, f: Found): boolean {
  const { tokens } = scope;
  const { definitionOpeners, definitionVerbs } = scope.lex.lexicon;
  if (f.first <= 3 && tokens[f.last + 1]?.text === ':') return true;
  return (
    f.first <= 3 &&
    tokens.slice(0, f.first).some((t) => definitionOpeners.includes(t.lower)) &&
    tokens.slice(f.last + 1, f.last + 5).some((t) => definitionVerbs.includes(t.lower))
  );
}

/** The prefix before the longest of `heads` that ends the word, or null when none does. */
function prefixBefore(word: string, heads: readonly string[]): { prefix: string; head: string } | null {
  let best: string | null = null;
  for (const head of heads) if (word.endsWith(head) && (best === null || head.length > best.length)) best = head;
  return best === null ? null : { prefix: word.slice(0, word.length - best.length), head: best };
}

/** Reads one word as an instrument compound from the lexicon's compound heads, or null. */
export function classifyCompound(word: string, lexicon: Pick<Lexicon, 'developmentStems' | 'compounds'>): Found['instrument'] | null {
  const w = word.replace(/[-']/g, '');
  const c = lexicon.compounds;
  // Long stems may open a longer compound ("loopbaanontwikkelings"); short ones must end the prefix.
  const hasStem = (prefix: string) =>
    prefix.length > 0 && lexicon.developmentStems.some((s) => prefix.endsWith(s) || (s.length >= 5 && prefix.startsWith(s)));
  const budget = prefixBefore(w, c.budgetHeads);
  if (budget) {
    if (c.choicePrefixes.some((p) => budget.prefix.includes(p))) return 'choice-budget';
    if (hasStem(budget.prefix)) return 'individual-budget';
    return c.genericBudgetPrefixes.includes(budget.prefix) && c.genericBudgetHeads.includes(budget.head) ? 'individual-generic' : null;
  }
  const amount = prefixBefore(w, c.amountHeads);
  if (amount) return hasStem(amount.prefix) ? 'individual-budget' : null;
  const account = prefixBefore(w, c.accountHeads);
  if (account && hasStem(account.prefix) && !c.accountExclusions.some((x) => w.includes(x))) return 'learning-account';
  const fund = prefixBefore(w, c.fundHeads);
  if (fund && (hasStem(fund.prefix) || c.fundPrefixes.some((p) => w.startsWith(p)))) return 'collective-fund';
  if (prefixBefore(w, c.voucherHeads)) return 'voucher';
  const leave = prefixBefore(w, c.leaveHeads);
  if (leave && c.leavePrefixes.includes(leave.prefix)) return 'training-leave';
  const time = prefixBefore(w, c.timeHeads);
  if (time && c.timePrefixes.includes(time.prefix)) return 'development-time';
  return null;
}

/** The instrument's own words name a unit of time ("ontwikkelbudget in uren"). */
function countsTime(scope: SentenceScope, f: Found): boolean {
  return scope.tokens.slice(f.first, f.last + 1).some((t) => COUNT_UNITS[scope.language].has(t.lower));
}

/** Keeps the longest of overlapping matches (a phrase over the compound it contains). */
function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.first - b.first || b.last - b.first - (a.last - a.first));
  const kept: Found[] = [];
  for (const f of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && f.first <= previous.last) {
      if (f.last - f.first > previous.last - previous.first) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
}
