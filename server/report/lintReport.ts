import { displayPath } from '../config/errors';
import type { FileReport, ReportMessage } from './fileReport';
import type { InterventionId, Locale, Rule, Severity } from '../engine/types';
import { interventionTitle, ruleRationale } from './guidance';
import { noteKey, type DocumentInsight, type FindingNote } from './insight';
import { REPORT_GROUPS, scorecard, type InterventionScore } from './scorecard';

/** A rule as the report names it. */
export interface RuleSummary {
  id: string;
  intervention: InterventionId;
  /** What the rule asks, in the report's language. */
  description: string;
  /** The guidance's figures and facts behind it (the rule page's "Waarom"), or null. */
  rationale: string | null;
}

export interface ReportFinding {
  message: ReportMessage;
  note: FindingNote | null;
  /** Where the rule page is on the web (the report is read on other machines than the one that wrote it). */
  docs: string;
}

export type SeverityCounts = Record<Severity, number>;

export interface DocumentSection {
  /** Path as the reader knows it (relative to the working folder). */
  path: string;
  /** The draft's own language, for the quoted sentences and clauses; null when unknown. */
  language: Locale | null;
  /** Null when the lint gave no insight (then the report shows the findings only). */
  scores: InterventionScore[] | null;
  findings: ReportFinding[];
}

/** Everything the lint view renders: plain data, so the view is a pure function of it. */
export interface LintReportData {
  locale: Locale;
  version: string;
  interventions: ReadonlyArray<{ id: InterventionId; title: string }>;
  rules: Readonly<Record<string, RuleSummary>>;
  documents: DocumentSection[];
}

export function ruleSummaries(rules: readonly Rule[], locale: Locale): Record<string, RuleSummary> {
  return Object.fromEntries(
    rules.map((r) => [
      r.meta.id,
      { id: r.meta.id, intervention: r.meta.intervention, description: r.meta.description[locale], rationale: ruleRationale(r.meta.id, locale) },
    ]),
  );
}

export function interventionTitles(locale: Locale): Array<{ id: InterventionId; title: string }> {
  return REPORT_GROUPS.map((id) => ({ id, title: interventionTitle(id, locale) }));
}

function noteOf(insight: DocumentInsight | undefined, m: ReportMessage): FindingNote | null {
  return insight?.notes[noteKey(m)] ?? null;
}

export interface LintReportInput {
  cwd: string;
  locale: Locale;
  version: string;
  rules: readonly Rule[];
  /** A message's web address (CI formats' `publicDocsUrl`). */
  webDocs: (message: ReportMessage, report: FileReport) => string;
}

/** The lint view's data from the CLI's reports: scorecards from each file's insight, the guidance quoted from the bundled pages. */
export function lintReportData(reports: readonly FileReport[], input: LintReportInput): LintReportData {
  return {
    locale: input.locale,
    version: input.version,
    interventions: interventionTitles(input.locale),
    rules: ruleSummaries(input.rules, input.locale),
    documents: reports.map((report) => ({
      path: displayPath(report.filePath, input.cwd),
      language: report.insight?.language ?? null,
      scores: report.insight ? scorecard(input.rules, report.insight) : null,
      findings: report.messages.map((message) => ({ message, note: noteOf(report.insight, message), docs: input.webDocs(message, report) })),
    })),
  };
}

export function severityCounts(findings: readonly ReportFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.message.severity]++;
  return counts;
}
