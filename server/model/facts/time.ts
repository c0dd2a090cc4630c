import type { Fact, InstrumentFact, InstrumentType, TimeAmountFact, TimeTermFact } from '../types';
import type { Token } from '../tokens';
import { readAmounts } from './timeAmounts';
import { TIME_INSTRUMENTS } from '../types';
import { aboutGroup } from './work-organisation';
import type { SentenceScope } from './scope';
import { readParties } from './parties';
import { heldQualification } from './statements';
import { describesNoun } from './participles';

/** Determiners of a plural or common-gender noun: after them a verb form in -en is a noun ("de plannen"); "het plannen" is still the act. */
const PLURAL_DETERMINERS = new Set(['de', 'deze', 'die', 'onze', 'hun', 'jullie', 'alle', 'welke', 'zulke']);

/**
 * Development time: how many days or hours per period ("twee scholingsdagen per kalenderjaar",
 * "vier uur per maand"), and what the draft says around it: planning and replacement so the time
 * is actually taken, a lapse at the end of employment, and combination projects (newcomers on
 * work-learning places free own staff for training) with their ramp-up and perspective.
 * Headings are skipped: "Artikel 34 Scholingsdagen" grants nothing.
 */
export function readTime(scope: SentenceScope, facts: readonly Fact[]): Fact[] {
  if (scope.sentence.heading) return [];
  const timeInstrument = facts.some((f) => f.kind === 'instrument' && TIME_INSTRUMENTS.has(f.instrument));
  const development = scope.has('developmentWords') || timeInstrument;
  const aboutTime = development || scope.has('timeContext');
  // Under a heading about learning ("## Veelgestelde vragen: ontwikkeldagen") or right after a sentence
  // about it, someone taking over the work is for that time: "overleg met de planner, zodat er
  // vervanging geregeld kan worden". (Planning there may be of anything: a roster, a shift.)
  const replacementAboutTime = aboutTime || scope.sentence.inDevelopmentContext;
  const amounts = readAmounts(scope, facts);
  const out: Fact[] = [...amounts, ...readUnnamedTime(scope, facts, amounts)];
  // Newcomers named here (by name, as new people of any trade, or by where they come from), a
  // pronoun subject ("Zij halen een mbo-diploma") right after a sentence about them, or the
  // project's participants ("Iedere deelnemer haalt ...") once newcomers were named.
  const named = scope.has('newcomers') || newPeople(scope) || scope.has('newcomerOrigins');
  const newcomers =
    named ||
    (scope.discourse.newcomersLast && startsWithPronoun(scope)) ||
    (scope.discourse.newcomersSeen && scope.has('projectParticipants') && !ownStaff(scope));
  if (named) scope.discourse.newcomersLast = scope.discourse.newcomersSeen = true;
  // A sentence about them by their pronoun keeps them the topic, whoever else it names ("Zij werken alleen samen met een ervaren monteur").
  else if (newcomers) scope.discourse.newcomersLast = true;
  else if (readParties(scope).some((p) => !p.governed && p.via !== 'pronoun')) scope.discourse.newcomersLast = false;
  const terms = scope.lex.sets.timeTerms.matchAll(scope.tokens);
  // A takeover split by a relative clause: "De taken van medewerkers die een opleiding volgen, worden waargenomen door stagiairs".
  if (!terms.some((m) => m.value === 'replacement'))
    terms.push(...withoutRelativeClauses(scope, (tokens) => scope.lex.sets.timeTerms.matchAll(tokens)).filter((m) => m.value === 'replacement'));
  for (const m of terms) {
    const term = m.value;
    // Planning and replacement are about development time only where the sentence speaks of it;
    // "vervangen" and "rooster" are everywhere in a cao.
    if ((term === 'planning' || term === 'conversation') && !aboutTime) continue;
    if (term === 'replacement' && !replacementAboutTime) continue;
    // "de plannen van de vestiging" are plans, not planning: an -en form after a common-gender determiner is a plural noun.
    if (
      term === 'planning' &&
      m.first === m.last &&
      PLURAL_DETERMINERS.has(scope.tokens[m.first - 1]?.lower ?? '') &&
      scope.tokens[m.first].lower.endsWith('en')
    )
      continue;
    // Planning that arranges nothing for taking the days: a day already planned ("op een ingeplande
    // ontwikkeldag"), one planned again after it fell out ("je kunt hem later opnieuw inplannen"), or
    // planning in a sentence on illness, an exception to the scheme.
    if (
      term === 'planning' &&
      ((m.first === m.last && describesNoun(scope.tokens, m.first)) ||
        scope.lex.replanning.has(scope.tokens[m.first - 1]?.lower ?? '') ||
        scope.lex.illness.test(scope.tokens))
    )
      continue;
    // The roster as it stands plans nothing: "op een dag waarop je volgens rooster een nachtdienst zou hebben".
    if (term === 'planning' && scope.lex.sets.perRoster.test(scope.tokens.slice(Math.max(0, m.first - 2), m.first))) continue;
    // A question arranges nothing ("Wat als ik ziek ben op een geplande ontwikkeldag?"); its answer may.
    if ((term === 'planning' || term === 'replacement' || term === 'conversation') && scope.sentence.form === 'question') continue;
    // A diploma is a perspective for newcomers only in a sentence about them: the own staff's
    // training goal is not the newcomers' perspective.
    if (term === 'perspective' && !newcomers) continue;
    // "..., zodat vaste collega's hun heftruckcertificaat kunnen halen": the own staff's diploma, in their clause.
    if (term === 'perspective' && ownStaffBefore(scope, m.first)) continue;
    if (term === 'ramp-up' && !(newcomers || scope.has('developmentWords') || scope.discourse.newcomersSeen)) continue;
    if (term === 'employment-end' && !aboutTime) continue;
    out.push(termFact(scope, term, m.first, m.last));
  }
  // Newcomers on work-learning places taking over, or put in to free own staff, while those train:
  // a combination project in all but name ("om vaste werknemers vrij te maken voor opleidingen zet
  // de werkgever uitzendkrachten in op ervaringsplaatsen").
  if (newcomers && development && !out.some((f) => f.kind === 'time-term' && f.term === 'combination-project')) {
    // A denied takeover is a denied project: "Leerwerkers nemen het werk niet over van collega's die een opleiding volgen".
    const takeovers = out.filter((f): f is TimeTermFact => f.kind === 'time-term' && f.term === 'replacement');
    const takeover = takeovers.find((f) => !f.negated) ?? takeovers[0];
    const frees = scope.lex.work.freesStaff.matchAll(scope.tokens).find((m) => !scope.negated(m.first, m.last));
    if (takeover) out.push({ ...takeover, term: 'combination-project' });
    else if (frees) out.push(termFact(scope, 'combination-project', frees.first, frees.last));
  }
  // Newcomers taking over work or places in a provision that spoke of training just before: "Servicemonteurs
  // volgen de cursus. Hun werk wordt in die weken overgenomen door zij-instromers." The takeover is
  // read here even where the sentence names no time, since planning is not the question.
  if (newcomers && !development && scope.discourse.developmentSaid.some((a) => scope.discourse.sameProvision(a, scope.sentence.article))) {
    const takeover = scope.lex.sets.timeTerms.matchAll(scope.tokens).find((m) => m.value === 'replacement' && !scope.negated(m.first, m.last));
    if (takeover && !out.some((f) => f.kind === 'time-term' && f.term === 'combination-project'))
      out.push(termFact(scope, 'combination-project', takeover.first, takeover.last));
  }
  if (development) scope.discourse.developmentSaid.push(scope.sentence.article);
  const described = describedProject(scope, newcomers, development);
  if (described && !out.some((f) => f.kind === 'time-term' && f.term === 'combination-project')) out.push(described);
  // Full deployment from the first day denies the ramp-up; denied in turn ("niet vanaf de eerste dag
  // volledig ingeroosterd"), it is the ramp-up.
  if (newcomers && !out.some((f) => f.kind === 'time-term' && f.term === 'ramp-up')) {
    const full = scope.lex.sets.fullDeployment.matchAll(scope.tokens)[0];
    if (full) out.push({ ...termFact(scope, 'ramp-up', full.first, full.last), negated: !scope.negated(full.first, full.last) });
  }
  return out;
}

