import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MiB } from './stats';

/** The benchmark's input files, all cut from the same text so every case does comparable work. */
export interface BenchInputs {
  /** Where the text came from, for the report. */
  source: string;
  /** Set when the corpus was missing and the project's samples were used instead. */
  fallbackNote: string | null;
  /** Several files of about `fileMiB` each; together exactly the single file's text. */
  multi: string[];
  /** One file holding the whole input. */
  single: string;
  /** The linearity ladder: 1x, 2x, 4x the same base text of an eighth of the total (the top is half of it). */
  ladder: { factor: number; file: string }[];
  bytes: number;
}

const CORPUS_PREFIXES = ['01_', '02_', '03_'];

/** The three full-length corpus texts, or the project's samples when the corpus is not beside the checkout. */
function sourceTexts(projectRoot: string): { texts: string[]; source: string; fallbackNote: string | null } {
  const corpus = resolve(projectRoot, '..', 'shared', 'corpus');
  if (existsSync(corpus)) {
    const names = readdirSync(corpus).sort();
    const picked = CORPUS_PREFIXES.map((prefix) => names.find((n) => n.startsWith(prefix) && n.endsWith('.md')));
    if (picked.every((n): n is string => n !== undefined)) {
      return { texts: picked.map((n) => readFileSync(join(corpus, n), 'utf8')), source: `${corpus}/{${picked.join(',')}}`, fallbackNote: null };
    }
  }
  const samples = join(projectRoot, 'samples');
  const names = existsSync(samples)
    ? readdirSync(samples)
        .filter((n) => n.endsWith('.md'))
        .sort()
    : [];
  if (names.length === 0) throw new Error(`no input: neither ${corpus} (01_*, 02_*, 03_*.md) nor ${samples}/*.md exists`);
  return {
    texts: names.map((n) => readFileSync(join(samples, n), 'utf8')),
    source: `${samples}/*.md (${names.length} files)`,
    fallbackNote: `the corpus folder ${corpus} (or one of its 01_/02_/03_ texts) is missing: using the project's samples instead, so the figures are not comparable with the documented ones`,
  };
}

/** Repeats `unit` and cuts right after the first blank line at or past `minBytes`, so no paragraph is split. */
function cutAtParagraph(unit: Buffer, minBytes: number): Buffer {
  const copies = Math.ceil((minBytes + unit.length) / unit.length);
  const long = Buffer.concat(Array.from({ length: copies }, () => unit));
  const at = long.indexOf('\n\n', minBytes);
  return at === -1 ? long : long.subarray(0, at + 2);
}

/** Splits at blank lines into pieces of at least `pieceBytes`; a short tail joins the piece before it. */
function splitAtParagraphs(whole: Buffer, pieceBytes: number): Buffer[] {
  const pieces: Buffer[] = [];
  let from = 0;
  while (from < whole.length) {
    const at = whole.indexOf('\n\n', from + pieceBytes);
    const to = at === -1 ? whole.length : at + 2;
    pieces.push(whole.subarray(from, to));
    from = to;
  }
  const last = pieces[pieces.length - 1];
  if (pieces.length > 1 && last.length < pieceBytes / 2) {
    pieces.splice(-2, 2, Buffer.concat([pieces[pieces.length - 2], last]));
  }
  return pieces;
}

export function buildInputs(projectRoot: string, dir: string, sizeMiB: number, fileMiB: number): BenchInputs {
  const { texts, source, fallbackNote } = sourceTexts(projectRoot);
  // Blank lines between the texts keep each one's first heading a heading.
  const unit = Buffer.from(texts.map((t) => t.replace(/^\uFEFF/, '').trimEnd()).join('\n\n') + '\n\n', 'utf8');
  const single = cutAtParagraph(unit, Math.ceil(sizeMiB * MiB));
  // The ladder stops at half the total: remark-parse alone needs ~30 s for one 5 MiB file here.
  const base = cutAtParagraph(unit, Math.ceil((sizeMiB * MiB) / 8));

  for (const sub of ['multi', 'single', 'ladder']) mkdirSync(join(dir, sub), { recursive: true });
  const multi = splitAtParagraphs(single, Math.round(fileMiB * MiB)).map((piece, i) => {
    const file = join(dir, 'multi', `part-${String(i + 1).padStart(2, '0')}.md`);
    writeFileSync(file, piece);
    return file;
  });
  const singleFile = join(dir, 'single', 'all.md');
  writeFileSync(singleFile, single);
  const ladder = [1, 2, 4].map((factor) => {
    const file = join(dir, 'ladder', `x${factor}.md`);
    writeFileSync(file, Buffer.concat(Array.from({ length: factor }, () => base)));
    return { factor, file };
  });
  return { source, fallbackNote, multi, single: singleFile, ladder, bytes: single.length };
}
