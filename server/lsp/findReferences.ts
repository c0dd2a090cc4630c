import type { Location, Position } from 'vscode-languageserver';
import { landingRange, referencesTo, toRange, unitAt, type NavAnalysis } from './navigation';

/**
 * Find all references to an article, annex or chapter, with the cursor on its heading or on a
 * reference to it: every reference that resolves to it or to one of its members, in document order,
 * and the heading first when the declaration is asked for.
 */
export function findReferences(analysis: NavAnalysis, position: Position, includeDeclaration: boolean): Location[] {
  const { document, uri } = analysis;
  const unit = unitAt(analysis, document.offsetAt(position));
  if (!unit) return [];
  const found = referencesTo(analysis, unit).map((r) => ({ uri, range: toRange(document, r.range) }));
  return includeDeclaration ? [{ uri, range: landingRange(document, unit) }, ...found] : found;
}
