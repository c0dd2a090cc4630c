import type { Directive } from '../model/types';
import type { Finding } from './types';

/** Line number (0-based) of every offset, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** 0-based line and UTF-16 column of an offset. */
  positionOf(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
  lineStart(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)];
  }
  get lineCount(): number {
    return this.starts.length;
  }
}

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
