import { ABBREVIATIONS } from './lexicon/abbreviations';

/**
 * Splits the plain text of one block into sentences, returned as [start, end) pairs of indices
 * into that text (trimmed). A full stop ends a sentence only when it is followed by white space
 * and then something that can start a sentence, and the word before it is no abbreviation
 * ("o.a.", "bijv.", "art.") and no list number ("1."); a line that opens with a list mark starts
 * a sentence too. Linear in the length of the text.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    // A line that opens with a list mark ("b. IKB: ...", "2) ...", "- ...") is an item of its own,
    // even where the Markdown does not make it a list (lettered lists, pasted text).
    if (ch === '\n') {
      const next = skipSpace(text, i);
      if (next < text.length && next > start && LIST_LINE.test(text.slice(next, next + 6))) {
        const end = trimEnd(text, i);
        if (end > start) spans.push([start, end]);
        start = next;
        i = next - 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Swallow closing quotes and brackets that belong to this sentence.
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end])) end++;
    if (end < text.length && !/\s/.test(text[end])) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!startsSentence(text, next)) continue;
    if (ch === '.' && !endsSentenceAt(text, start, i)) continue;
    spans.push([start, trimEnd(text, end)]);
    start = next;
    i = next - 1;
  }
  if (start < text.length) {
    const end = trimEnd(text, text.length);
    if (end > start) spans.push([start, end]);
  }
  return spans;
}

const LIST_LINE = /^(?:\(?[a-z]{1,2}[.)]|\d{1,2}[.)°]|[-•*–])\s/u;

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Upper-case letters, digits, quotes, brackets, currency signs and bullets may open a sentence. */
function startsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (/[\p{Lu}\d"'‘“(€$£•§-]/u.test(ch)) return true;
  // Dutch "'s" and "'t" open sentences in lower case.
  return ch === "'" || text.startsWith('’s ', i);
}

/** Whether the full stop at `dot` ends the sentence that began at `sentenceStart`. */
function endsSentenceAt(text: string, sentenceStart: number, dot: number): boolean {
  let w = dot;
  while (w > sentenceStart && !/\s/.test(text[w - 1]) && text[w - 1] !== '(') w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word === '') return true;
  if (ABBREVIATIONS.has(word)) return false;
  // Single letters ("a.", "b.") and dotted abbreviations ("m.b.t", "t.z.t") are abbreviations.
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  // A bare list number at the start of a sentence ("1.", "12.3.") is numbering, not an end.
  if (w === sentenceStart && /^\d+(\.\d+)*[a-z]?$/.test(word)) return false;
  return true;
}
