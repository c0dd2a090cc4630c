import type { Article, Fact, FactKind, FactOf, InstrumentFact, InstrumentType, PolicyDocument, Sentence } from './types';

/**
 * Questions rules ask of the model. Every answer comes from facts and the article tree; nothing
 * here reads the text.
 */

/** All facts of one kind, in document order. */
export function factsOf<K extends FactKind>(doc: PolicyDocument, kind: K): FactOf<K>[] {
  return doc.facts.filter((f): f is FactOf<K> => f.kind === kind);
}

/** Facts of one kind in one sentence. */
export function factsInSentence<K extends FactKind>(doc: PolicyDocument, sentence: number, kind: K): FactOf<K>[] {
  return doc.sentences[sentence].facts.map((i) => doc.facts[i]).filter((f): f is FactOf<K> => f.kind === kind);
}

/** Facts of one kind in a set of sentences. */
export function factsInSentences<K extends FactKind>(doc: PolicyDocument, sentences: Iterable<number>, kind: K): FactOf<K>[] {
  const out: FactOf<K>[] = [];
  for (const s of sentences) out.push(...factsInSentence(doc, s, kind));
  return out;
}

/**
 * The unit a provision lives in: the article (not a member) that holds the sentence, or the
 * numbered section or chapter when the draft has no articles; null for a draft with no structure.
 */
export function unitOf(doc: PolicyDocument, sentence: Sentence): Article | null {
  let index = sentence.article;
  let fallback: Article | null = null;
  while (index !== null) {
    const article = doc.articles[index];
    if (article.kind === 'article' || article.kind === 'annex') return article;
    if (article.kind !== 'member' && fallback === null) fallback = article;
    index = article.parent;
  }
  return fallback;
}

