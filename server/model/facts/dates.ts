import type { Token } from '../tokens';

const MONTHS = new Map<string, number>([
  ['januari', 1],
  ['februari', 2],
  ['maart', 3],
  ['april', 4],
  ['mei', 5],
  ['juni', 6],
  ['juli', 7],
  ['augustus', 8],
  ['september', 9],
  ['oktober', 10],
  ['november', 11],
  ['december', 12],
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['october', 10],
]);
const LINKS = new Set(['tot', 't/m', 'tm', 'until', 'to', 'through', '-', '–', 'en', 'met', 'till']);

interface DateAt {
  /** Months since year 0, counting the named month as whole. */
  month: number;
  first: number;
  last: number;
}

/** "1 september 2010", "juli 2024", "30 juni 2026": a month with a year. */
function readDate(tokens: Token[], i: number): DateAt | null {
  let first = i;
  if (tokens[i]?.kind === 'number' && /^\d{1,2}$/.test(tokens[i].text)) i++;
  const month = MONTHS.get(tokens[i]?.lower ?? '');
  const year = tokens[i + 1]?.text ?? '';
  if (month === undefined || !/^(19|20)\d\d$/.test(year)) return null;
  if (first === i) first = i;
  return { month: Number(year) * 12 + month - 1, first, last: i + 1 };
}

/**
 * Date ranges: "van 1 september 2010 tot 1 januari 2014", "juli 2024 tot en met juni 2026".
 * "tot en met" counts the last month whole; "tot" a first-of-month end date does not.
 */
export function readDateRanges(tokens: Token[]): Array<{ months: number; first: number; last: number }> {
  const ranges: Array<{ months: number; first: number; last: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const from = readDate(tokens, i);
    if (!from) continue;
    let j = from.last + 1;
    let inclusive = false;
    let linked = false;
    while (j < tokens.length && j <= from.last + 4 && LINKS.has(tokens[j].lower)) {
      if (tokens[j].lower === 'met' || tokens[j].lower === 't/m' || tokens[j].lower === 'through') inclusive = true;
      linked = true;
      j++;
    }
    const to = linked ? readDate(tokens, j) : null;
    if (!to) {
      i = from.last;
      continue;
    }
    const endsOnFirst = tokens[to.first].kind === 'number' && tokens[to.first].text === '1';
    const months = to.month - from.month + (inclusive || !endsOnFirst ? 1 : 0);
    if (months > 0) ranges.push({ months, first: from.first, last: to.last });
    i = to.last;
  }
  return ranges;
}
