import type { Finding, Fix, TextEdit } from './types';

/** True when `offset` falls between the two halves of a surrogate pair (inside an emoji, say). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Keeps only edits whose range lies inside the text and does not cut a surrogate pair in two;
 * order is stable by start offset.
 */
function validSorted(text: string, edits: readonly TextEdit[]): TextEdit[] {
  return edits
    .map((edit, i) => ({ edit, i }))
    .filter(
      ({ edit: { range } }) =>
        Number.isInteger(range.start) && Number.isInteger(range.end) && range.start >= 0 && range.start <= range.end && range.end <= text.length,
    )
    .filter(({ edit: { range } }) => !splitsSurrogatePair(text, range.start) && !splitsSurrogatePair(text, range.end))
    .sort((a, b) => a.edit.range.start - b.edit.range.start || a.edit.range.end - b.edit.range.end || a.i - b.i)
    .map(({ edit }) => edit);
}

/**
 * Applies offset-based edits to `text`. Edits are sorted by position; an edit that overlaps one kept
 * before it (or falls outside the text) is dropped, so text outside the kept ranges is never touched.
 * Several insertions at the same offset are applied in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of validSorted(text, edits)) {
    const { start, end } = edit.range;
    // `cursor` is the end of the last kept edit: anything starting before it overlaps.
    if (start < cursor) continue;
    out += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return out + text.slice(cursor);
}

export interface FixAllOptions {
  /** Upper bound on lint-and-fix rounds (fixes can enable further fixes). */
  maxPasses?: number;
  /** Line ending to use in inserted text ('\r\n' keeps a CRLF file CRLF). Default: leave newText as is. */
  eol?: '\n' | '\r\n' | '\r';
}

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  /** Rounds that changed the text. */
  passes: number;
}

/** The preferred fix of a finding, if it has one. */
export function preferredFix(finding: Finding): Fix | undefined {
  return finding.fixes.find((fix) => fix.preferred);
}

/** Rewrites the line breaks in a fix's inserted text to the file's own line ending. */
export function withLineEnding(edit: TextEdit, eol: '\n' | '\r\n' | '\r' | undefined): TextEdit {
  if (!eol) return edit;
  return { range: edit.range, newText: edit.newText.replace(/\r?\n/g, eol) };
}

function intersects(a: TextEdit, b: TextEdit): boolean {
  const ra = a.range;
  const rb = b.range;
  // Two insertions at the same point conflict (their order would be arbitrary); so does any shared span.
  if (ra.start === ra.end && rb.start === rb.end) return ra.start === rb.start;
  // Otherwise they conflict when they share text; an insertion conflicts only strictly inside a span.
  return ra.start < rb.end && rb.start < ra.end;
}

/**
 * Picks the preferred fixes of `findings` that do not conflict with each other, in document order.
 * A fix is taken whole or not at all.
 */
export function selectFixes(text: string, findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const ordered = [...findings].sort((a, b) => a.range.start - b.range.start);
  for (const finding of ordered) {
    const fix = preferredFix(finding);
    if (!fix || fix.edits.length === 0) continue;
    const edits = validSorted(text, fix.edits);
    if (edits.length !== fix.edits.length) continue;
    // Edits of one fix must not overlap each other either.
    if (edits.some((e, i) => i > 0 && e.range.start < edits[i - 1].range.end)) continue;
    if (edits.some((e) => taken.some((t) => intersects(e, t)))) continue;
    chosen.push(fix);
    taken.push(...edits);
  }
  return chosen;
}

/**
 * Fix-all: applies the preferred fixes of non-conflicting findings, re-lints, and repeats until
 * nothing more changes (or `maxPasses` is reached, or the text comes back to an earlier state).
 */
export function applyFixesRepeatedly(text: string, lint: (text: string) => readonly Finding[], options: FixAllOptions = {}): FixAllResult {
  const maxPasses = options.maxPasses ?? 10;
  const seen = new Set<string>([text]);
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = selectFixes(current, lint(current));
    if (fixes.length === 0) break;
    const next = applyEdits(
      current,
      fixes.flatMap((fix) => fix.edits.map((edit) => withLineEnding(edit, options.eol))),
    );
    // A fix that changes nothing, or fixes that undo each other, would loop forever.
    if (seen.has(next)) break;
    seen.add(next);
    current = next;
    applied += fixes.length;
    passes++;
  }
  return { text: current, applied, passes };
}
