import type { WorkConditionFact, WorkDesign, WorkDesignFact } from '../types';
import type { Token } from '../tokens';
import type { SentenceScope } from './scope';
import { readParties } from './parties';

/** Designs employees take up one by one: offering them arranges them, as a permission does. */
const OFFERABLE: ReadonlySet<WorkDesign> = new Set(['rotation', 'job-crafting', 'self-rostering', 'enrichment']);
/** How many words before a design a course or workshop may stand and still be about it ("een workshop over job crafting"). */
const TOPIC_WINDOW = 4;

/**
 * Settles whether each design a sentence names is arranged, after readDesigns and readPractices:
 * - an offer arranges a design employees take up ("Daarom bieden we job crafting aan", "Job
 *   crafting wordt aan iedere medewerker aangeboden");
 * - a design named as what something is about arranges nothing: the subject of a course, workshop,
 *   training or book ("een workshop job crafting", "een training over taakroulatie"), or a purpose
 *   money may be spent on ("het ontwikkeldeel kun je besteden aan ... job crafting").
 * Changes the facts in place. Kept apart from readDesigns so the two can change independently.
 */
export function settleArrangements(scope: SentenceScope, designs: WorkDesignFact[]): void {
  if (scope.sentence.heading || designs.length === 0) return;
  const { tokens, clauses } = scope;
  const work = scope.lex.work;
  const offers = work.offerCues.matchAll(tokens).filter((m) => !scope.negated(m.first, m.last));
  const topics = work.topicCues.matchAll(tokens);
  const money = scope.has('moneySubjects');
  const spending = money ? work.spendingPurposeCues.matchAll(tokens).filter((m) => !scope.negated(m.first, m.last)) : [];
  for (const d of designs) {
    if (d.negated) continue;
    const first = scope.tokenAt(d.range.start);
    const last = scope.tokenAt(d.range.end - 1);
    if (first < 0 || last < 0) continue;
    // Only links between: "workshop job crafting", "een training over taakroulatie", "cursus 'Job crafting'".
    const linked = (from: number, to: number) => tokens.slice(from, to).every((t) => work.topicLinks.has(t.lower) || /^["'“”‘’:]$/.test(t.text));
    const topic = topics.some(
      (t) => (t.last < first && first - t.last <= TOPIC_WINDOW && clauses[t.last] === clauses[first] && linked(t.last + 1, first)) || t.first === last + 1,
    );
    const spentOn = spending.some((m) => m.last < first);
    if (topic || spentOn) {
      d.arranged = false;
      continue;
    }
    if (!d.arranged && OFFERABLE.has(d.design) && offers.length > 0) d.arranged = true;
  }
}

/**
 * Keeping the manager informed, with the manager named by any noun or pronoun for one ("je
 * teamlead", "je ploegleider", "hij"), in the condition list's phrases and in the word orders
 * `managerInformed` adds ("zo blijft je teamlead op de hoogte", "zodat hij weet wie wat doet").
 * Only where readConditions found none. Kept apart from readConditions so the two can change independently.
 */
export function readManagerInformed(scope: SentenceScope, conditions: readonly WorkConditionFact[]): WorkConditionFact[] {
  const { sentence } = scope;
  if (sentence.heading || conditions.some((c) => c.condition === 'keeps-manager-informed')) return [];
  // Telling a planner of a change keeps the planning right, not the manager informed.
  const managers = readParties(scope).filter((p) => p.value === 'manager' && !scope.lex.work.planningRoles.has(scope.tokens[p.last].lower));
  if (managers.length === 0) return [];
  const canon = scope.lex.lexicon.work.parties.manager[0];
  // Each manager mention becomes one token of the canonical noun; `at` maps back to the sentence.
  const norm: Token[] = [];
  const at: number[] = [];
  const startingAt = new Map(managers.map((p) => [p.first, p] as const));
  for (let i = 0; i < scope.tokens.length; i++) {
    const m = startingAt.get(i);
    if (m) {
      norm.push({ ...scope.tokens[i], text: canon, lower: canon, lemmas: undefined });
      at.push(i);
      i = Math.max(i, m.last);
      continue;
    }
    norm.push(scope.tokens[i]);
    at.push(i);
  }
  const found = [
    ...scope.lex.work.conditions.matchAll(norm).filter((m) => m.value === 'keeps-manager-informed'),
    ...scope.lex.work.managerInformed.matchAll(norm),
  ][0];
  if (!found) return [];
  const first = at[found.first];
  const last = at[found.last];
  return [
    {
      kind: 'work-condition',
      condition: 'keeps-manager-informed',
      range: scope.rangeOf(first, last),
      sentence: sentence.index,
      negated: scope.negated(first, last),
    },
  ];
}
