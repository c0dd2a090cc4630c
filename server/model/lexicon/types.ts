import type { VerbKnowledge } from '../morphology/dutchVerbs';
import type { SchemeTerm, TimeTerm } from '../types';
import type { WorkLexicon } from './workTypes';

export type { WorkLexicon };

/** The language knowledge the fact extractors use; one file per language fills it. */
export interface Lexicon {
  /** How the language's verbs inflect, for `@lemma` entries (null: lemmas match only as written). */
  verbs: VerbKnowledge | null;
  /** Finite auxiliaries and modals ("kan", "wordt", "is"): after "en" or "of" one opens a new clause ("kan niet worden gespaard en vervalt"). */
  auxiliaries: readonly string[];
  /** Words that negate the clause they stand in ("niet", "geen"). */
  negators: readonly string[];
  /**
   * A denied possibility or permission ("het is niet mogelijk", "er is geen mogelijkheid", "niet
   * toegestaan"): it negates the clause it governs, however long ("om dagen die ... over te hevelen").
   */
  deniedPossibility: readonly string[];
  /** How the clause a denied possibility governs is opened and closed (see facts/clauses.ts). */
  complement: { openers: readonly string[]; finiteOpeners: readonly string[]; infinitive: string; verbFinal: boolean };
  /** Compound parts that make a budget, account or day a development one ("ontwikkel", "scholings"). */
  developmentStems: readonly string[];
  /** How development instruments are written as one compound word ("loopbaanontwikkelingsbudget", "scholingsverlof"). */
  compounds: CompoundLexicon;
  /** A definition: "Onder <term> wordt verstaan ..." (opener before the term, verb after it). */
  definitionOpeners: readonly string[];
  definitionVerbs: readonly string[];
  /** How a cross-reference is written: "artikel 12 lid 3", "artikel 4, derde lid", "bijlage III", "artikel 7:611 BW". */
  references: {
    article: readonly string[];
    annex: readonly string[];
    member: readonly string[];
    /** Ordinal words before "lid" and the member number they mean ("derde" = 3). */
    ordinals: Readonly<Record<string, string>>;
    /** Names after a reference that put it in another document (a law, another regulation); `wet*` style prefixes allowed. */
    otherDocuments: readonly string[];
    /** Small words that may stand between the reference and that name ("van het ARAR"). */
    linkWords: readonly string[];
    /** Words for a chapter ("hoofdstuk") and for a section read like an article ("paragraaf"). */
    chapter: readonly string[];
    section: readonly string[];
    /** Words for a lettered item of a member ("onderdeel b", "sub c"). */
    item: readonly string[];
    /** A member counted from the one the reference stands in: "het vorige lid", "het volgende lid". */
    previous: readonly string[];
    next: readonly string[];
    /** "dit artikel", "deze bijlage", "van deze cao": the unit or document the reference stands in. */
    this: readonly string[];
    /** "die wet", "dat besluit": a document named before, never this one. */
    that: readonly string[];
    /** Words that join the numbers of a list ("en", "of") and open a range ("tot en met", "t/m"). */
    listWords: readonly string[];
    rangeWords: readonly string[];
    /** Names of a collective agreement: after them a proper name ("de cao Rijk") is another agreement, on their own this one. */
    agreement: readonly string[];
  };
  /**
   * The parties a cao defines and the words for each (singular, then its plural): a draft that
   * defines one word of a role and uses another of the same role mixes synonyms.
   */
  roleTerms: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>>;
  /** Titles of a definitions article ("Begripsbepalingen", "Definities"): colon definitions count there. */
  definitionTitles: readonly string[];
  /** An age, not a period: "18 jaar en ouder", "de leeftijd van 60 jaar", "werknemers van 55 jaar". */
  ages: {
    /** Right after the unit ("en ouder"). */
    after: readonly string[];
    /** Within three words before the number ("leeftijd"). */
    before: readonly string[];
    /** The two words right before the number: a person and "van" ("werknemers van"). */
    holders: readonly string[];
  };
  /** Words saying the text is about learning or development (for context checks). */
  developmentWords: readonly string[];
  /** Instruments written as phrases rather than compounds ("persoonlijk budget", "learning budget"). */
  instrumentPhrases: Partial<Record<InstrumentPhraseKind, readonly string[]>>;
  /** Cues that the sentence grants something ("heeft recht op", "ontvangt"). */
  grants: readonly string[];
  /** After a budget's name, the part of the organisation that holds it: "van de afdeling", "van het team", "per vestiging". */
  unitHolders: readonly string[];
  /** A budget of other schemes, not this draft's: an adjective right before it ("het gemiddelde budget"), or a phrase right after it ("in andere cao's"). */
  benchmarks: { before: readonly string[]; after: readonly string[] };
  /** Cues that the instrument is a pot for the organisation, not for one person. */
  collectiveCues: readonly string[];
  /** Cues that employees claim from a fund themselves ("op aanvraag van de werknemer", "trekkingsrecht"). */
  individualClaims: readonly string[];
  /** Employees as the recipients of a subsidy ("aan leraren", "aan werknemers"). */
  employeeRecipients: readonly string[];
  /** Cues that a budget belongs to one person ("per werknemer", "jouw budget", "elke medewerker krijgt"); they outweigh collective cues. */
  individualCues: readonly string[];
  /** Who claims or receives money for the organisation, not for themselves ("werkgevers", "taxibedrijven", "we"). */
  employerClaimants: readonly string[];
  /** Who claims for themselves ("werknemer", "je"). */
  employeeClaimants: readonly string[];
  /** Money granted for development without an instrument word: "stelt 1,5% van de loonsom beschikbaar voor opleiding", "stort € 150 per werknemer". */
  implicitGrants: readonly string[];
  /** A fixed sum for learning granted under a general money noun, ending before its amount ("recht op een vergoeding van [€ 2.500]"). */
  allowanceGrants: readonly string[];
  /** Words that make a money sentence about costs rather than a budget ("vergoedt", "kosten"): no implicit instrument there. */
  costCues: readonly string[];
  /** Words that make a number an upper bound ("ten hoogste", "niet meer dan") or a lower one ("ten minste", "meer dan"). */
  upperBounds: readonly string[];
  lowerBounds: readonly string[];
  /** Words before a number that make it a label, not a quantity ("artikel 34", "lid 2"). */
  numberLabels: readonly string[];
  /** Pronouns that open a relative clause ("opleidingen die uit het budget zijn betaald"): a negation before one is the main clause's. */
  relativePronouns: readonly string[];
  /**
   * Words that make a stretch of time an addition to the period granted: before it ("nog een jaar"),
   * after it ("een jaar extra", "langer"); `anchors` after it count it from a moment instead ("twaalf maanden na toekenning").
   */
  extension: { before: readonly string[]; after: readonly string[]; anchors: readonly string[] };
  /** A change of amount, "van € 500 naar € 750": the words before the old and the new amount. */
  amountChange: { from: readonly string[]; to: readonly string[] };
  /** Cues that an amount is per person. */
  perPersonCues: readonly string[];
  /** Cues that an amount is a total. */
  totalCues: readonly string[];
  lapse: readonly string[];
  /** Carrying a budget or days over ("meenemen", "doorschuiven", "sparen"): saving, and a lapse when negated. */
  carryOver: readonly string[];
  /** Building a balance up ("sparen", "opbouwen"): saving; negated by "niet" a lapse, by "geen" before the noun only no accrual. */
  accrual: readonly string[];
  saving: readonly string[];
  /**
   * What a lapse or saving statement is said of: money or time; or something that is no balance
   * at all (a regulation, an article, an application, a premium), so "de oude regeling vervalt"
   * is no lapse of a budget.
   */
  statementSubjects: Readonly<Record<'money' | 'time' | 'other', readonly string[]>>;
  /** Words that name no instrument of their own but point back to one ("het budget", "je persoonlijke tegoed"). */
  backReferenceWords: readonly string[];
  /** Words for what is left that fit time as well as money ("tegoed", "saldo"): beside hours they are the hours' balance. */
  balanceWords: readonly string[];
  /** Words right before a budget's name that make it one person's ("een persoonlijk ontwikkelbudget", "je eigen leerpot"). */
  personalMarkers: readonly string[];
  /** Small words skipped when reading an abbreviation's initials ("G&D fund" = "growth and development fund"). */
  nameLinkWords: readonly string[];
  /** Spending or using a budget, or its validity ("besteden", "inzetten", "geldig"): a period in the same clause is its spending period. */
  spending: readonly string[];
  /** Words after a negator that make it "no longer" ("niet meer beschikbaar"): part of a lapse, not its denial. */
  noLonger: readonly string[];
  /** Saving said with a negator that does not deny it: "hoeft niet direct te worden besteed", "niet per se dit jaar". */
  notYet: readonly string[];
  /**
   * A matter put off to a later agreement ("doet de OR later een apart voorstel", "wordt nog nader
   * uitgewerkt", "daarover zijn nog geen afspraken"): what the sentence names is not arranged yet.
   */
  deferred: readonly string[];
  /**
   * What is put off is only how much ("hoeveel uren dat zijn, wordt later geregeld", "het aantal uren
   * stellen we nog vast"): a grant in a clause before it stands, without its quantity.
   */
  deferredAmount: readonly string[];
  /**
   * An embedded question: what is asked, wondered about or still open ("De OR vraagt of ...",
   * "Onduidelijk is nog hoe lang ...", "P&O zoekt uit wat ..."). `predicates` say the asking (their
   * last word right before the question word, or with up to `reach` words between: "vraagt de directie of");
   * `questionWords` open the asked clause. What the asked clause says is not stated.
   */
  asking: {
    predicates: readonly string[];
    questionWords: readonly string[];
    reach: number;
    particles: readonly string[];
    /** A main clause that says a question put first is open: "daarover zegt het akkoord niets". */
    unsaid: readonly string[];
    /** Asking for something to be done: "vraagt om", "verzoekt", "pleit voor". */
    requests: readonly string[];
    /** Modals that make asking a right ("je kunt vragen om een gesprek"). */
    modals: readonly string[];
    /** A request granted after it ("de directie zegt dit toe", "gaat akkoord"). */
    granted: readonly string[];
  };
  /** What exceeds a cap ("wat daarboven uitkomt", "het meerdere"): its lapse is a cap on saving, not a yearly lapse. */
  capExcess: readonly string[];
  /** Articles before a verb used as a noun ("het sparen van het budget"). */
  nominalArticles: readonly string[];
  /** The word after such a verb that introduces what it is said of ("het verlopen van de cao"). */
  nominalOf: readonly string[];
  /** Lapse words that mean "lost" only as the last word of their clause ("wat over is, is weg", not "zijn weg vinden"). */
  lapseAtClauseEnd: readonly string[];
  /** Words for each one of a group ("elke", "iedere"): before an employee noun they make an amount per person. */
  eachWords: readonly string[];
  /** Skills a target-group entry names bare ("digitale vaardigheden", "NT2"): after a course word they are what it teaches. */
  skillNames: readonly string[];
  /** Words for a course or lesson ("cursus", "training", "les"): a skill right after one is its content. */
  courseWords: readonly string[];
  /**
   * Words that give a lapse verb its other sense, "to go" ("de overgang goed laten verlopen", "hoe
   * het traject verloopt"): in their clause the verb says how something went, not that it ends.
   */
  proceedingSense: readonly string[];
  /**
   * Where a carry-over verb takes something into a talk or a judgement, not into the next year ("ik
   * neem de leerrekening mee in ons jaargesprek", "wordt meegenomen in de beoordeling").
   */
  takenIntoTalk: readonly string[];
  /** Illness: a day kept because one was ill ("houd je de dag tegoed") is an exception, not a carry-over. */
  illness: readonly string[];
  untilYearEnd: readonly string[];
  /**
   * A moment of the year without a year number, at which something is handed out: "kent in januari
   * een voucher toe", "ontvangt op 1 januari € 500". An amount granted so is granted every year;
   * "eenmalig" (`oneOff`) or a year after the moment ("in januari 2026") makes it once.
   */
  yearlyMoments: readonly string[];
  oneOff: readonly string[];
  /** The end of the year after the grant ("tot het einde van het volgende kalenderjaar"): about 24 months. */
  untilNextYearEnd: readonly string[];
  /** Words that make a period a term or a validity ("looptijd", "loopt", "geldig"). */
  termWords: readonly string[];
  caoTerm: readonly string[];
  /** Cues that a sentence says what money may be spent on. */
  purposeCues: readonly string[];
  /**
   * A question that asks what the money is for ("Waarvoor?", "Waaraan kun je het uitgeven?"): on a page
   * without articles it heads the answer below it like a heading, list and all.
   */
  purposeQuestions: readonly string[];
  /** Purpose words that name no kind of learning by themselves ("een cursus", "een opleiding"): alone, in a sentence about something else, they state no purpose. */
  genericPurposes: readonly string[];
  /** Words that give an example ("bijvoorbeeld een cursus"): the example is a purpose. */
  exampleCues: readonly string[];
  /** Use left open instead of purposes stated: "naar eigen inzicht", "waar je het aan uitgeeft, bepaal je zelf". Written forms only (read on plain tokens, no `@lemma`). */
  openUse: readonly string[];
  /** Prepositions that say what something is for ("een budget voor scholing", "besteden aan"). */
  purposePrepositions: readonly string[];
  /** Cues that money is reserved for one purpose only ("uitsluitend voor", "bestemd voor"): an IKB so earmarked is a development budget. */
  exclusiveCues: readonly string[];
  purposes: Readonly<Record<string, readonly string[]>>;
  /** References to a regulation or annex that lists purposes or conditions ("volgens het opleidingsreglement"). */
  regulationReferences: readonly string[];
  targetGroups: Readonly<Record<'lower-educated' | 'older' | 'low-literate', readonly string[]>>;
  support: Readonly<Record<string, readonly string[]>>;
  /** Words that make help money, not guidance ("financiële ondersteuning", "hulp bij de kosten"); a support phrase they touch is dropped. */
  supportExclusions: readonly string[];
  /** How employees come to know of their entitlements; see `CommunicationLexicon`. */
  communication: CommunicationLexicon;
  managers: readonly string[];
  /** Words for looking something up ("inzien", "raadplegen", "view"): a channel informs only when it shows something. */
  viewing: readonly string[];
  /** Words for the employee as the subject of a sentence ("de werknemer", "je"). */
  employees: readonly string[];
  /** Words for the employer or the organisation ("de werkgever", "het bevoegd gezag"). */
  employers: readonly string[];
  /** Training the job requires ("functiegerichte scholing", "nodig voor de functie"). */
  requiredTraining: readonly string[];
  /** Statements that separate budgets ("niet ten laste van het persoonlijk budget", "aanvullend op"). */
  budgetBoundaries: readonly string[];
  /** One cost, two sources: "zowel uit ... als uit ...", "either from ... or from ...". */
  dualSources: readonly string[];
  /** Words right before a fund that name it as provider or source, not as what is granted ("een adviseur van het opleidingsfonds", "via het O&O-fonds"). */
  providerCues: readonly string[];
  /** A subsidy of the state rather than of the sector or employer: by its name ("STAP-budget") or its provider ("van de overheid"). */
  stateSchemes: readonly string[];
  /** Words for the base of a percentage. */
  percentBases: Readonly<Record<'payroll' | 'salary' | 'costs', readonly string[]>>;
  /** Task redesign, dialogue and job crafting: work designs, group sizes, authority, conditions (facts/work-organisation.ts, facts/authority.ts). */
  work: WorkLexicon;
  /** Development time: amounts of days and hours, planning, replacement, combination projects (facts/time.ts). */
  time: TimeLexicon;
  /** Terms of development schemes: figureless budgets, unused rights, requests, portability, subsidy conditions ... */
  schemeTerms: Partial<Readonly<Record<SchemeTerm, readonly string[]>>>;
}

