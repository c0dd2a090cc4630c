import type { DocumentLink } from 'vscode-languageserver';
import { landing, toRange, type NavAnalysis } from './navigation';

/**
 * A link on every resolved reference, to the same document at the target's line (`#L42`, 1-based, as
 * VS Code and GitHub read it), so Ctrl+click works in editors that do not ask for definitions.
 */
export function documentLinks(analysis: NavAnalysis): DocumentLink[] {
  const { document } = analysis;
  const base = analysis.uri.replace(/#.*$/, '');
  const links: DocumentLink[] = [];
  for (const ref of analysis.references) {
    const target = landing(analysis, ref);
    if (!target) continue;
    const line = document.positionAt(target.headingRange.start).line + 1;
    links.push({ range: toRange(document, ref.range), target: `${base}#L${line}` });
  }
  return links;
}
