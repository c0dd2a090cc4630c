// What must hold for every document the fuzz suite builds (test/fuzz.test.ts, `npm run fuzz`).
import { applyFixesRepeatedly, selectFixes } from '../../server/engine/applyEdits';
import { InputLimitError } from '../../server/engine/limits';
import { lintText } from '../../server/engine/lint';
import { allRules } from '../../rules/index';
import type { Finding, TextEdit } from '../../server/engine/types';

/** Generous: ordinary text lints at a few ms per KB; a quadratic path shows as far more. */
export const TIME_BASE_MS = Number(process.env.CAOLINT_FUZZ_BASE_MS ?? 1500);
export const TIME_PER_KB_MS = Number(process.env.CAOLINT_FUZZ_PER_KB_MS ?? 100);

export interface CheckStats {
  documents: number;
  refused: number;
  findings: number;
  fixed: number;
  slowestMsPerKb: number;
}

export const newStats = (): CheckStats => ({ documents: 0, refused: 0, findings: 0, fixed: 0, slowestMsPerKb: 0 });

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkRange(text: string, what: string, range: { start: number; end: number }): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new Error(`${what}: range ${start}-${end} is not inside the text (length ${text.length})`);
  }
  if (splitsPair(text, start) || splitsPair(text, end)) throw new Error(`${what}: range ${start}-${end} splits a surrogate pair`);
}

function checkFinding(text: string, f: Finding): void {
  checkRange(text, `${f.ruleId} finding`, f.range);
  for (const fix of f.fixes) {
    const edits: TextEdit[] = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
    edits.forEach((e, i) => {
      checkRange(text, `${f.ruleId} fix "${fix.title}"`, e.range);
      if (i > 0 && e.range.start < edits[i - 1].range.end) throw new Error(`${f.ruleId} fix "${fix.title}": edits overlap`);
    });
  }
}

/**
 * Lints the text and checks: no exception (a refusal for the input limits aside), every finding and
 * fix range inside the text and not splitting a surrogate pair, edits of a fix not overlapping,
 * fix-all settling, and a second fix-all changing nothing, and time per KB bounded.
 */
export function checkDocument(text: string, stats: CheckStats = newStats()): void {
  stats.documents++;
  const t0 = performance.now();
  let findings: Finding[];
  try {
    findings = lintText(text, { rules: allRules }).findings;
  } catch (error) {
    if (error instanceof InputLimitError) {
      stats.refused++;
      checkRange(text, 'input limit', error.range);
      return;
    }
    throw error;
  }
  const ms = performance.now() - t0;
  const kb = text.length / 1024;
  stats.slowestMsPerKb = Math.max(stats.slowestMsPerKb, ms / Math.max(kb, 1));
  if (ms > TIME_BASE_MS + TIME_PER_KB_MS * kb) throw new Error(`lint took ${Math.round(ms)} ms for ${kb.toFixed(1)} KB`);
  stats.findings += findings.length;
  for (const f of findings) checkFinding(text, f);

  if (selectFixes(text, findings).length === 0) return;
  stats.fixed++;
  let first = true;
  const lint = (t: string) => {
    const result = first ? findings : lintText(t, { rules: allRules }).findings;
    first = false;
    for (const f of result) checkFinding(t, f);
    return result;
  };
  // Fix-all settles (fixes inserting at one point go one per pass, so it may take a few passes),
  // and a second fix-all finds nothing more to do: fixing twice equals fixing once.
  const once = applyFixesRepeatedly(text, lint, { maxPasses: MAX_PASSES });
  if (once.passes >= MAX_PASSES) throw new Error(`fix-all did not settle in ${MAX_PASSES} passes (${once.applied} fixes applied)`);
  const again = applyFixesRepeatedly(once.text, lint, { maxPasses: 2 });
  if (again.text !== once.text) throw new Error(`a second fix-all changed the text again (${again.applied} more fixes)`);
}

const MAX_PASSES = 8;
