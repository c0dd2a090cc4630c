import type { CommunicationFact } from '../types';
import type { SentenceScope } from './scope';
import { DETERMINERS } from './determiners';
import { describesNoun } from './participles';
import type { PhraseMatch } from './phrases';

type Means = 'tell' | 'material' | 'overview' | 'channel' | 'conversation';

const FACT_MEANS: Record<Means, CommunicationFact['means']> = {
  tell: 'inform',
  material: 'inform',
  overview: 'overview',
  channel: 'channel',
  conversation: 'conversation',
};

/** Words that start an infinitive clause ("niet makkelijk om het onder de aandacht te brengen"): a negation before them stays in the main clause. */
const INFINITIVE_OPENERS = new Set(['om', 'to']);
/** Forms of the passive auxiliary: "je wordt geïnformeerd" tells the subject, it is not the subject telling. */
const PASSIVE = new Set(['wordt', 'worden', 'werd', 'werden', 'is', 'are', 'be', 'been', 'get', 'gets']);

/**
 * How employees come to know of their entitlements: someone tells them (not an employee reporting
 * upward, not the works council being told), they get a message, leaflet, reminder or meeting, a
 * statement shows what is left, a channel shows the scheme, or a conversation that recurs covers
 * their development. Asking ("op verzoek", "neem contact op met HR") and procedure (applying,
 * declaring, a decision on a request), questions and publication in the official gazette are not informing.
 */
export function readCommunication(scope: SentenceScope, mentionsInstrument: boolean): CommunicationFact[] {
  const { tokens, lex, sentence } = scope;
  const words = lex.communication;
  const found = words.means.matchAll(tokens) as Array<PhraseMatch<Means>>;
  if (found.length === 0) return [];
  const development = scope.has('developmentWords');
  // Telling, messages and channels count only when the sentence is about development or an entitlement.
  // A conversation may also take its subject from where it stands (a heading, the sentence before).
  // So may a statement of what is left ("Op je loonstrook zie je hoeveel er nog over is"): a balance is the instrument's.
  // So may a team meeting or a message employees get where learning is the subject of the whole section
  // or mail ("Daarna krijgt iedereen in de zomer nog een herinnering", under "Onderwerp: Opleidingspot 2025").
  const topical = development || mentionsInstrument || words.topics.test(tokens);
  const conversationInContext =
    sentence.inDevelopmentContext &&
    found.some((m) => m.value === 'conversation' || m.value === 'overview' || (m.value === 'material' && messageInContext(scope, m)));
  if (!topical && !conversationInContext) return [];
  // Asking ("op verzoek", "neem contact op met HR"), a question ("Wil je weten hoeveel je nog hebt?") and the official gazette do not inform.
  if (words.onRequest.test(tokens) || words.publication.test(tokens) || sentence.form === 'question') return [];

  // A participle used as an adjective names what is shown, not a step to take: "je gedeclareerde kosten zie je in AFAS".
  const procedure = words.procedure.matchAll(tokens).filter((p) => !(p.first === p.last && describesNoun(tokens, p.first)));
  const inProcedureClause = (i: number) => procedure.some((p) => scope.clauses[p.first] === scope.clauses[i]);
  // Telling "bij toekenning" or "na je aanvraag" names when it happens: the telling is no step of the procedure.
  const atMoment = (p: PhraseMatch<unknown>) => {
    const before = DETERMINERS.has(tokens[p.first - 1]?.lower ?? '') ? p.first - 2 : p.first - 1;
    return words.procedureMoments.has(tokens[before]?.lower ?? '');
  };
  const tellsInProcedure = (i: number) => procedure.some((p) => !atMoment(p) && scope.clauses[p.first] === scope.clauses[i]);
  const shows = words.viewing.test(tokens) || found.some((m) => m.value !== 'channel' && m.value !== 'conversation');
  const managers = words.managers.test(tokens);
  const reportsUpward = found.some((m) => m.value === 'tell' && tellsUpward(scope, m));
  const facts: CommunicationFact[] = [];
  for (const m of found) {
    // A heading that names a conversation ("Artikel 13 Loopbaangesprek") names the article's topic;
    // its body says whether the talk informs or is advice the employee may ask for.
    if (sentence.heading && m.value === 'conversation') continue;
    if (!counts(scope, m, { development, mentionsInstrument, shows, procedure: procedure.length > 0, inProcedureClause, tellsInProcedure, reportsUpward }))
      continue;
    facts.push({
      kind: 'communication',
      means: FACT_MEANS[m.value],
      managers,
      range: scope.rangeOf(m.first, m.last),
      sentence: sentence.index,
      negated: negatedHere(scope, m.first, m.last),
    });
  }
  return facts;
}

