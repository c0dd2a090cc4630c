import { preferredFix, withLineEnding } from '../engine/applyEdits';
import type { LineIndex } from '../model/lines';
import type { Finding, InterventionId, Severity } from '../engine/types';
import type { DocumentInsight } from './insight';

/** An edit in 1-based line/column terms (columns count UTF-16 code units, as editors do). */
export interface ReportEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** One finding as the CLI reports it (the documented JSON shape). */
export interface ReportMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  intervention: InterventionId;
  docs: string;
  fix?: { title: string; edits: ReportEdit[] };
}

export interface FileReport {
  /** Absolute path. */
  filePath: string;
  messages: ReportMessage[];
  /** The `docsBaseUrl` of this file's configuration, when it sets one (the messages' `docs` already use it). */
  docsBaseUrl?: string;
  /** For the HTML report only (never in the JSON): which rules applied, and each finding's sentence. */
  insight?: DocumentInsight;
}

function position(lines: LineIndex, offset: number): { line: number; column: number } {
  const { line, character } = lines.positionOf(offset);
  return { line: line + 1, column: character + 1 };
}

/** Findings (offsets) to report messages (1-based positions), with the preferred fix if any. */
export function toMessages(findings: readonly Finding[], lines: LineIndex, eol: '\n' | '\r\n' | '\r'): ReportMessage[] {
  return findings.map((finding) => {
    const start = position(lines, finding.range.start);
    const end = position(lines, finding.range.end);
    const message: ReportMessage = {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      intervention: finding.intervention,
      docs: finding.docs,
    };
    const fix = preferredFix(finding);
    if (fix) {
      message.fix = {
        title: fix.title,
        edits: fix.edits.map((edit) => {
          const from = position(lines, edit.range.start);
          const to = position(lines, edit.range.end);
          return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: withLineEnding(edit, eol).newText };
        }),
      };
    }
    return message;
  });
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  const sum: Totals = { errors: 0, warnings: 0, infos: 0 };
  for (const report of reports) {
    for (const m of report.messages) {
      if (m.severity === 'error') sum.errors++;
      else if (m.severity === 'warning') sum.warnings++;
      else sum.infos++;
    }
  }
  return sum;
}
