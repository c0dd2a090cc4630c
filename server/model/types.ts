/**
 * The policy model: what a cao or HR policy draft says, in typed facts with their source ranges.
 *
 * Invariants (rules rely on them):
 * - every range is a pair of UTF-16 offsets into `PolicyDocument.text` (start inclusive, end exclusive);
 * - facts are sorted by `start`; every fact belongs to exactly one sentence;
 * - the model knows nothing of LSP, the CLI or configuration.
 */

import type { LineIndex } from './lines';
import type {
  WorkDesign,
  WorkDesignFact,
  GroupSizeFact,
  WholeUnitFact,
  RotationIntervalFact,
  Party,
  AuthorityFact,
  WorkCondition,
  WorkConditionFact,
} from './workFacts';

export type { WorkDesign, WorkDesignFact, GroupSizeFact, WholeUnitFact, RotationIntervalFact, Party, AuthorityFact, WorkCondition, WorkConditionFact };
import type { ReferenceFact, ReferenceResolution, UnresolvedReason, RoleTermFact, ArticleIndex } from './draftingFacts';

export type { ReferenceFact, ReferenceResolution, UnresolvedReason, RoleTermFact, ArticleIndex };
import type { TextRange, FactBase } from './factBase';

// Below this module so that workFacts.ts and draftingFacts.ts can extend them without importing it back.
export type { TextRange, FactBase };

export type Language = 'nl' | 'en';

export type ArticleKind = 'chapter' | 'article' | 'member' | 'annex' | 'section';

/** A structural unit of the draft: a chapter, an article, a member ("lid") or an annex ("bijlage"). */
export interface Article {
  /** Stable index in `PolicyDocument.articles`. */
  index: number;
  kind: ArticleKind;
  /** The number as written, normalised: "12", "12.3", "4:1", "5.1", "3" (for "Bijlage 3"), "b" ... */
  number: string | null;
  /** The heading or lead text without its number, e.g. "Ontwikkelbudget". */
  title: string;
  /** How the heading names the unit: with its word ("Artikel 12", "Hoofdstuk 3", "§ 5") or by a bare number ("3.3 Loopbaanbudget", "1. ..."). */
  written?: 'word' | 'number';
  /** Nesting depth in the article tree, 0 for top level. */
  depth: number;
  /** Range of the heading (or of the member's number) that opens the unit. */
  headingRange: TextRange;
  /** Range from the opening heading to the end of the unit's body. */
  range: TextRange;
  parent: number | null;
  children: number[];
  /** Indices of the sentences in this unit and its descendants: [first, last + 1). */
  sentenceSpan: [number, number];
}

/** A sentence (or a list item / table cell that stands as one), with its offsets. */
export interface Sentence {
  index: number;
  range: TextRange;
  /** The sentence text as it stands in the document (Markdown syntax stripped, same length as range is NOT guaranteed). */
  text: string;
  /** Innermost article containing the sentence, or null before the first article. */
  article: number | null;
  /** Indices into `PolicyDocument.facts`. */
  facts: number[];
  /** The sentence is a heading. */
  heading: boolean;
  /** Source offsets where the sentence's second, third, ... clause starts (facts/clauses.ts), so rules can ask whether two facts share a clause. */
  clauseStarts: number[];
  /** How the sentence ends: a statement, a question ("Bouw ik over mijn POB op?"), or a lead-in to a list ("Je kunt het gebruiken voor:"). */
  form: 'statement' | 'question' | 'lead-in';
  /**
   * The sentence stands where learning is the subject: a heading above it (its article's, or an
   * ancestor's) speaks of learning or development ("Hoofdstuk 9 Opleiding en ontwikkeling"), or the
   * sentence before it in the same article does ("… voor zijn professionalisering inzet. Dit vormt
   * een onderdeel van de gesprekscyclus.").
   */
  inDevelopmentContext: boolean;
  /** The sentence itself speaks of learning or development (a development word in it). */
  aboutDevelopment: boolean;
  /** Employees, named as such, apply for money here ("Iedere medewerker kan een bijdrage aanvragen"). */
  employeesClaim?: boolean;
  /** What the headings enclosing the sentence name (topics.ts): it is about those designs even where it does not repeat them. */
  topics: SentenceTopics;
}

/** The ways of organising work and the conditions the enclosing headings name, and those headings (sentence indices). */
export interface SentenceTopics {
  designs: WorkDesign[];
  conditions: WorkCondition[];
  headings: number[];
}

