import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../engine/types';
import type { Analysis } from './analysis';
import { t } from './messages';
import { referenceAt, type NavSet } from './navigation';
import { referenceHover } from './referenceHover';

const contains = (range: { start: number; end: number }, offset: number): boolean => range.start <= offset && offset <= range.end;

/**
 * Hover: on a finding, the rule's short help with a link to its page; on an amount or a percentage,
 * the guidance's reference figures, so a writer can weigh the number without leaving the draft; on a
 * reference, a preview of what it refers to (in this file or another of the cao's set) or why it refers to nothing.
 */
export function hover(document: TextDocument, position: Position, analysis: Analysis, rules: readonly Rule[], set?: NavSet): Hover | null {
  const offset = document.offsetAt(position);
  const { locale } = analysis;
  const parts: string[] = [];
  let range: { start: number; end: number } | null = null;

  for (const finding of analysis.findings) {
    if (!contains(finding.range, offset)) continue;
    const rule = rules.find((r) => r.meta.id === finding.ruleId);
    const description = rule ? rule.meta.description[locale] : finding.message;
    parts.push(`**caolint \`${finding.ruleId}\`**: ${description}\n\n[${t(locale, 'ruleDocs', { rule: finding.ruleId })}](${finding.docs})`);
    range ??= finding.range;
  }

  const amount = analysis.amounts.find((r) => contains(r, offset));
  if (amount) {
    parts.push(
      [`**${t(locale, 'referenceTitle')}**`, '', `- ${t(locale, 'refPayroll')}`, `- ${t(locale, 'refBudget')}`, `- ${t(locale, 'refInformal')}`].join('\n'),
    );
    range = amount;
  }

  const reference = referenceAt(analysis, offset);
  if (reference) {
    const part = referenceHover(analysis, reference, set);
    if (part) {
      parts.push(part);
      range ??= reference.range;
    }
  }

  if (parts.length === 0 || !range) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: { start: document.positionAt(range.start), end: document.positionAt(range.end) },
  };
}
