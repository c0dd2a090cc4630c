// What the rules share: where a finding stands, how an instrument is named in a message, the
// checklist pattern (conditions the guidance names together; the message lists the ones missing),
// and joining such a list in the reader's language. Rule-side only: the model stays free of
// reader-facing text.
import type { Locale } from '../server/engine/types';
import type { PolicyDocument, TextRange } from '../server/model/types';
import type { Provision } from '../server/model/provisions';

export { defineRule } from '../server/engine/defineRule';
export type { MessageFn, ReportFn, TypedFix, TypedRuleContext } from '../server/engine/defineRule';

/** The range of sentence `index`: a finding about a provision or a design stands on its whole sentence. */
export function sentenceRange(doc: PolicyDocument, index: number): TextRange {
  return doc.sentences[index].range;
}

/**
 * How a message quotes a provision: the draft's own word for it, as written at its anchor, in lower
 * case («ontwikkelbudget»). (A clause a fix inserts names it with engine/fixes.ts instrumentName.)
 */
export function quotedName(provision: Provision): string {
  return provision.anchor.surface.toLowerCase();
}

/** Joins parts into a readable list in the reader's language: "a, b en c" / "a, b and c". */
export function joinList(parts: readonly string[], locale: Locale): string {
  if (parts.length <= 1) return parts.join('');
  const and = locale === 'en' ? 'and' : 'en';
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** One condition of a checklist: whether the draft meets it, and the id of the message that names it. */
export interface ChecklistItem<K extends string> {
  label: K;
  met: boolean;
}

/**
 * The checklist pattern: the labels of the conditions not met, each rendered in the reader's
 * language by `message` (the rule's own messages), joined into one list; null when fewer than
 * `atLeast` are missing (a rule that lets one gap pass asks for two).
 */
export function missingList<K extends string>(
  items: ReadonlyArray<ChecklistItem<K>>,
  context: { locale: Locale; message(id: K): string },
  atLeast = 1,
): string | null {
  const missing = items.filter((item) => !item.met).map((item) => context.message(item.label));
  return missing.length >= atLeast && missing.length > 0 ? joinList(missing, context.locale) : null;
}

/**
 * The two-condition checklist: which message says what is missing when a rule asks for two things
 * (a return of unused rights and a request procedure; conditions and proof). Null when both are met.
 */
export function pickMissing<K extends string>(first: boolean, second: boolean, ids: { both: K; first: K; second: K }): K | null {
  if (first && second) return null;
  if (!first && !second) return ids.both;
  return first ? ids.second : ids.first;
}