/**
 * Compound heads and the prefixes that make them an instrument. A prefix "has a stem" when it ends
 * with a development stem (or starts with a long one): "loopbaanontwikkelings" + "budget".
 */
export interface CompoundLexicon {
  /** Heads of a budget ("budget", "tegoed", "toelage"); with a stem an individual budget, with a generic prefix a budget of unknown purpose. */
  budgetHeads: readonly string[];
  /** Heads that are a budget only with a stem ("opleidingsbedrag"). */
  amountHeads: readonly string[];
  /** Prefixes of a budget that say nothing of its purpose ("basis", "persoonlijk", or none), and the heads they may stand before ("budget", not "toelage"). */
  genericBudgetPrefixes: readonly string[];
  genericBudgetHeads: readonly string[];
  /** Heads of a budget for sharing ("scholingspot"): shared unless the draft makes it one person's. */
  sharedHeads: readonly string[];
  /** Prefixes (contained or whole) that make a budget a choice budget converting salary ("keuze", "ikb"). */
  choicePrefixes: readonly string[];
  accountHeads: readonly string[];
  /** Prefixes that make an account something else ("studiekostenrekening" is an invoice). */
  accountExclusions: readonly string[];
  /** Heads that are a budget only with one of `moneyStems` ("scholingsgeld", "ontwikkelgeld"; not "lesgeld", "cursusgeld", which are fees). */
  moneyHeads: readonly string[];
  moneyStems: readonly string[];
  /** Prefixes before a development stem that make a budget the organisation's ("teamontwikkelbudget", "afdelingsopleidingsbudget"). */
  collectivePrefixes: readonly string[];
  fundHeads: readonly string[];
  /** Fund prefixes that are development funds by name ("o&o", "sector"). */
  fundPrefixes: readonly string[];
  voucherHeads: readonly string[];
  leaveHeads: readonly string[];
  leavePrefixes: readonly string[];
  timeHeads: readonly string[];
  timePrefixes: readonly string[];
}

