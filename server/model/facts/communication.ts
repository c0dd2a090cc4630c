import type { CommunicationFact } from '../types';
import type { SentenceScope } from './extract';
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
  if (!development && !mentionsInstrument && !words.topics.test(tokens)) return [];
  // Asking ("op verzoek", "neem contact op met HR"), a question ("Wil je weten hoeveel je nog hebt?") and the official gazette do not inform.
  if (words.onRequest.test(tokens) || words.publication.test(tokens) || sentence.text.trim().endsWith('?')) return [];

  const procedure = words.procedure.matchAll(tokens);
  const inProcedureClause = (i: number) => procedure.some((p) => scope.clauses[p.first] === scope.clauses[i]);
  const shows = words.viewing.test(tokens) || found.some((m) => m.value !== 'channel' && m.value !== 'conversation');
  const managers = words.managers.test(tokens);
  const facts: CommunicationFact[] = [];
  for (const m of found) {
    if (!counts(scope, m, { development, mentionsInstrument, shows, procedure: procedure.length > 0, inProcedureClause })) continue;
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

interface Context {
  development: boolean;
  mentionsInstrument: boolean;
  shows: boolean;
  procedure: boolean;
  inProcedureClause(i: number): boolean;
}

function counts(scope: SentenceScope, m: PhraseMatch<Means>, context: Context): boolean {
  const words = scope.lex.communication;
  switch (m.value) {
    case 'tell':
      // "De medewerker informeert zijn leidinggevende" is reporting; "de werkgever informeert de OR" is not telling employees.
      return !tellsUpward(scope, m) && !toRepresentatives(scope, m) && !context.inProcedureClause(m.first);
    case 'material':
      // A letter with the decision on a request is procedure.
      return !context.procedure && !toRepresentatives(scope, m);
    case 'overview':
      return true;
    case 'channel':
      // A portal informs when it shows something, not when it is where one applies or declares.
      return context.shows && !context.inProcedureClause(m.first);
    case 'conversation': {
      // A conversation informs only when it covers development and recurs (or works from a personal plan).
      if (!context.development && !context.mentionsInstrument) return false;
      // A talk with an adviser or coach the employee may have ("kan een gesprek voeren met een
      // onafhankelijk loopbaanadviseur", "het budget kan worden besteed aan een loopbaangesprek")
      // is support, not the employer or the manager telling them of their rights.
      const manager = words.managers.test(scope.tokens);
      if (words.advisers.test(scope.tokens) && !manager) return false;
      if (scope.has('purposeCues') && !manager) return false;
      const inside = scope.tokens.slice(m.first, m.last + 1);
      return scope.has('developmentWords') && (words.recurring.test(scope.tokens) || words.periodicConversations.test(scope.tokens) || words.periodicConversations.test(inside));
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
  const { tokens, lex } = scope;
  const words = lex.communication;
  for (let i = 0; i < at; i++) {
    const rest = tokens.slice(i, at);
    const startsWith = (set: typeof words.managers) => set.matchAll(rest).some((x) => x.first === 0);
    if (startsWith(words.managers)) return 'manager';
    if (startsWith(words.employers)) return 'employer';
    if (startsWith(words.employees)) {
      // A possessive before a manager or employer word ("je leidinggevende", "zijn werkgever").
      const next = tokens.slice(i + 1, at);
      if (words.managers.matchAll(next).some((x) => x.first === 0) || words.employers.matchAll(next).some((x) => x.first === 0)) continue;
      return 'employee';
    }
  }
  return null;
}

/** The works council or a union is the one told, and no employees are. */
function toRepresentatives(scope: SentenceScope, m: PhraseMatch<Means>): boolean {
  const words = scope.lex.communication;
  const around = scope.tokens.slice(Math.max(0, m.first - 5), m.last + 6);
  return words.representatives.test(around) && !words.employees.test(around);
}