/**
 * A combination project in all but name, said as what happens: new people are taken on or placed
 * while own staff train, in one sentence ("Tijdens de opleiding van vaste medewerkers neemt het
 * waterschap werkzoekenden aan") or in two sentences of one provision ("1. Vaste chauffeurs volgen
 * hun nascholing. 2. We nemen acht nieuwe chauffeurs aan.").
 */
function describedProject(scope: SentenceScope, newcomers: boolean, development: boolean): TimeTermFact | null {
  const { discourse, sentence } = scope;
  const intake = newcomers ? scope.lex.sets.newcomerIntake.matchAll(scope.tokens).find((m) => !scope.negated(m.first, m.last)) : undefined;
  const own = ownStaff(scope);
  const training = own && development && !scope.negated(own.first, own.last) ? own : undefined;
  if (intake) discourse.newcomerIntake.push(sentence.article);
  if (training) discourse.staffTraining.push(sentence.article);
  if (intake && (training || discourse.staffTraining.some((a) => discourse.sameProvision(a, sentence.article))))
    return termFact(scope, 'combination-project', intake.first, intake.last);
  if (training && discourse.newcomerIntake.some((a) => discourse.sameProvision(a, sentence.article)))
    return termFact(scope, 'combination-project', training.first, training.last);
  return null;
}

