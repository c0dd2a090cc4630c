import type { Token } from '../tokens';
import type { Currency, Language } from '../types';
import { NUMBER_WORDS } from '../lexicon/numbers';

/** A number read from one or more tokens: "1.000,-", "drie", "anderhalf", "twee en een half". */
export interface NumberAt {
  value: number;
  first: number;
  last: number;
}

/**
 * Reads a numeric token. Dutch writes "1.000,50", English "1,000.50"; a lone separator followed by
 * exactly three digits is a thousands separator, otherwise a decimal point or comma.
 */
export function parseNumber(raw: string, language: Language): number | null {
  const text = raw.replace(/,-+$|,–$/, '');
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalised = text.split(thousands).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const groups = text.split(sep);
    const thousandsShape = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
    // Dutch thousands use '.', English ',': the other separator is a decimal mark.
    const isThousands = thousandsShape && (sep === '.' ? language === 'nl' || groups.length > 2 : language === 'en' || groups.length > 2);
    normalised = isThousands ? groups.join('') : groups.length === 2 ? `${groups[0]}.${groups[1]}` : text;
  } else normalised = text;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Reads a number starting at token `i` (digits or number words), or null. */
export function readNumber(tokens: Token[], i: number, language: Language): NumberAt | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') {
    const value = parseNumber(token.text, language);
    return value === null ? null : { value, first: i, last: i };
  }
  const word = NUMBER_WORDS[language].get(token.lower);
  if (word === undefined) return null;
  // "twee en een half jaar", "one and a half years"
  const and = tokens[i + 1]?.lower;
  if (
    (and === 'en' || and === 'and') &&
    (tokens[i + 2]?.lower === 'een' || tokens[i + 2]?.lower === 'a') &&
    /^(half|halve)$/.test(tokens[i + 3]?.lower ?? '')
  ) {
    return { value: word + 0.5, first: i, last: i + 3 };
  }
  return { value: word, first: i, last: i };
}

const CURRENCY_SIGNS: Record<string, Currency> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
const CURRENCY_WORDS: Record<string, Currency> = { eur: 'EUR', euro: 'EUR', euros: 'EUR', usd: 'USD', dollar: 'USD', dollars: 'USD', gbp: 'GBP', pond: 'GBP' };

/** An amount of money starting at token `i`: "€ 1.000,-", "EUR 750", "1000 euro", "$1,000". */
export function readMoney(tokens: Token[], i: number, language: Language): { amount: number; currency: Currency; first: number; last: number } | null {
  const t = tokens[i];
  const before = CURRENCY_SIGNS[t.text] ?? CURRENCY_WORDS[t.lower];
  if (before) {
    const n = tokens[i + 1]?.kind === 'number' ? readNumber(tokens, i + 1, before === 'EUR' ? language : 'en') : null;
    if (n) return { amount: scale(n.value, tokens[n.last + 1]), currency: before, first: i, last: n.last + (isScale(tokens[n.last + 1]) ? 1 : 0) };
    return null;
  }
  if (t.kind === 'number') {
    const next = tokens[i + 1];
    const after = next && (CURRENCY_SIGNS[next.text] ?? CURRENCY_WORDS[next.lower]);
    // "in 2025 € 40.000": a sign before a number of its own belongs to that number, not to the year before it.
    const signOfNext = next !== undefined && CURRENCY_SIGNS[next.text] !== undefined && tokens[i + 2]?.kind === 'number';
    if (after && !signOfNext) {
      const value = parseNumber(t.text, after === 'EUR' ? language : 'en');
      if (value !== null) return { amount: value, currency: after, first: i, last: i + 1 };
    }
  }
  return null;
}

function isScale(token: Token | undefined): boolean {
  return token !== undefined && /^(miljoen|miljard|million|billion|k)$/.test(token.lower);
}

function scale(value: number, token: Token | undefined): number {
  if (!token) return value;
  if (token.lower === 'miljoen' || token.lower === 'million') return value * 1e6;
  if (token.lower === 'miljard' || token.lower === 'billion') return value * 1e9;
  if (token.lower === 'k') return value * 1e3;
  return value;
}
