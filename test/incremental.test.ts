// Incremental analysis (issue 9, item 1): the language server's incremental model must make exactly
// the document and the findings a full lint makes, after every edit. Random edits from a seeded
// generator (test/incremental/edits.ts) are applied to the samples, some held-out drafts and a text
// full of constructs whose extent an edit can change; after each one the incremental result is
// compared with a lint from scratch. A failure names the seed, the text, the step and the edit, and
// whether that one edit on the text before it fails from a fresh model too.
//
// CAOLINT_INCREMENTAL_SEED=<n> replays a run; CAOLINT_INCREMENTAL_EDITS=<n> (lint) and
// CAOLINT_INCREMENTAL_PARSE_EDITS=<n> (parse) set how many edits are made in all.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { LintResult } from '../server/engine/lint';
import { lintText } from './harness/lint';
import { parseMarkdown } from '../server/engine/parse';
import { collectBlocks } from '../server/model/blocks';
import { BlockCache } from '../server/engine/incremental/blockCache';
import { chunkStarts } from '../server/engine/incremental/chunks';
import { IncrementalModel } from '../server/engine/incremental/incrementalModel';
import { Discourse } from '../server/model/facts/discourse';
import { COVERED_DISCOURSE_FIELDS } from '../server/model/facts/readingContext';
import { packageRoot } from '../server/engine/paths';
import { loadSamples } from './harness/samples';
import { applyEdit, describeEdit, Random, randomEdit, type Edit } from './incremental/edits';
import { contextText } from './incremental/contextText';

const SEED = Number(process.env.CAOLINT_INCREMENTAL_SEED ?? 20261130);
const LINT_EDITS = Number(process.env.CAOLINT_INCREMENTAL_EDITS ?? 600);
const PARSE_EDITS = Number(process.env.CAOLINT_INCREMENTAL_PARSE_EDITS ?? 1500);

/** A draft full of what can reach over a blank line: front matter, fences, comments, lists, quotes, HTML. */
const TRICKY = [
  '---',
  'title: Concept',
  '',
  'versie: 2',
  '---',
  '',
  '# Hoofdstuk 1 Ontwikkeling',
  '',
  'De werknemer heeft recht op een ontwikkelbudget van € 500 per jaar.',
  '',
  '```',
  'code',
  '',
  'Het budget vervalt na een jaar.',
  '```',
  '',
  '<!--',
  'caolint-disable',
  '',
  '- geen lijst',
  '-->',
  '',
  '1. Het budget kan worden gespaard.',
  '',
  '3. Zij kunnen het drie jaar meenemen.',
  '',
  '   vervolg van het lid',
  '',
  '- lijst',
  '',
  '  ```',
  '  code',
  '',
  'Buiten de lijst: niet-bestede bedragen vervallen.',
  '  ```',
  '',
  '| Regeling | Bedrag |',
  '|---|---|',
  '| Leercheque | € 250 per jaar |',
  '',
  '> Citaat over opleiding.',
  '',
  '> Nog een citaat.',
  '',
  '<pre>',
  '',
  '## Artikel 9 geen kop',
  '',
  '</pre>',
  '',
  '<div>',
  'blok',
  '</div>',
  '',
  '    ingesprongen code',
  '',
  '## Artikel 3 Leerrekening',
  '',
  'Onder leertegoed wordt verstaan: het budget voor ontwikkeling.',
  '',
  'Het leertegoed vervalt niet.',
  '',
  '## Taakroulatie',
  '',
  'De operators werken telkens vier maanden op een lijn. Zij mogen zelf beslissen over het rooster.',
  '',
  'Eigen medewerkers volgen een vakopleiding in werktijd.',
  '',
  'Wij nemen nieuwe medewerkers aan op leerwerkplekken. Zij halen een diploma.',
  '',
  'Zij nemen het werk over van wie een opleiding volgt.',
  '',
].join('\n');

interface Text {
  name: string;
  text: string;
  eol: string;
  /** The share of edits that swap a word which later sentences read in their context. */
  swapShare?: number;
}

/**
 * Drafts where sentences lean on those before them (pronouns, newcomers and the training they free
 * time for, designs named by headings, a writer's header, defined terms), joined into one text that
 * gets mostly word swaps: the memo must read a sentence again whenever its context changed.
 */