/** Own staff named before `at` in its clause: what follows there is theirs. */
function ownStaffBefore(scope: SentenceScope, at: number): boolean {
  const own = ownStaff(scope);
  return own !== null && own.last < at && scope.clauses[own.first] === scope.clauses[at];
}

/** "nieuwe chauffeurs", "nieuwe collega's": new people of any trade. */
function newPeople(scope: SentenceScope): boolean {
  return markedPeople(scope, scope.lex.work.newMarkers) !== null;
}

/** "vaste chauffeurs", "eigen medewerkers", "het zittende personeel": the own staff. */
function ownStaff(scope: SentenceScope): { first: number; last: number } | null {
  return markedPeople(scope, scope.lex.work.ownMarkers);
}

/** A marker word right before a noun for employees (one adjective may stand between: "vaste ervaren monteurs"). */
function markedPeople(scope: SentenceScope, markers: ReadonlySet<string>): { first: number; last: number } | null {
  const { tokens } = scope;
  const people = readParties(scope).filter((p) => p.value === 'employee' && p.via !== 'pronoun');
  for (let i = 0; i < tokens.length; i++) {
    if (!markers.has(tokens[i].lower)) continue;
    const person = people.find((p) => p.first === i + 1 || (p.first === i + 2 && tokens[i + 1].kind === 'word' && /e$/.test(tokens[i + 1].lower)));
    if (person) return { first: i, last: person.last };
  }
  return null;
}

function termFact(scope: SentenceScope, term: TimeTermFact['term'], first: number, last: number): TimeTermFact {
  // A ramp-up ("niet volledig inzetbaar") carries its own negator; in any other term a negator between
  // its words denies it ("nemen het werk niet over").
  const ownNegator = scope.tokens.slice(first, last + 1).some((t) => scope.lex.negators.has(t.lower));
  const negated = term === 'ramp-up' ? (ownNegator ? false : scope.negated(first, last)) : ownNegator || scope.negated(first, last);
  return { kind: 'time-term', term, range: scope.rangeOf(first, last), sentence: scope.sentence.index, negated };
}

/**
 * "Zij ...", "Ze ...": a pronoun subject that stands for the party named before, opening the
 * sentence or after a fronted phrase and the verb ("Na een jaar halen zij een diploma").
 */
function startsWithPronoun(scope: SentenceScope): boolean {
  const pronouns = scope.lex.work.practicePronouns;
  if (scope.tokens.length > 0 && pronouns.has(scope.tokens[0].lower)) return true;
  return readParties(scope).some((p) => p.via === 'pronoun' && !p.governed && p.first > 0 && p.first <= 6 && scope.tokens[p.first - 1].kind === 'word');
}

/**
 * Matches `match` finds once the relative clauses are left out ("de taken van medewerkers [die een
 * opleiding volgen,] worden waargenomen"), with token positions mapped back to the sentence. A relative
 * clause runs from its pronoun after a noun to the next comma.
 */
