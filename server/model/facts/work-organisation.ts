import type { Fact, Party, RotationIntervalFact, WorkCondition, WorkConditionFact, WorkDesign, WorkDesignFact } from '../types';
import { isYear, readGroupSizes } from './groupSizes';
import { readGroupNumber } from './number-words';
import type { SentenceScope } from './scope';
import { readParties, type PartyMention } from './parties';
import { readManagerInformed, settleArrangements } from './design-settling';

/** Designs that a permission ("kan rouleren", "mag job crafting toepassen") already arranges. */
const PERMITTED: ReadonlySet<WorkDesign> = new Set(['rotation', 'job-crafting', 'self-rostering', 'enrichment']);
const GROUPS: ReadonlySet<WorkDesign> = new Set(['werkgroep', 'verbeterteam']);
/** Saying there are none still addresses the condition: "geen gevolgen voor het salaris", "ondervindt geen nadeel". */
// So does the answer to advice said for when it is not followed: "neemt hij een voorstel niet over, dan legt hij uit waarom".
const NEGATION_ADDRESSES: ReadonlySet<WorkCondition> = new Set(['terms-effect', 'safety', 'workload', 'advice-response']);

/**
 * Task redesign, dialogue and job crafting: the designs a sentence names (and whether it arranges
 * them), group sizes, rotation intervals and the conditions the guidance asks for. `facts` are the
 * sentence's facts so far (its durations give the rotation intervals).
 */
export function readWorkOrganisation(scope: SentenceScope, facts: readonly Fact[]): Fact[] {
  const sizes = readGroupSizes(scope);
  const staffNamed = scope.lex.work.staffMembers.test(scope.tokens);
  const named = readDesigns(scope, sizes, staffNamed, facts);
  const designs = [...named, ...readPractices(scope, named, facts)];
  settleArrangements(scope, designs);
  const conditions = readConditions(scope);
  const out: Fact[] = [...designs, ...sizes, ...conditions, ...readManagerInformed(scope, conditions)];
  const { sentence } = scope;
  if (sentence.heading)
    scope.discourse.noteHeading(
      sentence.article,
      designs.filter((d) => !d.negated).map((d) => d.design),
    );
  const rotationHere = designs.some((d) => d.design === 'rotation' && !d.negated);
  if (rotationHere && !sentence.heading) scope.discourse.rotationArranged = true;
  if (rotationHere) {
    const intervals = readRotationIntervals(scope, facts);
    out.push(...intervals);
    // Rotation with its interval is arranged: "taakroulatie met een cyclus van acht weken".
    if (intervals.length > 0)
      for (const d of designs)
        if (d.design === 'rotation' && !d.negated && !sentence.heading && !scope.lex.work.definitionCues.test(scope.tokens)) d.arranged = true;
  } else if (
    !sentence.heading &&
    !designs.some((d) => d.design === 'rotation') &&
    scope.discourse.designsBelowTitle(sentence.article).includes('rotation') &&
    scope.lex.work.rotationPlaces.test(scope.tokens) &&
    !scope.lex.work.notIntervalBefore.test(scope.tokens)
  ) {
    // Under a rotation heading, how long one stays at a place is the interval: "## Roulatie" over
    // "De operators werken telkens vier maanden op een lijn". Not in a sentence about a pilot, a trial
    // or an induction anywhere ("de pilot op de afdeling duurt zes maanden").
    out.push(...readRotationIntervals(scope, facts));
  } else if (!sentence.heading && scope.discourse.rotationArranged && scope.lex.work.rotationVerbs.test(scope.tokens)) {
    // Once rotation is arranged, how often people change is its pace: "Hoe vaak wissel ik? ... wissel je elke week".
    out.push(...readRotationIntervals(scope, facts));
  }
  return out;
}

/** A negator inside the words of a design ("wisselt niet van werkplek", "verdelen het werk niet zelf") negates it. */
function negatedWithin(scope: SentenceScope, first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) if (scope.lex.negators.has(scope.tokens[i].lower)) return true;
  return scope.negated(first, last);
}

const MEETINGS: ReadonlySet<WorkDesign> = new Set(['werkgroep', 'verbeterteam', 'werkoverleg']);

