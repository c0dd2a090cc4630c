import { hasBody, numberKey } from './articleIndex';
import type { ArticleIndex } from './draftingFacts';
import type { Article, PolicyDocument, ReferenceFact, ReferenceResolution, UnresolvedReason } from './types';

/**
 * Gives every reference fact of the document its resolution, once, after the article tree is
 * complete: the article, annex or chapter it leads to (and the member unit when the member is
 * one), or why it leads nowhere in this document. Rules, hover and go-to-definition read
 * `ReferenceFact.resolution`; none of them looks a reference up again.
 */
export function resolveReferences(doc: PolicyDocument, index: ArticleIndex): void {
  for (const fact of doc.facts) {
    if (fact.kind !== 'reference') continue;
    fact.resolution = fact.external ? { status: 'external' } : resolve(doc, index, fact);
  }
}

function unresolved(reason: UnresolvedReason, unit: number | null = null): ReferenceResolution {
  return { status: 'unresolved', reason, unit };
}

function resolve(doc: PolicyDocument, index: ArticleIndex, ref: ReferenceFact): ReferenceResolution {
  if (ref.number === null) return resolveRelative(doc, index, ref);
  return resolveNumbered(index, { target: ref.target, number: ref.number, member: ref.member, item: ref.item }, bodiedIn(doc));
}

/**
 * A reference by number ("artikel 12 lid 3", "bijlage 5", "hoofdstuk 6") against an index. `bodied`
 * says whether a unit has text beyond headings. Exported for the set layer (server/set/), which
 * resolves a chapter file's references against the index merged from all files of one cao.
 */
export function resolveNumbered(
  index: ArticleIndex,
  ref: Pick<ReferenceFact, 'target' | 'number' | 'member' | 'item'> & { number: string },
  bodied: (unit: number) => boolean,
): ReferenceResolution {
  if (ref.target === 'annex') {
    const found = index.annexes.get(numberKey(ref.number));
    if (found) return { status: 'resolved', unit: found[0], member: null };
    if (!index.hasArticles && !index.hasAnnexes) return unresolved('no-structure');
    // Even an excerpt owes its reader the annexes it sends them to: they are the document's, not
    // another chapter's (the labelled drafts read it so; a chapter from elsewhere is not judged).
    return unresolved('no-such-annex');
  }
  if (ref.target === 'chapter') {
    const key = numberKey(ref.number);
    const found = index.chapters.get(key);
    if (found) return { status: 'resolved', unit: found[0], member: null };
    // Articles numbered within their chapter ("6.1", "6.2") show that chapter 6 is there.
    const within = firstWithPrefix(index, key);
    if (within !== null) return { status: 'resolved', unit: within, member: null };
    if (!index.hasChapters) return unresolved('no-structure');
    return unresolved(outside(index, null) ? 'outside-excerpt' : 'no-such-chapter');
  }
  const key = numberKey(ref.number);
  const units = index.articles.get(key);
  if (!units) {
    // "artikel 4.2" where the document has artikel 4 with a second member.
    const dot = key.lastIndexOf('.');
    if (dot > 0 && ref.member === null) {
      const owner = index.articles.get(key.slice(0, dot));
      if (owner && index.members.get(owner[0])?.has(key.slice(dot + 1)))
        return { status: 'resolved', unit: owner[0], member: index.memberUnits.get(owner[0])?.get(key.slice(dot + 1)) ?? null };
    }
    // "artikel 3" where the articles are numbered 3.1, 3.2: the writer means the group.
    const within = firstWithPrefix(index, key);
    if (within !== null) return { status: 'resolved', unit: within, member: null };
    // Law-style numbers ("7:611") in a document that numbers its own articles otherwise belong to a code or an act.
    if (ref.number.includes(':') && !index.colonNumbering) return { status: 'external' };
    if (!index.hasArticles) return unresolved('no-structure');
    return unresolved(outside(index, ref.number) ? 'outside-excerpt' : 'no-such-article');
  }
  return memberOf(bodied, index, units, ref, false);
}

/**
 * Whether a missing target may stand in the part of the text an excerpt leaves out. A number
 * between the first and the last article the excerpt holds (in the same chapter, for numbers like
 * "9.4") is one the excerpt should have: a chapter file that jumps from 9.3 to 9.5 lacks 9.4.
 */