/** Sentence indices of a unit (all sentences when the unit is null). */
export function sentencesOf(doc: PolicyDocument, unit: Article | null): number[] {
  if (!unit) return doc.sentences.map((s) => s.index);
  const [from, to] = unit.sentenceSpan;
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/**
 * The sentences a provision can rely on: its unit, plus the articles and annexes its unit refers
 * to ("zie artikel 7", "bijlage 3"), so a requirement met in the referenced article counts.
 */
export function scopeOf(doc: PolicyDocument, unit: Article | null, extra: readonly number[] = []): number[] {
  const own = [...sentencesOf(doc, unit), ...extra];
  const seen = new Set(own);
  for (const ref of factsInSentences(doc, own, 'reference')) {
    if (ref.external) continue;
    const target = findArticle(doc, ref.target === 'annex' ? 'annex' : 'article', ref.number);
    if (target) for (const s of sentencesOf(doc, target)) seen.add(s);
  }
  return [...seen].sort((a, b) => a - b);
}

/** An article or annex by its number. */
export function findArticle(doc: PolicyDocument, kind: 'article' | 'annex', number: string): Article | null {
  return doc.articles.find((a) => (kind === 'annex' ? a.kind === 'annex' : a.kind === 'article' || a.kind === 'section') && a.number === number) ?? null;
}

/** Money one employee controls: a personal budget, a learning account, a voucher. */
export const INDIVIDUAL_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set(['individual-budget', 'learning-account', 'voucher']);
/** Every development budget in money, one person's or the organisation's. */
export const BUDGET_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set([...INDIVIDUAL_INSTRUMENTS, 'collective-fund']);
/** Time for development: days or hours, training leave, free development time. */
export const TIME_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set(['development-time', 'training-leave', 'free-time']);

/** One development instrument as the draft provides it: where it is granted and where it is spoken of. */
export interface Provision {
  /** The mention to report on: the first granting mention in the body, else the first mention. */
  anchor: InstrumentFact;
  mentions: InstrumentFact[];
  /** The unit of the anchor. */
  unit: Article | null;
  /** Every unit that speaks of the instrument (the article granting it, the one on saving, on information, ...). */
  units: Array<Article | null>;
  instrument: InstrumentType;
  /** Sentences that define the instrument (the definitions article). */
  definitions: number[];
  /** The instrument is measured in time (hours or days), not money ("35 uur per kalenderjaar"). */
  inTime: boolean;
}

const provisionCache = new WeakMap<PolicyDocument, Provision[]>();

/**
 * The development instruments of the draft, one per kind: "het budget" in the article on saving and
 * "je ontwikkelbudget" in the article on information are the budget granted in the article before.
 * A unit whose body grants a collective budget makes its heading's budget collective too.
 * Only positive mentions count, and an instrument counts only when some mention is about development.
 */
export function allProvisions(doc: PolicyDocument): Provision[] {
  const cached = provisionCache.get(doc);
  if (cached) return cached;
  const mentions = factsOf(doc, 'instrument').filter((f) => !f.negated);
  const collectiveUnits = new Set(
    mentions.filter((f) => f.instrument === 'collective-fund' && f.granted).map((f) => unitOf(doc, doc.sentences[f.sentence])?.index ?? -1),
  );
  const individualGrantUnits = new Set(
    mentions.filter((f) => f.instrument === 'individual-budget' && f.granted && !doc.sentences[f.sentence].heading).map((f) => unitOf(doc, doc.sentences[f.sentence])?.index ?? -1),
  );
  const kindOf = (f: InstrumentFact): InstrumentType => {
    const unit = unitOf(doc, doc.sentences[f.sentence])?.index ?? -1;
    return f.instrument === 'individual-budget' && collectiveUnits.has(unit) && !individualGrantUnits.has(unit) ? 'collective-fund' : f.instrument;
  };
  const byKind = new Map<InstrumentType, InstrumentFact[]>();
  for (const fact of mentions) {
    const kind = kindOf(fact);
    byKind.set(kind, [...(byKind.get(kind) ?? []), fact]);
  }
  const weight = (f: InstrumentFact) =>
    (f.granted ? 4 : 0) + (f.development ? 2 : 0) + (doc.sentences[f.sentence].heading ? 0 : 1) - (f.definition ? 3 : 0);
  const result: Provision[] = [];
  for (const [instrument, facts] of byKind) {
    if (!facts.some((m) => m.development)) continue;
    // The first mention with the highest weight: where the draft grants the instrument.
    const anchor = facts.reduce((best, f) => (weight(f) > weight(best) ? f : best));
    // A title ("Regeling loopbaanbudget") names the instrument for the whole draft: only body mentions widen the scope.
    const body = facts.filter((f) => {
      const unit = unitOf(doc, doc.sentences[f.sentence]);
      return f === anchor || !doc.sentences[f.sentence].heading || unit?.kind === 'article' || unit?.kind === 'annex';
    });
    const units = [...new Map(body.map((f) => [unitOf(doc, doc.sentences[f.sentence])?.index ?? -1, unitOf(doc, doc.sentences[f.sentence])] as const)).values()];
    const sentences = [...new Set(facts.map((f) => f.sentence))];
    const money = sentences.some((i) => factsInSentence(doc, i, 'money').length + factsInSentence(doc, i, 'percent').length > 0);
    const hours = sentences.some((i) => factsInSentence(doc, i, 'count').some((c) => c.unit === 'hours' || c.unit === 'days'));
    result.push({
      anchor,
      inTime: !money && (hours || facts.some((f) => f.inTime)),
      mentions: facts,
      unit: unitOf(doc, doc.sentences[anchor.sentence]),
      units,
      instrument,
      definitions: facts.filter((f) => f.definition).map((f) => f.sentence),
    });
  }
  result.sort((a, b) => a.anchor.range.start - b.anchor.range.start);
  provisionCache.set(doc, result);
  return result;
}

/** The provisions whose instrument is one of `types`. */
export function provisions(doc: PolicyDocument, types: ReadonlySet<InstrumentType>): Provision[] {
  return allProvisions(doc).filter((p) => types.has(p.instrument));
}

/** The sentences a provision can rely on: every unit that speaks of it, its definitions, and what they refer to. */
export function provisionScope(doc: PolicyDocument, provision: Provision): number[] {
  if (provision.units.includes(null)) return scopeOf(doc, null);
  const [first, ...rest] = provision.units;
  const extra = [...provision.definitions, ...rest.flatMap((u) => sentencesOf(doc, u))];
  return scopeOf(doc, first, extra);
}

/** The positive facts of a kind anywhere in the document. */
export function positive<K extends FactKind>(doc: PolicyDocument, kind: K): FactOf<K>[] {
  return factsOf(doc, kind).filter((f) => !f.negated);
}

export type { Fact };
