import type { AuthorityFact, Party } from '../types';
import type { PhraseMatch } from './phrases';
import type { SentenceScope } from './scope';
import { readParties, type PartyMention } from './parties';

/** Possessives that, right after a verb, belong to the noun after them ("bepaalt je lead", "bepaalt je taken"). */
const POSSESSIVES = new Set(['je', 'jouw', 'uw', 'zijn', 'haar', 'hun', 'de', 'het', 'your', 'their', 'his', 'her', 'the']);

/**
 * Who decides: decision power ("mag beslissen", "bepaalt", "bevoegdheid", "bindend"), approval
 * ("na goedkeuring van de teamleider", "de manager keurt het rooster goed") and advice
 * ("adviseert", "doet voorstellen"), each with the party that holds it. The holder is, in order:
 * the agent of a passive or the owner of an approval, named after "door"/"van" ("wordt besloten door
 * de leidinggevende"); the subject right after the verb when the sentence starts with something
 * else (verb second: "Aan welk project je werkt, bepaalt je lead"); the party named nearest before
 * the word in its clause ("de teamleider bepaalt"); the first one after it in the clause ("het
 * besluit ligt bij de directie"); the nearest one before it in the sentence ("een werkgroep, die
 * het beleid vaststelt"). An approval that is not needed ("zonder toestemming van de teamleider")
 * is a negated decision of its owner and a decision of the clause's subject.
 */
export function readAuthority(scope: SentenceScope): AuthorityFact[] {
  const { tokens, clauses, sentence } = scope;
  const work = scope.lex.work;
  // One decision is one fact: "mag zelf beslissen" is read at "beslissen", not also at "mag zelf".
  const found = work.authority.matchAll(tokens);
  const matches = found.filter(
    (m) => !found.some((n) => n !== m && n.value === m.value && n.first > m.last && n.first - m.last <= 3 && clauses[n.first] === clauses[m.last]),
  );
  const approvals = work.approval.matchAll(tokens);
  if (matches.length === 0 && approvals.length === 0) return [];
  const allParties = readParties(scope);
  // Whoever stands after "zonder" ("zonder tussenkomst van de roosteraar") is left out, not given the power.
  const parties = allParties.filter((p) => !leftOut(scope, p));
  const out: AuthorityFact[] = matches.map((m) => ({
    kind: 'authority',
    power: m.value,
    holder:
      agentAfter(scope, parties, m.last) ??
      subjectAfterVerb(scope, parties, m.first, m.last) ??
      elidedSubject(scope, parties, m.first) ??
      holderOf(parties, m.first, m.last, clauses) ??
      linkedBack(scope),
    range: scope.rangeOf(m.first, m.last),
    sentence: sentence.index,
    negated: scope.negated(m.first, m.last),
  }));
  for (const m of approvals) {
    if (out.some((f) => overlaps(scope, f, m))) continue;
    const owner =
      agentAfter(scope, allParties, m.last) ?? subjectAfterVerb(scope, allParties, m.first, m.last) ?? holderOf(allParties, m.first, m.last, clauses);
    const without = m.first > 0 && work.without.has(tokens[m.first - 1].lower);
    const range = scope.rangeOf(m.first, m.last);
    out.push({ kind: 'authority', power: 'decide', holder: owner, range, sentence: sentence.index, negated: without || scope.negated(m.first, m.last) });
    if (without) {
      const subjects = parties.filter((p) => !p.governed);
      const subject = subjects.filter((p) => p.last < m.first && clauses[p.first] === clauses[m.first]).pop() ?? subjects.filter((p) => p.last < m.first).pop();
      if (subject && subject.value !== owner)
        out.push({ kind: 'authority', power: 'decide', holder: subject.value, range, sentence: sentence.index, negated: false });
    }
  }
  return out;
}

/** Words that open a sentence by pointing at the one before: "Daarbij hoort de bevoegdheid om ...". */
const LINKS_BACK = new Set(['daarbij', 'hierbij', 'daarvoor', 'hiervoor', 'daarmee', 'hiermee', 'therewith', 'herewith']);

/**
 * A power that names no holder in a sentence that opens by pointing back ("krijgen de ploegen de taak
 * ... Daarbij hoort de bevoegdheid om ruilingen goed te keuren") goes to whom the sentence before spoke of.
 */
function linkedBack(scope: SentenceScope): Party | null {
  return LINKS_BACK.has(scope.tokens[0]?.lower ?? '') ? scope.discourse.lastParty : null;
}