function withoutRelativeClauses<T>(
  scope: SentenceScope,
  match: (tokens: Token[]) => Array<{ value: T; first: number; last: number }>,
): Array<{ value: T; first: number; last: number }> {
  const { tokens } = scope;
  // The next comma after each token, found once from the right, so long sentences stay linear.
  const nextComma: number[] = new Array(tokens.length);
  for (let j = tokens.length - 1, next = -1; j >= 0; j--) {
    nextComma[j] = next;
    if (tokens[j].text === ',') next = j;
  }
  const kept: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opens = i > 0 && tokens[i - 1].kind === 'word' && scope.lex.work.relativePronouns.has(tokens[i].lower);
    const close = opens ? nextComma[i] : -1;
    if (close > i) {
      i = close;
      continue;
    }
    kept.push(i);
  }
  if (kept.length === tokens.length) return [];
  return match(kept.map((i) => tokens[i])).map((m) => ({ ...m, first: kept[m.first], last: kept[m.last] }));
}

/**
 * Time for learning the draft grants without one of the instrument words: days or hours per
 * period spent on learning ("drie werkdagen per jaar naar conferenties", "40 uren per jaar om je
 * bekwaamheid bij te houden"), a share of working time ("10% van je werktijd"), time named as
 * such ("scholingstijd", "opleidingen volg je in werktijd", "met behoud van salaris"), and free
 * development time said in words ("een deel van je tijd aan innovatie", "vrije leertijd").
 * Holidays, sick leave, overtime and deadlines ("binnen vijf werkdagen") are other time; time
 * outside work ("buiten werktijd", "in je eigen tijd") is no time granted.
 */
