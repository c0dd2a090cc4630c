import type { ArticleIndex } from '../model/types';
import { resolveNumbered } from '../model/resolveReferences';
import { emptyArticleIndex } from '../model/articleIndex';
import type { ReferenceFact, ReferenceResolution, UnresolvedReason } from '../model/types';
import type { FileOutline } from './outline';

/**
 * Cross-file resolution for a cao split into files: a layer above the per-document model. Each file
 * keeps its own model and resolutions; what one file cannot resolve by number is looked up once more
 * in the index merged from all files of the set, as if the files were one text.
 */

/** The merged index of a set, with every unit numbered across the files (unit n of file k is `owners[n]`). */
export interface SetIndex {
  files: string[];
  index: ArticleIndex;
  owners: Array<{ file: number; unit: number }>;
  bodied: Set<number>;
}

/**
 * Where a reference leads in its set: `file` null when the model's own resolution stands (this
 * document; units are its own), else the file of the set the resolution's units belong to.
 */
export interface SetResolution {
  file: string | null;
  resolution: ReferenceResolution;
}

/** What a set input to a lint is: the file linted, the set's files in order, and the outlines of the others. */
export interface SetInput {
  self: string;
  files: readonly string[];
  outlines: readonly FileOutline[];
}

/** Reasons a number may lead into another file: the target is not in this file. A missing member of an article this file has stays this file's. */
const ELSEWHERE: ReadonlySet<UnresolvedReason> = new Set(['no-such-article', 'no-such-annex', 'no-such-chapter', 'outside-excerpt', 'no-structure']);

function shifted<K>(map: Map<K, number[]>, into: Map<K, number[]>, base: number): void {
  for (const [key, units] of map) {
    const list = into.get(key) ?? [];
    list.push(...units.map((u) => u + base));
    into.set(key, list);
  }
}

/**
 * The index of the whole set, its files in the set's order. The set is an excerpt only as a whole:
 * it starts midway when every file does (no file opens the cao), and breaks off when its last file does.
 */
export function buildSetIndex(outlines: readonly FileOutline[]): SetIndex {
  const index = emptyArticleIndex({
    startsMidway: outlines.length > 0 && outlines.every((o) => o.index.excerpt.startsMidway),
    endsMidway: outlines.at(-1)?.index.excerpt.endsMidway ?? false,
  });
  const owners: SetIndex['owners'] = [];
  const bodied = new Set<number>();
  outlines.forEach((outline, file) => {
    const base = owners.length;
    const own = outline.index;
    for (let unit = 0; unit < outline.articles.length; unit++) owners.push({ file, unit });
    shifted(own.articles, index.articles, base);
    shifted(own.annexes, index.annexes, base);
    shifted(own.chapters, index.chapters, base);
    for (const [unit, set] of own.members) index.members.set(unit + base, set);
    for (const [unit, members] of own.memberUnits) index.memberUnits.set(unit + base, new Map([...members].map(([n, m]) => [n, m + base])));
    for (const [unit, set] of own.letters) index.letters.set(unit + base, set);
    for (const [unit, written] of own.writtenMember) index.writtenMember.set(unit + base, written);
    for (const unit of own.subItems) index.subItems.add(unit + base);
    for (const unit of outline.bodied) bodied.add(unit + base);
    index.hasArticles ||= own.hasArticles;
    index.hasAnnexes ||= own.hasAnnexes;
    index.hasChapters ||= own.hasChapters;
    index.colonNumbering ||= own.colonNumbering;
    index.lastArticle = Math.max(index.lastArticle, own.lastArticle);
  });
  return { files: outlines.map((o) => o.file), index, owners, bodied };
}

/** The set of a lint: the other files' outlines and this file's own, in the set's order. */
export function joinSet(input: SetInput, own: FileOutline): SetIndex {
  const byFile = new Map(input.outlines.map((o) => [o.file, o]));
  byFile.set(input.self, own);
  return buildSetIndex(input.files.flatMap((file) => byFile.get(file) ?? []));
}

/**
 * Where a reference of file `self` leads in the set. Only a numbered reference the file itself
 * could not place looks further: "dit artikel" and "het vorige lid" are always the file's own, and
 * so is an article it has (a missing member of it is its own finding, not another file's article).
 */
export function resolveInSet(set: SetIndex, self: string, ref: Pick<ReferenceFact, 'target' | 'number' | 'member' | 'item' | 'resolution'>): SetResolution {
  const local: SetResolution = { file: null, resolution: ref.resolution };
  const { resolution } = ref;
  if (resolution.status !== 'unresolved' || ref.number === null || !ELSEWHERE.has(resolution.reason)) return local;
  const found = resolveNumbered(set.index, { target: ref.target, number: ref.number, member: ref.member, item: ref.item }, (unit) => set.bodied.has(unit));
  if (found.status === 'external') return { file: null, resolution: found };
  const owner = (unit: number | null) => (unit === null ? undefined : set.owners[unit]);
  const at = owner(found.unit);
  if (!at) return { file: null, resolution: found };
  const file = set.files[at.file];
  const here = file === self;
  const local$ = (unit: number | null): number | null => (unit === null ? null : (owner(unit)?.unit ?? null));
  if (found.status === 'resolved') return { file: here ? null : file, resolution: { status: 'resolved', unit: at.unit, member: local$(found.member) } };
  return { file: here ? null : file, resolution: { status: 'unresolved', reason: found.reason, unit: at.unit } };
}
