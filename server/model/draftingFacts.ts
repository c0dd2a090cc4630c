/** The facts the drafting rules read: cross-references and the words for the parties (facts/references.ts, resolveReferences.ts, facts/parties.ts). */

import type { FactBase } from './factBase';

/**
 * A cross-reference to a part of a document: "artikel 4.2", "art. 4:2", "artikel 12 lid 3",
 * "artikel 4, derde lid, onderdeel b", "het vorige lid", "dit artikel", "bijlage 5", "hoofdstuk 6".
 * A list or range ("de artikelen 4 tot en met 7", "artikel 3, 5 en 9") is one fact per number, each
 * on its own number, so an editor can go from every one to its target. The reading
 * (facts/references.ts) says what is referred to; the resolution (resolveReferences.ts) says where it
 * is, once per document, against an ArticleIndex that a set of documents can share later.
 */
export interface ReferenceFact extends FactBase {
  kind: 'reference';
  target: 'article' | 'annex' | 'chapter';
  /** Normalised number ("7", "12.3", "4:2", "III", "b"); null for the unit the reference stands in ("dit artikel", "het vorige lid"). */
  number: string | null;
  /** The member ("lid") referred to, as a number ("3" for "derde lid"), or null. */
  member: string | null;
  /** "het vorige lid" (-1), "het volgende lid" (+1): a member counted from the one the reference stands in. */
  memberStep: -1 | 1 | null;
  /** The lettered item ("onderdeel b", "sub c"), lower case, or null. */
  item: string | null;
  /** The reference names another document ("van de Wet op de ondernemingsraden", "BW", "de cao Rijk"). */
  external: boolean;
  /** Where the reference leads, filled in once the whole document is read. */
  resolution: ReferenceResolution;
}

/** Why a reference does not lead to a part of this document. */
export type UnresolvedReason =
  /** No article, annex or chapter with that number, in a document that has such units: a dangling reference. */
  | 'no-such-article'
  | 'no-such-annex'
  | 'no-such-chapter'
  /** The article exists, the member does not ("artikel 38 lid 2" when article 38 has one paragraph; "het vorige lid" in the first member). */
  | 'no-such-member'
  /** The document visibly is an excerpt (it starts after article 1 or mid-sentence, or breaks off), and the target lies outside what it holds. */
  | 'outside-excerpt'
  /** The document has no units of that kind at all: it speaks of another text (an FAQ on a cao, a memo). */
  | 'no-structure'
  /** "dit artikel", "het vorige lid" where the sentence stands in no article or member. */
  | 'no-current-unit'
  /** The article's members could not be read (no numbered members found), so a member of it is not judged. */
  | 'members-unknown'
  /** A lettered item ("onderdeel e") not found: below the level a draft is checked at. */
  | 'no-such-item';

export type ReferenceResolution =
  /** `unit`: the article, annex or chapter (index into `PolicyDocument.articles`); `member`: the member unit, when the member is one. */
  | { status: 'resolved'; unit: number; member: number | null }
  | { status: 'external' }
  /** `unit`: the nearest part that was found (the article whose member is missing), or null. */
  | { status: 'unresolved'; reason: UnresolvedReason; unit: number | null };

/**
 * A word for one of the parties a cao names by a defined term ("werknemer", "medewerker",
 * "werkgever", "leidinggevende"), so defined-term-consistency can see a synonym used beside the
 * defined word. `word` is the singular the lexicon lists; plurals are read as it.
 */
export interface RoleTermFact extends FactBase {
  kind: 'role-term';
  role: string;
  word: string;
}

/**
 * What a reference can lead to in one document: its articles, annexes and chapters by number, the
 * members ("leden") and lettered items of each article, and whether the document visibly is an
 * excerpt. Built once per document, in one pass over its units and lines; resolveReferences.ts
 * reads it. A set of documents (a cao split into chapter files) can later merge the indexes of its
 * files and resolve every file's references against the whole.
 */
export interface ArticleIndex {
  /** Articles and numbered sections by number key (numberKey), in document order. */
  articles: Map<string, number[]>;
  annexes: Map<string, number[]>;
  chapters: Map<string, number[]>;
  /** Per article (or annex), the member numbers found: numbered list items, numbered lines ("1.", "(1)", "Lid 1") and numbered sub-headings of a word-headed article. */
  members: Map<number, Set<string>>;
  /** Per article or annex and per member, the member unit for a member number. */
  memberUnits: Map<number, Map<string, number>>;
  /** Per unit, the letters of its lettered items ("a.", "b)"). */
  letters: Map<number, Set<string>>;
  /** Per member unit, its number as written in the source ("4." of a list Markdown renumbers). */
  writtenMember: Map<number, string>;
  /** Member units that are items of a list inside a member ("1. ... waaronder: 1. scholing; 2. advies"): indented in the source. */
  subItems: Set<number>;
  /** Whether the document has units of each kind at all. */
  hasArticles: boolean;
  hasAnnexes: boolean;
  hasChapters: boolean;
  /** Article numbers written with a colon ("4:1"), as some regulations number them. */
  colonNumbering: boolean;
  /** The document begins after its own start (first article or chapter above 1, or mid-sentence) or breaks off. */
  excerpt: { startsMidway: boolean; endsMidway: boolean };
  /** The highest first component of an article number, to tell what lies after a text that breaks off. */
  lastArticle: number;
}
