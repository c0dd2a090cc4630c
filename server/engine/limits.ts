import type { TextRange } from '../model/types';
import type { Locale } from './types';

/**
 * Limits on what is handed to the Markdown parser. remark (micromark underneath) is fast on prose
 * but slow on some hostile shapes: time grows with the square of the number of emphasis and bracket
 * delimiters in one paragraph, and with the square of the nesting depth of quotes and lists, and
 * from a few thousand levels it overflows the stack. A linear pre-scan refuses such a document with
 * one clear error instead of a hang (docs/configuration.md, docs/reliability.md).
 */
export interface InputLimits {
  /** Largest document, in UTF-16 code units (about characters). */
  maxFileSize: number;
  /** Deepest nesting of block quotes and list items on one line. */
  maxNesting: number;
  /** Most emphasis, strikethrough and bracket delimiters in one paragraph, list item or table row. */
  maxDelimiterRuns: number;
  /**
   * Most lines in one paragraph. With one unclosed "[" the parser's time grows with the square of
   * the lines after it (a spreadsheet column of 8,000 lines pasted as one paragraph: 7 s); real
   * paragraphs, pandoc output included, run to a few hundred lines at most.
   */
  maxParagraphLines: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileSize: 10 * 1024 * 1024,
  maxNesting: 100,
  maxDelimiterRuns: 2000,
  maxParagraphLines: 1000,
};

/** No configuration (a draft's front matter included) may raise a limit past these: beyond them one document blocks for seconds or overflows. */
export const HARD_LIMITS: InputLimits = {
  maxFileSize: 64 * 1024 * 1024,
  maxNesting: 500,
  maxDelimiterRuns: 5000,
  maxParagraphLines: 5000,
};

export type LimitName = keyof InputLimits;

/** A document over one of the limits: it is not parsed. */
export class InputLimitError extends Error {
  constructor(
    readonly limit: LimitName,
    readonly value: number,
    readonly max: number,
    /** Where the offending stretch starts and ends (offsets into the text). */
    readonly range: TextRange,
  ) {
    super(`${describe(limit, value, max)}; the document is not checked (raise \`limits.${limit}\` in the configuration to check it anyway)`);
    this.name = 'InputLimitError';
  }
}

/** The same sentence in the user's language, for the CLI's one line about a document it did not check. */
export function inputLimitText(error: InputLimitError, locale: Locale): string {
  if (locale === 'en') return error.message;
  const n = (x: number): string => x.toLocaleString('nl-NL');
  const { limit, value, max } = error;
  const what = {
    maxFileSize: `document te groot: ${n(value)} tekens, meer dan maxFileSize ${n(max)}`,
    maxNesting: `te diep genest: ${n(value)} niveaus van citaten of lijstitems, meer dan maxNesting ${n(max)}`,
    maxDelimiterRuns: `te veel nadruk- of haaktekens in één alinea: ${n(value)}, meer dan maxDelimiterRuns ${n(max)}`,
    maxParagraphLines: `alinea te lang: voorbij regel ${n(value - 1)} zonder lege regel, meer dan maxParagraphLines ${n(max)}`,
  }[limit];
  return `${what}; het document is niet gecontroleerd (verhoog \`limits.${limit}\` in de configuratie om het toch te controleren)`;
}

function describe(limit: LimitName, value: number, max: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  switch (limit) {
    case 'maxFileSize':
      return `document too large: ${n(value)} characters, more than maxFileSize ${n(max)}`;
    case 'maxNesting':
      return `nesting too deep: ${n(value)} levels of quotes or list items, more than maxNesting ${n(max)}`;
    case 'maxDelimiterRuns':
      return `too many emphasis or bracket delimiters in one paragraph: ${n(value)}, more than maxDelimiterRuns ${n(max)}`;
    case 'maxParagraphLines':
      return `paragraph too long: past line ${n(value - 1)} without a blank line, more than maxParagraphLines ${n(max)}`;
  }
}

