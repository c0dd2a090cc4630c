import type { Severity } from '../../server/engine/types';

/**
 * Inline expectations in sample drafts, written as HTML comments so that they never change what
 * the linter sees (the model only reads comments that start with `caolint-`):
 *
 *   `<!-- expect: rule-a rule-b:info -->`        findings that must START on this line
 *   `<!-- expect: rule-a:noAmount -->`           ... with that message id (`rule-a:noAmount:info` with a severity too)
 *   `<!-- expect-next-line: rule-a -->`          the same, for the next line
 *   `<!-- satisfied: rule-a -->`                 the rule applies here and must stay silent
 *   `<!-- satisfied-next-line: rule-a -->`       the same, for the next line
 *
 * An id without `:severity` expects the rule's configured (default) severity; the same id twice
 * expects two findings on that line.
 */
export interface Marker {
  /** 0-based line the finding (or the silence) belongs to. */
  line: number;
  ruleId: string;
  /** Asserted severity; `null` means "the rule's default severity". */
  severity: Severity | null;
  /** Asserted message id (a key of the rule's `messages`); `null` means any of the rule's messages. */
  messageId: string | null;
}

export interface Markers {
  expected: Marker[];
  satisfied: Marker[];
  /** Marker comments that could not be read (a typo must not silently weaken a test). */
  malformed: Array<{ line: number; text: string }>;
}

const COMMENT = /<!--\s*(expect|satisfied)(-next-line)?\s*:([^>]*?)-->/g;
const ANY_MARKER = /<!--\s*(?:expect|satisfied)\b/g;
// A rule id, then optionally a message id (camelCase, as the rules' `messages` keys are written) and a
// severity. The severities are lower-case words, so `rule:info` stays a severity, never a message id.
const ID = /^([a-z][a-z0-9-]*)(?::(?!(?:error|warning|info)$)([a-z][A-Za-z0-9]*))?(?::(error|warning|info))?$/;

export function parseMarkers(text: string): Markers {
  const result: Markers = { expected: [], satisfied: [], malformed: [] };
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    let wellFormed = 0;
    for (const m of lineText.matchAll(COMMENT)) {
      wellFormed++;
      const target = m[2] ? index + 1 : index;
      const list = m[1] === 'expect' ? result.expected : result.satisfied;
      const ids = m[3].trim().split(/\s+/).filter(Boolean);
      if (ids.length === 0) result.malformed.push({ line: index, text: m[0] });
      for (const id of ids) {
        const parsed = ID.exec(id);
        if (!parsed) {
          result.malformed.push({ line: index, text: id });
          continue;
        }
        list.push({ line: target, ruleId: parsed[1], severity: (parsed[3] as Severity | undefined) ?? null, messageId: parsed[2] ?? null });
      }
    }
    const mentioned = lineText.match(ANY_MARKER)?.length ?? 0;
    if (mentioned > wellFormed) result.malformed.push({ line: index, text: lineText.trim() });
  });
  return result;
}