/**
 * A message or meeting where only the section says what it is about: a meeting of the team counts
 * when it takes up "it" ("we bespreken het in het werkoverleg"), not a matter the sentence names; a message counts when employees get it
 * ("krijgt iedereen een herinnering"), not a mail one sends or a link that follows by mail.
 */
function messageInContext(scope: SentenceScope, m: PhraseMatch<Means>): boolean {
  const meeting = scope.lex.work.designs.matchAll(scope.tokens.slice(m.first, m.last + 1)).some((d) => d.value === 'werkoverleg');
  const sentence = sentenceContext(scope);
  return meeting ? sentence.meetingOnThis && !sentence.otherMatter : sentence.received;
}

/** What a sentence says around its messages, read once per sentence however many messages it names (a long one names many). */
interface SentenceContext {
  meetingOnThis: boolean;
  otherMatter: boolean;
  received: boolean;
}

const sentenceContexts = new WeakMap<SentenceScope, SentenceContext>();

function sentenceContext(scope: SentenceScope): SentenceContext {
  let known = sentenceContexts.get(scope);
  if (!known) {
    const words = scope.lex.communication;
    known = { meetingOnThis: words.meetingOnThis.test(scope.tokens), otherMatter: namesOtherMatter(scope), received: words.received.test(scope.tokens) };
    sentenceContexts.set(scope, known);
  }
  return known;
}

/** The sentence names a matter of work of its own ("de werkdruk", "het rooster"), which a meeting in it is about. */
function namesOtherMatter(scope: SentenceScope): boolean {
  return scope.lex.work.conditions.test(scope.tokens) || scope.lex.work.designs.matchAll(scope.tokens).some((d) => d.value !== 'werkoverleg');
}

interface Context {
  development: boolean;
  /** The sentence's telling is the employee informing upward. */
  reportsUpward: boolean;
  mentionsInstrument: boolean;
  shows: boolean;
  procedure: boolean;
  inProcedureClause(i: number): boolean;
  /** As inProcedureClause, but a procedure word that only says when ("bij toekenning") does not count. */
  tellsInProcedure(i: number): boolean;
}

