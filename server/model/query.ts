import type { ScopeGap } from './types';
import { TIME_INSTRUMENTS, type Article, type Fact, type FactKind, type FactOf, type InstrumentType, type PolicyDocument, type Sentence } from './types';

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

/** Whether two facts of one sentence stand in the same clause ("Wat je in een jaar niet gebruikt, | neem je mee"). */
export function sameClause(doc: PolicyDocument, a: Fact, b: Fact): boolean {
  if (a.sentence !== b.sentence) return false;
  const starts = doc.sentences[a.sentence].clauseStarts;
  const clause = (offset: number) => starts.filter((s) => s <= offset).length;
  return clause(a.range.start) === clause(b.range.start);
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
export { TIME_INSTRUMENTS };

/**
 * The sentences that go on about what sentence `s` speaks of: up to `ahead` sentences after it in
 * the same article, no heading, stopping at one that names an instrument of another kind than
 * `kinds` (an empty set: at any instrument; null: never).
 */
export function continuation(doc: PolicyDocument, s: number, kinds: ReadonlySet<InstrumentType> | null, ahead = 2): number[] {
  const out: number[] = [];
  const article = doc.sentences[s].article;
  for (let next = s + 1; next <= s + ahead && next < doc.sentences.length; next++) {
    const sentence = doc.sentences[next];
    if (sentence.article !== article || sentence.heading) break;
    if (kinds && factsInSentence(doc, next, 'instrument').some((f) => !kinds.has(f.instrument))) break;
    out.push(next);
  }
  return out;
}

export function gapIn(doc: PolicyDocument, scope: number[]): ScopeGap | undefined {
  for (const ref of factsInSentences(doc, scope, 'reference')) {
    if (ref.external || ref.negated) continue;
    const kind = ref.target === 'annex' ? 'annex' : 'article';
    if (ref.target === 'regulation' || findArticle(doc, kind, ref.number)) continue;
    return { target: doc.text.slice(ref.range.start, ref.range.end) };
  }
  const last = doc.sentences[doc.sentences.length - 1];
  if (last && scope.includes(last.index) && !last.heading && !/[.!?:;)\]"'”’]\s*$/.test(last.text)) return { target: null };
  return undefined;
}

/** A gap anywhere in the draft: a reference to an article or annex it does not contain, or a text that breaks off. */
export function documentGap(doc: PolicyDocument): ScopeGap | undefined {
  return gapIn(doc, doc.sentences.map((s) => s.index));
}

/** The positive facts of a kind anywhere in the document. */
export function positive<K extends FactKind>(doc: PolicyDocument, kind: K): FactOf<K>[] {
  return factsOf(doc, kind).filter((f) => !f.negated);
}

export type { Fact };
