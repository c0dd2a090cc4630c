import type { InstrumentType } from '../types';
import type { Lexicon } from '../lexicon/types';
import { memoPerWordFirst } from '../wordMemo';

/**
 * Dutch compounds read as instruments by their head and prefix ("loopbaanontwikkelingsbudget",
 * "O&O-fonds", "scholingsverlof", "basisbudget"), once per word form.
 */

/** What a word or phrase names before the sentence settles it: a generic budget may turn out individual or collective, a subsidy a fund or a reimbursement. */
export type InstrumentReading = InstrumentType | 'individual-generic' | 'collective-generic' | 'subsidy';

/** Whether a generic budget word has no prefix at all ("budget", "tegoeden"; not "basisbudget"). */
export function isBare(word: string, lexicon: Pick<Lexicon, 'compounds'>): boolean {
  return lexicon.compounds.genericBudgetHeads.includes(word.replace(/[-']/g, ''));
}

/** The prefix before the longest of `heads` that ends the word, or null when none does. */
function prefixBefore(word: string, heads: readonly string[]): { prefix: string; head: string } | null {
  let best: string | null = null;
  for (const head of heads) if (word.endsWith(head) && (best === null || head.length > best.length)) best = head;
  return best === null ? null : { prefix: word.slice(0, word.length - best.length), head: best };
}

/** Reads one word as an instrument compound from the lexicon's compound heads, or null. */
export const classifyCompound = memoPerWordFirst(function classifyCompound(
  word: string,
  lexicon: Pick<Lexicon, 'developmentStems' | 'compounds'>,
): InstrumentReading | null {
  const w = word.replace(/[-']/g, '');
  const c = lexicon.compounds;
  // Long stems may open a longer compound ("loopbaanontwikkelings"); short ones must end the prefix.
  const hasStem = (prefix: string) => prefix.length > 0 && lexicon.developmentStems.some((s) => prefix.endsWith(s) || (s.length >= 5 && prefix.startsWith(s)));
  const budget = prefixBefore(w, c.budgetHeads);
  if (budget) {
    if (c.choicePrefixes.some((p) => budget.prefix.includes(p))) return 'choice-budget';
    if (hasStem(budget.prefix)) return c.collectivePrefixes.some((p) => budget.prefix.startsWith(p)) ? 'collective-fund' : 'individual-budget';
    // "teambudget", "locatiebudget": a group's budget, about development only where the sentence is.
    if (c.collectivePrefixes.includes(budget.prefix) && c.genericBudgetHeads.includes(budget.head)) return 'collective-generic';
    return c.genericBudgetPrefixes.includes(budget.prefix) && c.genericBudgetHeads.includes(budget.head) ? 'individual-generic' : null;
  }
  const amount = prefixBefore(w, c.amountHeads);
  if (amount) return hasStem(amount.prefix) ? 'individual-budget' : null;
  const money = prefixBefore(w, c.moneyHeads);
  if (money) return money.prefix.length > 0 && c.moneyStems.some((s) => money.prefix.endsWith(s)) ? 'individual-budget' : null;
  const account = prefixBefore(w, c.accountHeads);
  if (account && hasStem(account.prefix) && !c.accountExclusions.some((x) => w.includes(x))) return 'learning-account';
  const fund = prefixBefore(w, c.fundHeads);
  if (fund && (hasStem(fund.prefix) || c.fundPrefixes.some((p) => w.startsWith(p)))) return 'collective-fund';
  if (prefixBefore(w, c.voucherHeads)) return 'voucher';
  const leave = prefixBefore(w, c.leaveHeads);
  if (leave && hasPrefix(c.leavePrefixes, leave.prefix)) return 'training-leave';
  const time = prefixBefore(w, c.timeHeads);
  if (time && hasPrefix(c.timePrefixes, time.prefix)) return 'development-time';
  return null;
});

/**
 * A listed prefix, also with the linking morphemes Dutch compounds put after it: "ontwikkel" covers
 * "ontwikkelings" (ontwikkelingsdagen) and "ontwikkeling"; "studie" covers "studies".
 */
function hasPrefix(prefixes: readonly string[], prefix: string): boolean {
  return prefixes.some((p) => prefix === p || prefix === `${p}s` || prefix === `${p}ing` || prefix === `${p}ings` || prefix === `${p}e`);
}