function counts(scope: SentenceScope, m: PhraseMatch<Means>, context: Context): boolean {
  const words = scope.lex.communication;
  switch (m.value) {
    case 'tell':
      // "De medewerker informeert zijn leidinggevende" is reporting; "de werkgever informeert de OR" is not telling employees.
      return !tellsUpward(scope, m) && !toRepresentatives(scope, m) && !context.tellsInProcedure(m.first);
    case 'material': {
      // A letter with the decision on a request is procedure; a mail sent to the employer's side is
      // the employee writing ("Stuur daarvoor een mail naar pob@..."), not being told.
      if (context.procedure || toRepresentatives(scope, m) || sentUpward(scope, m)) return false;
      // A team meeting informs of what the sentence itself names ("het budget komt in het werkoverleg
      // aan bod"), not of whatever the meeting discusses ("de werkdruk bespreken we in het teamoverleg").
      const meeting = scope.lex.work.designs.matchAll(scope.tokens.slice(m.first, m.last + 1)).some((d) => d.value === 'werkoverleg');
      if (context.mentionsInstrument || words.topics.test(scope.tokens) || scope.lex.sets.developmentWords.test(scope.tokens)) return true;
      return scope.sentence.inDevelopmentContext ? messageInContext(scope, m) : !meeting;
    }
    case 'overview':
      return true;
    case 'channel':
      // A portal informs when it shows something, not when it is where one applies or declares.
      return context.shows && !context.inProcedureClause(m.first);
    case 'conversation': {
      // A conversation informs only when it covers development and recurs (or works from a personal plan).
      if (!context.development && !context.mentionsInstrument && !scope.sentence.inDevelopmentContext) return false;
      // The employee reporting in it ("Je houdt je leidinggevende in het maandelijkse gesprek op de hoogte") tells the manager, not the employee.
      if (context.reportsUpward) return false;
      // A plan filled in on an application form is procedure, not a recurring conversation.
      if (context.inProcedureClause(m.first)) return false;
      // A talk with an adviser or coach the employee may have ("kan een gesprek voeren met een
      // onafhankelijk loopbaanadviseur", "het budget kan worden besteed aan een loopbaangesprek")
      // is support, not the employer or the manager telling them of their rights.
      const manager = words.managers.test(scope.tokens);
      if (words.advisers.test(scope.tokens) && !manager) return false;
      if (scope.has('purposeCues') && !manager) return false;
      // Talk in a team meeting is about what the sentence names, as for the meeting itself above.
      const inMeeting = scope.lex.work.designs.matchAll(scope.tokens).some((d) => d.value === 'werkoverleg');
      if (inMeeting && !context.mentionsInstrument && !words.topics.test(scope.tokens) && !scope.lex.sets.developmentWords.test(scope.tokens)) return false;
      const inside = scope.tokens.slice(m.first, m.last + 1);
      // About development: the sentence says so, or it stands where learning is the subject (a
      // heading, or the sentence before: "dit vormt een onderdeel van de gebruikelijke gesprekscyclus").
      // Or it speaks of the instrument itself ("bespreekt jaarlijks met je hoe je het budget gebruikt"), with the manager or the employee as party.
      const aboutInstrument = context.mentionsInstrument && (manager || scope.lex.communication.employees.test(scope.tokens));
      const aboutDevelopment = scope.has('developmentWords') || scope.sentence.inDevelopmentContext || aboutInstrument;
      return (
        aboutDevelopment && (words.recurring.test(scope.tokens) || words.periodicConversations.test(scope.tokens) || words.periodicConversations.test(inside))
      );
    }
  }
}

/** Negated, except by a negation in the main clause before an infinitive clause ("niet makkelijk om ... te brengen"). */
function negatedHere(scope: SentenceScope, first: number, last: number): boolean {
  const { tokens, lex, clauses } = scope;
  // A negation inside a split phrase: "brengt het budget niet onder de aandacht".
  for (let i = first + 1; i < last; i++) if (lex.negators.has(tokens[i].lower)) return true;
  if (!scope.negated(first, last)) return false;
  for (let i = first - 1; i >= 0 && clauses[i] === clauses[first]; i--) {
    if (INFINITIVE_OPENERS.has(tokens[i].lower)) return negatedAfter(scope, last);
    if (lex.negators.has(tokens[i].lower)) return true;
  }
  return true;
}

function negatedAfter(scope: SentenceScope, last: number): boolean {
  const { tokens, lex, clauses } = scope;
  for (let i = last + 1; i <= Math.min(tokens.length - 1, last + 3) && clauses[i] === clauses[last]; i++) if (lex.negators.has(tokens[i].lower)) return true;
  return false;
}

/** The employee as the active subject of telling: "de werknemer informeert zijn leidinggevende". */
function tellsUpward(scope: SentenceScope, m: PhraseMatch<Means>): boolean {
  if (subjectBefore(scope, m.first) !== 'employee') return false;
  const { tokens, clauses } = scope;
  // "Je wordt geïnformeerd", "werknemers worden gewezen op": the subject is told.
  for (let i = 0; i < m.first; i++) if (clauses[i] === clauses[m.first] && PASSIVE.has(tokens[i].lower)) return false;
  return true;
}

