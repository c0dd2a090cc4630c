import { compareDrafts, type CompareOptions, type DraftVersion } from '../compare/compare';
import type { ComparedFinding, CompareResult, CompareTotals, SubstanceChange } from '../compare/types';
import { isProvision, provisionName, provisionPlace, substanceLines, unchanged, versionName } from './compareMessages';
import { toMessages, type ReportMessage } from './fileReport';
import { webRuleDocsUrl } from '../engine/paths';
import type { InterventionId, Locale, Rule } from '../engine/types';
import { documentInsight, noteKey, type DocumentInsight } from './insight';
import { interventionTitles, ruleSummaries, type ReportFinding, type RuleSummary } from './lintReport';
import { scorecard, type InterventionScore } from './scorecard';

/**
 * The compare view's data: the CompareResult (what changed, per provision) joined with what the
 * lint of each version gives beyond it (the insight: scorecards, each finding's marked sentence and
 * suggested clause), so `html/compareView.ts` is a pure function of plain data like the lint view.
 */

/** One version's lint as the report needs it: its insight and its findings as report messages (with their fixes). */
export interface VersionInsight {
  insight: DocumentInsight;
  messages: ReportMessage[];
}

export interface CompareInsight {
  before: VersionInsight;
  after: VersionInsight;
}

/**
 * Compares two versions and keeps each version's insight on the way (compareDrafts' `inspect`), for
 * the HTML report: the same lints, not two more.
 */
export function compareWithInsight(
  before: DraftVersion,
  after: DraftVersion,
  options: Omit<CompareOptions, 'inspect'>,
): { result: CompareResult; insight: CompareInsight } {
  const kept: Partial<CompareInsight> = {};
  const result = compareDrafts(before, after, {
    ...options,
    inspect: (side, lint, findings) => {
      // Positions only (line endings matter to a fix's text, not to where it stands): '\n' is enough to key the notes.
      const messages = toMessages(findings, lint.lines, '\n');
      kept[side] = { insight: documentInsight(lint, findings, messages), messages };
    },
  });
  if (!kept.before || !kept.after) throw new Error('compareDrafts did not lint both versions');
  return { result, insight: { before: kept.before, after: kept.after } };
}

/** One version as the report heads it. */
export interface VersionSummary {
  /** Its path from the working folder, with "@ref" for a version read from git. */
  name: string;
  /** The draft's language, for quoted sentences and clauses. */
  language: Locale;
  scores: InterventionScore[];
  /** Findings per intervention in this version. */
  findings: ReportFinding[];
}

export type FindingStatus = 'resolved' | 'introduced' | 'open';

/** A provision across the versions, with its findings as finding cards show them. */
export interface ProvisionSection {
  name: string;
  status: 'kept' | 'added' | 'removed';
  /** An instrument or work design (only those are said to be added or removed); false for an article or the rest of the draft. */
  isProvision: boolean;
  /** "artikel 7 -> 5, regel 5 -> 15". */
  place: string;
  /** Kept: its changes in substance. */
  changes: SubstanceChange[];
  /** Added or removed: what it provides (or provided), a line per aspect. */
  provides: string[];
  /** Resolved findings are shown as they stood in the old version; introduced and open ones as they stand in the new. */
  findings: Record<FindingStatus, ReportFinding[]>;
}

export interface CompareReportData {
  locale: Locale;
  version: string;
  interventions: ReadonlyArray<{ id: InterventionId; title: string }>;
  rules: Readonly<Record<string, RuleSummary>>;
  before: VersionSummary;
  after: VersionSummary;
  totals: CompareTotals;
  /** Provisions with something to report, in the result's order. */
  provisions: ProvisionSection[];
  /** Names of the kept provisions with no finding and no change. */
  unchanged: string[];
}

export interface CompareReportInput {
  cwd: string;
  version: string;
  rules: readonly Rule[];
  /** The new version's `docsBaseUrl`, when its configuration sets one. */
  docsBaseUrl?: string;
}

/** The report is read on other machines than the one that wrote it: links never name a file on this one (as in the lint report). */
function publicDocs(finding: Pick<ComparedFinding, 'docs' | 'ruleId'>, docsBaseUrl: string | undefined): string {
  return finding.docs.startsWith('file:') ? webRuleDocsUrl(finding.ruleId, docsBaseUrl) : finding.docs;
}

/** A compared finding with its report message (fix included) and note, found by the key the lint insight uses. */
function cardOf(finding: ComparedFinding, version: VersionInsight, docsBaseUrl: string | undefined): ReportFinding {
  const key = noteKey(finding);
  const message = version.messages.find((m) => noteKey(m) === key) ?? { ...finding };
  return { message, note: version.insight.notes[key] ?? null, docs: publicDocs(finding, docsBaseUrl) };
}

/** A resolved finding's suggested clause is no longer a proposal: the card shows the finding without it. */
function withoutFix(card: ReportFinding): ReportFinding {
  const message = { ...card.message };
  delete message.fix;
  return { ...card, message };
}

function versionSummary(version: CompareResult['before'], insight: VersionInsight, input: CompareReportInput): VersionSummary {
  return {
    name: versionName(version, input.cwd),
    language: insight.insight.language,
    scores: scorecard(input.rules, insight.insight),
    findings: insight.messages.map((message) => ({
      message,
      note: insight.insight.notes[noteKey(message)] ?? null,
      docs: publicDocs(message, input.docsBaseUrl),
    })),
  };
}

export function compareReportData(result: CompareResult, insight: CompareInsight, input: CompareReportInput): CompareReportData {
  const locale = result.locale;
  const docsBase = input.docsBaseUrl;
  return {
    locale,
    version: input.version,
    interventions: interventionTitles(locale),
    rules: ruleSummaries(input.rules, locale),
    before: versionSummary(result.before, insight.before, input),
    after: versionSummary(result.after, insight.after, input),
    totals: result.totals,
    provisions: result.provisions
      .filter((p) => !unchanged(p))
      .map((p) => ({
        name: provisionName(p, locale),
        status: p.status,
        isProvision: isProvision(p),
        place: provisionPlace(p, locale),
        changes: p.status === 'kept' ? p.changes : [],
        provides: p.status === 'kept' ? [] : substanceLines(p, locale),
        findings: {
          introduced: p.introduced.map((f) => cardOf(f, insight.after, docsBase)),
          open: p.open.map((pair) => cardOf(pair.after, insight.after, docsBase)),
          resolved: p.resolved.map((f) => withoutFix(cardOf(f, insight.before, docsBase))),
        },
      })),
    unchanged: result.provisions.filter(unchanged).map((p) => provisionName(p, locale)),
  };
}
