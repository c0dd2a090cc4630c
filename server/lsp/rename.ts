import type { Position, Range, TextEdit } from 'vscode-languageserver';
import { numberKey } from '../model/articleIndex';
import type { Article, TextRange } from '../model/types';
import type { MessageId } from './messages';
import type { NavReference } from './lintJob';
import { filesOf, headingAt, referenceAt, referencedUnit, referencesTo, toRange, type NavAnalysis, type NavSet, type UnitIn } from './navigation';

/**
 * Renaming an article (annex, chapter) number: the number in its heading and the number token of
 * every reference that resolves to it, nothing else of their text, in every file of the cao's set
 * (the heading may stand in another file than the reference the rename started from).
 */

/** A number as headings and references write it: "12", "4a", "6.2", "4:2", "XI". */
const NUMBER = /(?<![\p{L}\p{N}])(?:\d+[a-z]{0,3}(?:[.:]\d+[a-z]?)*|[IVXLC]+)(?![\p{L}\p{N}])/gu;
const WHOLE_NUMBER = /^(?:\d+[a-z]{0,3}(?:[.:]\d+[a-z]?)*|[IVXLC]+)$/u;

/** Why a rename is refused, as a message id (the server says it in the user's locale). */
export type RenameRefusal = Extract<MessageId, 'renameNotHere' | 'renameBadNumber' | 'renameTaken' | 'renameTakenInSet'>;

/** The edits of a rename in one file. */
export interface FileEdits {
  uri: string;
  edits: TextEdit[];
}

/** The number tokens of a text span: [start, end) in document offsets, with their text. */
function numbersIn(text: string, span: TextRange): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const match of text.slice(span.start, span.end).matchAll(NUMBER)) {
    const start = span.start + (match.index ?? 0);
    found.push({ start, end: start + match[0].length, text: match[0] });
  }
  return found;
}

/** The number token of a heading: the first one that is the unit's number ("Artikel 12", "3.3 Loopbaanbudget", "Bijlage XI"). */
function headingNumber(text: string, unit: Article): TextRange | undefined {
  if (unit.number === null) return undefined;
  const key = numberKey(unit.number);
  return numbersIn(text, unit.headingRange).find((n) => numberKey(n.text) === key);
}

/**
 * The part of a reference to rename: its first number, when that is the unit's number ("3" of
 * "artikel 3 lid 1"), or the unit's part of a number that adds the member ("4" of "artikel 4.2").
 * A reference by another number ("artikel 3" for the group 3.1, 3.2) keeps its text.
 */
function referenceNumber(text: string, ref: NavReference, unit: Article): TextRange | undefined {
  if (ref.number === null || unit.number === null) return undefined;
  const first = numbersIn(text, ref.range)[0];
  if (!first) return undefined;
  const key = numberKey(unit.number);
  const written = numberKey(first.text);
  if (written === key) return first;
  if (ref.resolution.status === 'resolved' && ref.resolution.member !== null && written.startsWith(`${key}.`)) {
    // As many components of the written number as the unit's number has: "4" of "4:2", "6.2" of "6.2.1".
    const parts = key.split('.').length;
    let end = 0;
    for (let seen = 0; seen < parts; seen++) {
      const next = first.text.slice(end).search(/[.:]/);
      end = seen === parts - 1 ? end + (next < 0 ? first.text.length - end : next) : end + next + 1;
    }
    return { start: first.start, end: first.start + end };
  }
  return undefined;
}

/** The unit whose number is under the cursor (in this file or another of the set): its heading's number token, or a reference's number token. */
function target(analysis: NavAnalysis, offset: number, set?: NavSet): { to: UnitIn; at: TextRange } | undefined {
  const text = analysis.document.getText();
  const ref = referenceAt(analysis, offset);
  if (ref) {
    const to = referencedUnit(analysis, ref, set);
    const at = to && referenceNumber(text, ref, to.unit);
    return to && at && at.start <= offset && offset <= at.end ? { to, at } : undefined;
  }
  const unit = headingAt(analysis, offset);
  const at = unit && headingNumber(text, unit);
  return unit && at && at.start <= offset && offset <= at.end ? { to: { nav: analysis, unit }, at } : undefined;
}

/** prepareRename: the number token under the cursor and its text, or why nothing there can be renamed. */
export function prepareRename(analysis: NavAnalysis, position: Position, set?: NavSet): { range: Range; placeholder: string } | RenameRefusal {
  const found = target(analysis, analysis.document.offsetAt(position), set);
  if (!found) return 'renameNotHere';
  return { range: toRange(analysis.document, found.at), placeholder: analysis.document.getText().slice(found.at.start, found.at.end) };
}

/**
 * The edits that renumber the unit under the cursor to `newName`, per file of the set (this one
 * alone when it stands alone), or why not. A number is taken when any file of the set has a unit of
 * that kind with it: the cao's numbering is one.
 */
export function renameEdits(analysis: NavAnalysis, position: Position, newName: string, set?: NavSet): FileEdits[] | RenameRefusal {
  const found = target(analysis, analysis.document.offsetAt(position), set);
  if (!found) return 'renameNotHere';
  const name = newName.trim();
  if (!WHOLE_NUMBER.test(name)) return 'renameBadNumber';
  const { to } = found;
  const { unit } = to;
  const kindOf = (a: Article): string => (a.kind === 'section' ? 'article' : a.kind);
  const files = filesOf(analysis, set);
  const taken = files.some((nav) =>
    nav.articles.some(
      (a) => !(nav.uri === to.nav.uri && a.index === unit.index) && kindOf(a) === kindOf(unit) && a.number !== null && numberKey(a.number) === numberKey(name),
    ),
  );
  if (taken) return set ? 'renameTakenInSet' : 'renameTaken';
  const spans = new Map<string, TextRange[]>(files.map((nav) => [nav.uri, []]));
  const heading = headingNumber(to.nav.document.getText(), unit);
  if (heading) spans.get(to.nav.uri)?.push(heading);
  for (const { nav, ref } of referencesTo(analysis, to, set)) {
    const at = referenceNumber(nav.document.getText(), ref, unit);
    if (at) spans.get(nav.uri)?.push(at);
  }
  return files.flatMap((nav) => {
    // Two facts may stand on one number ("artikel 44 lid 8 en 9" when a reader gives both the article's
    // range): an edit twice over the same text would make the workspace edit invalid.
    const unique = (spans.get(nav.uri) ?? []).sort((a, b) => a.start - b.start).filter((span, i, all) => i === 0 || span.start >= all[i - 1].end);
    return unique.length > 0 ? [{ uri: nav.uri, edits: unique.map((span) => ({ range: toRange(nav.document, span), newText: name })) }] : [];
  });
}