function outside(index: ArticleIndex, number: string | null): boolean {
  const { startsMidway, endsMidway } = index.excerpt;
  if (!startsMidway && !endsMidway) return false;
  if (number === null) return true;
  const key = numberKey(number);
  const dot = key.lastIndexOf('.');
  const prefix = dot > 0 ? key.slice(0, dot) : '';
  const last = Number.parseInt(key.slice(dot + 1), 10);
  if (!Number.isFinite(last)) return true;
  let low = Infinity;
  let high = -Infinity;
  for (const present of index.articles.keys()) {
    const d = present.lastIndexOf('.');
    if ((d > 0 ? present.slice(0, d) : '') !== prefix) continue;
    const n = Number.parseInt(present.slice(d + 1), 10);
    if (!Number.isFinite(n)) continue;
    low = Math.min(low, n);
    high = Math.max(high, n);
  }
  if (low <= last && last <= high) return false;
  // A chapter the excerpt holds from its first article on ends where it ends, unless the text breaks off.
  if (prefix && low === 1 && last > high) return endsMidway;
  return true;
}

function firstWithPrefix(index: ArticleIndex, key: string): number | null {
  if (!/^\d+$/.test(key)) return null;
  for (const [number, units] of index.articles) if (number.startsWith(`${key}.`)) return units[0];
  return null;
}

/** The member (and item) of an article that exists: `relative` when the reference stands in that article. */
function memberOf(
  bodied: (unit: number) => boolean,
  index: ArticleIndex,
  units: number[],
  ref: Pick<ReferenceFact, 'member' | 'item'>,
  relative: boolean,
  member = ref.member,
): ReferenceResolution {
  const unit = units[0];
  if (member === null) return itemOf(index, unit, null, ref);
  const key = member.toLowerCase();
  for (const u of units) {
    if (index.members.get(u)?.has(key)) return itemOf(index, u, index.memberUnits.get(u)?.get(key) ?? null, ref);
  }
  const known = units.some((u) => (index.members.get(u)?.size ?? 0) > 0);
  // No members read at all: an article of one paragraph, or members in a form not read. Only a
  // reference from elsewhere to an article with a text of its own is judged.
  if (!known && (relative || !units.some(bodied))) return unresolved('members-unknown', unit);
  return unresolved('no-such-member', unit);
}

function itemOf(index: ArticleIndex, unit: number, member: number | null, ref: Pick<ReferenceFact, 'item'>): ReferenceResolution {
  if (ref.item !== null) {
    const holders = [member, unit].filter((u): u is number => u !== null);
    if (!holders.some((u) => index.letters.get(u)?.has(ref.item as string))) return unresolved('no-such-item', member ?? unit);
  }
  return { status: 'resolved', unit, member };
}

/** "dit artikel", "het vorige lid", "het derde lid", "onderdeel b": counted from where the reference stands. */
function resolveRelative(doc: PolicyDocument, index: ArticleIndex, ref: ReferenceFact): ReferenceResolution {
  const chain = chainOf(doc.articles, doc.sentences[ref.sentence].article);
  if (ref.target === 'annex' || ref.target === 'chapter') {
    const own = chain.find((a) => a.kind === ref.target);
    return own ? { status: 'resolved', unit: own.index, member: null } : unresolved('no-current-unit');
  }
  // The article the writer is in: the nearest one headed "Artikel ...", else the nearest numbered unit.
  const article =
    chain.find((a) => (a.kind === 'article' || a.kind === 'section') && a.written === 'word') ??
    chain.find((a) => a.kind === 'article' || a.kind === 'section' || a.kind === 'annex');
  if (!article) return unresolved('no-current-unit');
  if (ref.memberStep !== null) {
    const current = chain.find((a) => a.kind === 'member');
    const written = current ? index.writtenMember.get(current.index) : undefined;
    const n = written ? Number.parseInt(written, 10) : Number.NaN;
    if (!Number.isFinite(n)) return unresolved('no-current-unit', article.index);
    if (n + ref.memberStep < 1) return unresolved('no-such-member', article.index);
    return memberOf(bodiedIn(doc), index, [article.index], ref, true, String(n + ref.memberStep));
  }
  if (ref.member === null && ref.item !== null) {
    // "onderdeel b" on its own: an item of the member or article it stands in.
    const holders = chain.filter((a) => a.index === article.index || a.kind === 'member' || a.depth >= article.depth).map((a) => a.index);
    return holders.some((u) => index.letters.get(u)?.has(ref.item as string))
      ? { status: 'resolved', unit: article.index, member: null }
      : unresolved('no-such-item', article.index);
  }
  return memberOf(bodiedIn(doc), index, [article.index], ref, true);
}

const bodiedIn =
  (doc: PolicyDocument) =>
  (unit: number): boolean =>
    hasBody(doc, doc.articles[unit]);

/** The unit a sentence stands in and its ancestors, innermost first. */
function chainOf(articles: readonly Article[], unit: number | null): Article[] {
  const chain: Article[] = [];
  for (let u = unit; u !== null; u = articles[u].parent) chain.push(articles[u]);
  return chain;
}