function readUnnamedTime(scope: SentenceScope, facts: readonly Fact[], amounts: readonly TimeAmountFact[]): InstrumentFact[] {
  const { sets } = scope.lex;
  const out: InstrumentFact[] = [];
  // Other time is judged per clause: "25 vakantiedagen per jaar; daarnaast een dag per kwartaal voor je ontwikkeling".
  const others = sets.otherTime.matchAll(scope.tokens);
  const other = (first: number, last: number) =>
    others.some((o) => [o.first, o.last].some((t) => scope.clauses[t] === scope.clauses[first] || scope.clauses[t] === scope.clauses[last]));
  const instruments = facts.filter((f): f is InstrumentFact => f.kind === 'instrument');
  const overlaps = (first: number, last: number) => {
    const range = scope.rangeOf(first, last);
    return instruments.some((f) => TIME_INSTRUMENTS.has(f.instrument) && f.range.start < range.end && range.start < f.range.end);
  };
  for (const m of sets.freeTimePhrases.matchAll(scope.tokens)) {
    if (overlaps(m.first, m.last) || other(m.first, m.last) || out.some((f) => f.instrument === 'free-time')) continue;
    // Free time named as what one spends it on is granted by being named.
    out.push(derived(scope, 'free-time', m.first, m.last, true));
  }
  if (out.length === 0) {
    const chosen = timeOfOwnChoice(scope, other);
    if (chosen) out.push(chosen);
  }
  if (out.length === 0 && !instruments.some((f) => TIME_INSTRUMENTS.has(f.instrument))) {
    const pointed = timeForOwnPurpose(scope, amounts, other);
    if (pointed) out.push(pointed);
  }
  if (out.length > 0 || instruments.some((f) => TIME_INSTRUMENTS.has(f.instrument) && !f.negated)) return out;
  const learning = scope.has('developmentWords') || scope.has('timeLearning') || facts.some((f) => f.kind === 'purpose' && !f.negated);
  // "twee uur per week om het nieuwe werk te leren" is the time a task change needs.
  if (scope.has('taskLearning')) return out;
  if (!learning) {
    // Right after a sentence about training, only days or hours named as paid time count ("Die dagen
    // zijn werkdagen en worden gewoon uitbetaald"), not any number of hours ("De werkweek telt 38 uur")
    // nor a conversation held in working time.
    const named =
      scope.sentence.inDevelopmentContext && scope.has('timeUnits') && !scope.has('outsideWork')
        ? sets.developmentTimePhrases.matchAll(scope.tokens).find((m) => !scope.negated(m.first, m.last, false) && !other(m.first, m.last))
        : undefined;
    if (named) out.push(derived(scope, 'development-time', named.first, named.last, false));
    return out;
  }
  const outside = scope.has('outsideWork');
  // Hours for the members of a working group are time for the group's work, also where they are trained
  // for it: "## Werkgroep" over "De leden krijgen twee uur per maand in werktijd en een training".
  if (aboutGroup(scope)) return out;
  // Days or hours per period: the grant itself; not where money is paid per hour ("een
  // loonkostencompensatie van € 20 per cursusuur, met een maximum van 40 uur"): they size the payment.
  if (scope.lex.sets.paidPerHour.test(scope.tokens)) return out;
  // Nor where they say how long a course runs ("De opleiding duurt twaalf weken, twee dagen per week").
  if (scope.lex.sets.courseSchedule.test(scope.tokens)) return out;
  for (const a of amounts) {
    if (a.value === null || a.perMonths === null || a.negated) continue;
    const first = scope.tokenAt(a.range.start);
    const last = scope.tokenAt(a.range.end - 1);
    if (first >= 0 && last >= 0 && !other(first, last)) return [derived(scope, 'development-time', first, last, true)];
  }
  // A share of working time.
  for (const p of facts) {
    if (p.kind !== 'percent' || p.negated || outside) continue;
    const last = scope.tokenAt(p.range.end - 1);
    if (last < 0 || other(last, last)) continue;
    const share = sets.workingTime.matchAll(scope.tokens.slice(last + 1, last + 4))[0];
    // The share is for learning when its own clause says so: "de helft van hun tijd op de lasafdeling,
    // omdat we die certificaten nodig hebben" is where they work, whatever the next clause names.
    const forLearning = learningNamedForShare(scope, facts, last);
    if (last >= 0 && share && share.first === 0 && forLearning)
      return [derived(scope, 'development-time', scope.tokenAt(p.range.start), last + 1 + share.last, true)];
  }
  if (outside) return out;
  const named = sets.developmentTimePhrases.matchAll(scope.tokens).find((m) => !scope.negated(m.first, m.last, false) && !other(m.first, m.last));
  // "Iedereen krijgt dit jaar ruimte om zich te ontwikkelen" grants the time it names.
  const toLearn = sets.timeToLearn.matchAll(scope.tokens).find((m) => !scope.negated(m.first, m.last, false) && !other(m.first, m.last));
  // A question ("Krijg ik tijd om te leren?") asks for the time; it does not grant it.
  if (toLearn) out.push(derived(scope, 'development-time', toLearn.first, toLearn.last, scope.has('timeGivers') && scope.sentence.form === 'statement'));
  else if (named) out.push(derived(scope, 'development-time', named.first, named.last, false));
  return out;
}

/**
 * Learning is named for the share at `at`: a development word or a purpose in its sentence, outside
 * a clause giving a reason ("omdat we die certificaten nodig hebben") and outside what people hold
 * ("Lassers met een certificaat"). "Een tiende deel ... is bestemd voor professionalisering: 10% van
 * de jaartaak" names it before the colon.
 */
function learningNamedForShare(scope: SentenceScope, facts: readonly Fact[], at: number): boolean {
  const { tokens, clauses } = scope;
  const reasonClauses = new Set<number>();
  tokens.forEach((t, i) => {
    if (REASONS.has(t.lower) && clauses[i] !== clauses[at]) reasonClauses.add(clauses[i]);
  });
  const counted = (i: number) => !reasonClauses.has(clauses[i]) && !heldQualification(scope, i);
  const kept = tokens.filter((_, i) => counted(i));
  if (scope.lex.sets.developmentWords.test(kept) || scope.lex.sets.timeLearning.test(kept)) return true;
  return facts.some((f) => f.kind === 'purpose' && !f.negated && counted(scope.tokenAt(f.range.start)));
}

/** Words that open a clause giving a reason: what it names is why, not what the time is for. */
const REASONS: ReadonlySet<string> = new Set(['omdat', 'doordat', 'aangezien', 'because', 'since']);

