import type { Party, WorkCondition, WorkDesign } from '../types';

/** The words of task redesign, dialogue and job crafting. */
export interface WorkLexicon {
  /** Names of the ways of organising work ("taakroulatie", "zelfroosteren", "werkoverleg", "job crafting"). */
  designs: Readonly<Record<WorkDesign, readonly string[]>>;
  /** Cues that a sentence sets a design up, holds it or allows it ("stelt ~ in", "houdt", "voeren ~ in"). */
  arrangeCues: readonly string[];
  /**
   * What a working group does when it is at work, in any word order: "de werkgroep evalueert de pilot",
   * "na afloop bekijkt een werkgroep hoe het ging" (verb before the group when a phrase is fronted).
   */
  groupTasks: readonly string[];
  /** Cues that a sentence permits something ("kan", "mag"): arrangement for rotation and job crafting only. */
  permissionCues: readonly string[];
  /** Cues that a sentence explains what a design is ("job crafting betekent ..."): an explanation arranges nothing. */
  definitionCues: readonly string[];
  /** Groups of representatives (a working group of the unions and the minister is no employee participation). */
  representativeBodies: readonly string[];
  /** Staff of the floor among a group's members ("twee medewerkers uit iedere ploeg"): beside them, representatives make no consultation body. */
  staffMembers: readonly string[];
  /** Nouns for people after a number: a group size or a headcount ("deelnemers", "collega's"). */
  groupPeople: readonly string[];
  /** Endings of plural nouns for people of a trade ("monteurs", "operators", "verpleegkundigen"). */
  peopleSuffixes: readonly string[];
  /** Endings that look like people but are not ("meters", "orders", "folders"). */
  notPeople: readonly string[];
  /** Words near a duration in a rotation sentence that make it no interval ("de eerste vier weken", "een week van tevoren"). */
  notIntervalBefore: readonly string[];
  notIntervalAfter: readonly string[];
  /** Who can hold a say. */
  parties: Readonly<Record<Party, readonly string[]>>;
  /** Rotation intervals shorter than a week, as words: "dagelijks", "per dienst", "per dagdeel". */
  shortIntervals: Readonly<Record<'day' | 'half-day', readonly string[]>>;
  /** Decision power and advice. */
  authority: Readonly<Record<'decide' | 'advise', readonly string[]>>;
  /** Conditions for changing work and for participation groups. */
  conditions: Partial<Readonly<Record<WorkCondition, readonly string[]>>>;
  /**
   * Descriptions of a practice that are that practice, said of employees or a team ("het team stelt
   * zelf het rooster op" is self-rostering, "operators maken zelf de dagplanning" is enrichment).
   */
  practices: Partial<Readonly<Record<WorkDesign, readonly string[]>>>;
  /**
   * Where an organisation is heading, said of it by name: the goal words and the links before the
   * name ("de doelen van het DC", "de koers van ACME"); an abbreviation or proper name is the organisation.
   */
  orgGoals: { heads: readonly string[]; links: readonly string[]; determiners: readonly string[] };
  /** Headings that address a condition for the section under them ("Doel", "Waarom dit project"). */
  headingConditions: Partial<Readonly<Record<WorkCondition, readonly string[]>>>;
  /** Pronouns that can be the doer of a practice when no manager or employer is named before them ("zij", "ze"). */
  practicePronouns: readonly string[];
  /** Places one rotates between: under a rotation heading, a sentence naming one gives the interval ("vier maanden op een lijn"). */
  rotationPlaces: readonly string[];
  /** Changing place said as a verb ("wissel je elke week", "we rouleren per kwartaal"): after rotation was arranged, its frequency is the interval. */
  rotationVerbs: readonly string[];
  /**
   * Roles, duties and shifts that pass from person to person without anyone changing tasks: "het
   * voorzitterschap rouleert", "de nachtdiensten rouleren". Their rotation is no task rotation.
   */
  rotatingRoles: readonly string[];
  /** Words before where one rotates to or between ("tussen", "naar", "andere"): a role or place after them is where one goes. */
  rotationLinks: readonly string[];
  /** Words that join clauses sharing a subject ("de werkgroep onderzoekt ... en doet voorstellen"). */
  coordinators: readonly string[];
  /** Pronouns that open a relative clause after a noun ("medewerkers die een opleiding volgen"). */
  relativePronouns: readonly string[];
  /**
   * Heads of person nouns by the party they name, singular and plural; a noun is of the class of the
   * longest head it ends with, so compounds need no entry of their own ("kassamedewerkers",
   * "wijkverpleegkundige", "afdelingshoofd"). `none` holds people who are no party (clients,
   * patients, suppliers, coaches) and things that end like people ("roosters").
   */
  personHeads: Readonly<Record<'employee' | 'manager' | 'employer' | 'none', readonly string[]>>;
  /** Endings of plural person nouns without a known head ("lassers", "stukadoors"), read as employees. */
  staffSuffixes: readonly string[];
  /** Prepositions: a party right after one (a determiner between) is not the subject ("in overleg met de leidinggevende"). */
  prepositions: readonly string[];
  /** Determiners and possessives that may stand between a preposition and its party noun. */
  partyDeterminers: readonly string[];
  /** Auxiliaries of the passive ("wordt", "worden"): with "zelf" and no agent, the people of the unit do it ("er wordt zelf geroosterd"). */
  passiveAuxiliaries: readonly string[];
  /** "zelf": the doers themselves. */
  selfWords: readonly string[];
  /** Approval whose holder is named after "van" or "door", or is the subject ("na goedkeuring van de teamleider", "de manager keurt goed"). */
  approval: readonly string[];
  /** Words that mark the holder named right after them: the agent of a passive and the owner of an approval ("door", "van"). */
  agentMarkers: readonly string[];
  /** Words that, before an approval, say it is not needed ("zonder toestemming van de teamleider"). */
  without: readonly string[];
  /** Units of people whose size a sentence can state ("ploeg", "team", "afdeling", "vestiging"). */
  units: readonly string[];
  /** Cues before a unit that a meeting is for all of it ("de hele ploeg", "alle monteurs van de vestiging"). */
  wholeUnit: readonly string[];
  /** Heads of machines and systems: their run-in time is no learning time ("de inwerktijd van de machine"). */
  equipment: readonly string[];
  /** Nouns for advice and proposals, and the prepositions that put a decision on them ("over elk voorstel ... neemt de directie een besluit"). */
  adviceNouns: readonly string[];
  adviceLinks: readonly string[];
  /** Words after a number that make it a measure, not a count of people ("een ploeg van dertig jaar geleden"). */
  measureWords: readonly string[];
  /** Words that make the people counted after them addressees, not a group ("het verslag gaat naar alle 60 medewerkers"). */
  addresseeMarkers: readonly string[];
  /** Verbs that state a size without a noun for people ("op elke vestiging werken er zestien", "het team telt 12"). */
  sizeVerbs: readonly string[];
  /** Agent markers of a passive that may stand a few words after the verb ("door"); "van" names an owner only right after it. */
  passiveAgentMarkers: readonly string[];
  /** A free relative as subject ("Wie zijn werk anders wil inrichten, ..."): anyone it applies to, an employee. */
  freeRelatives: readonly string[];
  /** The first person ("ik", "mij", "mijn"): the writer of a memo or letter, when its header or signature names who writes. */
  firstPerson: readonly string[];
  /** The first person plural ("wij", "we", "ons"): the writer when the writer is a body (the employer, a works council, a group). */
  firstPersonPlural: readonly string[];
  /** Header labels before the writer ("Van:", "Afzender:") and signature openers ("Namens de directie"). */
  writerLabels: readonly string[];
  /** Header labels before the addressees ("Aan:"): a person writing by name to a team or the staff writes as their manager. */
  recipientLabels: readonly string[];
  /**
   * Management-side roles that plan the work but lead no one ("de planner", "de roosteraar"): they may
   * decide on a rota, but telling them of a change does not keep the manager informed.
   */
  planningRoles: readonly string[];
  signatureOpeners: readonly string[];
  /** Closing words that open a signature ("Met vriendelijke groet", "Hoogachtend"). */
  closings: readonly string[];
  /** Offering a practice arranges it for whoever takes it up ("we bieden job crafting aan", "job crafting wordt aangeboden"). */
  offerCues: readonly string[];
  /**
   * A design named as what something is about: the subject of a course, workshop, training or
   * book, or a purpose money may be spent on ("een workshop over job crafting", "besteden aan
   * ... een training job crafting"). Such a sentence arranges nothing.
   */
  topicCues: readonly string[];
  /** Words that may stand between a course and the design it is about ("een training over", "workshop rond het thema"). */
  topicLinks: readonly string[];
  /**
   * Keeping the manager informed in word orders the condition list leaves out, matched after any
   * manager noun is read as "leidinggevende": verb second ("zo blijft je leidinggevende op de
   * hoogte"), and the manager knowing what changes ("zodat hij weet wie wat doet").
   */
  managerInformed: readonly string[];
  /** Money spent on something ("het ontwikkeldeel kun je besteden aan", "wordt vergoed"): what follows is a spending purpose, not arranged. */
  spendingPurposeCues: readonly string[];
}