/** The kinds of development instrument the guidance distinguishes. */
export type InstrumentType =
  | 'individual-budget' // ontwikkelbudget, opleidingsbudget, loopbaanbudget, POB, learning budget
  | 'learning-account' // leerrekening, ontwikkelrekening
  | 'voucher' // scholingsvoucher
  | 'collective-fund' // collectief budget / fonds / percentage of payroll, claimable or not
  | 'choice-budget' // individueel keuzebudget (IKB) converting salary components
  | 'development-time' // ontwikkeldagen / -uren, scholingsdagen
  | 'training-leave' // studieverlof, scholingsverlof, opleidingsverlof
  | 'reimbursement' // studiekostenregeling: a right to have costs reimbursed
  | 'free-time'; // lummeltijd, innovatie-uren

/** Time for development: days or hours, training leave, free development time. */
export const TIME_INSTRUMENTS: ReadonlySet<InstrumentType> = new Set(['development-time', 'training-leave', 'free-time']);

export interface InstrumentFact extends FactBase {
  kind: 'instrument';
  instrument: InstrumentType;
  /** The words as written ("loopbaanontwikkelingsbudget"). */
  surface: string;
  /** Earmarked for learning/development (true for most; false for a bare IKB that pays out salary). */
  development: boolean;
  /** Whether the instrument is measured in time (a budget "in uren") rather than money. */
  inTime: boolean;
  /** The sentence grants or defines it (rather than merely mentioning it). */
  granted: boolean;
  /** The sentence defines the instrument ("ontwikkelbudget: het budget dat ...", "Onder X wordt verstaan"). */
  definition: boolean;
  /** Employees claim from it themselves (a fund or subsidy they apply to), so they control the money. */
  claimable: boolean;
  /** The employer draws on it ("we doen een beroep op het O&O-fonds"): it finances the employer, never an employee's budget. */
  drawnByEmployer?: true;
  /**
   * A scheme of the state ("het STAP-budget", "de lerarenbeurs", "subsidie van de overheid"): employees
   * apply to it elsewhere, so the draft points to a right; it does not create one.
   */
  stateScheme?: true;
  /** Named in a comparison with other schemes ("het gemiddelde ontwikkelbudget in cao's"): not an instrument of this draft. */
  benchmark?: true;
  /** Named with a part of the organisation that holds it ("het opleidingsbudget van de afdeling Uitvoering"): a budget of its own. */
  unitHeld?: true;
  /** Named as one person's ("een persoonlijk ontwikkelbudget", "je eigen leerbudget"): the draft says whose it is. */
  personal?: true;
  /** A personal budget's name read as collective only by what its sentence says ("voor het hele personeel"). */
  collectiveBySentence?: true;
  /**
   * A bare generic word ("budget", "het tegoed") with no personal or collective cue: a back-reference
   * to the instrument in scope, not a new individual budget.
   */
  generic: boolean;
  /** Read from a sentence that grants money for development without naming an instrument ("stelt 1,5% van de loonsom beschikbaar voor opleiding"). */
  implicit: boolean;
}

export type Currency = 'EUR' | 'USD' | 'GBP';

export interface MoneyFact extends FactBase {
  kind: 'money';
  amount: number;
  currency: Currency;
  /** "maximaal", "tot een maximum van", "up to". */
  qualifier: 'max' | 'min' | 'exact';
  /** The period the amount is per, if stated ("per jaar", "per kalenderjaar"): in months. */
  perMonths: number | null;
  /** "per persoon", "per werknemer", "per medewerker". */
  perPerson: boolean;
  /** "in totaal", "totaal", "pot", "fonds": a total rather than a per-person amount. */
  total: boolean;
  /** How the amount is written, for amounts in euro written in figures; null for words ("duizend euro"), scale words ("2,5 miljoen") and other currencies. */
  notation?: MoneyNotation | null;
}

/** How an amount of euros is written: "€ 1.000,-", "EUR 1.000", "1000 euro". */
export interface MoneyNotation {
  /** The currency as a sign before the number, as "EUR" before it, or as the word "euro" after it. */
  currency: '€' | 'EUR' | 'euro';
  /** A whole amount ends in ",-", ",00" or nothing; null for an amount with cents. */
  whole: ',-' | ',00' | '' | null;
  /** Thousands grouped ("1.000", in English "1,000") or not ("1000"); null below 1.000. */
  thousands: 'grouped' | 'plain' | null;
  /** The number as written ("1.000,-"). */
  figure: string;
}

export interface PercentFact extends FactBase {
  kind: 'percent';
  value: number;
  /** What it is a share of. */
  base: 'payroll' | 'salary' | 'costs' | 'other';
}