export type InstrumentPhraseKind =
  | 'individual-budget'
  | 'individual-generic'
  | 'learning-account'
  | 'voucher'
  | 'collective-fund'
  | 'choice-budget'
  | 'development-time'
  | 'training-leave'
  | 'reimbursement'
  | 'free-time'
  | 'subsidy'
  | 'collective-generic';

/** The words of development time (facts/time.ts). */
export interface TimeLexicon {
  /** Units of time beyond the count units: compounds that name development or free time ("innovatie-uren"). */
  units: Readonly<Record<'days' | 'hours', readonly string[]>>;
  /** Words between a number and its unit that halve it ("vijf halve dagen"). */
  halves: readonly string[];
  /** Words that may stand between a number and its unit without changing it: "twee betaalde scholingsdagen", "drie extra dagen". */
  amountAdjectives: readonly string[];
  /** Words that say a sentence is about time off or time for learning ("verlof", "ontwikkeltijd", "dagen"). */
  context: readonly string[];
  /** Newcomers on work-learning places ("uitzendkrachten", "nieuwe instromers", "leerwerkplekken"). */
  newcomers: readonly string[];
  /** Cues that newcomers free own staff ("om vaste werknemers vrij te maken", "terwijl eigen medewerkers leren"): with newcomers, a combination project. */
  freesStaff: readonly string[];
  /**
   * A combination project said without its name (facts/time.ts): new people taken on or placed
   * ("nemen ... aan", "zetten ... in", "via het uitzendbureau") while own staff train, in one sentence
   * or in one provision; and how their deployment is said.
   */
  project: {
    /** Taking on or placing people: "aannemen", "werven", "inzetten", "in dienst nemen". */
    intake: readonly string[];
    /** Words before a person noun that make them new people ("nieuwe chauffeurs"). */
    newMarkers: readonly string[];
    /** Words before a person noun that make them own staff ("vaste chauffeurs", "eigen medewerkers"). */
    ownMarkers: readonly string[];
    /** Where new people come from, which makes them newcomers ("via het uitzendbureau", "uit een uitkering"). */
    origins: readonly string[];
    /** Nouns for a project's participants ("deelnemers", "kandidaten"): newcomers once newcomers were named before. */
    participants: readonly string[];
    /** Full deployment from the start: the ramp-up denied ("vanaf de eerste dag volledig ingeroosterd", "vervangen één op één"). */
    fullDeployment: readonly string[];
  };
  terms: Readonly<Record<TimeTerm, readonly string[]>>;
  /** Cues beyond the development words that days or hours are for learning ("conferenties", "de bekwaamheid bijhouden"). */
  learning: readonly string[];
  /** Days and hours that are something else: holidays, sick leave, overtime, leave of other kinds. */
  otherTime: readonly string[];
  /** Time for learning named without a figure ("scholingstijd", "tijd voor ontwikkeling", "opleiding in werktijd"). */
  developmentTime: readonly string[];
  /** Time to learn a new task, machine or way of working ("om het nieuwe werk te leren", "inwerktijd"): part of a task change, no development time. */
  taskLearning: readonly string[];
  /** Time or room to learn said as what it is for ("tijd om te leren", "ruimte om je te ontwikkelen"): development time itself. */
  timeToLearn: readonly string[];
  /** Words that give such time to someone ("krijgt", "geeft", "biedt"): with them, naming the time grants it. */
  timeGivers: readonly string[];
  /** Free development time by what it is ("innovatietijd", "een deel van je tijd aan innovatie", "vrije leertijd"). */
  freeTime: readonly string[];
  /**
   * Free development time said without its label: time to learn what one chooses oneself ("leertijd
   * om zelf iets nieuws te leren", "uren die je naar eigen keuze besteedt", "eigen tijd voor
   * experimenten"). `freeChoice` is the choice, `freeTimeWords` the time it is said of.
   */
  freeChoice: readonly string[];
  freeTimeWords: readonly string[];
  /** Words that make such a sentence about learning beyond the development words: trying something new, learning time by name. */
  freeChoiceLearning: readonly string[];
  /** What free time is for, as one's own choice ("eigen projecten", "je eigen leerdoel", "zelfgekozen onderwerpen"), wherever it stands. */
  selfPurposes: readonly string[];
  /** Pronominal adverbs that point back to a purpose named earlier, split or whole ("daar ... voor", "daarvoor", "hiervoor"). */
  pointers: readonly string[];
  /** The prepositions that end a split pointer or open a purpose ("voor", "aan"). */
  purposeLinks: readonly string[];
  /** Time that is the employee's own, not working time ("buiten werktijd", "in je eigen tijd"): no time granted. */
  outsideWork: readonly string[];
  /** Money paid per hour ("€ 20 per cursusuur"): hours beside it size the payment, they grant no time. */
  paidPerHour: readonly string[];
  /** How long a course runs ("De opleiding duurt twaalf weken, twee dagen per week"): its schedule, not time granted. */
  courseSchedule: readonly string[];
  /** Words that make the period after them a deadline ("binnen twaalf maanden"): a "niet" before them denies the deed, not the period. */
  deadlineWords: readonly string[];
  /** Words before "functie" that make it a job one moves to ("nodig voor een andere functie"): a career step, not training the job requires. */
  otherJob: readonly string[];
  /** Words before a roster or planning that make it the schedule as it stands ("volgens rooster"): nothing is planned. */
  perRoster: readonly string[];
  /** Words before a planning verb that make it planning a day again ("opnieuw inplannen", "alsnog"): no arrangement for taking days. */
  replanning: readonly string[];
  /** What a percentage of time is a share of ("10% van je werktijd"). */
  workingTime: readonly string[];
  /** Lone words for days or hours that a lapse or carry-over is said of ("Uren die je niet hebt gebruikt, vervallen"). */
  bareUnits: Readonly<Record<'days' | 'hours', readonly string[]>>;
}