const CONTEXT_DRAFTS = [
  'samples/combinatieproject-slecht.md',
  'samples/taakroulatie-slecht.md',
  'samples/werkgroep-besluit-slecht.md',
  'samples/ontwikkeltijd-opleidingsverlof-goed.md',
  'test/holdout/18_metaal-memo-operators.md',
  'test/holdout/27_agrarisch-leerwerkplekken.md',
  'test/holdout/16_ziekenhuis-zelfroosteren.md',
  'samples/ikb-en-ontwikkelbudget-jij-goed.md',
];

/** The samples, some held-out drafts (every fourth), and the tricky text; every third also with CRLF line endings. */
function texts(): Text[] {
  const root = packageRoot();
  const holdout = ['test/holdout', 'test/holdout2', 'test/holdout4', 'test/holdout5'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .filter((_, i) => i % 4 === 0)
      .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') })),
  );
  const all = [...loadSamples(), ...holdout, { name: 'tricky', text: TRICKY }];
  const context = CONTEXT_DRAFTS.map((file) => readFileSync(join(root, file), 'utf8')).join('\n\n');
  return [
    ...all.flatMap((t, i) => {
      const lf = { name: t.name, text: t.text, eol: '\n' };
      return i % 3 === 0 ? [lf, { name: `${t.name} (CRLF)`, text: t.text.replace(/\r?\n/g, '\r\n'), eol: '\r\n' }] : [lf];
    }),
    { name: 'context drafts', text: context, eol: '\n', swapShare: 0.7 },
    { name: 'context templates', text: contextText(new Random(SEED)), eol: '\n', swapShare: 0.7 },
  ];
}

