import type { ScopeGap } from '../model/types';
import type { PolicyDocument, ReferenceFact, TextRange } from '../model/types';
import type { SetResolution } from '../set/resolve';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'nl' | 'en';

export type InterventionId =
  | 'taakherontwerp'
  | 'dialoog'
  | 'tijd-voor-ontwikkeling'
  | 'budget-gangbaar'
  | 'subsidies'
  | 'zeggenschap-budget'
  | 'job-crafting'
  | 'opleidingsverlof'
  // Not a card of the guidance: the drafting rules of the catalogue (references, numbering, terms, money notation).
  | 'redactie';

/** One replacement of `range` (offsets into the document text) by `newText`. Insertions have start === end. */
export interface TextEdit {
  range: TextRange;
  newText: string;
}

export interface Fix {
  /** Short imperative title, already in the user's locale ("Voeg een spaarzin toe"). */
  title: string;
  edits: TextEdit[];
  /** The one fix an editor may apply without asking (fix-all, fix-on-save). */
  preferred: boolean;
}

/** A finding with its message rendered in the requested locale. Ranges are offsets into the text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: TextRange;
  intervention: InterventionId;
  /** file:// URL of the rule's bundled documentation page. */
  docs: string;
  fixes: Fix[];
}

/** Localised strings: Dutch is the default, English is always provided. */
export interface Localized {
  nl: string;
  en: string;
}

/** A JSON-schema fragment describing one rule option, with its default. */
export interface OptionSpec {
  type: 'number' | 'integer' | 'boolean' | 'string';
  default: number | boolean | string;
  minimum?: number;
  /** Largest sensible value (numbers only); the config schema refuses anything above it. */
  maximum?: number;
  /** The values a string option takes; the config schema refuses any other. */
  enum?: readonly string[];
  description: Localized;
}

export interface RuleMeta {
  id: string;
  intervention: InterventionId;
  /** Further interventions the rule's page refers to. */
  alsoInterventions?: InterventionId[];
  defaultSeverity: Severity;
  fixable: boolean;
  description: Localized;
  options: Record<string, OptionSpec>;
}

/** What a rule reports: messages are referenced by id and rendered by the engine in the user's locale. */
export interface Report {
  range: TextRange;
  /** Key into the rule's `messages`. */
  messageId: string;
  /** Values for `{placeholders}` in the message. */
  data?: Record<string, string | number>;
  /** Overrides the configured severity downwards (e.g. 'info' for a milder variant). */
  severity?: Severity;
  fixes?: Array<{ titleId: string; data?: Record<string, string | number>; edits: TextEdit[]; preferred?: boolean }>;
  /**
   * The finding rests on something absent, and the provision's scope is visibly incomplete: it
   * refers to an article or annex the document does not contain, or the text breaks off. The
   * engine softens the finding to info and says why (see ScopeGap in server/model/query.ts).
   */
  incomplete?: ScopeGap;
}

export type RuleOptions = Record<string, number | boolean | string>;

export interface RuleContext {
  doc: PolicyDocument;
  options: RuleOptions;
  locale: Locale;
  report(report: Report): void;
  /**
   * Says that the draft holds what the rule judges (a granted budget, a rotation, a meeting with a
   * stated size), so that the rule's silence means the draft meets its condition rather than that
   * there was nothing to check. A rule calls it once it has found its subject, before deciding; a
   * rule that reports has applied without saying so. The HTML report's scorecard reads it.
   */
  applies(): void;
  /**
   * The cao this draft is one file of, when the configuration names a set of files (server/set/):
   * how many files it has, and where a reference leads across them. Absent when the draft stands alone.
   */
  set?: RuleSet;
}

export interface RuleSet {
  /** The number of files of the cao, this one included. */
  size: number;
  /** Where a reference of this draft leads in the set (`file` null: this draft, as the model resolved it). */
  resolve(ref: ReferenceFact): SetResolution;
}

export interface Rule {
  meta: RuleMeta;
  /** Message and fix-title templates, by id, in both languages. `{name}` is replaced from `data`. */
  messages: Record<string, Localized>;
  check(context: RuleContext): void;
}