export interface DurationFact extends FactBase {
  kind: 'duration';
  /** Length in months; `null` for open-ended ("onbeperkt"). */
  months: number | null;
  /**
   * How the duration is meant:
   * - 'period': a stretch of time ("drie jaar", "36 maanden")
   * - 'per': a rate ("per jaar", "per kalenderjaar", "jaarlijks")
   * - 'until-year-end': "tot het einde van het kalenderjaar"
   * - 'cao-term': "gedurende de looptijd van deze cao" (months filled from the cao's term when known)
   */
  form: 'period' | 'per' | 'until-year-end' | 'cao-term';
  /** The sentence speaks of a term or validity ("looptijd", "loopt van", "geldig"): a candidate for the cao's own term. */
  ofTerm: boolean;
  /** Time added after the period the thing is granted for: "blijft nog één jaar extra staan", "een jaar langer geldig". */
  extra?: true;
}

export interface CountFact extends FactBase {
  kind: 'count';
  value: number;
  unit: 'days' | 'hours';
  /** Per period in months, if stated. */
  perMonths: number | null;
}

/** What a lapse or saving statement is said of, read from its sentence: money (a budget, what is not spent) and/or time (days, hours). */
export interface StatementSubject {
  aboutMoney: boolean;
  aboutTime: boolean;
}

/** "vervalt", "komt te vervallen", "niet-bestede bedragen vervallen", "neem je niet mee", "expires", "use it or lose it". */
export interface LapseFact extends FactBase, StatementSubject {
  kind: 'lapse';
}

/** "kan worden gespaard", "wordt meegenomen naar het volgende jaar", "blijft drie jaar geldig", "carry over". */
export interface SavingFact extends FactBase, StatementSubject {
  kind: 'saving';
}

/** Spending or using a budget, or its validity: "besteden", "gebruiken", "inzetten", "geldig", "beschikbaar". A period in its clause is a spending period. */
export interface SpendingFact extends FactBase {
  kind: 'spending';
}

export interface PurposeFact extends FactBase {
  kind: 'purpose';
  /** Normalised purpose: 'opleiding', 'training', 'loopbaanadvies', 'evc', 'certificering', ... */
  purpose: string;
}

export interface TargetGroupFact extends FactBase {
  kind: 'target-group';
  group: 'lower-educated' | 'older' | 'low-literate' | 'other';
}

export interface SupportFact extends FactBase {
  kind: 'support';
  /** 'loopbaanadvies', 'loopbaangesprek', 'leerambassadeur', 'workshop', 'begeleiding', 'coaching', 'low-threshold' */
  support: string;
}

export interface CommunicationFact extends FactBase {
  kind: 'communication';
  /** 'inform', 'overview' (balance statement), 'channel', 'conversation' (annual / development conversation) */
  means: 'inform' | 'overview' | 'channel' | 'conversation';
  /** Managers ("leidinggevenden") are named as audience or party. */
  managers: boolean;
}

/** Training the job requires, arranged or paid by the employer ("scholing die nodig is voor de functie"). */
export interface RequiredTrainingFact extends FactBase {
  kind: 'required-training';
}

/** A line drawn between budgets ("gaat niet ten koste van het persoonlijk budget", "aanvullend op"). */
export interface BudgetBoundaryFact extends FactBase {
  kind: 'budget-boundary';
}

/** The same cost paid from either of two sources ("kunnen zowel uit de studiekostenregeling als uit het POB worden betaald"). */
export interface DualSourceFact extends FactBase {
  kind: 'dual-source';
}

/**
 * Terms of development schemes (facts/scheme-terms.ts): a budget stated without a figure, what
 * happens to unused rights, how a request is made, portability, flexible workers, tax, learning in
 * working time, and the conditions of external schemes (subsidies, sector funds) and how
 * compliance is shown.
 */
export type SchemeTerm =
  | 'unquantified' // "een bedrag van beschikbaar", "een jaarlijks te bepalen budget"
  | 'returns' // unused rights flow back to the central budget
  | 'request' // how a claim is made ("vraagt aan met een formulier")
  | 'portability' // taken along to another employer or job
  | 'flexible-workers' // temporary and agency workers included
  | 'tax' // tax treatment of employer deposits
  | 'external-scheme' // a subsidy or external scheme (STAP, SLIM, O&O-fonds, fiscale aftrek)
  | 'fund-provider' // a sector fund or foundation grants the money ("A+O stelt je een POB beschikbaar")
  | 'government-scheme' // a scheme of the government or the EU (STAP, SLIM, ESF, UWV), not of the sector
  | 'financing' // costs are paid from a source ("gedekt met", "gefinancierd uit", "doet een beroep op")
  | 'conditions' // the scheme's conditions are checked ("voldoet aan de voorwaarden")
  | 'proof' // how compliance is shown ("aantonen", "verantwoording", "bewijsstukken")
  | 'learning-time' // learning happens in working time ("vindt in werktijd plaats")
  | 'purposes-deferred'; // what the budget may be spent on is left to later ("Waaraan het budget besteed kan worden, werkt de directie later uit")

