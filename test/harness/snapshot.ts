import { lintText } from '../../server/engine/lint';
import type { Finding, Locale, Rule } from '../../server/engine/types';
import type { LineIndex } from '../../server/model/lines';
import { ReportRecorder } from './reportIds';
import { applyEdits, sampleLintOptions } from './scenario';
import type { SampleContext } from './samples';

/**
 * A sample's findings pinned the way markdownlint pins its scenarios: per finding the rule, the
 * message id, where it sits, its message in both locales, and per fix its title in both locales and
 * the lines it leaves behind. Stored as JSON beside the tests (test/snapshots/), so a change to any
 * of them shows up as a readable diff in review.
 */
export interface SampleSnapshot {
  sample: string;
  findings: SnapshotFinding[];
}

export interface SnapshotFinding {
  rule: string;
  messageId: string;
  severity: string;
  /** 1-based `line:column-line:column`, UTF-16 columns as editors count them. */
  range: string;
  /** The flagged text (shortened), so the range can be read without opening the sample. */
  text: string;
  message: Record<Locale, string>;
  fixes: SnapshotFix[];
}

export interface SnapshotFix {
  titleId: string;
  title: Record<Locale, string>;
  preferred: boolean;
  /** The lines the fix changed, as they read after it (the whole hunk, from the first to the last changed line). */
  after: string[];
}

const LOCALES: readonly Locale[] = ['nl', 'en'];

function position(lines: LineIndex, offset: number): string {
  const { line, character } = lines.positionOf(offset);
  return `${line + 1}:${character + 1}`;
}

function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** The changed lines of `after` against `before`: everything between the common head and the common tail. */
export function changedLines(before: string, after: string): string[] {
  const a = before.split(/\r?\n|\r/);
  const b = after.split(/\r?\n|\r/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return b.slice(head, b.length - tail);
}

/**
 * Lints `text` in both locales and pins every finding. Both lints must find the same findings at the
 * same places (the locale changes words, never verdicts); when they do not, that is said in the
 * snapshot itself rather than hidden by pairing them up.
 */
export function snapshotOf(name: string, text: string, rules: readonly Rule[], context: SampleContext = {}): SampleSnapshot {
  const runs = LOCALES.map((locale) => {
    const recorder = new ReportRecorder(rules);
    const result = lintText(text, { locale, rules: recorder.rules, ...sampleLintOptions(text, context) });
    return { locale, result, recorder };
  });
  const [nl, en] = runs;
  if (nl.result.findings.length !== en.result.findings.length) {
    throw new Error(`${name}: ${nl.result.findings.length} findings in Dutch, ${en.result.findings.length} in English`);
  }
  const findings = nl.result.findings.map((finding, i): SnapshotFinding => {
    const other: Finding = en.result.findings[i];
    if (other.ruleId !== finding.ruleId || other.range.start !== finding.range.start || other.range.end !== finding.range.end) {
      throw new Error(`${name}: finding ${i + 1} differs between the locales (${finding.ruleId} / ${other.ruleId})`);
    }
    const lines = nl.result.lines;
    const ids = nl.recorder.idsOf(finding);
    return {
      rule: finding.ruleId,
      messageId: ids.messageId,
      severity: finding.severity,
      range: `${position(lines, finding.range.start)}-${position(lines, finding.range.end)}`,
      text: shorten(text.slice(finding.range.start, finding.range.end)),
      message: { nl: finding.message, en: other.message },
      fixes: finding.fixes.map((fix, f) => ({
        titleId: ids.titleIds[f],
        title: { nl: fix.title, en: other.fixes[f]?.title ?? '' },
        preferred: fix.preferred,
        after: changedLines(text, applyEdits(text, fix.edits)),
      })),
    };
  });
  return { sample: name, findings };
}

/** The snapshot as stored: two-space JSON with a final newline, so diffs are line by line. */
export function renderSnapshot(snapshot: SampleSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
