import type { Article, ArticleIndex, PolicyDocument } from './types';

const ARTICLE_KINDS: ReadonlySet<Article['kind']> = new Set(['article', 'section']);

/** How numbers are compared: "4:2" is "4.2", roman numbers are their value ("IV" is "4"), a trailing point is dropped. */
export function numberKey(number: string): string {
  const text = number.trim().replace(/\.$/, '');
  if (/^[ivxlc]+$/i.test(text)) return String(romanValue(text));
  return text.toLowerCase().replace(/:/g, '.');
}

function romanValue(text: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const value = values[lower[i]];
    const next = values[lower[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** An index with nothing in it, filled by buildArticleIndex for one document or by the set layer for several. */
export function emptyArticleIndex(excerpt: ArticleIndex['excerpt'] = { startsMidway: false, endsMidway: false }): ArticleIndex {
  return {
    articles: new Map(),
    annexes: new Map(),
    chapters: new Map(),
    members: new Map(),
    memberUnits: new Map(),
    letters: new Map(),
    writtenMember: new Map(),
    subItems: new Set(),
    hasArticles: false,
    hasAnnexes: false,
    hasChapters: false,
    colonNumbering: false,
    excerpt,
    lastArticle: 0,
  };
}

/** The first number of an article number ("12" of "12.3", "4" of "4:1a"), or NaN. */
export function leadingNumber(number: string): number {
  return Number.parseInt(numberKey(number), 10);
}

const MEMBER_LINE = /^[ \t>]*(?:[*_]{1,2})?(?:\((\d{1,2})\)|(\d{1,2})[.)](?!\d)|lid\s+(\d{1,2})\b)/i;
const BARE_MEMBER_LINE = /^[ \t>]*(\d{1,2})\s+\p{Lu}/u;
const LETTER_LINE = /^[ \t>]*(?:[*_]{1,2})?\(?([a-z])[.)]/;

export function buildArticleIndex(doc: Pick<PolicyDocument, 'articles' | 'sentences' | 'text'>): ArticleIndex {
  const { articles, text } = doc;
  const index = emptyArticleIndex();
  const add = (map: Map<string, number[]>, key: string, unit: number) => {
    const list = map.get(key);
    if (list) list.push(unit);
    else map.set(key, [unit]);
  };
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

  // A word-headed article ("Artikel 38") whose members are written as numbered headings of their own ("1. Als je ...").
  let wordArticle: number | null = null;
  for (const unit of articles) {
    if (unit.kind === 'chapter' || unit.kind === 'annex') wordArticle = null;
    if (unit.kind === 'annex') {
      index.hasAnnexes = true;
      if (unit.number) add(index.annexes, numberKey(unit.number), unit.index);
    } else if (unit.kind === 'chapter') {
      index.hasChapters = true;
      if (unit.number) add(index.chapters, numberKey(unit.number), unit.index);
    } else if (ARTICLE_KINDS.has(unit.kind) && unit.number) {
      if (unit.written === 'number' && wordArticle !== null && /^\d{1,2}$/.test(unit.number)) {
        addMember(index, wordArticle, unit.number, unit.index);
        continue;
      }
      if (unit.written === 'word') wordArticle = unit.index;
      index.hasArticles = true;
      if (unit.number.includes(':')) index.colonNumbering = true;
      add(index.articles, numberKey(unit.number), unit.index);
      const lead = leadingNumber(unit.number);
      if (Number.isFinite(lead)) index.lastArticle = Math.max(index.lastArticle, lead);
    } else if (unit.kind === 'member') {
      const owner = ownerOf(articles, unit);
      if (owner !== null) {
        // Markdown renumbers a list; the number the writer typed stands before the item's text.
        const before = text.slice(lineStart(unit.headingRange.start), unit.headingRange.start);
        const written = /(\d{1,3})[.)]\s*$/.exec(before)?.[1] ?? unit.number ?? '';
        index.writtenMember.set(unit.index, written);
        if (/^[ \t>]*[ \t]{2,}\d/.test(before) || /^\s{2,}\d/.test(before)) index.subItems.add(unit.index);
        if (written) addMember(index, owner, written, unit.index);
      }
    }
  }

  // Numbered and lettered lines inside each article or annex: members and items the Markdown did not make a list of.
  for (const unit of articles) {
    if (!(ARTICLE_KINDS.has(unit.kind) || unit.kind === 'annex' || unit.kind === 'member')) continue;
    let at = unit.headingRange.end;
    const end = unit.range.end;
    let previousBlank = false;
    while (at < end) {
      const next = text.indexOf('\n', at);
      const stop = next < 0 || next > end ? end : next;
      const line = text.slice(at, stop);
      if (unit.kind !== 'member') {
        const m = MEMBER_LINE.exec(line) ?? (previousBlank ? BARE_MEMBER_LINE.exec(line) : null);
        const number = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
        if (number) addMember(index, unit.index, number, null);
      }
      const letter = LETTER_LINE.exec(line)?.[1];
      if (letter) {
        const set = index.letters.get(unit.index) ?? new Set<string>();
        set.add(letter);
        index.letters.set(unit.index, set);
      }
      previousBlank = line.trim() === '';
      at = stop + 1;
    }
  }

  index.excerpt = excerptOf(doc, index);
  return index;
}

function addMember(index: ArticleIndex, owner: number, number: string, unit: number | null): void {
  const set = index.members.get(owner) ?? new Set<string>();
  set.add(number.toLowerCase());
  index.members.set(owner, set);
  if (unit !== null) {
    const units = index.memberUnits.get(owner) ?? new Map<string, number>();
    if (!units.has(number.toLowerCase())) units.set(number.toLowerCase(), unit);
    index.memberUnits.set(owner, units);
  }
}

/** The article or annex a member belongs to. */
export function ownerOf(articles: readonly Article[], unit: Article): number | null {
  for (let p = unit.parent; p !== null; p = articles[p].parent) {
    const kind = articles[p].kind;
    if (ARTICLE_KINDS.has(kind) || kind === 'annex') return p;
  }
  return null;
}

/** Whether a unit has text beyond headings, its own or its children's (a table of contents lists headings only). */
export function hasBody(doc: Pick<PolicyDocument, 'sentences'>, unit: Article): boolean {
  const [from, to] = unit.sentenceSpan;
  for (let s = from; s < to; s++) if (!doc.sentences[s].heading) return true;
  return false;
}

/**
 * A document visibly is an excerpt when its first article or chapter is numbered above 1 (the
 * text starts at "Artikel 30" or "Hoofdstuk 6"), its first sentence starts in lower case (cut off
 * mid-sentence), or its last sentence breaks off without punctuation.
 */
function excerptOf(doc: Pick<PolicyDocument, 'articles' | 'sentences'>, index: ArticleIndex): ArticleIndex['excerpt'] {
  const first = (kinds: ReadonlySet<Article['kind']>) =>
    doc.articles.find((a) => kinds.has(a.kind) && a.number !== null && a.written === 'word') ??
    doc.articles.find((a) => kinds.has(a.kind) && a.number !== null);
  let startsMidway = false;
  const article = first(ARTICLE_KINDS);
  if (article?.number) startsMidway = leadingNumber(article.number) > 1;
  const chapter = first(new Set(['chapter']));
  if (chapter?.number && leadingNumber(chapter.number) > 1) startsMidway = true;
  if (!index.hasArticles && !index.hasChapters) {
    const annex = first(new Set(['annex']));
    if (annex?.number && !/^(1|i|a)$/i.test(annex.number)) startsMidway = true;
  }
  const opening = doc.sentences.find((s) => !s.heading);
  if (opening && /^[\s…[.]*\p{Ll}/u.test(opening.text) && !/^\s*[a-z][.)]\s/.test(opening.text)) startsMidway = true;
  const last = doc.sentences[doc.sentences.length - 1];
  // A closing signature or date ("De Minister van ..., A. Jansen") ends without a full stop too: only a sentence of some length breaks off.
  const endsMidway = last !== undefined && !last.heading && !/[.!?:;)\]"'”’]\s*$/.test(last.text) && last.text.trim().split(/\s+/).length >= 8;
  return { startsMidway, endsMidway };
}

/**
 * The heading that opens a unit as the draft writes it, without Markdown marks: "Artikel 12
 * Ontwikkelbudget", "3.4 Reiskosten". Messages quote it to name an article in the draft's own words,
 * whatever the reader's language.
 */
export function headingText(doc: Pick<PolicyDocument, 'text'>, unit: Article): string {
  return doc.text
    .slice(unit.headingRange.start, unit.headingRange.end)
    .replace(/^[#>\s*_]+|[\s*_:]+$/g, '')
    .replace(/\s+/g, ' ');
}
