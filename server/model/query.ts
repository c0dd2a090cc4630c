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
  return (factIndex(doc)[sentence]?.get(kind) ?? NONE) as FactOf<K>[];
}

const NONE: readonly Fact[] = Object.freeze([]);

/**
 * Per sentence, its facts by kind, built once per document: rules ask this for every fact of a
 * sentence, and a sentence of a 200 KB text without a full stop holds thousands of facts, so a scan
 * per question was quadratic. Rebuilt if facts are added after a question (during the build).
 */
const indexes = new WeakMap<PolicyDocument, { size: number; bySentence: Array<Map<FactKind, Fact[]>> }>();

function factIndex(doc: PolicyDocument): Array<Map<FactKind, Fact[]>> {
  const known = indexes.get(doc);
  if (known && known.size === doc.facts.length) return known.bySentence;
  const bySentence = doc.sentences.map((s) => {
    const kinds = new Map<FactKind, Fact[]>();
    for (const i of s.facts) {
      const f = doc.facts[i];
      const list = kinds.get(f.kind);
      if (list) list.push(f);
      else kinds.set(f.kind, [f]);
    }
    // Shared between callers: frozen, so a caller that sorts or pushes fails loudly instead of corrupting the others' view.
    for (const list of kinds.values()) Object.freeze(list);
    return kinds;
  });
  indexes.set(doc, { size: doc.facts.length, bySentence });
  return bySentence;
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
  return clauseAt(starts, a.range.start) === clauseAt(starts, b.range.start);
}

const ordered = new WeakMap<readonly number[], boolean>();
function inOrder(starts: readonly number[]): boolean {
  let known = ordered.get(starts);
  if (known === undefined) {
    known = starts.every((s, i) => i === 0 || starts[i - 1] <= s);
    ordered.set(starts, known);
  }
  return known;
}

/** How many clause starts lie at or before the offset (the starts are in order): a binary search, as a sentence may hold thousands of clauses. */
function clauseAt(starts: readonly number[], offset: number): number {
  // Offsets of a block normally increase; should they not (see tokenLocator), count as before.
  if (!inOrder(starts)) return starts.filter((s) => s <= offset).length;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
    // A numbered article or annex elsewhere; "dit artikel" and "het vorige lid" add nothing the unit does not hold.
    if (ref.number === null || ref.target === 'chapter' || ref.resolution.status !== 'resolved') continue;
    for (const s of sentencesOf(doc, doc.articles[ref.resolution.unit])) seen.add(s);
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

/** An article or annex that is not in the document, whatever the reason (dangling, or outside an excerpt). */
const MISSING_PART: ReadonlySet<string> = new Set(['no-such-article', 'no-such-annex', 'outside-excerpt', 'no-structure']);

export function gapIn(doc: PolicyDocument, scope: number[]): ScopeGap | undefined {
  for (const ref of factsInSentences(doc, scope, 'reference')) {
    if (
      ref.negated ||
      ref.number === null ||
      ref.target === 'chapter' ||
      !MISSING_PART.has(ref.resolution.status === 'unresolved' ? ref.resolution.reason : 'resolved')
    )
      continue;
    return { target: doc.text.slice(ref.range.start, ref.range.end) };
  }
  const last = doc.sentences[doc.sentences.length - 1];
  if (last && scope.includes(last.index) && !last.heading && !/[.!?:;)\]"'”’]\s*$/.test(last.text)) return { target: null };
  return undefined;
}

/** A gap anywhere in the draft: a reference to an article or annex it does not contain, or a text that breaks off. */
export function documentGap(doc: PolicyDocument): ScopeGap | undefined {
  return gapIn(
    doc,
    doc.sentences.map((s) => s.index),
  );
}

/** The positive facts of a kind anywhere in the document. */
export function positive<K extends FactKind>(doc: PolicyDocument, kind: K): FactOf<K>[] {
  return factsOf(doc, kind).filter((f) => !f.negated);
}

export type { Fact };
