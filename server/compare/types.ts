/**
 * The result of comparing two versions of a draft (`caolint compare OLD NEW`), per provision.
 *
 * This is the contract between the compare engine (server/compare/) and every face that shows it:
 * the CLI's stylish, JSON and Markdown reports, and later an HTML report and the editor. It holds
 * plain data only (no model objects), so it can be serialised as it is; `--format json` prints
 * exactly this object. Texts meant for people (`message`, `text`, `before`/`after` of a substance
 * change) are already in the run's locale; keys (`ruleId`, `aspect`, `added`, `removed`, the
 * values in `Substance`) are stable and never translated.
 */

import type { InterventionId, Locale, Severity } from '../engine/types';
import type { Currency, InstrumentType, WorkDesign } from '../model/types';

/** Bumped when a field changes meaning or disappears; new fields may be added within a version. */
export const COMPARE_RESULT_VERSION = 1;

/**
 * What a provision is, independent of where it stands and how its article is numbered.
 *
 * - `instrument`: a development instrument the model groups into a provision (a budget, a learning
 *   account, a voucher, a fund, development days, training leave, free learning time);
 * - `work`: a way of organising work the draft arranges (a working group, werkoverleg, rotation,
 *   self-rostering, job crafting ...), one per kind of design;
 * - `article`: findings in an article that holds neither, identified by its heading;
 * - `document`: findings outside any article, and what the draft says outside every provision.
 */
export interface ProvisionIdentity {
  kind: 'instrument' | 'work' | 'article' | 'document';
  /** The instrument type or the work design; null for `article` and `document`. */
  type: InstrumentType | WorkDesign | null;
  /** The draft's own name for an instrument ("persoonlijk ontwikkelbudget"), the design's key for a work design ("werkgroep", "self-rostering"), the heading of an article; empty for the document. */
  name: string;
  /** Its names reduced to what identifies them (lowercase, no spaces or hyphens, "persoonlijk"/"individueel" dropped). */
  names: string[];
  /** The heading of the article it stands in, without its number, normalised ("ontwikkelbudget"); null outside articles. */
  heading: string | null;
  /** The article's number as written ("12"), for display only: never used to match. */
  article: string | null;
}

/** How an old provision was paired with a new one (see server/compare/match.ts). */
export type MatchBasis = 'name-and-heading' | 'name' | 'heading' | 'only-one' | 'order';

/** One finding of one version, with where it stands and the sentence it stands on. */
export interface ComparedFinding {
  ruleId: string;
  severity: Severity;
  /** The rule's message, in the run's locale. */
  message: string;
  /** The guidance's intervention the rule derives from. */
  intervention: InterventionId;
  /** The sentence the finding stands on, as written in the draft (Markdown stripped). */
  sentence: string;
  /** 1-based position in that version's file (columns in UTF-16 code units); endLine/endColumn point just past the range. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Link to the rule's page. */
  docs: string;
}

/** A finding present in both versions: the same rule on the same provision. */
export interface OpenFinding {
  before: ComparedFinding;
  after: ComparedFinding;
}

/** An amount that sizes a budget: money (with the period it is per, in months) or a percentage. */
export type Amount =
  | { unit: 'money'; value: number; currency: Currency; perMonths: number | null }
  | { unit: 'percent'; value: number; base: 'payroll' | 'salary' | 'costs' | 'other' };

/** Days or hours of development time, per period in months when stated. */
export interface TimeAmount {
  value: number;
  unit: 'days' | 'hours';
  perMonths: number | null;
}

/**
 * What the policy model reads about one provision in one version. Lists hold stable keys in the
 * order the draft names them: purposes as the lexicon names them ('opleiding', 'loopbaanadvies'),
 * target groups ('lower-educated', 'older', 'low-literate', 'other'), support ('loopbaanadvies',
 * 'coaching', ...), communication means ('inform', 'overview', 'channel', 'conversation', and
 * 'managers' when managers are informed), work conditions ('workload', 'time-room', ...).
 */
export interface Substance {
  amount: Amount | null;
  /** The longest period stated for spending or keeping the budget, in months. */
  spendingMonths: number | null;
  /** What happens to what is not spent: it lapses, or it can be saved or carried over; null when the draft does not say. */
  unspent: 'lapses' | 'saved' | null;
  time: TimeAmount | null;
  purposes: string[];
  targetGroups: string[];
  support: string[];
  communication: string[];
  /** Sizes of groups and meetings stated for a work design, ascending. */
  groupSizes: number[];
  /** The rotation interval in months, when one is stated. */
  rotationMonths: number | null;
  conditions: string[];
}

export type SubstanceAspect =
  | 'amount'
  | 'spending-period'
  | 'unspent'
  | 'time'
  | 'purposes'
  | 'target-groups'
  | 'support'
  | 'communication'
  | 'group-sizes'
  | 'rotation-interval'
  | 'conditions';

/** One change in what a provision provides, read from the model of both versions (never from a text diff). */
export interface SubstanceChange {
  aspect: SubstanceAspect;
  /** The value before and after, as shown to people ("12 maanden", "€ 500 per jaar"); null when absent. Not set for list aspects. */
  before: string | null;
  after: string | null;
  /** For list aspects (purposes, target groups, support, communication, conditions): the keys added and removed. */
  added: string[];
  removed: string[];
  /** The change in one line, in the run's locale: "bestedingstermijn 12 -> 36 maanden", "doelen: + loopbaanadvies". */
  text: string;
}

/** One version of a provision. */
export interface ProvisionVersion {
  identity: ProvisionIdentity;
  /** 1-based line of the sentence that grants (or first names) it. */
  line: number;
  substance: Substance;
}

/** A provision across the two versions. */
export interface ProvisionComparison {
  /**
   * `kept`: in both versions; `added`: only in the new one; `removed`: only in the old one. For the
   * buckets of `article` and `document` kind, which exist in a version only when they hold findings
   * or changes there, it says no more than that (the totals count provisions only).
   */
  status: 'kept' | 'added' | 'removed';
  /** How old and new were paired; null unless kept. */
  matchedBy: MatchBasis | null;
  before: ProvisionVersion | null;
  after: ProvisionVersion | null;
  /** Findings of the old version that the new one no longer has. */
  resolved: ComparedFinding[];
  /** Findings of the new version the old one did not have. */
  introduced: ComparedFinding[];
  /** Findings in both versions. */
  open: OpenFinding[];
  changes: SubstanceChange[];
}

export interface CompareTotals {
  resolved: number;
  introduced: number;
  open: number;
  /** Introduced findings at error level: they make `caolint compare` exit with 1. */
  introducedErrors: number;
  provisionsAdded: number;
  provisionsRemoved: number;
  /** Substance changes over all provisions. */
  changes: number;
}

export interface CompareResult {
  version: typeof COMPARE_RESULT_VERSION;
  locale: Locale;
  /** The old and the new version: the file's absolute path and, for a version read from git (`--base`), the revision. */
  before: { filePath: string; ref: string | null };
  after: { filePath: string; ref: string | null };
  /** Kept and added provisions in the order of the new version, then removed ones in the order of the old, then the rest of the draft. */
  provisions: ProvisionComparison[];
  totals: CompareTotals;
}
