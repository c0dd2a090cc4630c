import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine/types';
import type { Article, ArticleKind } from '../model/types';

const kinds: Record<ArticleKind, SymbolKind> = {
  chapter: SymbolKind.Namespace,
  annex: SymbolKind.Module,
  section: SymbolKind.Struct,
  article: SymbolKind.Class,
  member: SymbolKind.Field,
};

const labels: Record<Exclude<ArticleKind, 'section'>, Record<Locale, string>> = {
  chapter: { nl: 'Hoofdstuk', en: 'Chapter' },
  annex: { nl: 'Bijlage', en: 'Annex' },
  article: { nl: 'Artikel', en: 'Article' },
  member: { nl: 'lid', en: 'member' },
};

const MAX_DETAIL = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_DETAIL ? flat : `${flat.slice(0, MAX_DETAIL - 1)}…`;
}

function name(article: Article, locale: Locale): { name: string; detail: string | undefined } {
  const title = shorten(article.title);
  if (article.kind === 'section') return { name: [article.number, title].filter(Boolean).join(' ') || '§', detail: undefined };
  const label = labels[article.kind][locale];
  if (article.number === null) return { name: title ? `${label}: ${title}` : label, detail: undefined };
  // Members carry their whole first sentence as title: keep the name short, the text as detail.
  return { name: `${label} ${article.number}`, detail: title || undefined };
}

/** The article tree as a hierarchical outline: chapters and annexes, articles, members. */
export function documentSymbols(document: TextDocument, articles: readonly Article[], locale: Locale): DocumentSymbol[] {
  const toSymbol = (article: Article, parentEnd: number): DocumentSymbol => {
    const end = Math.min(article.range.end, parentEnd);
    const start = Math.min(article.range.start, end);
    // LSP wants the selection inside the full range.
    const selStart = Math.min(Math.max(article.headingRange.start, start), end);
    const selEnd = Math.min(Math.max(article.headingRange.end, selStart), end);
    const { name: label, detail } = name(article, locale);
    return {
      name: label,
      detail,
      kind: kinds[article.kind],
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      selectionRange: { start: document.positionAt(selStart), end: document.positionAt(selEnd) },
      children: article.children.map((child) => toSymbol(articles[child], end)),
    };
  };
  return articles.filter((a) => a.parent === null).map((a) => toSymbol(a, document.getText().length));
}
