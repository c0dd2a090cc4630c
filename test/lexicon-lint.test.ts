import { strict as assert } from 'node:assert';
import { nl } from '../server/model/lexicon/nl';
import { en } from '../server/model/lexicon/en';
import { tokenize } from '../server/model/tokens';
import { PhraseSet } from '../server/model/facts/phrases';

/**
 * The phrase language separates positions with spaces and alternatives with "|", so an
 * alternative cannot hold two words: 'samen met|naast' is "samen" followed by "met" or "naast",
 * not "samen met" or "naast". Written by mistake, such an entry matches almost nothing and no test
 * notices. Two signs of it are checked over every lexicon entry: a slot that offers the same word
 * twice ('niet bestede|niet gebruikte' leaves "niet" twice in a later slot), a slot that offers
 * the word standing right before it ('laat|laten|laat je ~ ...'), and a word offered again right
 * after a slot that offers it ('team|unit|business unit').
 */
function phrases(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => phrases(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) phrases(v, `${path}.${k}`, out);
}

describe('lexicon entries are well-formed phrases', () => {
  for (const [name, lexicon] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    it(`${name}: no slot offers a word twice or the word before it`, () => {
      const all: Array<[string, string]> = [];
      phrases(lexicon, name, all);
      const problems: string[] = [];
      for (const [path, phrase] of all) {
        const parts = phrase.trim().split(/\s+/);
        parts.forEach((part, i) => {
          const alternatives = part.split('|');
          if (alternatives.length > 1 && alternatives.some((a) => a === '')) problems.push(`${path}: empty alternative in «${phrase}»`);
          if (new Set(alternatives).size !== alternatives.length) problems.push(`${path}: a word offered twice in «${phrase}»`);
          if (i > 0 && alternatives.length > 1 && alternatives.includes(parts[i - 1]))
            problems.push(`${path}: a slot repeats the word before it in «${phrase}»`);
          // 'afdeling|team|business unit': the slot before "unit" already offers "unit".
          const before = i > 0 ? parts[i - 1].split('|') : [];
          if (before.length > 1 && alternatives.some((a) => before.includes(a))) problems.push(`${path}: a word of the slot before comes again in «${phrase}»`);
        });
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('a lexicon word the tokeniser cuts in pieces still matches', () => {
  // Text is matched token by token and the tokeniser cuts "t/m" into "t", "/", "m" and "45-plusser"
  // into "45", "-", "plusser": such an alternative is matched as its pieces in a row.
  const cases: Array<[string, string, boolean]> = [
    ['met|t/m ~ niveau 2', 'werknemers t/m niveau 2', true],
    ['45-plusser*|senior', 'onze 45-plussers', true],
    ['45-plusser*|senior', 'onze seniors', false],
    ['45-plusser*|senior', 'onze senior', true],
    ['zonder ~ mbo-*|vmbo', 'zonder mbo-4-diploma', true],
    ['e.g.', 'courses, e.g. welding', true],
    ['schaal|schalen 1 t/m 5', 'schalen 1 t/m 5', true],
    ['schaal|schalen 1 t/m 5', 'schalen 1 tot 5', false],
  ];
  for (const [phrase, text, matches] of cases) {
    it(`«${phrase}» ${matches ? 'matches' : 'does not match'} «${text}»`, () => {
      const set = new PhraseSet([[phrase, 'x']]);
      assert.equal(set.test(tokenize(text)), matches);
    });
  }
});
