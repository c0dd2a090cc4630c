import type { InstrumentType, Party, WorkDesign } from '../types';
import type { DefinedTerms } from './definedTerms';
import type { Discourse } from './discourse';

/**
 * What the facts of a sentence depend on besides its own words, and what reading them leaves for the
 * sentences after it. Facts are read in document order, and a sentence sees what the ones before it
 * said: the party a pronoun stands for (`Discourse.lastParty`), newcomers named just before, work
 * designs the headings above it name, terms the draft defined, development or training said in the
 * same provision. The incremental build (engine/incremental/sentenceMemo.ts) reuses the facts of a
 * sentence only when this context `key` is the same as when they were read, and then `replay`s the
 * `Effects` that reading had on the context.
 *
 * Every field of `Discourse` and everything `DefinedTerms` holds must be covered here, as a key or
 * as an effect: a field read but not keyed would let a sentence keep facts read in another context.
 * test/incremental-context.test.ts fails when `Discourse` gains a field this module does not know.
 */

/** The fields of `Discourse` this module covers (the test compares them with a fresh instance). */
export const COVERED_DISCOURSE_FIELDS = [
  'articles',
  'headingDesigns',
  'headingNotes',
  'writer',
  'lastParty',
  'lastNamed',
  'rotationArranged',
  'newcomersLast',
  'newcomersSeen',
  'staffTraining',
  'newcomerIntake',
  'developmentSaid',
] as const;

/**
 * What a sentence in `article` can read of the context. The lists of articles where staff training,
 * newcomers or development were said are read only as "one of them is the same provision as this
 * sentence's", and the article tree only through the designs of the headings above it, so that is
 * what is keyed: a heading added elsewhere does not make every later sentence new.
 */
export function contextKey(discourse: Discourse, terms: DefinedTerms, article: number | null): string {
  const same = (list: ReadonlyArray<number | null>) => (sameProvisionIn(discourse, list, article) ? 1 : 0);
  let defined = '';
  if (terms.size > 0) for (const [term, instrument] of terms.entries()) defined += `${term}=${instrument},`;
  return [
    discourse.writer,
    discourse.lastParty,
    discourse.lastNamed,
    discourse.rotationArranged ? 1 : 0,
    discourse.newcomersLast ? 1 : 0,
    discourse.newcomersSeen ? 1 : 0,
    same(discourse.staffTraining),
    same(discourse.newcomerIntake),
    same(discourse.developmentSaid),
    discourse.designsOver(article).join(','),
    discourse.designsBelowTitle(article).join(','),
    discourse.designsOfArticle(article).join(','),
    defined,
  ].join('|');
}

/**
 * Whether an article of the list is the same provision as `article`, as `list.some(sameProvision)`
 * would say, without asking it of the whole list for every sentence (a list of the articles where
 * development was said grows with the document, which made keying quadratic). The lists only grow
 * and an article's place in the tree is fixed once it is opened, so per list and article only the
 * entries added since the last question are checked.
 */
function sameProvisionIn(discourse: Discourse, list: ReadonlyArray<number | null>, article: number | null): boolean {
  let perArticle = answered.get(list);
  if (!perArticle) answered.set(list, (perArticle = new Map()));
  let known = perArticle.get(article);
  if (!known) perArticle.set(article, (known = { checked: 0, found: false }));
  for (; !known.found && known.checked < list.length; known.checked++) known.found = discourse.sameProvision(list[known.checked], article);
  known.checked = list.length;
  return known.found;
}

const answered = new WeakMap<ReadonlyArray<number | null>, Map<number | null, { checked: number; found: boolean }>>();

/** The context just before a sentence is read, to tell afterwards what reading it changed. */
export interface Before {
  writer: Party | null;
  headingNotes: number;
  ownDesigns: number;
  staffTraining: number;
  newcomerIntake: number;
  developmentSaid: number;
  terms: number;
}

export function before(discourse: Discourse, terms: DefinedTerms, article: number | null): Before {
  return {
    writer: discourse.writer,
    headingNotes: discourse.headingNotes,
    ownDesigns: discourse.designsOfHeading(article).length,
    staffTraining: discourse.staffTraining.length,
    newcomerIntake: discourse.newcomerIntake.length,
    developmentSaid: discourse.developmentSaid.length,
    terms: terms.size,
  };
}

/** What reading one sentence did to the context, relative to the sentence's own article. */
export interface Effects {
  lastParty: Party | null;
  lastNamed: Party | null;
  rotationArranged: boolean;
  newcomersLast: boolean;
  newcomersSeen: boolean;
  /** How many times the sentence's article was added to each list. */
  staffTraining: number;
  newcomerIntake: number;
  developmentSaid: number;
  /** Designs the sentence, a heading, noted for its own article. */
  designs: WorkDesign[];
  /** Terms it defined, in order. */
  defined: Array<[string, InstrumentType]>;
}

/**
 * The effects of reading a sentence, or null when it did something they cannot express (an article
 * other than its own added to a list, designs noted for another article, the writer changed): such a
 * sentence is simply read again every time.
 */
export function effectsSince(was: Before, discourse: Discourse, terms: DefinedTerms, article: number | null): Effects | null {
  const added = (list: ReadonlyArray<number | null>, from: number) => (list.slice(from).every((a) => a === article) ? list.length - from : -1);
  const staffTraining = added(discourse.staffTraining, was.staffTraining);
  const newcomerIntake = added(discourse.newcomerIntake, was.newcomerIntake);
  const developmentSaid = added(discourse.developmentSaid, was.developmentSaid);
  const designs = discourse.designsOfHeading(article).slice(was.ownDesigns);
  if (staffTraining < 0 || newcomerIntake < 0 || developmentSaid < 0) return null;
  if (discourse.writer !== was.writer || discourse.headingNotes - was.headingNotes !== designs.length) return null;
  return {
    lastParty: discourse.lastParty,
    lastNamed: discourse.lastNamed,
    rotationArranged: discourse.rotationArranged,
    newcomersLast: discourse.newcomersLast,
    newcomersSeen: discourse.newcomersSeen,
    staffTraining,
    newcomerIntake,
    developmentSaid,
    designs,
    defined: [...terms.entries()].slice(was.terms),
  };
}

/** Does to the context what reading the sentence did, for a sentence in `article`. */
export function replay(effects: Effects, discourse: Discourse, terms: DefinedTerms, article: number | null): void {
  discourse.lastParty = effects.lastParty;
  discourse.lastNamed = effects.lastNamed;
  discourse.rotationArranged = effects.rotationArranged;
  discourse.newcomersLast = effects.newcomersLast;
  discourse.newcomersSeen = effects.newcomersSeen;
  for (let i = 0; i < effects.staffTraining; i++) discourse.staffTraining.push(article);
  for (let i = 0; i < effects.newcomerIntake; i++) discourse.newcomerIntake.push(article);
  for (let i = 0; i < effects.developmentSaid; i++) discourse.developmentSaid.push(article);
  if (effects.designs.length > 0) discourse.noteHeading(article, effects.designs);
  for (const [term, instrument] of effects.defined) terms.define(term, instrument);
}
