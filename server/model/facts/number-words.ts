import type { Token } from '../tokens';
import type { Language } from '../types';
import { readNumber, type NumberAt } from './numbers';
import { memoPerWordFirst } from '../wordMemo';

/**
 * Numbers of people as sector writers spell them: digits, and number words of any size, Dutch
 * written together ("vijfentwintig", "drieëndertig", "honderdtwintig") or English with a hyphen
 * ("twenty-five"). The shared number reader knows the words that occur before units of time and
 * money; group sizes need every count up to a few hundred.
 */
const NL_UNITS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const NL_TEENS: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const NL_TENS: Record<string, number> = { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 };
const EN_UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const EN_TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Below a hundred: "zeven", "zeventien", "vijfentwintig", "drieëndertig"; "twenty-five". */
function belowHundred(word: string, language: Language): number | null {
  if (language === 'en') {
    const [a, b] = word.split('-');
    if (b === undefined) return EN_UNITS[a] ?? EN_TEENS[a] ?? EN_TENS[a] ?? null;
    return EN_TENS[a] !== undefined && EN_UNITS[b] !== undefined ? EN_TENS[a] + EN_UNITS[b] : null;
  }
  const simple = NL_UNITS[word] ?? NL_TEENS[word] ?? NL_TENS[word];
  if (simple !== undefined) return simple;
  for (const [tens, value] of Object.entries(NL_TENS)) {
    if (!word.endsWith(tens)) continue;
    const head = word.slice(0, -tens.length).replace(/ën$|en$/, '');
    const unit = head === 'een' || head === 'één' ? 1 : NL_UNITS[head];
    if (unit !== undefined && head !== word.slice(0, -tens.length)) return value + unit;
  }
  return null;
}

/** A whole number word: below a hundred, or with "honderd" ("honderdtwintig", "tweehonderd"). */
export const numberWord = memoPerWordFirst(function numberWord(word: string, language: Language): number | null {
  const hundred = language === 'en' ? 'hundred' : 'honderd';
  const at = word.indexOf(hundred);
  if (at < 0) return belowHundred(word, language);
  const head = word.slice(0, at);
  const tail = word.slice(at + hundred.length).replace(/^-/, '');
  const times = head === '' ? 1 : belowHundred(head.replace(/-$/, ''), language);
  const rest = tail === '' ? 0 : belowHundred(tail.replace(/^(en|and)/, ''), language);
  return times === null || rest === null ? null : times * 100 + rest;
});

/** A count of people starting at token `i`: digits ("25") or a number word ("vijfentwintig"). */
export function readGroupNumber(tokens: Token[], i: number, language: Language): NumberAt | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') return readNumber(tokens, i, language);
  if (token.kind !== 'word') return null;
  // "een" is an article far more often than a count.
  if (token.lower === 'een' || token.lower === 'a' || token.lower === 'one') return null;
  const value = numberWord(token.lower, language);
  return value === null ? null : { value, first: i, last: i };
}

/**
 * A whole number word up to the millions as amounts are written out: "duizend", "tweeduizend",
 * "vijfhonderd", "tweeduizendvijfhonderd", "vijftienhonderd" (15 x 100); "thousand" in English only
 * as a word of its own.
 */
export const amountWord = memoPerWordFirst(function amountWord(word: string, language: Language): number | null {
  if (language === 'nl') {
    const at = word.indexOf('duizend');
    if (at >= 0) {
      const head = word.slice(0, at);
      const tail = word.slice(at + 'duizend'.length);
      const times = head === '' ? 1 : numberWord(head, language);
      const rest = tail === '' ? 0 : (numberWord(tail.replace(/^en(?=[a-zé])/, ''), language) ?? numberWord(tail, language));
      return times === null || rest === null ? null : times * 1000 + rest;
    }
  }
  return numberWord(word, language);
});

const SCALES: Record<string, number> = { duizend: 1e3, thousand: 1e3, miljoen: 1e6, million: 1e6, miljard: 1e9, billion: 1e9 };
const CURRENCY_WORDS = new Set(['euro', 'euros', 'eur']);

/**
 * Money written in words, or digits with a scale word, before the currency: "duizend euro",
 * "vijfhonderd euro", "twee duizend euro", "een miljoen euro", "2,5 miljoen euro", "1 miljoen euro".
 * The first word must be a number; "een" counts only when a scale word follows ("een miljoen").
 */
export function readMoneyInWords(tokens: Token[], i: number, language: Language): { amount: number; currency: 'EUR'; first: number; last: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number | null;
  let j = i;
  if (t.kind === 'number') value = readNumber(tokens, i, language)?.value ?? null;
  else if (t.kind === 'word') value = amountWord(t.lower, language);
  else return null;
  if (value === null) return null;
  const article = t.kind === 'word' && (t.lower === 'een' || t.lower === 'één' || t.lower === 'a' || t.lower === 'one');
  let scaled = false;
  while (tokens[j + 1] && SCALES[tokens[j + 1].lower] !== undefined) {
    value *= SCALES[tokens[j + 1].lower];
    scaled = true;
    j++;
  }
  if (article && !scaled) return null;
  // Digits directly before the currency are read by readMoney.
  if (t.kind === 'number' && !scaled) return null;
  if (!CURRENCY_WORDS.has(tokens[j + 1]?.lower ?? '')) return null;
  return { amount: value, currency: 'EUR', first: i, last: j + 1 };
}
