// Inputs for the fuzz suite (test/fuzz.test.ts, `npm run fuzz`): mutations of the samples and
// random Markdown, both built with fast-check so every failure shrinks and replays from its seed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

const SAMPLES_DIR = join(import.meta.dirname, '..', '..', 'samples');

export const samples: string[] = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()
  .map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8'));

const WORDS = [
  'De',
  'werknemer',
  'heeft',
  'recht',
  'op',
  'een',
  'ontwikkelbudget',
  'van',
  '€',
  '500',
  '1.000,-',
  'per',
  'jaar',
  'kalenderjaar',
  'niet-bestede',
  'bedragen',
  'vervallen',
  'vervalt',
  'kunnen',
  'worden',
  'gespaard',
  'niet',
  'meegenomen',
  'binnen',
  'twaalf',
  'maanden',
  '24',
  'besteed',
  'aan',
  'opleidingen',
  'scholing',
  'loopbaanadvies',
  'ontwikkeldagen',
  'twee',
  'dagen',
  'uur',
  'werkgever',
  'leerrekening',
  'IKB',
  'POB',
  'o.a.',
  'bijv.',
  'art.',
  'Artikel',
  '12.3',
  'lid',
  'Employees',
  'budget',
  'lapse',
  'unspent',
  'amounts',
  'year',
  'carried',
  'over',
  'you',
  'your',
  'learning',
  '10%',
  'loonsom',
  'cao',
  "cao's",
  'tenzij',
  'maar',
  'en',
  'of',
  ',',
  ';',
  ':',
  '(',
  ')',
  '.',
  '!',
  '?',
];

const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' '));
const inline = fc.oneof(
  sentence,
  sentence.map((s) => `**${s}**`),
  sentence.map((s) => `_${s}_`),
  sentence.map((s) => `[${s}](https://example.nl/${encodeURIComponent(s.slice(0, 10))})`),
  fc.constantFrom(
    '[www.cao-schoonmaak.nl]{.underline}',
    '[vragen: hr@werkgever.nl]',
    '<https://www.example.nl>',
    'www.werkgever.nl',
    'hr@werkgever.nl',
    '`code`',
    '&amp;',
    '&#128512;',
    '\\*',
    '<!-- caolint-disable budget-amount -->',
  ),
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(' '));

/** One Markdown block (without its trailing blank line). */
const block: fc.Arbitrary<string> = fc.oneof(
  paragraph,
  fc.tuple(fc.integer({ min: 1, max: 6 }), sentence).map(([d, s]) => `${'#'.repeat(d)} ${s}`),
  fc.tuple(fc.integer({ min: 1, max: 40 }), sentence).map(([n, s]) => `## Artikel ${n} ${s}`),
  fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((items) => items.map((p) => `- ${p}`).join('\n')),
  fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((items) => items.map((p, i) => `${i + 1}. ${p}`).join('\n')),
  fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((items) => items.map((p, i) => `${'  '.repeat(i)}- ${p}`).join('\n')),
  paragraph.map((p) => `> ${p}`),
  fc
    .array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 4 })
    .map((rows) => ['| a | b |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n')),
  sentence.map((s) => '```\n' + s + '\n```'),
  fc.constant('---\ncaolint:\n  locale: en\n---'),
  fc.constant('***'),
);

/** Random Markdown: a few blocks, blank lines between them. */
export const randomMarkdown: fc.Arbitrary<string> = fc.array(block, { minLength: 1, maxLength: 12 }).map((bs) => bs.join('\n\n') + '\n');

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Random Unicode: astral characters (surrogate pairs), combining marks, lone surrogates, controls. */
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  loneSurrogate,
  fc.constantFrom('😀', '👩‍👩‍👧', 'é', 'e\u0301', '\u00a0', '\u200b', '\u2028', '\t', '\r', '\u0000', '\ufeff', '’', '–', '€'),
);

const DELIMITERS = ['_', '*', '~', '[', ']', '`', '>', '|', '#', '-', '=', '\\', '<', '!', '(', ')', '_a', '*a_', 'a_ ', '*a ', '[a]('];
/** A run of one delimiter; long ones sit near the input limits. */
const delimiterRun = fc.tuple(fc.constantFrom(...DELIMITERS), fc.integer({ min: 1, max: 3000 })).map(([d, n]) => d.repeat(n));
const deepNesting = fc.tuple(fc.constantFrom('> ', '- ', '1. ', '* ', '> - '), fc.integer({ min: 1, max: 150 }), sentence).map(([m, n, s]) => m.repeat(n) + s);
const indentedList = fc
  .tuple(fc.integer({ min: 1, max: 120 }), sentence)
  .map(([n, s]) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- ${s}`).join('\n'));
const pandoc = fc.constantFrom(
  '[www.cao-schoonmaak.nl]{.underline}',
  '[vragen: hr@werkgever.nl]',
  '[tekst]{#anker .klasse}',
  '[^1]',
  '[^1]: Voetnoot.',
  '::: {.note}',
  ':::',
);

type Mutation = (lines: string[], text: string) => void;

const at = (lines: string[], r: number) => Math.floor(r * (lines.length + 1));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.oneof(block, sentence, pandoc, deepNesting, indentedList)).map(
    ([r, line]): Mutation =>
      (lines) =>
        void lines.splice(at(lines, r), 0, line),
  ),
  fc.double({ min: 0, max: 0.999, noNaN: true }).map(
    (r): Mutation =>
      (lines) =>
        void lines.splice(Math.floor(r * lines.length), 1),
  ),
  fc.double({ min: 0, max: 0.999, noNaN: true }).map((r): Mutation => (lines) => {
    const i = Math.floor(r * lines.length);
    if (lines[i] !== undefined) lines.splice(i, 0, lines[i]);
  }),
  fc
    .tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(unicode, delimiterRun, pandoc))
    .map(([r, c, s]): Mutation => (lines) => {
      const i = Math.floor(r * lines.length);
      const line = lines[i] ?? '';
      const col = Math.floor(c * line.length);
      lines[i] = line.slice(0, col) + s + line.slice(col);
    }),
  fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([r, n]): Mutation => (lines) => {
    // Joins lines into one long line: the full stops stay, the line breaks go.
    const i = Math.floor(r * lines.length);
    lines.splice(i, n, lines.slice(i, i + n).join(' '));
  }),
);

type Ending = 'lf' | 'crlf' | 'cr' | 'mixed';

/** A sample with a few mutations, in one of the line-ending styles, sometimes with a BOM. */
export const mutatedSample: fc.Arbitrary<string> = fc
  .record({
    sample: fc.integer({ min: 0, max: samples.length - 1 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
    ending: fc.constantFrom<Ending>('lf', 'lf', 'crlf', 'cr', 'mixed'),
    mix: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 8 }),
    bom: fc.boolean(),
  })
  .map(({ sample, mutations, ending, mix, bom }) => {
    const source = samples[sample];
    const lines = source.split(/\r\n|\r|\n/);
    for (const m of mutations) m(lines, source);
    const eol = (i: number) => (ending === 'lf' ? '\n' : ending === 'crlf' ? '\r\n' : ending === 'cr' ? '\r' : mix[i % mix.length]);
    return (bom ? '\ufeff' : '') + lines.map((l, i) => l + (i < lines.length - 1 ? eol(i) : '')).join('');
  });

/** Everything the suite feeds caolint. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof({ arbitrary: mutatedSample, weight: 3 }, { arbitrary: randomMarkdown, weight: 1 });
