import { fill } from '../../server/engine/localize';
import type { Finding, Rule } from '../../server/engine/types';

/** What a rule asked for in one `report()`: the ids behind a finding's message and fix titles. */
export interface RecordedReport {
  ruleId: string;
  messageId: string;
  start: number;
  end: number;
  /** The message as the engine renders it before any caveat is appended. */
  message: string;
  fixes: Array<{ titleId: string; title: string }>;
}

/** The ids behind one finding: its message id and, per fix in the finding's order, the title id. */
export interface FindingIds {
  messageId: string;
  titleIds: string[];
}

/**
 * Records the message and fix-title ids the rules report, so tests can pin them. A `Finding` carries
 * the rendered text only; rather than widen the engine's public shape for tests, the rules are
 * wrapped and every report is seen on its way in. Use `rules` for `lintText`, then `idsOf` per finding.
 */
export class ReportRecorder {
  readonly rules: Rule[];
  private reports: RecordedReport[] = [];

  constructor(rules: readonly Rule[]) {
    this.rules = rules.map((rule) => ({
      ...rule,
      check: (context) =>
        rule.check({
          ...context,
          report: (report) => {
            const render = (id: string, data: Record<string, string | number> | undefined): string => {
              const template = rule.messages[id];
              return template ? fill(template, context.locale, data) : id;
            };
            this.reports.push({
              ruleId: rule.meta.id,
              messageId: report.messageId,
              start: report.range.start,
              end: report.range.end,
              message: render(report.messageId, report.data),
              fixes: (report.fixes ?? []).map((fix) => ({ titleId: fix.titleId, title: render(fix.titleId, fix.data) })),
            });
            context.report(report);
          },
        }),
    }));
  }

  /** Forgets what earlier lints recorded (call before each `lintText`). */
  reset(): void {
    this.reports = [];
  }

  /** Every report since the last reset. */
  recorded(): readonly RecordedReport[] {
    return this.reports;
  }

  /**
   * The ids behind a finding of the last lint: the report of the same rule whose rendered message
   * starts the finding's message (the engine may append a caveat), at the same range when there is
   * one (the engine widens a range that would split a surrogate pair). Throws when none fits, which
   * means the engine changed what it makes of a report and this harness must follow.
   */
  idsOf(finding: Finding): FindingIds {
    const candidates = this.reports.filter((r) => r.ruleId === finding.ruleId && finding.message.startsWith(r.message));
    const report = candidates.find((r) => r.start === finding.range.start && r.end === finding.range.end) ?? candidates[0];
    if (!report) throw new Error(`no recorded report for ${finding.ruleId} finding "${finding.message}"`);
    const titleIds = finding.fixes.map((fix) => {
      const match = report.fixes.find((f) => f.title === fix.title);
      if (!match) throw new Error(`no recorded fix title for ${finding.ruleId} fix "${fix.title}"`);
      return match.titleId;
    });
    return { messageId: report.messageId, titleIds };
  }
}