/** Who the sentence speaks of first before token `at`; "je leidinggevende" is the manager, not the employee. */
function subjectBefore(scope: SentenceScope, at: number): 'employee' | 'employer' | 'manager' | null {
  // Far enough before `at`, what a token starts does not depend on `at`: that part is read once per
  // sentence (reading it again for every match made long sentences cubic); only the last few
  // tokens before `at` are read for each call.
  const near = subjectReader(scope);
  const first = near.firstSubject();
  if (first >= 0 && first + near.margin <= at) return near.subjectAt(first, scope.tokens.length);
  for (let i = Math.max(0, at - near.margin); i < at; i++) {
    const subject = near.subjectAt(i, at);
    if (subject) return subject;
  }
  return null;
}

interface SubjectReader {
  /** Tokens within which a subject read at a token depends on where the reading stops. */
  margin: number;
  /** The subject that starts at token i when reading stops before token `end`, or null. */
  subjectAt(i: number, end: number): 'employee' | 'employer' | 'manager' | null;
  /** The first token at which a subject starts, reading to the end of the sentence; -1 if none. */
  firstSubject(): number;
}

const subjectReaders = new WeakMap<SentenceScope, SubjectReader>();

function subjectReader(scope: SentenceScope): SubjectReader {
  const known = subjectReaders.get(scope);
  if (known) return known;
  const { tokens, lex } = scope;
  const words = lex.communication;
  const span = Math.max(words.managers.span, words.employers.span, words.employees.span);
  const startsAt = (set: typeof words.managers, i: number, end: number) => set.matchAll(tokens.slice(i, Math.min(end, i + span))).some((x) => x.first === 0);
  const subjectAt = (i: number, end: number): 'employee' | 'employer' | 'manager' | null => {
    if (startsAt(words.managers, i, end)) return 'manager';
    if (startsAt(words.employers, i, end)) return 'employer';
    if (startsAt(words.employees, i, end)) {
      // A possessive before a manager or employer word ("je leidinggevende", "zijn werkgever").
      if (startsAt(words.managers, i + 1, end) || startsAt(words.employers, i + 1, end)) return null;
      return 'employee';
    }
    return null;
  };
  let first: number | undefined;
  const reader: SubjectReader = {
    margin: span + 2,
    subjectAt,
    firstSubject() {
      if (first === undefined) {
        first = -1;
        for (let i = 0; i < tokens.length && first < 0; i++) if (subjectAt(i, tokens.length)) first = i;
      }
      return first;
    },
  };
  subjectReaders.set(scope, reader);
  return reader;
}

/** Words that send a message on to its receiver. */
const TOWARDS = new Set(['naar', 'aan', 'to']);

/** The message goes to the employer's side: an address ("naar hr@..."), HR, the employer or a manager, in its clause. */
function sentUpward(scope: SentenceScope, m: PhraseMatch<Means>): boolean {
  const { tokens, clauses, lex } = scope;
  const words = lex.communication;
  for (let i = m.last + 1; i < tokens.length && clauses[i] === clauses[m.last]; i++) {
    if (!TOWARDS.has(tokens[i].lower)) continue;
    const receiver = tokens.slice(i + 1, Math.min(tokens.length, i + 6));
    if (receiver.some((t) => t.kind === 'symbol' && t.text.includes('@'))) return true;
    // The receiver is the noun after its determiner: "naar je leidinggevende" is the manager, "naar alle medewerkers" the staff.
    const noun = receiver.slice(DETERMINERS.has(receiver[0]?.lower ?? '') ? 1 : 0);
    const startsWith = (set: typeof words.employers) => set.matchAll(noun).some((x) => x.first === 0);
    return startsWith(words.employers) || startsWith(words.managers);
  }
  return false;
}

/** The works council or a union is the one told, and no employees are. */
function toRepresentatives(scope: SentenceScope, m: PhraseMatch<Means>): boolean {
  const words = scope.lex.communication;
  const around = scope.tokens.slice(Math.max(0, m.first - 5), m.last + 6);
  return words.representatives.test(around) && !words.employees.test(around);
}
