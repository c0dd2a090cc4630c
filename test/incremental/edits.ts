// Random edits for the incremental-analysis property test (test/incremental.test.ts): what a writer
// does to a draft (typing, deleting, pasting across blocks, new lines and blank lines, list and table
// and fence marks, front matter, undo), from a seeded generator so a failure replays from its seed.

/** A small seeded PRNG (mulberry32): the same seed gives the same edits on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}

/** Replace `remove` characters at `at` with `insert`. */
export interface Edit {
  kind: string;
  at: number;
  remove: number;
  insert: string;
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
}

/** The edit as a line to read in a failure: what, where (line and column), what went and what came. */
export function describeEdit(text: string, edit: Edit): string {
  const before = text.slice(0, edit.at);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = edit.at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `${edit.kind} at offset ${edit.at} (line ${line}, column ${column}): removed ${JSON.stringify(text.slice(edit.at, edit.at + edit.remove))}, inserted ${JSON.stringify(edit.insert)}`;
}

const LETTERS = 'abcdeijklmnorstuvwz AEIOUéë,.;:?!()€0123456789%-*_`|#>[]<\t';
const WORDS = [
  'ontwikkelbudget',
  'vervalt',
  'kan worden gespaard',
  'niet',
  'werknemer',
  'zij',
  'het team',
  'de teamleider',
  '€ 500',
  '1.000,-',
  'per jaar',
  'binnen drie jaar',
  'opleiding',
  'loopbaanadvies',
  'ontwikkeldagen',
  'twee dagen',
  'artikel 3',
  'lid 2',
  'bijlage 4',
  'Hoofdstuk 2',
  'taakroulatie',
  'zelfroosteren',
  'werkgroep',
  'in werktijd',
  'leerrekening',
  'IKB',
  'Onder leertegoed wordt verstaan: het budget voor ontwikkeling',
  '(hierna: het groeigeld)',
  'Van: Anouk de Wit, teammanager',
  'Met vriendelijke groet,',
  'nieuwe medewerkers',
  'leerwerkplekken',
];
/** Marks that change what a line is, typed at its start. */
const LINE_MARKS = [
  '# ',
  '## ',
  '### Artikel 7 ',
  '## Artikel 12a ',
  'Artikel 3\n',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '> ',
  '    ',
  '  ',
  '\t',
  '| a | b |',
  '|---|---|',
  '```',
  '~~~',
  '```js',
  '<!--',
  '-->',
  '<!-- caolint-disable -->',
  '<div>',
  '<pre>',
  '</pre>',
  '---',
  '***',
  '===',
  '[x]: https://example.nl',
  '[^1]: voetnoot',
  '**Teambudget**',
  '\uFEFF',
  '3.3 Loopbaanbudget',
];
/** Whole blocks pasted in: constructs whose extent a later line can change. */
const BLOCKS = [
  '```\ncode\n\nnog code\n```',
  '~~~~\n\n# geen kop\n\n~~~~',
  '<!--\nopmerking\n\n- geen lijst\n-->',
  '<pre>\n\ntekst\n\n</pre>',
  '- een\n\n- twee\n\n  vervolg',
  '1. een\n\n3. drie\n\n   vervolg',
  '| Regeling | Bedrag |\n|---|---|\n| Leercheque | € 250 per jaar |',
  '> citaat\n\n> nog een',
  '- lijst\n\n  ```\n  code\n\nbuiten\n  ```',
  '<div>\n```\n\ntekst\n```',
  '[term]: https://example.nl\n\nZie [term].',
  'Tekst[^1].\n\n[^1]: De voetnoot.\n\n    vervolg',
  '    ingesprongen code\n\n    meer code',
];
const FRONT_MATTER = ['---\ntitle: Concept\n\nversie: 2\n---\n', '---\ncaolint:\n  locale: en\n---\n', '---\n'];

/**
 * Words whose change reaches past their sentence: who a pronoun after them stands for, whether a
 * provision speaks of learning, newcomers, the designs a heading names, defined terms. Swapping one
 * for another changes the context the following sentences are read in.
 */
