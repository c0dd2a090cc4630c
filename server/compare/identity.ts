import { isGenericMention, type Provision } from '../model/provisions';
import { unitOf } from '../model/query';
import type { Article, PolicyDocument, WorkDesign } from '../model/types';
import type { ProvisionIdentity } from './types';

/**
 * The identity of a provision, read from what the model knows and nothing that moves when articles
 * are renumbered or reordered: its kind and type, its names, and the heading of its article without
 * the number. Positions and article numbers are kept for display, never used to match.
 */

/** A name reduced to what identifies it: "Persoonlijk Ontwikkelbudget" and "ontwikkel-budget" are one name (as in model/provisions.ts). */
export function nameKey(surface: string): string {
  return surface
    .toLowerCase()
    .replace(/^(persoonlijke?|individuele?|eigen)\s+/, '')
    .replace(/[\s-]+/g, '');
}

/** A heading without numbers, punctuation and case: "Artikel 12 Ontwikkelbudget" and "4.3 Ontwikkelbudget." are both "ontwikkelbudget". */
export function headingKey(title: string): string | null {
  const key = title
    .toLowerCase()
    .replace(/[\p{N}]+/gu, ' ')
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/^\s*(artikel|article|hoofdstuk|chapter|paragraaf|bijlage|annex|lid)\b/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key === '' ? null : key;
}

function articleOf(doc: PolicyDocument, sentence: number): Article | null {
  return unitOf(doc, doc.sentences[sentence]);
}

/** The identity of an instrument provision: its type, the names it goes by, the heading of the article named for it or granting it. */
export function instrumentIdentity(doc: PolicyDocument, provision: Provision): ProvisionIdentity {
  const named = provision.mentions.filter((m) => !isGenericMention(m, doc.language) && !m.implicit);
  const names = [...new Set((named.length > 0 ? named : [provision.anchor]).map((m) => nameKey(m.surface)))].sort();
  // The article named for it ("Artikel 6.3 Persoonlijk ontwikkelbudget") identifies it better than
  // where the model anchors it: when the article moves below one that mentions it first, the anchor
  // may move along to that mention; the article named for it does not change.
  const titled = provision.mentions.find((m) => doc.sentences[m.sentence].heading && articleOf(doc, m.sentence) !== null);
  const unit = (titled && articleOf(doc, titled.sentence)) ?? provision.unit ?? articleOf(doc, provision.anchor.sentence);
  return {
    kind: 'instrument',
    type: provision.instrument,
    name: provision.anchor.surface.toLowerCase(),
    names,
    heading: unit ? headingKey(unit.title) : null,
    article: unit?.number ?? null,
  };
}

/**
 * The identity of a work design the draft arranges: the design, and the heading of the article it
 * is arranged in. Its name is the design's key: a design is often recognised from a description of
 * the practice ("het team stelt zelf het rooster op"), which is no name to show.
 */
export function workIdentity(doc: PolicyDocument, design: WorkDesign, anchorSentence: number): ProvisionIdentity {
  const unit = articleOf(doc, anchorSentence);
  return { kind: 'work', type: design, name: design, names: [design], heading: unit ? headingKey(unit.title) : null, article: unit?.number ?? null };
}

/** The identity of an article that holds findings but no provision: its heading. */
export function articleIdentity(unit: Article): ProvisionIdentity {
  const heading = headingKey(unit.title);
  return { kind: 'article', type: null, name: unit.title, names: heading ? [heading] : [], heading, article: unit.number };
}

export const DOCUMENT_IDENTITY: ProvisionIdentity = { kind: 'document', type: null, name: '', names: [], heading: null, article: null };