/** A seed per text, so a text's run does not depend on the others. */
function seedOf(name: string): number {
  let h = SEED >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Runs `steps` random edits on a text, calling `check` on each new version; returns the first failure message. */
function run(t: Text, steps: number, others: readonly string[], check: (previous: string, text: string) => string | null): string | null {
  // The context text gets more edits: it is where a sentence's context changes most.
  if (t.swapShare !== undefined) steps *= 8;
  const random = new Random(seedOf(t.name));
  const history: string[] = [t.text];
  let text = t.text;
  const first = check('', text);
  if (first) return `${t.name}, first version: ${first}`;
  for (let step = 1; step <= steps; step++) {
    let edit: Edit;
    let next: string;
    if (random.next() < 0.05 && history.length > 1) {
      // Undo to an earlier version: pieces and sentences seen two versions ago come back.
      next = history[history.length - 1 - random.below(Math.min(5, history.length))];
      edit = { kind: 'undo', at: 0, remove: text.length, insert: next };
    } else {
      edit = randomEdit(random, text, t.eol, others, t.swapShare);
      next = applyEdit(text, edit);
    }
    const failure = check(text, next);
    if (failure) return `seed ${SEED}, ${t.name}, edit ${step}: ${edit.kind === 'undo' ? 'undo' : describeEdit(text, edit)}\n${failure}`;
    history.push(next);
    if (history.length > 20) history.shift();
    text = next;
  }
  return null;
}

/** What differs between an incremental and a full lint, or null. */
function lintDifference(incremental: LintResult, full: LintResult): string | null {
  for (const key of ['findings', 'crashes', 'ran', 'applicable', 'reported'] as const) {
    if (!isDeepStrictEqual(incremental[key], full[key]))
      return `${key} differ:\n  incremental ${JSON.stringify([...incremental[key]]).slice(0, 600)}\n  full        ${JSON.stringify([...full[key]]).slice(0, 600)}`;
  }
  for (const key of Object.keys(full.doc) as Array<keyof LintResult['doc']>) {
    if (!isDeepStrictEqual(incremental.doc[key], full.doc[key])) return `the model's ${key} differ`;
  }
  return null;
}

/** Lints `text` incrementally after `previous` with a fresh model: whether the edit alone fails. */
function freshFailure(previous: string, text: string): string | null {
  const model = new IncrementalModel();
  if (previous !== '') lintText(previous, { modelBuilder: model });
  return lintDifference(lintText(text, { modelBuilder: model }), lintText(text));
}

/**
 * The smallest form of a failing single edit from `previous` to `text` that still fails from a fresh
 * model: the changed stretch is narrowed from both ends, one character at a time, while it fails.
 */
function minimalEdit(previous: string, text: string): string {
  let start = 0;
  while (start < previous.length && start < text.length && previous[start] === text[start]) start++;
  let endOld = previous.length;
  let endNew = text.length;
  while (endOld > start && endNew > start && previous[endOld - 1] === text[endNew - 1]) {
    endOld--;
    endNew--;
  }
  let edit: Edit = { kind: 'minimal', at: start, remove: endOld - start, insert: text.slice(start, endNew) };
  for (let shrunk = true; shrunk;) {
    shrunk = false;
    for (const candidate of [
      { ...edit, insert: edit.insert.slice(1), at: edit.at, remove: edit.remove },
      { ...edit, insert: edit.insert.slice(0, -1) },
      { ...edit, remove: Math.max(0, edit.remove - 1) },
    ]) {
      if (candidate.insert === edit.insert && candidate.remove === edit.remove) continue;
      if (candidate.insert === '' && candidate.remove === 0) continue;
      if (freshFailure(previous, applyEdit(previous, candidate))) {
        edit = candidate;
        shrunk = true;
        break;
      }
    }
  }
  return describeEdit(previous, edit);
}

describe(`incremental analysis (seed ${SEED})`, function () {
  this.timeout(600_000);
  const all = texts();
  const sources = all.map((t) => t.text);

  it(`pieces parse as the whole text: ${PARSE_EDITS} random edits, the blocks equal one parse's after each`, () => {
    const per = Math.max(1, Math.round(PARSE_EDITS / all.length));
    for (const t of all) {
      const cache = new BlockCache();
      const failure = run(t, per, sources, (_previous, text) => {
        if (isDeepStrictEqual(cache.collect(text), collectBlocks(text, parseMarkdown(text)))) return null;
        return `the blocks differ from one parse; pieces start at ${JSON.stringify(chunkStarts(text).slice(0, 40))}`;
      });
      assert.equal(failure, null, failure ?? '');
    }
  });

  it(`an incremental lint equals a lint from scratch: ${LINT_EDITS} random edits, findings and model after each`, () => {
    const per = Math.max(1, Math.round(LINT_EDITS / all.length));
    for (const t of all) {
      const model = new IncrementalModel();
      const failure = run(t, per, sources, (previous, text) => {
        const difference = lintDifference(lintText(text, { modelBuilder: model }), lintText(text));
        if (!difference) return null;
        const alone = freshFailure(previous, text);
        const replay = alone
          ? `the edit alone fails from a fresh model; smallest: ${minimalEdit(previous, text)}`
          : 'the edit alone passes from a fresh model: the earlier versions matter';
        return `${difference}\n${replay}`;
      });
      assert.equal(failure, null, failure ?? '');
    }
  });

  it('every field of Discourse is keyed or replayed by the sentence memo', () => {
    assert.deepEqual(
      Object.keys(new Discourse()).sort(),
      [...COVERED_DISCOURSE_FIELDS].sort(),
      'a new Discourse field must be covered in model/facts/readingContext.ts',
    );
  });
});

/**
 * One edit per thing a sentence reads of the sentences before it (readingContext.ts): the edit
 * changes that context for a later sentence it leaves as it was, which must then be read again.
 * Each was checked to fail with its part of the context key left out (for the party a pronoun
 * stands for, development, staff training and newcomers said in the provision, the headings'
 * designs, defined terms and the writer; the newcomers of the sentence before are not isolated by
 * these texts).
 */
// [what the later sentence reads, text, edited words, new words]
const CONTEXT_CHANGES: Array<[string, string, string, string]> = [
  [
    'lastParty',
    '## Taakroulatie\n\nDe operators werken telkens vier maanden op een lijn.\n\nZij mogen zelf beslissen over het rooster.\n',
    'De operators',
    'De teamleider',
  ],
  [
    'newcomersLast',
    '## Artikel 6 Instroom\n\nWij nemen nieuwe medewerkers aan op leerwerkplekken.\n\nZij halen een diploma en krijgen een vast contract.\n',
    'nieuwe medewerkers aan op leerwerkplekken',
    'ervaren medewerkers aan',
  ],
  [
    'newcomersSeen',
    '## Artikel 6 Project\n\nWij nemen nieuwe medewerkers aan op leerwerkplekken.\n\nDe werkgever regelt de planning.\n\nDe deelnemers zijn de eerste weken niet volledig inzetbaar.\n',
    'nieuwe medewerkers aan op leerwerkplekken',
    'ervaren medewerkers aan',
  ],
  [
    'staffTraining',
    '## Artikel 6 Project\n\nEigen medewerkers volgen een vakopleiding in werktijd.\n\nWij nemen nieuwe medewerkers aan op leerwerkplekken.\n',
    'Eigen medewerkers volgen',
    'Eigen medewerkers volgen geen',
  ],
  [
    'newcomerIntake',
    '## Artikel 6 Project\n\nWij nemen nieuwe medewerkers aan op leerwerkplekken.\n\nEigen medewerkers volgen een vakopleiding in werktijd.\n',
    'Wij nemen nieuwe medewerkers aan',
    'Wij nemen geen nieuwe medewerkers aan',
  ],
  [
    'developmentSaid',
    '## Artikel 6 Project\n\nServicemonteurs volgen de cursus.\n\nHun werk wordt in die weken overgenomen door zij-instromers.\n',
    'volgen de cursus',
    'werken in de hal',
  ],
  ['designsOver', '## Taakroulatie\n\nDe operators werken telkens vier maanden op een lijn.\n', '## Taakroulatie', '## Werkwijze'],
  [
    'designsOfArticle',
    '## Artikel 5.5 Werkgroep Opleidingsbeleid\n\n1. De werkgroep adviseert.\n2. Leden besteden hieraan vier uur per maand.\n',
    'Werkgroep Opleidingsbeleid',
    'Regeling Opleidingsbeleid',
  ],
  [
    'terms',
    'ontwikkeldeel: het deel van het IKB dat is bestemd voor ontwikkeling.\n\nHet ontwikkeldeel vervalt aan het eind van het jaar.\n',
    'ontwikkeldeel:',
    'vrijdeel:',
  ],
  [
    'writer',
    'Van: Anouk de Wit, teammanager\nAan: team Platform\n\nIk beslis over de inzet van de uren. Het team stelt zelf het rooster op.\n',
    'teammanager',
    'medewerker',
  ],
];

describe('incremental analysis: an edit that changes what a later sentence reads of its context', () => {
  for (const [name, text, from, to] of CONTEXT_CHANGES) {
    it(name, () => {
      const edited = text.replace(from, to);
      assert.notEqual(edited, text);
      const model = new IncrementalModel();
      lintText(text, { modelBuilder: model });
      assert.equal(lintDifference(lintText(edited, { modelBuilder: model }), lintText(edited)), null);
    });
  }
});

describe('where a text is cut into pieces (chunkStarts)', () => {
  const lines = (...ls: string[]) => ls.join('\n');
  const cutAt = (text: string) => chunkStarts(text).map((at) => text.slice(at).split('\n')[0]);

  it('cuts before a top-level block after a blank line', () => {
    assert.deepEqual(cutAt(lines('# Kop', '', 'Tekst.', '', '## Artikel 2', 'Meer.')), ['# Kop', 'Tekst.', '## Artikel 2']);
  });

  it('does not cut inside fences, multi-line comments, HTML blocks to their end, or front matter', () => {
    assert.deepEqual(cutAt(lines('```', 'a', '', 'b', '```', '', 'c')), ['```', 'c']);
    assert.deepEqual(cutAt(lines('<!--', 'a', '', 'b', '-->', '', 'c')), ['<!--', 'c']);
    assert.deepEqual(cutAt(lines('<pre>', '', 'b', '</pre>', '', 'c')), ['<pre>', 'c']);
    assert.deepEqual(cutAt(lines('---', 'a: 1', '', 'b: 2', '---', '', 'c')), ['---', 'c']);
  });

  it('never cuts between list items, before a continuation, or before a quote', () => {
    assert.deepEqual(cutAt(lines('1. a', '', '2. b', '', '   c', '', 'd')), ['1. a', 'd']);
    assert.deepEqual(cutAt(lines('> a', '', '> b', '', 'c')), ['> a', 'c']);
  });

  it('never cuts before a "---" line, which would open front matter in its own piece', () => {
    assert.deepEqual(cutAt(lines('', '---', 'caolint:', '  locale: en', '---', '', '# Titel')), ['', '# Titel']);
  });

  it('stops cutting after a fence that may belong to a list item', () => {
    assert.deepEqual(cutAt(lines('- a', '', '  ```', '', 'b', '', 'c')), ['- a']);
  });
});
