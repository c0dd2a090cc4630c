import type { Location, Position } from 'vscode-languageserver';
import { landing, landingRange, referenceAt, type NavAnalysis } from './navigation';

/**
 * Go to definition on a reference ("artikel 6.2", "lid 3", "bijlage 5", "het vorige lid", "dit
 * artikel"): the heading of the referenced article, annex or chapter, or the line of the member.
 * An external reference ("artikel 7:611 BW") or one that leads nowhere has no definition.
 */
export function definition(analysis: NavAnalysis, position: Position): Location | null {
  const { document } = analysis;
  const ref = referenceAt(analysis, document.offsetAt(position));
  const target = ref && landing(analysis, ref);
  return target ? { uri: analysis.uri, range: landingRange(document, target) } : null;
}
