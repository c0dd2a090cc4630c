import type { Fact } from '../types';
import type { SentenceScope } from './scope';
import { readParties } from './parties';

/** "met een certificaat", "zonder diploma", "with a certificate": what people hold. */
const HELD_LINKS: ReadonlySet<string> = new Set(['met', 'zonder', 'with', 'without']);
const HELD_ARTICLES: ReadonlySet<string> = new Set(['een', 'a', 'an']);

/** Support that is about learning by its very name: career advice, a career check, learning ambassadors, a low-threshold procedure, a talk on how to spend the right. */
const CONTEXT_FREE_SUPPORT: ReadonlySet<string> = new Set(['loopbaanadvies', 'loopbaangesprek', 'leerambassadeur', 'low-threshold', 'gesprek', 'hulp']);

/** Words that open a question for a list of purposes ("waaraan", "waarvoor") but also a relative clause. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['waaraan', 'waarvoor', 'what', 'which']);

/**
 * A qualification people hold ("Lassers met een certificaat voor constructief lassen", "collega's
 * zonder diploma") at token `first`: who they are, not something to spend money or time on.
 */
export function heldQualification(scope: SentenceScope, first: number): boolean {
  const { tokens } = scope;
  let at = first - 1;
  if (at >= 0 && HELD_ARTICLES.has(tokens[at].lower)) at--;
  if (at < 1 || !HELD_LINKS.has(tokens[at].lower)) return false;
  return readParties(scope).some((p) => p.last === at - 1 && p.value === 'employee');
}

/**
 * Purposes (what money or time may be spent on), target groups (lower-educated, low-literate and
 * older staff) and support (advice, ambassadors, coaching, help with choosing and applying).
 *
 * - A target group written with its own negation ("geen startkwalificatie", "de taal niet goed
 *   beheersen") is not negated by it.
 * - Words inside a target group are not purposes: "medewerkers met mbo 2 of zonder diploma" names
 *   people, not a course.
 * - Generic help ("begeleiding", "hulp bij het kiezen", "een coach") counts only where the sentence is
 *   about learning or names a development instrument.
 */
export function readGroupsAndPurposes(scope: SentenceScope, mentionsInstrument: boolean): Fact[] {
  const { tokens, lex, sentence } = scope;
  const facts: Fact[] = [];
  const containsNegator = (first: number, last: number) => tokens.slice(first, last + 1).some((t) => lex.negators.has(t.lower));
  const base = (first: number, last: number, negatable = true) => ({
    range: scope.rangeOf(first, last),
    sentence: sentence.index,
    negated: negatable ? scope.negated(first, last) : false,
  });

  const end = tokens[tokens.length - 1].text;
  const asksForList = end === '?' || end === ':';
  // A list is announced by a question ("Waaraan kun je het budget besteden?"), a word naming the
  // purposes ("bestedingsdoelen"), or a spending verb right before the colon that opens it.
  const listIntro = (first: number, last: number) => {
    if (QUESTION_WORDS.has(tokens[first].lower)) return asksForList;
    if (tokens[first].lower.startsWith('besteding')) return true;
    return tokens[last + 1]?.text === ':';
  };
  // A skill named as what a course teaches ("een cursus Nederlands of digitale vaardigheden") is a
  // purpose; the group is the people who lack it ("medewerkers die moeite hebben met lezen").
  const courseBefore = (first: number) => lex.sets.courseWords.test(tokens.slice(Math.max(0, first - 4), first));
  const groups = lex.sets.targetGroups.matchAll(tokens).filter((m) => !(lex.sets.skillNames.test(tokens.slice(m.first, m.first + 1)) && courseBefore(m.first)));
  for (const m of groups) facts.push({ kind: 'target-group', group: m.value, ...base(m.first, m.last, !containsNegator(m.first, m.last)) });
  const inGroup = (first: number, last: number) => groups.some((g) => first <= g.last && g.first <= last);

  for (const m of lex.sets.purposes.matchAll(tokens)) {
    if (inGroup(m.first, m.last) || heldQualification(scope, m.first)) continue;
    // "Waaraan kun je het budget besteden?" asks for a list; "activiteiten waarvoor hij het budget gebruikt" only refers to one.
    if (m.value === 'list' && !listIntro(m.first, m.last)) continue;
    facts.push({ kind: 'purpose', purpose: m.value, ...base(m.first, m.last) });
  }
  for (const m of lex.sets.regulationReferences.matchAll(tokens)) facts.push({ kind: 'purpose', purpose: 'reference', ...base(m.first, m.last) });

  const exclusions = lex.sets.supportExclusions.matchAll(tokens);
  // "Dan krijg je een vaste mentor." right after a sentence about training, or under a heading about it.
  const aboutLearning = mentionsInstrument || scope.has('developmentWords') || scope.sentence.inDevelopmentContext;
  for (const m of lex.sets.support.matchAll(tokens)) {
    if (!CONTEXT_FREE_SUPPORT.has(m.value) && !aboutLearning) continue;
    // "financiële ondersteuning", "hulp bij de kosten": money, not guidance.
    if (exclusions.some((x) => x.first <= m.last && m.first <= x.last + 1)) continue;
    // "zonder voor te schieten", "niets hoeft voor te schieten": the negation belongs to the phrase.
    facts.push({ kind: 'support', support: m.value, ...base(m.first, m.last, !containsNegator(m.first, m.last)) });
  }
  return facts;
}
