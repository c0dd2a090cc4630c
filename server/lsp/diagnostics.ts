import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, InterventionId, Severity } from '../engine/types';

/** A finding's fix with its edits already in LSP positions of the linted version. */
export interface LspFix {
  title: string;
  preferred: boolean;
  edits: TextEdit[];
}

/** Carried in `Diagnostic.data`: what the code actions need, so they never re-lint. */
export interface DiagnosticData {
  /** The document version the diagnostic (and its edits) belongs to. */
  version: number;
  ruleId: string;
  intervention: InterventionId;
  fixes: LspFix[];
}

export const SOURCE = 'caolint';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Maps engine findings (UTF-16 offsets) onto LSP diagnostics of one document version. */
export function toDiagnostics(findings: readonly Finding[], document: TextDocument): Diagnostic[] {
  const range = (r: { start: number; end: number }) => ({ start: document.positionAt(r.start), end: document.positionAt(r.end) });
  return findings.map((finding) => {
    const data: DiagnosticData = {
      version: document.version,
      ruleId: finding.ruleId,
      intervention: finding.intervention,
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        preferred: fix.preferred,
        edits: fix.edits.map((edit) => ({ range: range(edit.range), newText: edit.newText })),
      })),
    };
    return {
      range: range(finding.range),
      severity: severities[finding.severity],
      source: SOURCE,
      code: finding.ruleId,
      codeDescription: { href: finding.docs },
      message: finding.message,
      data,
    };
  });
}

/** Reads `Diagnostic.data` back, defensively: clients echo it, but a foreign or old diagnostic may carry anything. */
export function readDiagnosticData(diagnostic: Diagnostic): DiagnosticData | null {
  if (diagnostic.source !== SOURCE) return null;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data.version !== 'number' || typeof data.ruleId !== 'string' || !Array.isArray(data.fixes)) return null;
  return data as DiagnosticData;
}
