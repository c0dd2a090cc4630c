/** A word, number, symbol or punctuation mark of a sentence, with its [start, end) in the sentence text. */
export interface Token {
  text: string;
  /** Lower case, with typographic apostrophes and hyphens folded. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'symbol' | 'punct';
  /** The verbs (by infinitive) this token is a form of, set by the morphology layer for the verbs the lexicon names. */
  lemmas?: string[];
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;
// Every character of every sentence passes these tests: ASCII is decided by its code, the rest by the regexes.
const isLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(ch);
};
const isSpace = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(ch);
};
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const JOINERS = new Set(['-', "'", '’', '&']);

/**
 * Splits a sentence into tokens in one pass. Words keep inner hyphens and apostrophes
 * ("niet-bestede", "cao's", "O&O-fonds"); numbers keep their separators ("1.000,50", "3,21",
 * "1.000,-") and article numbers theirs ("4:1", "7:611"); currency and percent signs are tokens of their own.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Only a text with an address in it pays for looking for one at each word.
  const mayHoldAddress = text.includes('@') || text.includes('://') || text.includes('www.');
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const start = i;
    // A mail or web address is one symbol: "pob@techniektalent.nl" names no budget, "subsidies@..." no subsidy.
    if (mayHoldAddress) {
      const end = addressEnd(text, i);
      if (end > i) {
        i = end;
        push(tokens, text, start, i, 'symbol');
        continue;
      }
    }
    if (isDigit(ch)) {
      i++;
      while (i < text.length) {
        if (isDigit(text[i])) i++;
        else if ((text[i] === '.' || text[i] === ',' || text[i] === ':') && isDigit(text[i + 1] ?? '')) i++;
        else break;
      }
      // "1.000,-" and "1.000,--": the dash marks whole euros.
      if (text[i] === ',' && (text[i + 1] === '-' || text[i + 1] === '–')) {
        i += 2;
        while (text[i] === '-' || text[i] === '–') i++;
      }
      // "2e", "3de", "12a": ordinal or sub-number glued to digits stays one word.
      if (i < text.length && isLetter(text[i])) {
        while (i < text.length && (isLetter(text[i]) || isDigit(text[i]))) i++;
        push(tokens, text, start, i, 'word');
      } else push(tokens, text, start, i, 'number');
      continue;
    }
    if (isLetter(ch)) {
      i++;
      while (i < text.length) {
        if (isLetter(text[i]) || isDigit(text[i])) i++;
        else if (JOINERS.has(text[i]) && i + 1 < text.length && (isLetter(text[i + 1]) || isDigit(text[i + 1]))) i++;
        else break;
      }
      push(tokens, text, start, i, 'word');
      continue;
    }
    i++;
    push(tokens, text, start, i, /[€$£%§]/.test(ch) ? 'symbol' : 'punct');
  }
  return tokens;
}

const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;

/** Where a mail or web address that starts at `at` ends (trailing punctuation left out), or `at` when none starts there. */
function addressEnd(text: string, at: number): number {
  if (at > 0 && !isSpace(text[at - 1]) && !'(<"\''.includes(text[at - 1])) return at;
  ADDRESS.lastIndex = at;
  const m = ADDRESS.exec(text);
  if (!m) return at;
  let end = at + m[0].length;
  while (end > at && '.,;:!?'.includes(text[end - 1])) end--;
  return end;
}

function push(tokens: Token[], text: string, start: number, end: number, kind: Token['kind']): void {
  const raw = text.slice(start, end);
  const lower = foldEmphasis(raw.toLowerCase());
  tokens.push({ text: raw, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end, kind });
}

/**
 * Accents that only stress a word are dropped: "Die gaan níet van je budget af" says "niet", "wél"
 * says "wel". The accented words whose accent carries meaning keep it: "één" (one, not "a"), "vóór"
 * (before, not "for"), "óf ... óf" (either ... or).
 */
const MEANINGFUL_ACCENTS = new Set(['één', 'eén', 'éen', 'éénmaal', 'eénmaal', 'vóór', 'óf']);
const STRESS = /[áéíóú]/;

export function foldEmphasis(lower: string): string {
  if (!STRESS.test(lower) || MEANINGFUL_ACCENTS.has(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\u0301/g, '')
    .normalize('NFC');
}
