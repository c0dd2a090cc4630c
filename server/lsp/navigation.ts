/**
 * What the navigation features (definition, references, document links, rename, the reference
 * hover) share: finding the reference or the unit heading under the cursor, and where a resolved
 * reference leads. Everything is read from one analysis: the references were resolved once by the
 * model (resolveReferences.ts), and nothing here looks a number up again.
 */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, ArticleKind, TextRange } from '../model/types';
import type { Analysis } from './analysis';
import type { NavReference } from './lintJob';

/** The inputs every navigation feature reads: a subset of `Analysis`, so tests can build it by hand. */
export type NavAnalysis = Pick<Analysis, 'uri' | 'document' | 'articles' | 'references' | 'locale'>;

/** A resolved reference, with where it leads. */
export type ResolvedReference = NavReference & { resolution: { status: 'resolved'; unit: number; member: number | null } };

export const isResolved = (ref: NavReference): ref is ResolvedReference => ref.resolution.status === 'resolved';

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
export function referencedUnit(analysis: NavAnalysis, ref: NavReference): Article | undefined {
  if (!isResolved(ref)) return undefined;
  const unit = analysis.articles[ref.resolution.unit];
  if (!unit) return undefined;
  const kind = unit.kind === 'section' ? 'article' : unit.kind;
  return kind === ref.target ? unit : undefined;
}

/** The unit under the cursor for find-references and rename: a heading's own unit, or the one a reference leads to. */
export function unitAt(analysis: NavAnalysis, offset: number): Article | undefined {
  const ref = referenceAt(analysis, offset);
  if (ref) return referencedUnit(analysis, ref);
  return headingAt(analysis, offset);
}

/** Every reference that leads to the unit (to it or to one of its members). */
export function referencesTo(analysis: NavAnalysis, unit: Article): NavReference[] {
  return analysis.references.filter((r) => referencedUnit(analysis, r)?.index === unit.index);
}

/**
 * Where a resolved reference lands: the member's line when it names a member, else the unit's
 * heading. External and unresolved references land nowhere.
 */
export function landing(analysis: NavAnalysis, ref: NavReference): Article | undefined {
  if (!isResolved(ref)) return undefined;
  const { unit, member } = ref.resolution;
  return analysis.articles[member ?? unit] ?? analysis.articles[unit];
}

/** The range a landing is shown with: the heading (or the member's first line), from the start of its line. */
export function landingRange(document: TextDocument, unit: Article): Range {
  const start = document.positionAt(unit.headingRange.start);
  // A member's heading range starts after its list number ("1. "): the whole line reads better.
  return { start: { line: start.line, character: 0 }, end: document.positionAt(unit.headingRange.end) };
}
