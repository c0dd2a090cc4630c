import type { Directive } from '../model/types';
import type { LineIndex } from '../model/lines';
import type { Finding } from './types';

/**
 * Drops the findings that inline comments switch off:
 * `<!-- caolint-disable [ids] -->` ... `<!-- caolint-enable [ids] -->`,
 * `<!-- caolint-disable-next-line [ids] -->` and `<!-- caolint-disable-line [ids] -->`.
 * A finding is judged by the line it starts on.
 */
export function applyDirectives(findings: Finding[], directives: Directive[], lines: LineIndex): Finding[] {
  if (directives.length === 0) return findings;
  const ordered = [...directives].sort((a, b) => a.range.start - b.range.start);
  return findings.filter((finding) => {
    const line = lines.lineOf(finding.range.start);
    const covers = (d: Directive): boolean => d.rules.length === 0 || d.rules.includes(finding.ruleId);
    let disabled = false;
    for (const d of ordered) {
      if (d.type === 'disable-next-line' && d.line + 1 === line && covers(d)) return false;
      if (d.type === 'disable-line' && d.line === line && covers(d)) return false;
      if (d.range.start > finding.range.start) continue;
      if (d.type === 'disable' && covers(d)) disabled = true;
      if (d.type === 'enable' && covers(d)) disabled = false;
    }
    return !disabled;
  });
}
