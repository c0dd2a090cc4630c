import { allRules } from '../../rules/index';
import { lintText } from '../../server/engine/lint';
import { configForDocument } from '../../server/config/frontMatter';
import { emptyConfig } from '../../server/config/load';
import type { ResolvedConfig } from '../../server/config/types';
import type { Finding, Rule, Severity, TextEdit } from '../../server/engine/types';
import { parseMarkers, type Marker, type Markers } from './markers';
import { ReportRecorder } from './reportIds';
import type { SampleContext } from './samples';

/** A finding reduced to what a sample's markers can say about it. */
export interface ObservedFinding {
  line: number;
  ruleId: string;
  severity: Severity;
  /** The key of the rule's `messages` the finding was reported with. */
  messageId: string;
  message: string;
  finding: Finding;
}

export interface ScenarioResult {
  markers: Markers;
  observed: ObservedFinding[];
  /** Expected findings the linter did not report. */
  missing: Marker[];
  /** Findings no marker asked for. */
  unexpected: ObservedFinding[];
  /** `satisfied` markers on a line where the rule did report. */
  contradicted: Marker[];
  /** Rule ids named by markers that are not (yet) in the rule set: ignored. */
  skippedRuleIds: string[];
}

/**
 * A sample's configuration as every face reads it: the defaults with the draft's own front matter
 * (`caolint:`) on top, so a sample can show an option at work (amount-format's `notation`).
 */
export function sampleConfig(text: string, context: SampleContext = {}): ResolvedConfig {
  // Validated against the whole catalogue: which rules a test judges does not make a config valid.
  return configForDocument(context.config ?? emptyConfig(), text, 'sample.md', allRules);
}

/** The options every test lints a sample with: its configuration, and the other files of its cao when it is one of a set. */
export function sampleLintOptions(text: string, context: SampleContext = {}): { config: ResolvedConfig; set?: SampleContext['set'] } {
  return { config: sampleConfig(text, context), ...(context.set ? { set: context.set } : {}) };
}

/**
 * Lints one sample and compares its findings with its inline markers, exactly: a finding must
 * start on the marked line, with the marked rule and severity, as many times as it is marked.
 * A marker that names a message id also needs the finding to carry it. Only rules in `rules` are
 * judged, so the samples can run ahead of the catalogue.
 */
export function checkScenario(text: string, rules: readonly Rule[], context: SampleContext = {}): ScenarioResult {
  const markers = parseMarkers(text);
  const known = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const skipped = new Set<string>();
  const judged = (marker: Marker): boolean => {
    if (known.has(marker.ruleId)) return true;
    skipped.add(marker.ruleId);
    return false;
  };
  const expected = markers.expected.filter(judged);
  const satisfied = markers.satisfied.filter(judged);

  const recorder = new ReportRecorder(rules);
  const { findings, lines } = lintText(text, { rules: recorder.rules, ...sampleLintOptions(text, context) });
  const observed: ObservedFinding[] = findings.map((finding) => ({
    line: lines.lineOf(finding.range.start),
    ruleId: finding.ruleId,
    severity: finding.severity,
    messageId: recorder.idsOf(finding).messageId,
    message: finding.message,
    finding,
  }));

  const unmatched = [...observed];
  const missing: Marker[] = [];
  for (const marker of expected) {
    const severity = marker.severity ?? known.get(marker.ruleId)?.meta.defaultSeverity;
    const at = unmatched.findIndex(
      (o) => o.line === marker.line && o.ruleId === marker.ruleId && o.severity === severity && (marker.messageId === null || o.messageId === marker.messageId),
    );
    if (at >= 0) unmatched.splice(at, 1);
    else missing.push(marker);
  }
  const contradicted = satisfied.filter((marker) => observed.some((o) => o.line === marker.line && o.ruleId === marker.ruleId));
  return { markers, observed, missing, unexpected: unmatched, contradicted, skippedRuleIds: [...skipped].sort() };
}

