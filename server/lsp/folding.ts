import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../model/types';

/**
 * One folding range per article, section, chapter and annex of the article tree, from its heading
 * line to its last line with text (blank lines before the next heading stay visible). Members are
 * not folded: they are a line or a few, and folding them would clutter the gutter.
 */
export function foldingRanges(document: TextDocument, articles: readonly Article[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const text = document.getText();
  for (const article of articles) {
    if (article.kind === 'member') continue;
    const startLine = document.positionAt(article.headingRange.start).line;
    let end = Math.min(article.range.end, text.length);
    while (end > article.headingRange.end && /\s/.test(text[end - 1])) end--;
    const endLine = document.positionAt(end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
