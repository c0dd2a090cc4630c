import type { Location, Position } from 'vscode-languageserver';
import { landingRange, referencesTo, toRange, unitAt, type NavAnalysis, type NavSet } from './navigation';

/**
 * Find all references to an article, annex or chapter, with the cursor on its heading or on a
 * reference to it: every reference that resolves to it or to one of its members, file by file in
 * the order of the cao's set (this file alone when it stands alone), in document order within a
 * file, and the heading first when the declaration is asked for.
 */
export function findReferences(analysis: NavAnalysis, position: Position, includeDeclaration: boolean, set?: NavSet): Location[] {
  const target = unitAt(analysis, analysis.document.offsetAt(position), set);
  if (!target) return [];
  const found = referencesTo(analysis, target, set).map(({ nav, ref }) => ({ uri: nav.uri, range: toRange(nav.document, ref.range) }));
  return includeDeclaration ? [{ uri: target.nav.uri, range: landingRange(target.nav.document, target.unit) }, ...found] : found;
}
