/** The facts the drafting rules read: cross-references and the words for the parties (facts/references.ts, resolveReferences.ts, facts/parties.ts). */

import type { FactBase } from './types';

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