/**
 * Free development time said as time to learn what one chooses, without a label word ("Iedere
 * medewerker krijgt leertijd om zelf iets nieuws te leren", "uren die je naar eigen keuze besteedt
 * aan je ontwikkeling", "eigen tijd voor experimenten"): a time word and the choice in one sentence
 * about learning. Not time outside work, other leave, a task to learn, or compulsory training.
 */
function timeOfOwnChoice(scope: SentenceScope, other: (first: number, last: number) => boolean): InstrumentFact | null {
  const { sets } = scope.lex;
  if (
    !(scope.has('developmentWords') || scope.has('timeLearning') || scope.has('freeChoiceLearning')) ||
    scope.has('taskLearning') ||
    scope.has('requiredTraining')
  )
    return null;
  const choice = sets.freeChoice.matchAll(scope.tokens).find((m) => !scope.negated(m.first, m.last, false));
  if (!choice) return null;
  const times = sets.freeTimeWords.matchAll(scope.tokens).filter((m) => !other(m.first, m.last));
  // The time word nearest the choice, before it ("leertijd om zelf ...") or after it ("Naar eigen keuze besteed je vier uur ...").
  const time =
    times.filter((m) => m.last < choice.first).pop() ??
    times.find((m) => m.first > choice.last) ??
    times.find((m) => m.first >= choice.first && m.last <= choice.last);
  if (!time) return null;
  const first = Math.min(time.first, choice.first);
  const last = Math.max(time.last, choice.last);
  // "in je eigen tijd", "buiten werktijd": the employee's own time, not granted.
  if (sets.outsideWork.matchAll(scope.tokens).some((o) => o.first <= last && o.last >= first && !(o.first >= choice.first && o.last <= choice.last)))
    return null;
  return derived(scope, 'free-time', first, last, scope.sentence.form === 'statement');
}

/**
 * Days or hours per period for a purpose of one's own choosing, whatever the word order: the purpose
 * fronted ("Voor eigen projecten krijg je twee uur per week"), or named once and pointed back to
 * ("Wie een eigen leerdoel heeft, krijgt daar twee uur per week voor", "... krijg je daarvoor een middag").
 */
function timeForOwnPurpose(scope: SentenceScope, amounts: readonly TimeAmountFact[], other: (first: number, last: number) => boolean): InstrumentFact | null {
  const { tokens, clauses } = scope;
  const { sets } = scope.lex;
  const purposes = sets.selfPurposes.matchAll(tokens).filter((m) => !scope.negated(m.first, m.last, false));
  if (purposes.length === 0) return null;
  for (const a of amounts) {
    if (a.value === null || a.perMonths === null || a.negated) continue;
    const first = scope.tokenAt(a.range.start);
    const last = scope.tokenAt(a.range.end - 1);
    if (first < 0 || last < 0 || other(first, last)) continue;
    const clause = clauses[first];
    // The purpose in a phrase of its own in the amount's clause: "voor eigen projecten ... twee uur".
    const fronted = purposes.some((p) => clauses[p.first] === clause && p.first > 0 && sets.purposeLinks.test([tokens[p.first - 1]]));
    // A pointer in the amount's clause: whole ("daarvoor") or split ("daar ... voor" at the clause end).
    const inClause = (i: number) => clauses[i] === clause;
    const pointer = tokens.some(
      (t, i) =>
        inClause(i) &&
        sets.pointers.test([t]) &&
        (t.lower.length > 4 || tokens.some((u, j) => j > i && inClause(j) && sets.purposeLinks.test([u]) && tokens[j + 1]?.kind !== 'word')),
    );
    if (fronted || pointer) return derived(scope, 'free-time', first, last, true);
  }
  return null;
}

function derived(scope: SentenceScope, instrument: InstrumentType, first: number, last: number, granted: boolean): InstrumentFact {
  return {
    kind: 'instrument',
    instrument,
    surface: scope.sentence.text.slice(scope.tokens[first].start, scope.tokens[last].end),
    development: true,
    inTime: false,
    granted,
    claimable: false,
    definition: false,
    generic: false,
    implicit: false,
    range: scope.rangeOf(first, last),
    sentence: scope.sentence.index,
    negated: scope.negated(first, last, false),
  };
}