/** A readable account of every difference, one line per difference, with the sample's own line. */
export function describeDifferences(file: string, text: string, result: ScenarioResult, rules: readonly Rule[]): string {
  const source = text.split('\n');
  const excerpt = (line: number): string => {
    const raw = (source[line] ?? '').replace(/<!--.*?-->/g, '').trim();
    return raw.length > 90 ? `${raw.slice(0, 87)}...` : raw;
  };
  const defaults = new Map(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));
  const rows: string[] = [];
  for (const m of result.markers.malformed) rows.push(`${file}:${m.line + 1}  malformed marker  ${m.text}`);
  for (const m of result.missing) {
    const severity = m.severity ?? defaults.get(m.ruleId) ?? '?';
    const id = m.messageId === null ? m.ruleId : `${m.ruleId}:${m.messageId}`;
    rows.push(`${file}:${m.line + 1}  missing     ${id} (${severity})\n      | ${excerpt(m.line)}`);
  }
  for (const o of result.unexpected) {
    rows.push(`${file}:${o.line + 1}  unexpected  ${o.ruleId}:${o.messageId} (${o.severity}): ${o.message}\n      | ${excerpt(o.line)}`);
  }
  for (const m of result.contradicted) rows.push(`${file}:${m.line + 1}  marked satisfied but reported  ${m.ruleId}\n      | ${excerpt(m.line)}`);
  return rows.join('\n');
}

/** Applies non-overlapping edits to `text` (from the back, so earlier offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of ordered) {
    if (edit.range.start < 0 || edit.range.end > text.length || edit.range.start > edit.range.end) {
      throw new Error(`edit range ${edit.range.start}-${edit.range.end} lies outside the text`);
    }
    if (edit.range.end > limit) throw new Error(`edits overlap at offset ${edit.range.end}`);
    out = out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end);
    limit = edit.range.start;
  }
  return out;
}

/** Where an offset of the old text lands after the edits: shifted past edits before it, or the start of an edit that swallowed it. */
export function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    if (edit.range.end <= offset && !(edit.range.start === edit.range.end && edit.range.start === offset)) {
      shift += edit.newText.length - (edit.range.end - edit.range.start);
    } else if (edit.range.start < offset && offset < edit.range.end) {
      return edit.range.start + shift;
    }
  }
  return offset + shift;
}

/**
 * Applies each finding's preferred fix on its own, re-lints, and reports what went wrong: the rule
 * still fires at the fixed place, or the fix made the rule fire somewhere it did not fire before.
 */
export function checkFixes(file: string, text: string, rules: readonly Rule[], context: SampleContext = {}): { checked: number; problems: string[] } {
  const options = sampleLintOptions(text, context);
  const before = lintText(text, { rules, ...options });
  const problems: string[] = [];
  let checked = 0;
  for (const finding of before.findings) {
    const fix = finding.fixes.find((f) => f.preferred);
    if (!fix || fix.edits.length === 0) continue;
    checked++;
    const where = `${file}:${before.lines.lineOf(finding.range.start) + 1} ${finding.ruleId} fix "${fix.title}"`;
    let fixed: string;
    try {
      fixed = applyEdits(text, fix.edits);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      continue;
    }
    if (fixed === text) {
      problems.push(`${where}: the fix changes nothing`);
      continue;
    }
    const after = lintText(fixed, { rules, ...options });
    const sameRule = (f: Finding): boolean => f.ruleId === finding.ruleId;
    const fixedLine = after.lines.lineOf(mapOffset(finding.range.start, fix.edits));
    // How many findings of this rule each line may still carry: the other findings from before the fix.
    const allowed = new Map<number, number>();
    for (const f of before.findings.filter((f) => sameRule(f) && f !== finding)) {
      const line = after.lines.lineOf(mapOffset(f.range.start, fix.edits));
      allowed.set(line, (allowed.get(line) ?? 0) + 1);
    }
    const seen = new Map<number, number>();
    for (const f of after.findings.filter(sameRule)) {
      const line = after.lines.lineOf(f.range.start);
      seen.set(line, (seen.get(line) ?? 0) + 1);
      if ((seen.get(line) ?? 0) <= (allowed.get(line) ?? 0)) continue;
      problems.push(
        line === fixedLine
          ? `${where}: still reported after the fix: ${f.message}`
          : `${where}: the fix causes a new finding on line ${line + 1}: ${f.message}`,
      );
    }
  }
  return { checked, problems };
}