/** The limits in force: defaults overlaid with the configured ones, each kept between 1 and its hard maximum. */
export function resolveLimits(configured: Partial<InputLimits> | undefined): InputLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(DEFAULT_LIMITS) as LimitName[]) {
    const value = configured?.[name];
    if (typeof value === 'number' && Number.isFinite(value)) limits[name] = Math.max(1, Math.min(Math.floor(value), HARD_LIMITS[name]));
  }
  return limits;
}

const BLANK = /^[ \t]*$/;
const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Throws InputLimitError when the text is over a limit; one pass over the text. */
export function checkInputLimits(text: string, limits: InputLimits = DEFAULT_LIMITS): void {
  if (text.length > limits.maxFileSize) throw new InputLimitError('maxFileSize', text.length, limits.maxFileSize, { start: 0, end: 0 });
  let unitStart = 0;
  let runs = 0;
  let lines = 0;
  let inTable = false;
  let inList = false;
  let previousLine = '';
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    const prefix = containerPrefix(line);
    if (prefix.depth > limits.maxNesting) throw new InputLimitError('maxNesting', prefix.depth, limits.maxNesting, { start: lineStart, end: lineEnd });
    // A new inline unit (paragraph, list item, table row) starts after a blank line, at a list
    // item, at a heading, and at every row of a table: delimiters pair up only inside one unit.
    let newUnit = false;
    if (BLANK.test(line)) {
      inTable = false;
      inList = false;
      newUnit = true;
    } else if (TABLE_DELIMITER_ROW.test(line) && previousLine.includes('|')) {
      inTable = true;
      newUnit = true;
    } else if (inTable || /^[ \t]*#/.test(line) || prefix.bullet || (prefix.ordered && (inList || prefix.startsAtOne))) {
      newUnit = true;
    }
    if (newUnit || lineStart === 0) {
      runs = 0;
      lines = 0;
      unitStart = lineStart;
    }
    if (prefix.bullet || prefix.ordered) inList = true;
    runs += delimiterRuns(line);
    if (runs > limits.maxDelimiterRuns) throw new InputLimitError('maxDelimiterRuns', runs, limits.maxDelimiterRuns, { start: unitStart, end: lineEnd });
    if (!BLANK.test(line) && ++lines > limits.maxParagraphLines) {
      throw new InputLimitError('maxParagraphLines', lines, limits.maxParagraphLines, { start: unitStart, end: lineEnd });
    }
    previousLine = line;
    // "\r\n" is one line break.
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
}

interface Prefix {
  /** Quotes and list markers, plus list levels implied by the indentation before a marker. */
  depth: number;
  bullet: boolean;
  ordered: boolean;
  startsAtOne: boolean;
}

/** Reads the block-quote marks and list markers a line opens with. */
function containerPrefix(line: string): Prefix {
  let i = 0;
  let markers = 0;
  let columns = 0;
  let bullet = false;
  let ordered = false;
  let startsAtOne = false;
  for (;;) {
    // The space that ends a marker is part of it; more white space indents a nested list.
    let width = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
      width += line[i] === '\t' ? 4 : 1;
      i++;
    }
    columns += markers > 0 ? Math.max(0, width - 1) : width;
    const ch = line[i];
    if (ch === '>') {
      markers++;
      i++;
      continue;
    }
    const after = (j: number) => j >= line.length || line[j] === ' ' || line[j] === '\t';
    if ((ch === '-' || ch === '*' || ch === '+') && after(i + 1)) {
      markers++;
      bullet = true;
      i++;
      continue;
    }
    let j = i;
    while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j > i && (line[j] === '.' || line[j] === ')') && after(j + 1)) {
      ordered = true;
      startsAtOne ||= Number(line.slice(i, j)) === 1;
      markers++;
      i = j + 1;
      continue;
    }
    break;
  }
  // Nested list items are written by indentation, two columns or more per level.
  return { depth: markers + (markers > 0 ? Math.floor(columns / 2) : 0), bullet, ordered, startsAtOne };
}

/** Runs of `*`, `_` and `~` (each run one delimiter) and every `[` and `]`. */
function delimiterRuns(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '[' || ch === ']') count++;
    else if (ch === '*' || ch === '_' || ch === '~') {
      count++;
      while (line[i + 1] === ch) i++;
    }
  }
  return count;
}
