import { webRuleDocsUrl } from '../../engine/paths';
import type { FileReport, ReportMessage } from '../../report/fileReport';

/**
 * A report whose configuration sets `docsBaseUrl`: every message links there instead of the page
 * bundled with caolint, in every format. Without one the messages keep the bundled pages (file
 * URLs, readable offline by the human at this terminal); CI formats then use `publicDocsUrl`.
 */
export function withDocsBase(report: FileReport, docsBaseUrl: string | undefined): FileReport {
  if (!docsBaseUrl) return report;
  return { ...report, docsBaseUrl, messages: report.messages.map((m) => ({ ...m, docs: webRuleDocsUrl(m.ruleId, docsBaseUrl) })) };
}

/**
 * The link a CI format gives a message: never a file URL, which would name a path on the runner's
 * disk that nobody reading the report can open.
 */
export function publicDocsUrl(message: ReportMessage, report: FileReport): string {
  return message.docs.startsWith('file:') ? webRuleDocsUrl(message.ruleId, report.docsBaseUrl) : message.docs;
}

/** The docs base of a whole run (SARIF's rule catalogue has one link per rule): the first configured one, else the default. */
export function runDocsBase(reports: readonly FileReport[]): string | undefined {
  return reports.find((r) => r.docsBaseUrl)?.docsBaseUrl;
}
