import type { PolicyDocument } from '../model/types';
import type { Localized, TextEdit } from './types';

/** An inserted clause is written in the draft's own language, whatever the user's message locale. */
export function inDocumentLanguage(doc: PolicyDocument, clause: Localized): string {
  return doc.language === 'en' ? clause.en : clause.nl;
}

/**
 * Inserts a sentence right after sentence `index`: on the same line after a body sentence, as a
 * paragraph of its own after a heading. Uses the document's line ending.
 */
export function insertAfterSentence(doc: PolicyDocument, index: number, sentence: string): TextEdit {
  const target = doc.sentences[index];
  const at = target.range.end;
  if (!target.heading) return { range: { start: at, end: at }, newText: ` ${sentence}` };
  const eol = doc.lines.eol;
  const lineEnd = doc.text.indexOf('\n', at);
  const end = lineEnd < 0 ? doc.text.length : doc.text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return { range: { start: end, end }, newText: `${eol}${eol}${sentence}` };
}

/** Replaces a sentence (without its trailing white space) by another. */
export function replaceSentence(doc: PolicyDocument, index: number, sentence: string): TextEdit {
  return { range: { ...doc.sentences[index].range }, newText: sentence };
}

/**
 * Inserts a new paragraph after the unit (article) that holds sentence `index`, before the next
 * heading, so an added clause lands inside the article it belongs to.
 */
export function insertAtEndOfUnit(doc: PolicyDocument, unitEnd: number, paragraph: string): TextEdit {
  const eol = doc.lines.eol;
  let end = unitEnd;
  while (end > 0 && /\s/.test(doc.text[end - 1])) end--;
  return { range: { start: end, end }, newText: `${eol}${eol}${paragraph}` };
}
