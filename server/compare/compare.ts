import type { ResolvedConfig } from '../config/types';
import { crashFindings, lintText, type LintResult } from '../engine/lint';
import type { Finding, Locale, Rule } from '../engine/types';
import type { PolicyDocument } from '../model/types';
import type { LineIndex } from '../model/lines';
import { substanceChanges } from './describe';
import { matchFindings, matchProvisions } from './match';
import { COMPARE_RESULT_VERSION, type CompareResult, type CompareTotals, type ComparedFinding, type ProvisionComparison, type ProvisionVersion } from './types';
import { readVersion, sentenceAt, type VersionProvision } from './version';

/**
 * Compares two versions of a draft: both are linted as they stand, their provisions are paired by
 * identity (match.ts), and per provision the findings are sorted into resolved, introduced and
 * still open, and the substance of the two versions is compared (describe.ts).
 */

export interface DraftVersion {
  text: string;
  /** The file this version is of (an absolute path in the CLI). */
  filePath: string;
  /** The git revision this version was read from, if it was. */
  ref?: string;
  /** The configuration that applies to this version (rules, severities, options, locale). */
  config?: ResolvedConfig;
}

export interface CompareOptions {
  locale?: Locale;
  /** The rules to run (the face passes the catalogue in). */
  rules: readonly Rule[];
  /**
   * Called with each version's lint as it is made (`findings`: crashes first, as compared). The
   * HTML report keeps from it what the result leaves out (scorecards, excerpts, fixes) without the
   * engine knowing about reports, and without linting either version twice.
   */
  inspect?: (side: 'before' | 'after', lint: LintResult, findings: readonly Finding[]) => void;
}

interface Linted {
  doc: PolicyDocument;
  lines: LineIndex;
  provisions: VersionProvision[];
}

function lintVersion(version: DraftVersion, locale: Locale, options: CompareOptions, side: 'before' | 'after'): Linted {
  const result = lintText(version.text, { locale, config: version.config, rules: options.rules });
  // A rule that crashed is reported like the lint does it: as a finding at the start of the text.
  const findings = [...crashFindings(result.crashes, locale), ...result.findings];
  options.inspect?.(side, result, findings);
  return { doc: result.doc, lines: result.lines, provisions: readVersion(result.doc, findings) };
}

function compared(finding: Finding, version: Linted): ComparedFinding {
  const start = version.lines.positionOf(finding.range.start);
  const end = version.lines.positionOf(finding.range.end);
  const s = sentenceAt(version.doc, finding.range.start);
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    intervention: finding.intervention,
    sentence: s === null ? '' : version.doc.sentences[s].text,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    docs: finding.docs,
  };
}

function provisionVersion(provision: VersionProvision, version: Linted): ProvisionVersion {
  const offset = provision.anchorSentence === null ? 0 : version.doc.sentences[provision.anchorSentence].range.start;
  return { identity: provision.identity, line: version.lines.positionOf(offset).line + 1, substance: provision.substance };
}

/**
 * Every instrument and work design is in the result, also when nothing about it changed (a report
 * may want to show it as unchanged); the buckets for findings outside any provision only when they
 * hold findings or (the document) what the draft says outside every provision changed.
 */
function worthReporting(c: ProvisionComparison): boolean {
  const kind = (c.after ?? c.before)?.identity.kind;
  if (kind === 'instrument' || kind === 'work') return true;
  return c.resolved.length + c.introduced.length + c.open.length + c.changes.length > 0;
}

export function compareDrafts(before: DraftVersion, after: DraftVersion, options: CompareOptions): CompareResult {
  const locale = options.locale ?? after.config?.locale ?? 'nl';
  const old = lintVersion(before, locale, options, 'before');
  const current = lintVersion(after, locale, options, 'after');
  const comparisons: ProvisionComparison[] = matchProvisions(old.provisions, current.provisions).map((pair) => {
    const findings = matchFindings(pair.before?.findings ?? [], pair.after?.findings ?? []);
    return {
      status: pair.before && pair.after ? 'kept' : pair.after ? 'added' : 'removed',
      matchedBy: pair.matchedBy,
      before: pair.before && provisionVersion(pair.before, old),
      after: pair.after && provisionVersion(pair.after, current),
      resolved: findings.resolved.map((f) => compared(f, old)),
      introduced: findings.introduced.map((f) => compared(f, current)),
      open: findings.open.map((p) => ({ before: compared(p.before, old), after: compared(p.after, current) })),
      changes: pair.before && pair.after ? substanceChanges(pair.before.substance, pair.after.substance, locale) : [],
    } satisfies ProvisionComparison;
  });
  // The new version's order, with what was removed after it in the old version's order.
  // The rest of the draft (outside every provision) comes last.
  const position = (c: ProvisionComparison) =>
    (c.after ?? c.before)?.identity.kind === 'document' ? 3e9 : c.after ? c.after.line : 1e9 + (c.before?.line ?? 0);
  const provisions = comparisons.filter(worthReporting).sort((a, b) => position(a) - position(b));
  return {
    version: COMPARE_RESULT_VERSION,
    locale,
    before: { filePath: before.filePath, ref: before.ref ?? null },
    after: { filePath: after.filePath, ref: after.ref ?? null },
    provisions,
    totals: totalsOf(provisions),
  };
}

function totalsOf(provisions: readonly ProvisionComparison[]): CompareTotals {
  const sum = (pick: (c: ProvisionComparison) => number) => provisions.reduce((n, c) => n + pick(c), 0);
  return {
    resolved: sum((c) => c.resolved.length),
    introduced: sum((c) => c.introduced.length),
    open: sum((c) => c.open.length),
    introducedErrors: sum((c) => c.introduced.filter((f) => f.severity === 'error').length),
    provisionsAdded: provisions.filter((c) => c.status === 'added' && c.after?.identity.kind !== 'article' && c.after?.identity.kind !== 'document').length,
    provisionsRemoved: provisions.filter((c) => c.status === 'removed' && c.before?.identity.kind !== 'article' && c.before?.identity.kind !== 'document')
      .length,
    changes: sum((c) => c.changes.length),
  };
}