const CONTEXT_WORDS = [
  'werknemer',
  'werknemers',
  'medewerker',
  'medewerkers',
  'teamleider',
  'leidinggevende',
  'het team',
  'werkgever',
  'de operators',
  'zij',
  'ze',
  'hij',
  'jullie',
  'wij',
  'ik',
  'opleiding',
  'scholing',
  'ontwikkeling',
  'cursus',
  'training',
  'ontwikkeltijd',
  'vakantie',
  'taakroulatie',
  'zelfroosteren',
  'werkgroep',
  'verbeterteam',
  'werkoverleg',
  'nieuwe medewerkers',
  'leerwerkplekken',
  'zij-instromers',
  'ontwikkelbudget',
  'leertegoed',
  'budget',
  'IKB',
  'leerrekening',
];
const CONTEXT_WORD = new RegExp(`\\b(?:${CONTEXT_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');

/** Where edits tend to happen: anywhere, or in a line that is part of a list, table, fence or HTML block. */
function position(random: Random, text: string): number {
  if (text.length === 0) return 0;
  if (random.next() < 0.35) {
    const structured = /^(?:[ \t]*(?:[-*+>|]|\d+[.)]|```|~~~|<|---)|#).*$/gm;
    const lines = [...text.matchAll(structured)];
    if (lines.length > 0) {
      const line = random.pick(lines);
      return line.index + random.below(line[0].length + 1);
    }
  }
  return random.below(text.length + 1);
}

/** The position at the start of a random line. */
function lineStart(random: Random, text: string): number {
  const at = random.below(text.length + 1);
  const previous = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1));
  return previous + 1;
}

/**
 * One random edit of `text`. `eol` is the draft's line ending (typed line breaks use it); `others`
 * are texts to paste from; `swapShare` is the share of edits that swap a word of the context.
 */
export function randomEdit(random: Random, text: string, eol: string, others: readonly string[], swapShare = 0.15): Edit {
  const withEol = (s: string) => s.replace(/\n/g, eol);
  let roll = random.next();
  if (roll < swapShare) {
    const found = [...text.matchAll(CONTEXT_WORD)];
    if (found.length > 0) {
      const word = random.pick(found);
      return { kind: 'swap-word', at: word.index, remove: word[0].length, insert: random.pick(CONTEXT_WORDS) };
    }
  }
  roll = random.next();
  if (roll < 0.3) {
    const insert = random.next() < 0.8 ? random.pick([...LETTERS]) : ` ${random.pick(WORDS)}`;
    return { kind: 'type', at: position(random, text), remove: 0, insert };
  }
  if (roll < 0.45) {
    const at = position(random, text);
    const remove = Math.min(text.length - at, random.next() < 0.7 ? 1 + random.below(3) : 1 + random.below(300));
    return { kind: 'delete', at, remove, insert: '' };
  }
  if (roll < 0.6) {
    const at = position(random, text);
    const lineBreaks = [eol, eol + eol, eol + eol + eol];
    if (random.next() < 0.3) {
      // Join two lines (or two blocks): remove the line break(s) after the position.
      const next = text.slice(at).search(/\r\n|\r|\n/);
      if (next >= 0) {
        const run = /^(?:\r\n|\r|\n)+/.exec(text.slice(at + next))![0];
        return { kind: 'join-lines', at: at + next, remove: random.next() < 0.5 ? run.length : Math.min(run.length, eol.length), insert: '' };
      }
    }
    return { kind: 'line-break', at, remove: 0, insert: random.pick(lineBreaks) };
  }
  if (roll < 0.75) {
    return { kind: 'line-mark', at: lineStart(random, text), remove: 0, insert: withEol(random.pick(LINE_MARKS)) };
  }
  if (roll < 0.88) {
    // A paste across blocks: a slice of this draft or another, over a selection or not.
    const source = random.next() < 0.6 || others.length === 0 ? text : random.pick(others);
    const from = random.below(Math.max(1, source.length));
    const slice = source.slice(from, from + 1 + random.below(400));
    const at = position(random, text);
    const remove = random.next() < 0.3 ? Math.min(text.length - at, random.below(200)) : 0;
    return { kind: 'paste', at, remove, insert: withEol(slice.replace(/\r\n|\r/g, '\n')) };
  }
  if (roll < 0.96) {
    const at = random.next() < 0.5 ? lineStart(random, text) : position(random, text);
    return { kind: 'paste-block', at, remove: 0, insert: withEol(`\n${random.pick(BLOCKS)}\n\n`) };
  }
  // Front matter: add one at the top, or cut the top line (opening or breaking one).
  if (random.next() < 0.6) return { kind: 'front-matter', at: 0, remove: 0, insert: withEol(random.pick(FRONT_MATTER)) };
  const firstBreak = text.search(/\r\n|\r|\n/);
  return { kind: 'cut-first-line', at: 0, remove: firstBreak < 0 ? text.length : firstBreak + 1, insert: '' };
}
