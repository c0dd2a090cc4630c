import { figuresNear } from '../model/budgets';
import { factsInSentence, factsInSentences, sameClause } from '../model/query';
import { isGenericMention, provisionScope, type Provision } from '../model/provisions';
import type { DurationFact, PolicyDocument, WorkDesign } from '../model/types';
import { conditionsIn, designScope } from '../model/work';
import type { Amount, Substance, TimeAmount } from './types';

/**
 * What a provision provides, read from the policy model: the facts in the provision's scope
 * (model/provisions.ts) or, for a work design, in the articles that speak of it (model/work.ts).
 * Nothing here reads the text, so a reworded sentence that says the same leaves the substance as it
 * was, and only a change in what the model reads shows up as a change.
 */

export function emptySubstance(): Substance {
  return {
    amount: null,
    spendingMonths: null,
    unspent: null,
    time: null,
    purposes: [],
    targetGroups: [],
    support: [],
    communication: [],
    groupSizes: [],
    rotationMonths: null,
    conditions: [],
  };
}

/** Keys in the order first met, once each. */
function unique(keys: Iterable<string>): string[] {
  return [...new Set(keys)];
}

/**
 * The sentences said of this provision: its scope, without sentences that name another provision
 * and not this one (in an article on two budgets, "Het DI-budget is voor ..." is the other one's).
 */
export function ownSentences(doc: PolicyDocument, provision: Provision, others: readonly Provision[]): number[] {
  const mine = new Set(provision.mentions.map((m) => m.sentence));
  const theirs = new Set(
    others.filter((o) => o !== provision).flatMap((o) => o.mentions.filter((m) => !isGenericMention(m, doc.language)).map((m) => m.sentence)),
  );
  return provisionScope(doc, provision).filter((s) => mine.has(s) || !theirs.has(s));
}

/** The first figure the draft sizes the provision with: at its granting mention first, then at the others. */
function amountOf(doc: PolicyDocument, provision: Provision): Amount | null {
  const sentences = unique([provision.anchor.sentence, ...provision.mentions.map((m) => m.sentence)].map(String)).map(Number);
  for (const s of sentences) {
    const figures = figuresNear(doc, s);
    const money = figures.find((f) => f.kind === 'money' && !f.total) ?? figures.find((f) => f.kind === 'money');
    if (money?.kind === 'money') return { unit: 'money', value: money.amount, currency: money.currency, perMonths: money.perMonths };
    const percent = figures.find((f) => f.kind === 'percent');
    if (percent?.kind === 'percent') return { unit: 'percent', value: percent.value, base: percent.base };
  }
  return null;
}

/** Days or hours granted with the provision, at its mentions. */
function timeOf(doc: PolicyDocument, provision: Provision): TimeAmount | null {
  for (const m of [provision.anchor, ...provision.mentions]) {
    const amount = factsInSentence(doc, m.sentence, 'time-amount').find((a) => !a.negated && a.value !== null);
    if (amount && amount.value !== null) return { value: amount.value, unit: amount.unit, perMonths: amount.perMonths };
  }
  return null;
}

/**
 * The spending period: the longest period in the provision's sentences that stands in one clause
 * with spending, lapse or saving ("binnen 36 maanden besteden", "vervalt aan het einde van het
 * kalenderjaar", "kan tot drie jaar worden gespaard"). A rate ("per jaar") is how often it is
 * granted, not how long it lasts; what happens at the end of employment is no spending period.
 */
function spendingMonthsOf(doc: PolicyDocument, sentences: readonly number[]): number | null {
  const months = (d: DurationFact) => (d.form === 'cao-term' ? doc.caoTermMonths : d.months);
  let longest: number | null = null;
  for (const d of factsInSentences(doc, sentences, 'duration')) {
    if (d.negated || d.form === 'per' || atEmploymentEnd(doc, d.sentence)) continue;
    const keeping = [
      ...factsInSentence(doc, d.sentence, 'spending'),
      ...factsInSentence(doc, d.sentence, 'lapse'),
      ...factsInSentence(doc, d.sentence, 'saving'),
    ];
    if (!keeping.some((k) => sameClause(doc, k, d))) continue;
    const m = months(d);
    if (m !== null && (longest === null || m > longest)) longest = m;
  }
  return longest;
}