/** The party is named in a phrase opened by "zonder" in its clause, a few words before it ("zonder tussenkomst van de roosteraar"). */
function leftOut(scope: SentenceScope, party: PartyMention): boolean {
  const { tokens, clauses } = scope;
  for (let i = party.first - 1; i >= Math.max(0, party.first - 5) && clauses[i] === clauses[party.first]; i--)
    if (scope.lex.work.without.has(tokens[i].lower)) return true;
  return false;
}

function overlaps(scope: SentenceScope, fact: AuthorityFact, m: PhraseMatch<unknown>): boolean {
  const r = scope.rangeOf(m.first, m.last);
  return fact.range.start < r.end && r.start < fact.range.end;
}

/** "door de leidinggevende", "van de teamleider" right after the word (a determiner or two between). */
function agentAfter(scope: SentenceScope, parties: PartyMention[], last: number): Party | null {
  const { tokens, clauses } = scope;
  for (let i = last + 1; i <= last + 3 && i < tokens.length && clauses[i] === clauses[last]; i++) {
    if (!scope.lex.work.agentMarkers.has(tokens[i].lower)) continue;
    // "van" names an owner only right after the word ("goedkeuring van de teamleider"); after a
    // noun between it belongs to that noun ("stelt vast welke taken van de medewerker ...").
    if (i > last + 1 && !scope.lex.work.passiveAgentMarkers.has(tokens[i].lower)) return null;
    const party = parties.find((p) => p.first > i && p.first <= i + 3 && clauses[p.first] === clauses[i]);
    return party ? party.value : null;
  }
  return null;
}

/** Verb second: "..., bepaalt je lead", "Samen met zijn team beslist de teamleider". */
function subjectAfterVerb(scope: SentenceScope, parties: PartyMention[], first: number, last: number): Party | null {
  const { tokens, clauses } = scope;
  // Only where the verb does not open the sentence after its subject: something else stands before it in the clause.
  const before = parties.some((p) => !p.governed && (p.last === first - 1 || (p.last === first - 2 && POSSESSIVES.has(tokens[first - 1]?.lower ?? ''))));
  if (before || first === 0) return null;
  // A split verb ("keurt de leidinggevende ... goed") has its subject right after its first part.
  let i = last > first ? first + 1 : last + 1;
  const after = (at: number) => parties.find((p) => p.first === at && clauses[p.first] === clauses[first]);
  const direct = after(i);
  if (direct && POSSESSIVES.has(tokens[i].lower)) {
    // "bepaalt je lead": the possessive's noun is the subject; "bepaalt je taken": no subject named here.
    const noun = after(i + 1);
    if (noun) return noun.value;
    const next = tokens[i + 1];
    return next === undefined || next.kind === 'punct' || /^(zelf|samen|zelfstandig|self|yourself)$/.test(next.lower) ? direct.value : null;
  }
  if (direct) return direct.value;
  if (tokens[i] && POSSESSIVES.has(tokens[i].lower)) {
    i++;
    const noun = after(i);
    if (noun) return noun.value;
  }
  return null;
}

/** Words that join two verbs of one subject: "De leidinggevende beslist ... en legt ... vast". */
const VERB_COORDINATORS = new Set(['en', 'of', 'and', 'or']);

/**
 * A verb right after "en" shares the subject of the verb before it ("De leidinggevende beslist welke
 * aanpassingen worden doorgevoerd en legt de taakverdeling vast in je dossier"): that subject holds
 * it, not a party named after it.
 */
function elidedSubject(scope: SentenceScope, parties: PartyMention[], first: number): Party | null {
  if (first === 0 || !VERB_COORDINATORS.has(scope.tokens[first - 1].lower) || !scope.lex.morphology.isVerbForm(scope.tokens[first])) return null;
  // The nearest party before that no preposition governs: "een werkgroep, die het beleid opstelt en vaststelt" is the group's.
  const subject = parties.filter((p) => p.last < first - 1 && !p.governed).pop();
  return subject ? subject.value : null;
}

function holderOf(parties: PartyMention[], first: number, last: number, clauses: number[]): Party | null {
  const clause = clauses[first];
  // A party in a prepositional phrase ("in overleg met de leidinggevende") is no holder before the word,
  // unless it is the only one: the owner of the thing decided ("het advies van de werkgroep is bindend").
  const before = parties.filter((p) => p.last < first && !p.governed);
  const sameClauseBefore = before.filter((p) => clauses[p.first] === clause);
  if (sameClauseBefore.length > 0) return sameClauseBefore[sameClauseBefore.length - 1].value;
  const after = parties.find((p) => p.first > last && clauses[p.first] === clauses[last]);
  if (after) return after.value;
  if (before.length > 0) return before[before.length - 1].value;
  const owner = parties.filter((p) => p.last < first && clauses[p.first] === clause).pop();
  return owner ? owner.value : null;
}