/** The words of informing employees (facts/communication.ts): the means, and the cues that qualify them. */
export interface CommunicationLexicon {
  /** tell: someone informs; material: a message, leaflet, meeting or campaign; overview: a statement of what is left; channel: where it is shown; conversation: a talk that covers development. */
  means: Readonly<Record<'tell' | 'material' | 'overview' | 'channel' | 'conversation', readonly string[]>>;
  /** "jaarlijks", "ieder kwartaal": a conversation that recurs. */
  recurring: readonly string[];
  /** Conversations that recur by nature ("jaargesprek", "POP", "gesprekscyclus") or are held together on purpose. */
  periodicConversations: readonly string[];
  /** What a sentence that tells or names a channel must be about ("regeling", "saldo", "*verlof"), besides development words and instruments. */
  topics: readonly string[];
  /** Applying, declaring and deciding: a channel or message for these is procedure, not informing. */
  procedure: readonly string[];
  /** Words before a procedure word that make it a moment of telling, not a procedure: "informeert bij toekenning", "na je aanvraag". */
  procedureMoments: readonly string[];
  /** Employees getting a message ("krijgt iedereen een herinnering"): what makes a message count where only the section says what it is about. */
  received: readonly string[];
  /** A meeting's matter pointed back to ("we bespreken het in het werkoverleg", "komt er op terug", "hierover"): the section's subject. */
  meetingOnThis: readonly string[];
  /** "op verzoek", "desgewenst": given only when asked for. */
  onRequest: readonly string[];
  /** The official gazette ("Staatscourant"): publishing a regulation is not informing employees. */
  publication: readonly string[];
  /** The works council and unions: informing them is not informing employees. */
  representatives: readonly string[];
  /** Advisers and coaches outside the line ("loopbaanadviseur", "coach"): a talk with one is support the employee may use, not the employer informing. */
  advisers: readonly string[];
}
