import type { TextBlock } from './blocks';
import type { Article, ArticleKind } from './types';

/** What a block says about the structure: it opens a unit of this kind and number, at this level. */
export interface Opener {
  kind: ArticleKind;
  number: string | null;
  title: string;
  /** Lower levels contain higher ones: chapters (10) hold articles (20+), articles hold members. */
  level: number;
  /** Named with its word ("Artikel 12", "Bijlage 3", "§ 5") or by a bare number ("3.3 Loopbaanbudget"). */
  written?: 'word' | 'number';
}

const CHAPTER = /^(?:hoofdstuk|titel|deel|afdeling|chapter|part)\s+([0-9]+[a-z]?|[ivxlc]+[a-z]?)\b[.:]?\s*(.*)$/i;
const ANNEX = /^(?:bijlage|annex|appendix|addendum)\s+([0-9]+[a-z]?|[ivxlc]+|[a-z])\b[.:]?\s*(.*)$/i;
// Inserted articles carry up to three letters: "Artikel 12a", "Artikel 33fb".
const ARTICLE = /^(?:artikel|art\.|article)\s*([0-9]+(?:[a-z]{1,3}(?![a-z]))?(?:[.:][0-9]+[a-z]?)*)\.?\s*[-–:.]?\s*(.*)$/i;
const SECTION = /^§\s*([0-9]+(?:\.[0-9]+)*)\.?\s*(.*)$/;
const NUMBERED = /^([0-9]{1,3}(?:[.:][0-9]{1,3}){0,3})\.?\s+(\p{L}.*)$/u;
const UNNUMBERED_ANNEX = /^(?:bijlage|annex|appendix)\b[.:]?\s*(.*)$/i;

/** Reads a heading (or a heading-like line) as a structural opener. */
export function readOpener(block: Pick<TextBlock, 'kind' | 'text' | 'inList' | 'depth'>): Opener | null {
  if (block.kind === 'cell') return null;
  // Asked of every paragraph, most of which end in a full stop: that is seen before the text is
  // normalised (white space collapsed, a heading mark dropped), which leaves its last character as it is.
  if (block.kind === 'paragraph' && (block.inList || /[.;,]\s*$/.test(block.text))) return null;
  // "###Artikel 12a": a heading mark without its space (converted texts) is still a heading's mark.
  const text = block.text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^#{1,6}(?=[\p{L}§])/u, '');
  if (block.kind === 'paragraph') {
    // Converted legal texts and cao's often put "Artikel 12 Titel" on a line of its own.
    if (text.length > 160) return null;
  }
  let m = CHAPTER.exec(text);
  if (m) return { kind: 'chapter', number: normalise(m[1]), title: m[2], level: 10, written: 'word' };
  m = ANNEX.exec(text);
  if (m) return { kind: 'annex', number: normalise(m[1]), title: m[2], level: 10, written: 'word' };
  m = ARTICLE.exec(text);
  if (m) {
    const number = normalise(m[1]);
    return { kind: 'article', number, title: m[2], level: 20 + 2 * separators(number), written: 'word' };
  }
  m = SECTION.exec(text);
  if (m) return { kind: 'section', number: m[1], title: m[2], level: 20 + 2 * separators(m[1]), written: 'word' };
  if (block.kind === 'paragraph') return null;
  m = NUMBERED.exec(text);
  if (m) return { kind: 'article', number: m[1], title: m[2], level: 20 + 2 * separators(m[1]), written: 'number' };
  m = UNNUMBERED_ANNEX.exec(text);
  if (m) return { kind: 'annex', number: null, title: m[1] || text, level: 10 };
  // An unnumbered heading: levels by Markdown depth, h1/h2 above articles, deeper ones beside them.
  return { kind: 'section', number: null, title: text, level: block.depth <= 1 ? 5 : block.depth === 2 ? 15 : 20 + block.depth };
}

/** Also read numbered paragraph lines ("3.3 Loopbaanbudget") as openers when the draft has no headings. */
export function readNumberedLine(block: TextBlock): Opener | null {
  if (block.kind !== 'paragraph' || block.inList) return null;
  const text = block.text.trim();
  if (text.length > 90 || /[.;,:]$/.test(text)) return null;
  const m = NUMBERED.exec(text);
  if (!m || !m[1].includes('.')) return null;
  return { kind: 'article', number: m[1], title: m[2], level: 20 + 2 * separators(m[1]), written: 'number' };
}

function separators(number: string): number {
  return (number.match(/[.:]/g) ?? []).length;
}

function normalise(number: string): string {
  return /^[ivxlc]+[a-z]?$/i.test(number) ? number.toUpperCase() : number.toLowerCase();
}

/** Builds the article tree incrementally as blocks are read in document order. */
export class ArticleTreeBuilder {
  readonly articles: Article[] = [];
  private readonly stack: Array<{ index: number; level: number }> = [];

  /** Opens a unit at `start`; closes the open units at the same or a deeper level. */
  open(opener: Opener, headingStart: number, headingEnd: number, sentenceIndex: number): Article {
    this.closeUntil((level) => level >= opener.level, headingStart, sentenceIndex);
    const parent = this.stack.length > 0 ? this.stack[this.stack.length - 1].index : null;
    const article: Article = {
      index: this.articles.length,
      kind: opener.kind,
      number: opener.number,
      title: opener.title,
      ...(opener.written ? { written: opener.written } : {}),
      depth: this.stack.length,
      headingRange: { start: headingStart, end: headingEnd },
      range: { start: headingStart, end: headingEnd },
      parent,
      children: [],
      sentenceSpan: [sentenceIndex, sentenceIndex],
    };
    this.articles.push(article);
    if (parent !== null) this.articles[parent].children.push(article.index);
    this.stack.push({ index: article.index, level: opener.level });
    return article;
  }

  /** A member ("lid") of the innermost article: a numbered list item directly inside it. */
  openMember(number: string, start: number, end: number, sentenceIndex: number): Article | null {
    const owner = this.innermost((a) => a.kind === 'article' || a.kind === 'section' || a.kind === 'annex');
    if (!owner) return null;
    const level = this.levelOf(owner.index) + 1;
    return this.open({ kind: 'member', number, title: '', level, written: 'number' }, start, end, sentenceIndex);
  }

  /** Closes every open member (a member ends where the list that holds it ends). */
  closeMembers(at: number, sentenceIndex: number): void {
    while (this.stack.length > 0 && this.articles[this.stack[this.stack.length - 1].index].kind === 'member') {
      this.close(this.stack.pop()!.index, at, sentenceIndex);
    }
  }

  current(): number | null {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1].index : null;
  }

  /** Extends the open units to cover text up to `end`. */
  extend(end: number): void {
    for (const { index } of this.stack) this.articles[index].range.end = Math.max(this.articles[index].range.end, end);
  }

  finish(end: number, sentenceCount: number): Article[] {
    this.closeUntil(() => true, end, sentenceCount);
    return this.articles;
  }

  private innermost(test: (a: Article) => boolean): Article | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const article = this.articles[this.stack[i].index];
      if (test(article)) return article;
    }
    return null;
  }

  private levelOf(index: number): number {
    return this.stack.find((s) => s.index === index)?.level ?? 0;
  }

  private closeUntil(shouldClose: (level: number) => boolean, _at: number, sentenceIndex: number): void {
    while (this.stack.length > 0 && shouldClose(this.stack[this.stack.length - 1].level)) {
      this.close(this.stack.pop()!.index, _at, sentenceIndex);
    }
  }

  private close(index: number, _at: number, sentenceIndex: number): void {
    this.articles[index].sentenceSpan[1] = sentenceIndex;
  }
}
