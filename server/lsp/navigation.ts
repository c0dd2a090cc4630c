/**
 * What the navigation features (definition, references, document links, rename, the reference
 * hover) share: finding the reference or the unit heading under the cursor, and where a resolved
 * reference leads. Everything is read from one analysis: the references were resolved once by the
 * model (resolveReferences.ts), and nothing here looks a number up again. For a draft that is one
 * file of a cao in several files, what its own model could not place is placed across the files
 * (`whereTo`, server/set/resolve.ts), and the answers may lead into another file.
 */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, ArticleKind, ReferenceResolution, TextRange } from '../model/types';
import { resolveInSet, type SetIndex } from '../set/resolve';
import type { Analysis } from './analysis';
import type { NavReference } from './lintJob';

/** The inputs every navigation feature reads: a subset of `Analysis`, so tests can build it by hand. */
export type NavAnalysis = Pick<Analysis, 'uri' | 'document' | 'articles' | 'references' | 'locale'>;

/**
 * The cao a document is one file of, for navigation across its files: each file's analysis by URI
 * (the document's own among them) and the index merged from their outlines (lsp/caoSets.ts). Absent
 * for a document that stands alone: every function here then answers within the document.
 */
export interface NavSet {
  members: ReadonlyMap<string, NavAnalysis>;
  index: SetIndex;
}

/** A unit of one file of the set (or of the document itself): what a reference leads to, or a heading names. */
export interface UnitIn {
  nav: NavAnalysis;
  unit: Article;
}

/**
 * Where a reference leads, with the file it leads into: the model's own resolution when it placed
 * the reference in its document, else (in a set) the resolution across the files of the cao.
 */
export function whereTo(analysis: NavAnalysis, ref: NavReference, set?: NavSet): { nav: NavAnalysis; resolution: ReferenceResolution } {
  if (!set || ref.resolution.status !== 'unresolved') return { nav: analysis, resolution: ref.resolution };
  const across = resolveInSet(set.index, analysis.uri, ref);
  const nav = across.file === null ? analysis : set.members.get(across.file);
  return nav ? { nav, resolution: across.resolution } : { nav: analysis, resolution: ref.resolution };
}

export function toRange(document: TextDocument, range: TextRange): Range {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}

/** The reference whose range holds the offset (its end included, as a cursor right after a word is on it). */
export function referenceAt(analysis: NavAnalysis, offset: number): NavReference | undefined {
  return analysis.references.find((r) => r.range.start <= offset && offset <= r.range.end);
}

/** Units a reference names by number and that a heading opens: what find-references and rename work on. */
const NAMED_KINDS: ReadonlySet<ArticleKind> = new Set(['article', 'section', 'annex', 'chapter']);

/** The article, section, annex or chapter whose heading holds the offset. */
export function headingAt(analysis: NavAnalysis, offset: number): Article | undefined {
  return analysis.articles.find((a) => NAMED_KINDS.has(a.kind) && a.headingRange.start <= offset && offset <= a.headingRange.end);
}

/**
 * The unit a reference leads to as find-references and rename see it: the article, annex or chapter
 * (not the member), and only when the reference names a unit of that kind. "hoofdstuk 6" resolves to
 * article 6.1 where chapters show only in the numbering; that is not a reference to article 6.1.
 */
export function referencedUnit(analysis: NavAnalysis, ref: NavReference, set?: NavSet): UnitIn | undefined {
  const { nav, resolution } = whereTo(analysis, ref, set);
  if (resolution.status !== 'resolved') return undefined;
  const unit = nav.articles[resolution.unit];
  if (!unit) return undefined;
  const kind = unit.kind === 'section' ? 'article' : unit.kind;
  return kind === ref.target ? { nav, unit } : undefined;
}

/** The unit under the cursor for find-references and rename: a heading's own unit, or the one a reference leads to (in any file of the set). */
export function unitAt(analysis: NavAnalysis, offset: number, set?: NavSet): UnitIn | undefined {
  const ref = referenceAt(analysis, offset);
  if (ref) return referencedUnit(analysis, ref, set);
  const unit = headingAt(analysis, offset);
  return unit && { nav: analysis, unit };
}

/** The files navigation looks through: every file of the set, in its order, or the document alone. */
export function filesOf(analysis: NavAnalysis, set?: NavSet): NavAnalysis[] {
  return set ? set.index.files.flatMap((file) => set.members.get(file) ?? []) : [analysis];
}

/** Every reference, in every file of the set, that leads to the unit (to it or to one of its members), with the file it stands in. */
export function referencesTo(analysis: NavAnalysis, target: UnitIn, set?: NavSet): Array<{ nav: NavAnalysis; ref: NavReference }> {
  return filesOf(analysis, set).flatMap((nav) =>
    nav.references.flatMap((ref) => {
      const to = referencedUnit(nav, ref, set);
      return to && to.nav.uri === target.nav.uri && to.unit.index === target.unit.index ? [{ nav, ref }] : [];
    }),
  );
}

/**
 * Where a resolved reference lands, in its own file or another of the set: the member's line when
 * it names a member, else the unit's heading. External and unresolved references land nowhere.
 */
export function landing(analysis: NavAnalysis, ref: NavReference, set?: NavSet): UnitIn | undefined {
  const { nav, resolution } = whereTo(analysis, ref, set);
  if (resolution.status !== 'resolved') return undefined;
  const { unit, member } = resolution;
  const found = nav.articles[member ?? unit] ?? nav.articles[unit];
  return found && { nav, unit: found };
}

/** The range a landing is shown with: the heading (or the member's first line), from the start of its line. */
export function landingRange(document: TextDocument, unit: Article): Range {
  const start = document.positionAt(unit.headingRange.start);
  // A member's heading range starts after its list number ("1. "): the whole line reads better.
  return { start: { line: start.line, character: 0 }, end: document.positionAt(unit.headingRange.end) };
}