export interface SchemeTermFact extends FactBase {
  kind: 'scheme-term';
  term: SchemeTerm;
}

/**
 * An amount of time for development (facts/time.ts): "twee scholingsdagen per kalenderjaar", "24 uur
 * ontwikkeltijd per jaar", "vier uur per maand". `value` is null where a day or hour entitlement is
 * named without a figure ("de ontwikkeldagen", "innovatie-uren").
 */
export interface TimeAmountFact extends FactBase {
  kind: 'time-amount';
  value: number | null;
  unit: 'days' | 'hours';
  /** The period the amount is per ("per jaar": 12), if stated in the same clause. */
  perMonths: number | null;
}

/** What the draft says around development time (facts/time.ts). */
export type TimeTerm =
  | 'planning' // the time is planned in ("plant in overleg", "in de jaarplanning", "in het rooster")
  | 'replacement' // someone takes over the work ("vervanging", "overdracht van het werk"), or one is exempted from it
  | 'conversation' // what to use the time for is discussed ("in overleg met je leidinggevende", "in de gesprekscyclus")
  | 'employment-end' // end of employment ("bij einde dienstverband"): a lapse then is no yearly lapse
  | 'combination-project' // own staff are trained while newcomers on work-learning places take over
  | 'ramp-up' // planning counts on newcomers being only partly deployable at first
  | 'perspective' // newcomers get a qualification or contract with labour-market value
  | 'contract-size' // the size of a contract or working week ("een contract van minstens 12 uur per week"): no time to learn
  | 'amount-open'; // how much time is left to an agreement ("Hoeveel, dat spreek je af met je werkgever"): no number stated

export interface TimeTermFact extends FactBase {
  kind: 'time-term';
  term: TimeTerm;
}

export type Fact =
  | RoleTermFact
  | InstrumentFact
  | MoneyFact
  | PercentFact
  | DurationFact
  | CountFact
  | LapseFact
  | SavingFact
  | SpendingFact
  | PurposeFact
  | TargetGroupFact
  | SupportFact
  | CommunicationFact
  | ReferenceFact
  | RequiredTrainingFact
  | BudgetBoundaryFact
  | DualSourceFact
  | SchemeTermFact
  | WorkDesignFact
  | GroupSizeFact
  | WholeUnitFact
  | RotationIntervalFact
  | AuthorityFact
  | WorkConditionFact
  | TimeAmountFact
  | TimeTermFact;

export type FactKind = Fact['kind'];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;

/**
 * Where a provision's scope is visibly incomplete: `target` is the article or annex it refers to
 * that the document does not contain ("bijlage 4"), or null when the text breaks off inside the
 * scope (the draft's last sentence belongs to it and ends without punctuation).
 */
export interface ScopeGap {
  target: string | null;
}

/** An inline directive written as an HTML comment: `<!-- caolint-disable rule-id -->`. */
export interface Directive {
  range: TextRange;
  type: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids; empty means all rules. */
  rules: string[];
  line: number;
}

/** A term the draft defines, in its definitions article or with "Onder ... wordt verstaan" / "(hierna: ...)". */
export interface DefinedTerm {
  /** Lower case, as defined ("werknemer"). */
  term: string;
  sentence: number;
  range: TextRange;
}

export interface PolicyDocument {
  text: string;
  /** Line starts of the text, for line numbers (directives, reports). */
  lines: LineIndex;
  language: Language;
  articles: Article[];
  sentences: Sentence[];
  facts: Fact[];
  directives: Directive[];
  /** The YAML front matter, raw, if any. */
  frontMatter: string | null;
  /** The articles, annexes, chapters and members by number, which references were resolved against. */
  articleIndex: ArticleIndex;
  /** Terms the draft defines ("werknemer: degene die ...", "Onder werknemer wordt verstaan ..."), in document order. */
  definitions: DefinedTerm[];
  /** The cao's term in months when the draft states it ("looptijd van 1 juli 2024 tot en met 30 juni 2026"). */
  caoTermMonths: number | null;
}