function readDesigns(scope: SentenceScope, sizes: readonly Fact[], staffNamed: boolean, facts: readonly Fact[]): WorkDesignFact[] {
  const { tokens, sentence } = scope;
  const work = scope.lex.work;
  const matches = work.designs.matchAll(tokens);
  if (matches.length === 0) return [];
  const cue = work.arrangeCues.test(tokens);
  const permission = work.permissionCues.test(tokens);
  // Representatives beside staff of the floor ("twee medewerkers uit iedere ploeg, aangevuld met twee
  // leden van de OR") still make a group of employees; only a group of representatives alone is consultation.
  const representatives = work.representativeBodies.test(tokens) && !staffNamed;
  const explains = work.definitionCues.test(tokens);
  return matches
    .filter((m) => !(m.value === 'rotation' && rotatesRole(scope, m.first, m.last)) && !(sentence.heading && inParentheses(tokens, m.first)))
    .map((m) => {
      const negated = negatedWithin(scope, m.first, m.last);
      const design = m.value;
      // A group that is given work or a size is set up: "een werkgroep van zes monteurs brengt advies uit";
      // so is a meeting whose sentence says how many take part ("het werkoverleg is voor alle 25 collega's").
      // The size follows the meeting in its clause: "alle 40 medewerkers ... in het werkoverleg" is who is told, not who meets.
      const sized =
        MEETINGS.has(design) &&
        sizes.some((g) => {
          if (g.kind !== 'group-size' || g.bound === 'min') return false;
          const at = scope.tokenAt(g.range.start);
          return at > m.last && scope.clauses[at] === scope.clauses[m.last];
        });
      const acts = (GROUPS.has(design) && (groupActs(scope, m.last) || sizedAfter(scope, m.last))) || sized || (MEETINGS.has(design) && recurs(facts));
      // A working group of union and employer representatives is formal consultation, not employee participation.
      const arranged =
        !sentence.heading && !negated && !explains && (cue || acts || (permission && PERMITTED.has(design))) && !(GROUPS.has(design) && representatives);
      return { kind: 'work-design', design, arranged, via: 'name', range: scope.rangeOf(m.first, m.last), sentence: sentence.index, negated };
    });
}

/**
 * A meeting held at a stated rhythm takes place: "het werkoverleg is eens per zes weken", "het
 * maandelijkse werkoverleg wordt samengevoegd", "komt ... elke twee weken bij elkaar in een
 * teamoverleg". The rhythm is a rate of at most a quarter in the meeting's sentence; a rate of a
 * year or more is how often something else happens ("het werkoverleg bespreekt het jaarplan").
 */
function recurs(facts: readonly Fact[]): boolean {
  return facts.some((f) => f.kind === 'duration' && f.form === 'per' && !f.negated && f.months !== null && f.months <= 3);
}

/**
 * A role, duty or shift that passes round ("het voorzitterschap rouleert per bijeenkomst", "de
 * nachtdiensten rouleren binnen het team"): people take turns, nobody changes tasks. The sentence names
 * the role and no place or task one would move to.
 */
function rotatesRole(scope: SentenceScope, first: number, last: number): boolean {
  const { tokens } = scope;
  const work = scope.lex.work;
  const others = tokens.filter((_, i) => i < first || i > last);
  // Where one moves to or between: "naar een andere afdeling", "tussen de kassa en de vakkenvulling".
  const linked = (at: number) => others.slice(Math.max(0, at - 3), at).some((t) => work.rotationLinks.has(t.lower));
  if (work.rotationPlaces.matchAll(others).some((m) => linked(m.first))) return false;
  // A duty one moves to is a task ("rouleren tussen de storingsdienst en het onderhoud"); only a role that itself passes round counts.
  return work.rotatingRoles.matchAll(others).some((m) => !linked(m.first));
}

