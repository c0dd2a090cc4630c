import type { DocumentLink } from 'vscode-languageserver';
import { landing, toRange, type NavAnalysis, type NavSet } from './navigation';

/**
 * A link on every resolved reference, to the file that holds its target (this one, or another file
 * of the cao's set) at the target's line (`#L42`, 1-based, as VS Code and GitHub read it), so
 * Ctrl+click works in editors that do not ask for definitions.
 */
export function documentLinks(analysis: NavAnalysis, set?: NavSet): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const ref of analysis.references) {
    const target = landing(analysis, ref, set);
    if (!target) continue;
    const line = target.nav.document.positionAt(target.unit.headingRange.start).line + 1;
    links.push({ range: toRange(analysis.document, ref.range), target: `${target.nav.uri.replace(/#.*$/, '')}#L${line}` });
  }
  return links;
}
