import type { Location, Position } from 'vscode-languageserver';
import { landing, landingRange, referenceAt, type NavAnalysis, type NavSet } from './navigation';

/**
 * Go to definition on a reference ("artikel 6.2", "lid 3", "bijlage 5", "het vorige lid", "dit
 * artikel"): the heading of the referenced article, annex or chapter, or the line of the member, in
 * this file or, for a cao in several files, in the file of the set that holds it. An external
 * reference ("artikel 7:611 BW") or one that leads nowhere has no definition.
 */
export function definition(analysis: NavAnalysis, position: Position, set?: NavSet): Location | null {
  const ref = referenceAt(analysis, analysis.document.offsetAt(position));
  const target = ref && landing(analysis, ref, set);
  return target ? { uri: target.nav.uri, range: landingRange(target.nav.document, target.unit) } : null;
}