/** A design named in brackets in a heading is a note on the text, not its topic: "Hoofdstuk 9 Scholing (concept werkgroep)". */
function inParentheses(tokens: readonly { text: string }[], at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (tokens[i].text === '(') depth++;
    else if (tokens[i].text === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The group named at `last` advises or decides in its own clause: "de werkgroep adviseert", "een werkgroep ... brengt advies uit". */
function groupActs(scope: SentenceScope, last: number): boolean {
  const { tokens, clauses } = scope;
  // A clause joined by "en" with the same subject still speaks of the group: "de werkgroep onderzoekt ... en doet voorstellen".
  const sameSubject = (from: number, to: number) => {
    for (let i = from + 1; i <= to; i++) if (clauses[i] !== clauses[i - 1] && !scope.lex.work.coordinators.has(tokens[i].lower)) return false;
    return true;
  };
  if (scope.lex.work.authority.matchAll(tokens).some((a) => a.first > last && a.first - last <= 12 && sameSubject(last, a.first))) return true;
  // The group at work on a task, its verb after it ("de werkgroep evalueert") or, with a phrase fronted,
  // right before it ("Na afloop bekijkt een werkgroep ...", "onderzoekt de werkgroep").
  const first = groupStart(scope, last);
  // A task in a relative clause is said of someone else, or defines the group: "Een werkgroep is een groep medewerkers die samen iets uitzoekt".
  const relativeBetween = (from: number, to: number) => tokens.slice(from + 1, to).some((t) => scope.lex.work.relativePronouns.has(t.lower));
  return scope.lex.work.groupTasks
    .matchAll(tokens)
    .some(
      (t) =>
        (t.first > last && t.first - last <= 12 && sameSubject(last, t.first) && !relativeBetween(last, t.first)) ||
        (t.first === first - 1 && clauses[t.first] === clauses[first]),
    );
}

/** Where the group's noun phrase starts: its determiner before the name ("een werkgroep", "de werkgroep"). */
function groupStart(scope: SentenceScope, last: number): number {
  let first = last;
  while (first > 0 && scope.lex.work.partyDeterminers.has(scope.tokens[first - 1].lower)) first--;
  return first;
}

/** "een werkgroep van zes monteurs", "een verbeterteam van 8 collega's": a size right after the group's name. */
function sizedAfter(scope: SentenceScope, last: number): boolean {
  const { tokens, language } = scope;
  if (!scope.lex.work.agentMarkers.has(tokens[last + 1]?.lower ?? '')) return false;
  const n = readGroupNumber(tokens, last + 2, language);
  return n !== null && n.value >= 2 && !isYear(n.value, tokens[n.first]);
}

/**
 * Descriptions of a practice, said of employees or a team: "het team stelt zelf het vierwekenrooster
 * op" (self-rostering), "operators maken zelf de dagplanning en voeren de eindcontrole uit"
 * (enrichment), "wie zijn werk anders wil inrichten" (job crafting). Who does it is read by
 * `doerOf`; a manager or the employer as doer is no such practice ("de teamleider maakt zelf het
 * rooster"). A design already named in the sentence is not read twice.
 */
function readPractices(scope: SentenceScope, named: readonly WorkDesignFact[], facts: readonly Fact[]): WorkDesignFact[] {
  const { tokens, sentence } = scope;
  if (sentence.heading) return [];
  const work = scope.lex.work;
  const matches = work.practices.matchAll(tokens);
  if (matches.length === 0) return [];
  const parties = readParties(scope);
  const explains = work.definitionCues.test(tokens);
  const out: WorkDesignFact[] = [];
  for (const m of matches) {
    if (named.some((d) => d.design === m.value) || out.some((d) => d.design === m.value)) continue;
    const doer = doerOf(scope, parties, m.first, m.last);
    if (doer !== 'employee' && doer !== 'team' && doer !== 'unit') continue;
    // Moving to another place is rotation only at a stated time: "telkens na zes maanden gaat de medewerker naar een andere werkplek".
    if (m.value === 'rotation' && !facts.some((f) => f.kind === 'duration' && !f.negated) && scope.lex.work.shortIntervals.matchAll(tokens).length === 0)
      continue;
    const negated = negatedWithin(scope, m.first, m.last);
    out.push({
      kind: 'work-design',
      design: m.value,
      arranged: !negated && !explains,
      via: 'practice',
      range: scope.rangeOf(m.first, m.last),
      sentence: sentence.index,
      negated,
    });
  }
  return out;
}

/**
 * Who does what the words [first, last] describe, as a class of parties (`readParties`: names, any
 * person noun by its head, pronouns for the party before them):
 * - voice: the agent of a passive after "door" ("wordt door de monteurs zelf uitgevoerd"); a passive
 *   with "zelf" and no agent is done by the people of the unit ("op de afdeling wordt zelf geroosterd");
 * - word order: the subject is the nearest party before the words in their clause that is no
 *   prepositional object ("in overleg met de leidinggevende richt je ..." is done by "je"), else the
 *   one right after the verb (verb second: "Elke ochtend verdelen de kassamedewerkers ..."; object
 *   first: "Het weekrooster maken de verpleegkundigen zelf");
 * - a relative clause ("Medewerkers die hun werk anders willen inrichten"): the party before it.
 */
function doerOf(scope: SentenceScope, parties: readonly PartyMention[], first: number, last: number): Party | 'unit' | null {
  const { tokens, clauses } = scope;
  const work = scope.lex.work;
  const clause = clauses[first];
  // The description may span a coordination ("diensten ruilen en indelen doen de medewerkers zelf"): its clauses count as one.
  const within = (i: number) => clauses[i] >= clause && clauses[i] <= clauses[last];
  const inClause = parties.filter((p) => within(p.first) || within(p.last));
  const agent = inClause.find((p) => p.via !== 'pronoun' && agentBefore(scope, p.first));
  if (agent) return agent.value;
  const subjects = inClause.filter((p) => !p.governed);
  const before = subjects.filter((p) => p.last < first).pop();
  if (before) return before.value;
  // Verb second and object first: the subject stands within a few words after the verb, or inside the description.
  const after = subjects.find((p) => p.first > first && (p.first <= last ? p.first - first <= 8 : p.first - first <= 5 && p.first - last <= 3));
  if (after) return after.value;
  // An impersonal or agentless passive with "zelf": "er wordt zelf geroosterd", "de controles worden onderling verdeeld".
  const passive = tokens.some((t, i) => within(i) && work.passiveAuxiliaries.has(t.lower));
  const self = tokens.some((t, i) => i >= first - 1 && i <= last + 1 && work.selfWords.has(t.lower));
  if (passive && self) return 'unit';
  // A free relative as subject: "Wie zijn werk anders wil invullen, kan dat aangeven" is anyone it applies to.
  if (scope.sentence.form !== 'question' && tokens.some((t, i) => i < first && work.freeRelatives.has(t.lower) && (i === 0 || tokens[i - 1].kind === 'punct')))
    return 'employee';
  const earlier = parties.filter((p) => p.last < first && !p.governed).pop();
  return earlier ? earlier.value : null;
}

/** "door de monteurs", "door het team zelf": the agent marker "door" right before a party, a determiner between. */
function agentBefore(scope: SentenceScope, at: number): boolean {
  const { tokens } = scope;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    if (tokens[i].lower === 'door' || tokens[i].lower === 'by') return true;
    if (!scope.lex.work.partyDeterminers.has(tokens[i].lower)) return false;
  }
  return false;
}

/** The durations of a rotation sentence that say how long one stays, not an induction or a notice period. */
function readRotationIntervals(scope: SentenceScope, facts: readonly Fact[]): RotationIntervalFact[] {
  const { tokens, sentence } = scope;
  const work = scope.lex.work;
  const out: RotationIntervalFact[] = [];
  for (const fact of facts) {
    if (fact.kind !== 'duration' || fact.negated || fact.months === null || (fact.form !== 'per' && fact.form !== 'period')) continue;
    const first = scope.tokenAt(fact.range.start);
    const last = scope.tokenAt(fact.range.end - 1);
    if (first < 0 || last < 0) continue;
    if (work.notIntervalBefore.test(tokens.slice(Math.max(0, first - 3), first))) continue;
    if (work.notIntervalAfter.test(tokens.slice(last + 1, last + 4))) continue;
    out.push({ kind: 'rotation-interval', months: fact.months, range: fact.range, sentence: sentence.index, negated: false });
  }
  // Shorter than a week, in words: "dagelijks", "per dienst", "per dagdeel".
  for (const m of work.shortIntervals.matchAll(tokens)) {
    if (scope.negated(m.first, m.last)) continue;
    out.push({
      kind: 'rotation-interval',
      months: m.value === 'day' ? 1 / 30 : 1 / 60,
      range: scope.rangeOf(m.first, m.last),
      sentence: sentence.index,
      negated: false,
    });
  }
  return out;
}

/**
 * "de inwerktijd van de machine", "voor de nieuwe machine is een inwerktijd van drie dagen nodig":
 * learning time of a machine or system, not of people. Where the clause names people ("voor de
 * nieuwe machine krijgen operators een inwerktijd"), it is theirs.
 */
function ofEquipment(scope: SentenceScope, first: number, last: number): boolean {
  const { tokens, clauses } = scope;
  const work = scope.lex.work;
  const clause = clauses[first];
  if (readParties(scope).some((p) => clauses[p.first] === clause)) return false;
  const equipmentAfterLink = (link: number) => {
    for (let i = link + 1; i <= link + 4 && i < tokens.length && clauses[i] === clause; i++) {
      const word = tokens[i].lower;
      if (scope.lex.lexicon.work.equipment.some((head) => word.endsWith(head))) return true;
      // Determiners and adjectives before the noun: "de nieuwe machine".
      if (!work.partyDeterminers.has(word) && !/e$/.test(word)) return false;
    }
    return false;
  };
  if (work.prepositions.has(tokens[last + 1]?.lower ?? '') && equipmentAfterLink(last + 1)) return true;
  for (let i = first - 1; i >= 0 && clauses[i] === clause; i--) if (work.prepositions.has(tokens[i].lower) && equipmentAfterLink(i)) return true;
  return false;
}

/**
 * A decision taken on the advice, with the advice in a phrase of its own before it, however far:
 * "Over elk voorstel van de werkgroep neemt de directie binnen zes weken een besluit", "Op de
 * adviezen beslist het management binnen een maand".
 */
function decisionOnAdvice(scope: SentenceScope): Array<{ value: WorkCondition; first: number; last: number }> {
  const { tokens, clauses } = scope;
  const work = scope.lex.work;
  const decisions = work.authority.matchAll(tokens).filter((a) => a.value === 'decide');
  for (let i = 0; i < tokens.length; i++) {
    if (!work.adviceNouns.has(tokens[i].lower)) continue;
    let j = i - 1;
    while (j >= 0 && work.partyDeterminers.has(tokens[j].lower)) j--;
    if (j < 0 || !work.adviceLinks.has(tokens[j].lower)) continue;
    const decision = decisions.find((d) => d.first > i && clauses[d.first] === clauses[i]);
    if (decision) return [{ value: 'advice-response', first: j, last: decision.last }];
  }
  return [];
}

/** The conditions a sentence addresses; a heading ("Artikel 1 Doel") also by the words that head a section on it. */
function readConditions(scope: SentenceScope): WorkConditionFact[] {
  const { tokens, sentence } = scope;
  const matches = scope.lex.work.conditions.matchAll(tokens).filter((m) => !(m.value === 'learning-time' && ofEquipment(scope, m.first, m.last)));
  if (sentence.heading) matches.push(...scope.lex.work.headingConditions.matchAll(tokens));
  else if (!matches.some((m) => m.value === 'advice-response')) matches.push(...decisionOnAdvice(scope));
  if (!matches.some((m) => m.value === 'org-direction')) matches.push(...goalsOfNamedOrganisation(scope));
  return matches.map((m) => ({
    kind: 'work-condition',
    condition: m.value,
    range: scope.rangeOf(m.first, m.last),
    sentence: sentence.index,
    negated: NEGATION_ADDRESSES.has(m.value) ? false : scope.negated(m.first, m.last),
  }));
}

/**
 * Where an organisation is heading, said of it by an abbreviation or proper name: "de doelen van het
 * DC", "de koers van Bouwbedrijf Jansen". Site and unit words are in the lexicon; a name is any
 * capitalised word after the link (not the sentence's first word), so no list of names is needed.
 */
function goalsOfNamedOrganisation(scope: SentenceScope): Array<{ value: WorkCondition; first: number; last: number }> {
  const { tokens } = scope;
  const work = scope.lex.work;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!work.orgGoalHeads.has(tokens[i].lower) || !work.orgGoalLinks.has(tokens[i + 1].lower)) continue;
    let j = i + 2;
    if (work.orgGoalDeterminers.has(tokens[j].lower)) j++;
    const name = tokens[j];
    if (name && name.kind === 'word' && /^\p{Lu}/u.test(name.text)) return [{ value: 'org-direction', first: i, last: j }];
  }
  return [];
}

const GROUP_WORK: ReadonlySet<WorkDesign> = new Set(['werkgroep', 'verbeterteam']);

/**
 * The sentence names a working group or improvement team, or stands right under a heading
 * that does (a document titled after a working group also speaks of other things in its sections).
 */
export function aboutGroup(scope: SentenceScope): boolean {
  // Asked by the instrument and the time readers of one sentence: answered once.
  let known = groupSentences.get(scope.tokens);
  if (known === undefined) {
    known =
      // A member ("2. Leden besteden hieraan vier uur per maand") stands under its article's heading ("Artikel 5.5 Werkgroep Opleidingsbeleid").
      scope.discourse.designsOfArticle(scope.sentence.article).some((d) => GROUP_WORK.has(d)) ||
      scope.lex.work.designs.matchAll(scope.tokens).some((m) => GROUP_WORK.has(m.value));
    groupSentences.set(scope.tokens, known);
  }
  return known;
}

const groupSentences = new WeakMap<readonly unknown[], boolean>();