function atEmploymentEnd(doc: PolicyDocument, sentence: number): boolean {
  return factsInSentence(doc, sentence, 'time-term').some((t) => t.term === 'employment-end' && !t.negated);
}

/** Saving or carry-over outweighs a lapse beside it ("wat je niet gebruikt, neem je mee; na drie jaar vervalt het"). */
function unspentOf(doc: PolicyDocument, sentences: readonly number[]): Substance['unspent'] {
  const portable = (s: number) => factsInSentence(doc, s, 'scheme-term').some((t) => t.term === 'portability' && !t.negated);
  if (factsInSentences(doc, sentences, 'saving').some((f) => !f.negated && !portable(f.sentence))) return 'saved';
  const lapses = factsInSentences(doc, sentences, 'lapse').filter((f) => !atEmploymentEnd(doc, f.sentence));
  if (lapses.some((f) => f.negated)) return 'saved';
  if (lapses.length > 0) return 'lapses';
  return null;
}

/** Target groups, support and communication said in these sentences. */
function statementsIn(doc: PolicyDocument, sentences: readonly number[]): Pick<Substance, 'targetGroups' | 'support' | 'communication'> {
  const communication = factsInSentences(doc, sentences, 'communication').filter((f) => !f.negated);
  return {
    targetGroups: unique(
      factsInSentences(doc, sentences, 'target-group')
        .filter((f) => !f.negated)
        .map((f) => f.group),
    ),
    support: unique(
      factsInSentences(doc, sentences, 'support')
        .filter((f) => !f.negated)
        .map((f) => f.support),
    ),
    communication: unique([...communication.map((f) => f.means), ...(communication.some((f) => f.managers) ? ['managers'] : [])]),
  };
}

/** The substance of an instrument provision. */
export function instrumentSubstance(doc: PolicyDocument, provision: Provision, all: readonly Provision[]): Substance {
  const sentences = ownSentences(doc, provision, all);
  return {
    ...emptySubstance(),
    amount: provision.inTime ? null : amountOf(doc, provision),
    time: timeOf(doc, provision),
    spendingMonths: spendingMonthsOf(doc, sentences),
    unspent: unspentOf(doc, sentences),
    purposes: unique(
      factsInSentences(doc, sentences, 'purpose')
        .filter((f) => !f.negated)
        .map((f) => f.purpose),
    ),
    ...statementsIn(doc, sentences),
  };
}

/** The substance of a work design: the sizes of its groups, its rotation interval, the conditions it addresses. */
export function workSubstance(doc: PolicyDocument, design: WorkDesign): Substance {
  const scope = designScope(doc, new Set([design]));
  const intervals = factsInSentences(doc, scope, 'rotation-interval')
    .filter((f) => !f.negated)
    .map((f) => f.months);
  return {
    ...emptySubstance(),
    groupSizes: unique(
      factsInSentences(doc, scope, 'group-size')
        .filter((f) => !f.negated)
        .map((f) => String(f.value)),
    )
      .map(Number)
      .sort((a, b) => a - b),
    rotationMonths: intervals.length > 0 ? Math.min(...intervals) : null,
    conditions: [...conditionsIn(doc, scope)],
  };
}

/** What the draft says outside every provision's sentences: target groups, support and communication for the draft as a whole. */
export function documentSubstance(doc: PolicyDocument, claimed: ReadonlySet<number>): Substance {
  const rest = doc.sentences.map((s) => s.index).filter((s) => !claimed.has(s));
  return { ...emptySubstance(), ...statementsIn(doc, rest) };
}
