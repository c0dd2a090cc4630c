import type { Fact, GroupSizeFact, RotationIntervalFact, WorkCondition, WorkConditionFact, WorkDesign, WorkDesignFact } from '../types';
import { readNumber } from './numbers';
import { boundOf } from './quantities';
import type { SentenceScope } from './extract';

/** Designs that a permission ("kan rouleren", "mag job crafting toepassen") already arranges. */
const PERMITTED: ReadonlySet<WorkDesign> = new Set(['rotation', 'job-crafting', 'self-rostering', 'enrichment']);
const GROUPS: ReadonlySet<WorkDesign> = new Set(['werkgroep', 'verbeterteam']);
/** Saying there are none still addresses the condition: "geen gevolgen voor het salaris", "ondervindt geen nadeel". */
const NEGATION_ADDRESSES: ReadonlySet<WorkCondition> = new Set(['terms-effect', 'safety', 'workload']);

/**
 * Task redesign, dialogue and job crafting: the designs a sentence names (and whether it arranges
 * them), group sizes, rotation intervals and the conditions the guidance asks for. `facts` are the
 * sentence's facts so far (its durations give the rotation intervals).
 */
export function readWorkOrganisation(scope: SentenceScope, facts: readonly Fact[]): Fact[] {
  const designs = readDesigns(scope);
  const out: Fact[] = [...designs, ...readGroupSizes(scope), ...readConditions(scope)];
  if (designs.some((d) => d.design === 'rotation')) out.push(...readRotationIntervals(scope, facts));
  return out;
}

function readDesigns(scope: SentenceScope): WorkDesignFact[] {
  const { tokens, sentence } = scope;
  const work = scope.lex.work;
  const matches = work.designs.matchAll(tokens);
  if (matches.length === 0) return [];
  const cue = work.arrangeCues.test(tokens);
  const permission = work.permissionCues.test(tokens);
  const representatives = work.representativeBodies.test(tokens);
  const explains = work.definitionCues.test(tokens);
  return matches.map((m) => {
    const negated = scope.negated(m.first, m.last);
    const design = m.value;
    // A working group of union and employer representatives is formal consultation, not employee participation.
    const arranged =
      !sentence.heading && !negated && !explains && (cue || (permission && PERMITTED.has(design))) && !(GROUPS.has(design) && representatives);
    return { kind: 'work-design', design, arranged, range: scope.rangeOf(m.first, m.last), sentence: sentence.index, negated };
  });
}

/** "ten hoogste 12 deelnemers", "34 medewerkers", "acht collega's": a number of two or more before a word for people. */
function readGroupSizes(scope: SentenceScope): GroupSizeFact[] {
  const { tokens, sentence, language } = scope;
  const work = scope.lex.work;
  const out: GroupSizeFact[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const n = readNumber(tokens, i, language);
    if (!n || n.value < 2 || !Number.isInteger(n.value)) continue;
    const unit = tokens[n.last + 1];
    if (!unit || !work.groupPeople.test([unit])) continue;
    const before = tokens.slice(Math.max(0, n.first - 3), n.first);
    // "niet meer dan" is an upper bound although it contains "meer dan".
    const bound = boundOf(scope, before);
    out.push({ kind: 'group-size', value: n.value, bound, range: scope.rangeOf(n.first, n.last + 1), sentence: sentence.index, negated: false });
    i = n.last + 1;
  }
  return out;
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
  return out;
}

function readConditions(scope: SentenceScope): WorkConditionFact[] {
  const { tokens, sentence } = scope;
  return scope.lex.work.conditions.matchAll(tokens).map((m) => ({
    kind: 'work-condition',
    condition: m.value,
    range: scope.rangeOf(m.first, m.last),
    sentence: sentence.index,
    negated: NEGATION_ADDRESSES.has(m.value) ? false : scope.negated(m.first, m.last),
  }));
}
