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

export const INDIVIDUAL_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set(['individual-budget', 'learning-account', 'voucher']);

/** One development instrument as the draft provides it: where it is granted and the unit it lives in. */
export interface Provision {
  /** The mention to report on: the first granting mention in the unit, else the first mention. */
  anchor: InstrumentFact;
  mentions: InstrumentFact[];
  unit: Article | null;
  instrument: InstrumentType;
  /** Sentences elsewhere that define an instrument of this family (the definitions article). */
  definitions: number[];
}

/** Budgets and funds are one family: a unit's heading may name a budget its body makes collective. */
const family = (type: InstrumentType): string => (type === 'individual-budget' || type === 'collective-fund' ? 'budget' : type);

const provisionCache = new WeakMap<PolicyDocument, Provision[]>();

/**
 * Development instruments grouped per unit and family, each judged by its anchor: the granting
 * sentence in the body rather than a heading or a passing mention. Only positive mentions count;
 * a unit's generic mentions ("het budget") join it when any mention there is about development.
 */
export function allProvisions(doc: PolicyDocument): Provision[] {
  const cached = provisionCache.get(doc);
  if (cached) return cached;
  const byUnit = new Map<string, Provision>();
  for (const fact of factsOf(doc, 'instrument')) {
    if (fact.negated) continue;
    const unit = unitOf(doc, doc.sentences[fact.sentence]);
    const key = `${unit?.index ?? -1}:${family(fact.instrument)}`;
    const existing = byUnit.get(key);
    if (existing) existing.mentions.push(fact);
    else byUnit.set(key, { anchor: fact, mentions: [fact], unit, instrument: fact.instrument, definitions: [] });
  }
  const definitions = factsOf(doc, 'instrument').filter((f) => f.definition && !f.negated);
  const weight = (f: InstrumentFact) => (f.granted ? 4 : 0) + (f.development ? 2 : 0) + (doc.sentences[f.sentence].heading ? 0 : 1);
  const result: Provision[] = [];
  for (const provision of byUnit.values()) {
    if (!provision.mentions.some((m) => m.development)) continue;
    provision.anchor = provision.mentions.reduce((best, f) => (weight(f) > weight(best) ? f : best));
    provision.instrument = provision.anchor.instrument;
    provision.definitions = definitions.filter((d) => family(d.instrument) === family(provision.instrument)).map((d) => d.sentence);
    result.push(provision);
  }
  result.sort((a, b) => a.anchor.range.start - b.anchor.range.start);
  provisionCache.set(doc, result);
  return result;
}

/** The provisions whose instrument is one of `types`. */
export function provisions(doc: PolicyDocument, types: ReadonlySet<InstrumentType>): Provision[] {
  return allProvisions(doc).filter((p) => types.has(p.instrument));
}

/** The sentences a provision can rely on: its unit, its definitions, and what they refer to. */
export function provisionScope(doc: PolicyDocument, provision: Provision): number[] {
  return scopeOf(doc, provision.unit, provision.definitions);
}

/** The positive facts of a kind anywhere in the document. */
export function positive<K extends FactKind>(doc: PolicyDocument, kind: K): FactOf<K>[] {
  return factsOf(doc, kind).filter((f) => !f.negated);
}

export type { Fact };
