// Regression tests for issue 14 item 7 (super-linear time, stack overflows) and for what the fuzz
// suite found: long sentences stay linear in the model, hostile shapes the parser is slow on are
// refused before parsing, and every range respects a BOM and surrogate pairs.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from './harness/lint';
import { HARD_LIMITS, InputLimitError, checkInputLimits, resolveLimits } from '../server/engine/limits';
import { checkDocument } from '../tools/fuzz/properties';

const cpuMs = (f: () => void): number => {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
/** The faster of two runs, in CPU milliseconds (a busy machine disturbs one run, rarely both). */
const bestOf2 = (f: () => void) => Math.min(cpuMs(f), cpuMs(f));

const prose = readFileSync(join(import.meta.dirname, '..', 'samples', 'cao-hoofdstuk-ontwikkeling-volledig.md'), 'utf8');
const repeatTo = (text: string, size: number) => text.repeat(Math.ceil(size / text.length)).slice(0, size);
/** Ordinary text of the sample, as one paragraph per sample line. */
const ordinary = (size: number) => repeatTo(prose, size);
/** The same words as one sentence without a full stop or line break. */
const oneSentence = (size: number) =>
  repeatTo(
    prose
      .replace(/[.!?]/g, ',')
      .replace(/[#>*_`[\]|-]/g, ' ')
      .replace(/\s+/g, ' '),
    size,
  ) + '\n';

const refusal = (text: string, limits?: Parameters<typeof lintText>[1]): InputLimitError => {
  try {
    lintText(text, limits);
  } catch (error) {
    assert.ok(error instanceof InputLimitError, `expected an InputLimitError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the document to be refused');
};

describe('input limits and linear time (issue 14)', function () {
  this.timeout(60_000);

  it('lints a 200 KB sentence without a full stop no slower than 3x ordinary text of that size', () => {
    lintText('Warm-up. De werknemer heeft recht op een ontwikkelbudget van € 500 per jaar.');
    const normal = bestOf2(() => lintText(ordinary(200_000)));
    const long = bestOf2(() => lintText(oneSentence(200_000)));
    assert.ok(long <= 3 * normal, `one sentence ${Math.round(long)} ms, ordinary text ${Math.round(normal)} ms`);
  });

  it('reads a sentence dense with amounts and rates in linear time (a rate lookup per amount was quadratic, the token lookup per fact cubic)', () => {
    const dense = (n: number) => 'De werknemer krijgt ' + '€ 5 per jaar en 2 dagen per maand, '.repeat(n) + 'zo.\n';
    const small = bestOf2(() => lintText(dense(500)));
    const large = bestOf2(() => lintText(dense(2000)));
    assert.ok(large < 8 * small + 200, `4x the text took ${Math.round(large)} ms against ${Math.round(small)} ms`);
    const result = lintText(dense(3));
    const money = result.doc.facts.filter((f) => f.kind === 'money');
    assert.equal(money.length, 3);
    assert.ok(money.every((f) => f.kind === 'money' && f.perMonths === 12));
  });

  it('numbers a long ordered list without rescanning it per item', () => {
    const list = Array.from({ length: 5000 }, (_, i) => `${i + 1}. Punt ${i + 1}.`).join('\n') + '\n';
    assert.ok(cpuMs(() => lintText(list)) < 5000);
  });

  const hostile: Array<[string, string, string]> = [
    ['6,000 nested block quotes (overflowed the stack)', '> '.repeat(6000) + 'tekst\n', 'maxNesting'],
    ['10,000 nested list items in one line (overflowed the stack)', '- '.repeat(10_000) + 'item\n', 'maxNesting'],
    [
      'list items nested by indentation, 150 deep (92 s at 10,000)',
      Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') + '\n',
      'maxNesting',
    ],
    ['nested emphasis in 16 KB (3.6 s, then a stack overflow in the model)', '_a '.repeat(2667) + 'b_ '.repeat(2667) + '\n', 'maxDelimiterRuns'],
    ['alternating emphasis delimiters in 16 KB (2.5 s in the parser)', 'Tekst ' + '*a_'.repeat(5333) + ' einde.\n', 'maxDelimiterRuns'],
    ['10,000 unclosed link openers', '[a]('.repeat(10_000) + '\n', 'maxDelimiterRuns'],
    ['a paragraph of 8,000 lines holding an underscore', '_\n'.repeat(8000), 'maxParagraphLines'],
    [
      'a spreadsheet column of 8,000 lines after one "[" (7 s in the parser)',
      '[schaal\n' + Array.from({ length: 8000 }, (_, i) => `schaal ${i % 18} trede ${i}`).join('\n') + '\n',
      'maxParagraphLines',
    ],
  ];
  for (const [name, text, limit] of hostile) {
    it(`refuses ${name} quickly, with one clear error`, () => {
      let error: InputLimitError | undefined;
      const ms = cpuMs(() => (error = refusal(text)));
      assert.equal(error?.limit, limit);
      assert.ok(ms < 500, `took ${Math.round(ms)} ms`);
      assert.ok(error!.range.start >= 0 && error!.range.start <= error!.range.end && error!.range.end <= text.length);
      assert.match(error!.message, /not checked/);
    });
  }

  it('refuses a 50 MB file at once', () => {
    const huge = 'Tekst. '.repeat((50 * 1024 * 1024) / 7);
    let error: InputLimitError | undefined;
    const ms = cpuMs(() => (error = refusal(huge)));
    assert.equal(error?.limit, 'maxFileSize');
    assert.ok(ms < 500, `took ${Math.round(ms)} ms`);
  });

  it('lints what is just under the limits in a fraction of a second', () => {
    const cases = [
      '> '.repeat(100) + 'De werknemer heeft recht op een ontwikkelbudget.\n',
      Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') + '\n',
      'Tekst ' + '*a_'.repeat(666) + ' einde.\n',
      '[schaal\n' + Array.from({ length: 999 }, (_, i) => `schaal ${i % 18} trede ${i}`).join('\n') + '\n',
    ];
    for (const text of cases) {
      const ms = cpuMs(() => lintText(text));
      assert.ok(ms < 1500, `took ${Math.round(ms)} ms for ${JSON.stringify(text.slice(0, 20))}`);
    }
  });

  it('does not refuse ordinary documents: tables, long lists with emphasis and links, signature lines', () => {
    const table = [
      '| Onderwerp | Regeling |',
      '| --- | --- |',
      ...Array.from({ length: 1500 }, (_, i) => `| **Punt ${i}** | [zie](https://example.nl/${i}) _${i}_ |`),
    ].join('\n');
    const list = Array.from({ length: 1500 }, (_, i) => `- **Term ${i}**: [uitleg](https://example.nl/${i})`).join('\n');
    const signature = 'Handtekening: ' + '_'.repeat(20_000) + '\n';
    for (const text of [table, list, signature]) assert.doesNotThrow(() => checkInputLimits(text));
  });

  it('takes the limits from the configuration, within hard maxima', () => {
    const deep = '> '.repeat(150) + 'tekst\n';
    refusal(deep);
    assert.doesNotThrow(() => lintText(deep, { config: { rules: {}, limits: { maxNesting: 200 } } }));
    assert.equal(refusal('x'.repeat(11), { limits: { maxFileSize: 10 } }).limit, 'maxFileSize');
    assert.deepEqual(resolveLimits({ maxNesting: 1e9, maxFileSize: -5, maxDelimiterRuns: Number.NaN }), {
      maxNesting: HARD_LIMITS.maxNesting,
      maxFileSize: 1,
      maxDelimiterRuns: 2000,
      maxParagraphLines: 1000,
    });
  });
});

describe('ranges with a byte order mark and surrogate pairs (found by the fuzz suite)', () => {
  it('counts a leading BOM in every offset (remark counts without it)', () => {
    const text = '\ufeffDe werknemer heeft recht op een ontwikkelbudget van € 500 per jaar.\n';
    const [sentence] = lintText(text).doc.sentences;
    assert.equal(text.slice(sentence.range.start, sentence.range.end), text.slice(1).trim());
  });

  it('never inserts a fix inside the emoji that ends a BOM document', () => {
    // The shrunk counterexample of seed 20261130: a fix inserted between the halves of U+10000.
    const text =
      '\ufeff| a | b |\n| --- | --- |\n| De | De |\n# Cao\n\n## Artikel 12 Ontwikkelbudget\n\n' +
      '1. De werknemer heeft jaarlijks recht op een persoonlijk ontwikkelbudget van € 500,-.\n5. Er vindt geen uitbetaling plaats.\n\ud800\udc00';
    checkDocument(text);
  });

  it('settles fix-all on a pandoc link below a heading, where several fixes insert at one point', () => {
    checkDocument('## Artikel 1 10% leerrekening De\n\n# De\n\n[www.cao-schoonmaak.nl]{.underline}\n');
  });
});
