import { preferredFix } from '../engine/applyEdits';
import type { LintResult } from '../engine/lint';
import type { Finding, Locale, Severity } from '../engine/types';
import type { PolicyDocument, TextRange } from '../model/types';

/** A finding's sentence, split around the flagged span. */
export interface Excerpt {
  before: string;
  marked: string;
  after: string;
}

/** What a report shows beside a finding's message: where it stands in the text and what the preferred fix replaces. */
export interface FindingNote {
  /** Null for a finding that marks no text (a rule that crashed). */
  excerpt: Excerpt | null;
  /** The draft's words the preferred fix replaces (empty when it only inserts). */
  replaces: string;
}

/** The findings' identity inside one document's report, as the messages carry it (1-based positions). */
export interface NoteKeyed {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * What the HTML report needs of a lint beyond the findings: which rules judged the draft and which
 * found nothing to judge (the scorecard), and each finding's sentence. Gathered in the CLI while the
 * lint result is at hand; the JSON and CI formats leave it out.
 */
export interface DocumentInsight {
  /** The language the draft is written in (its sentences and fix clauses are quoted in it). */
  language: Locale;
  /** Rules the configuration enabled for this file. */
  ran: string[];
  /** Rules that found their subject in the draft (RuleContext.applies, or a report). */
  applicable: string[];
  /** Rules that reported something, also when an inline directive then switched the finding off. */
  reported: string[];
  /** Rules that threw on this draft: their verdict is unknown. */
  crashed: string[];
  /** The most severe finding of each rule that has one after inline directives (before --quiet hides any). */
  worst: Record<string, Severity>;
  /** Per finding, by `noteKey`. */
  notes: Record<string, FindingNote>;
}

export function noteKey(m: NoteKeyed): string {
  return `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** A sentence longer than this is shown around its marked span, with an ellipsis. */
const MAX_CONTEXT = 280;

/** Index of the sentence whose range holds `offset` (or the last one starting before it). */
function sentenceAt(doc: PolicyDocument, offset: number): number {
  let low = 0;
  let high = doc.sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (doc.sentences[mid].range.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

// Inline directives and the samples' expectations are HTML comments: no reader of the report needs them.
const withoutComments = (text: string): string => text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');

/** The sentences that hold `range`, split around it; long context is cut to MAX_CONTEXT characters a side. */
export function excerptOf(doc: PolicyDocument, range: TextRange): Excerpt | null {
  if (doc.sentences.length === 0 || range.end <= range.start) return null;
  const first = sentenceAt(doc, range.start);
  const last = sentenceAt(doc, Math.max(range.start, range.end - 1));
  if (first < 0) return null;
  const start = Math.min(doc.sentences[first].range.start, range.start);
  const end = Math.max(doc.sentences[last].range.end, range.end);
  let before = withoutComments(doc.text.slice(start, range.start)).trimStart();
  let after = withoutComments(doc.text.slice(range.end, end)).trimEnd();
  if (before.length > MAX_CONTEXT) before = `…${before.slice(-MAX_CONTEXT)}`;
  if (after.length > MAX_CONTEXT) after = `${after.slice(0, MAX_CONTEXT)}…`;
  return { before, marked: withoutComments(doc.text.slice(range.start, range.end)).trim(), after };
}

/**
 * The insight of one lint. `findings` are those reported for the file (crashes first, after inline
 * directives) and `keyed` their messages, one for one.
 */
export function documentInsight(result: LintResult, findings: readonly Finding[], keyed: readonly NoteKeyed[]): DocumentInsight {
  const worst: Record<string, Severity> = {};
  const notes: Record<string, FindingNote> = {};
  const crashed = new Set(result.crashes.map((c) => c.rule.meta.id));
  findings.forEach((finding, i) => {
    const current = worst[finding.ruleId];
    if (current === undefined || RANK[finding.severity] > RANK[current]) worst[finding.ruleId] = finding.severity;
    const fix = preferredFix(finding);
    const replaces = (fix?.edits ?? []).filter((e) => e.range.end > e.range.start).map((e) => result.doc.text.slice(e.range.start, e.range.end).trim());
    const crash = crashed.has(finding.ruleId) && finding.range.start === 0 && finding.range.end === 0;
    notes[noteKey(keyed[i])] = { excerpt: crash ? null : excerptOf(result.doc, finding.range), replaces: replaces.join(' … ') };
  });
  return {
    language: result.doc.language,
    ran: [...result.ran],
    applicable: [...result.applicable],
    reported: [...result.reported],
    crashed: [...crashed],
    worst,
    notes,
  };
}
