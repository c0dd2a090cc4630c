import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { Locale } from '../engine/types';
import type { ArticleKind } from '../model/types';
import { landingRange, type NavAnalysis } from './navigation';

const kinds: Partial<Record<ArticleKind, SymbolKind>> = {
  chapter: SymbolKind.Namespace,
  annex: SymbolKind.Module,
  section: SymbolKind.Struct,
  article: SymbolKind.Class,
};

const labels: Record<'chapter' | 'annex' | 'article', Record<Locale, string>> = {
  chapter: { nl: 'Hoofdstuk', en: 'Chapter' },
  annex: { nl: 'Bijlage', en: 'Annex' },
  article: { nl: 'Artikel', en: 'Article' },
};

/** Whether every character of the query occurs in the name, in order (the way editors filter symbols), ignoring case and spaces. */
function matches(name: string, query: string): boolean {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const text = name.toLowerCase();
  let at = 0;
  for (const char of wanted) {
    at = text.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * Workspace symbols: the numbered chapters, articles, sections and annexes of the given files ("Artikel
 * 6.2 Ontwikkelbudget"), so a writer can jump to an article of a cao in several files by typing its
 * number; the file name is the container. Members are left out: there are hundreds, and a member is
 * found through its article.
 */
export function workspaceSymbols(files: readonly NavAnalysis[], query: string, locale: Locale): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const nav of files) {
    const container = decodeURIComponent(nav.uri.split('/').pop() ?? nav.uri);
    for (const unit of nav.articles) {
      const kind = kinds[unit.kind];
      if (kind === undefined || unit.number === null) continue;
      const label = unit.kind === 'section' ? '' : `${labels[unit.kind as 'chapter' | 'annex' | 'article'][locale]} `;
      const name = `${label}${unit.number} ${unit.title.replace(/\s+/g, ' ').trim()}`.trim();
      if (!matches(name, query)) continue;
      symbols.push({ name, kind, location: { uri: nav.uri, range: landingRange(nav.document, unit) }, containerName: container });
    }
  }
  return symbols;
}
