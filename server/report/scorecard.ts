import type { InterventionId, Rule, Severity } from '../engine/types';
import type { DocumentInsight } from './insight';

/** The eight interventions of the guidance "Duurzaam aan het werk", in the order of its cards. */
export const INTERVENTIONS: readonly InterventionId[] = [
  'taakherontwerp',
  'dialoog',
  'tijd-voor-ontwikkeling',
  'budget-gangbaar',
  'subsidies',
  'zeggenschap-budget',
  'job-crafting',
  'opleidingsverlof',
];

/**
 * The groups the report scores: the eight interventions, then the drafting quality of the text
 * (references, numbering, defined terms, amounts), which is no card of the guidance but a condition
 * of a text a negotiator can sign.
 */
export const REPORT_GROUPS: readonly InterventionId[] = [...INTERVENTIONS, 'redactie'];

/**
 * A condition of the guidance, as one rule checks it:
 * - `met`: the rule found what it judges and reported nothing;
 * - `notMet`: it reported a warning or an error;
 * - `possiblyNotMet`: it reported only infos (a milder variant, or something absent from a draft
 *   that refers to a part it does not contain);
 * - `notApplicable`: the draft holds nothing the rule judges;
 * - `notChecked`: no verdict (`reason` says why).
 */
export type ConditionStatus = 'met' | 'notMet' | 'possiblyNotMet' | 'notApplicable' | 'notChecked';
export type NotCheckedReason = 'off' | 'crashed' | 'silenced';

export interface ConditionVerdict {
  ruleId: string;
  status: ConditionStatus;
  reason?: NotCheckedReason;
}

export interface InterventionScore {
  intervention: InterventionId;
  conditions: ConditionVerdict[];
}

/** The verdict on one rule's condition for one draft. */
export function conditionStatus(ruleId: string, insight: DocumentInsight): ConditionVerdict {
  if (!insight.ran.includes(ruleId)) return { ruleId, status: 'notChecked', reason: 'off' };
  if (insight.crashed.includes(ruleId)) return { ruleId, status: 'notChecked', reason: 'crashed' };
  const worst: Severity | undefined = insight.worst[ruleId];
  if (worst !== undefined) return { ruleId, status: worst === 'info' ? 'possiblyNotMet' : 'notMet' };
  // Reported, but every finding was switched off in the text: the author's call, not a pass.
  if (insight.reported.includes(ruleId)) return { ruleId, status: 'notChecked', reason: 'silenced' };
  return { ruleId, status: insight.applicable.includes(ruleId) ? 'met' : 'notApplicable' };
}

/** Per intervention of the guidance (and for drafting quality), the verdict on each condition its rules check (catalogue order). */
export function scorecard(rules: readonly Rule[], insight: DocumentInsight): InterventionScore[] {
  return REPORT_GROUPS.map((intervention) => ({
    intervention,
    conditions: rules.filter((r) => r.meta.intervention === intervention).map((r) => conditionStatus(r.meta.id, insight)),
  }));
}

/** How many conditions of a score have each status. */
export function tally(score: InterventionScore): Record<ConditionStatus, number> {
  const counts: Record<ConditionStatus, number> = { met: 0, notMet: 0, possiblyNotMet: 0, notApplicable: 0, notChecked: 0 };
  for (const c of score.conditions) counts[c.status]++;
  return counts;
}
