/** The facts of task redesign, dialogue and job crafting (facts/work-organisation.ts, facts/authority.ts). */

import type { FactBase } from './factBase';

/** Ways of organising work the guidance names (task redesign, dialogue, job crafting). */
export type WorkDesign =
  | 'rotation' // taakroulatie, rouleren, wisselt van afdeling
  | 'enrichment' // taakverrijking, planning or control tasks taken over
  | 'self-rostering' // zelfroosteren
  | 'self-managing' // zelfsturende teams
  | 'task-change' // taakwijziging, taakverbreding, taakherontwerp
  | 'werkoverleg'
  | 'werkgroep'
  | 'verbeterteam'
  | 'job-crafting';

/** Every way of organising work the model knows, for a question about any of them. */
export const WORK_DESIGNS: ReadonlySet<WorkDesign> = new Set<WorkDesign>([
  'rotation',
  'enrichment',
  'self-rostering',
  'self-managing',
  'task-change',
  'werkoverleg',
  'werkgroep',
  'verbeterteam',
  'job-crafting',
]);

/** A way of organising work named in the sentence. */
export interface WorkDesignFact extends FactBase {
  kind: 'work-design';
  design: WorkDesign;
  /** The sentence sets it up, holds it or allows it ("stelt een werkgroep in", "houdt werkoverleg"), not a mention in passing. */
  arranged: boolean;
  /**
   * How the design was recognised: by its name ("zelfroosteren"), by a description of the practice
   * ("het team stelt zelf het rooster op"), or by a heading that names it over a body that does not
   * (work.ts makes these, anchored on the first sentence under the heading).
   */
  via?: 'name' | 'practice' | 'heading';
}

/** A number of people with its bound: a group's size or a headcount ("ten hoogste 12 deelnemers", "150 medewerkers", "acht collega's"). */
export interface GroupSizeFact extends FactBase {
  kind: 'group-size';
  value: number;
  bound: 'max' | 'min' | 'exact';
  /** The unit whose size it is, when the clause names one ("een ploeg bestaat uit 25 medewerkers": "ploeg"; "op elke vestiging werken er zestien": "vestiging"). */
  unit: string | null;
}

/** A group that is a whole unit, size not stated here: "het werkoverleg is voor de hele ploeg", "alle monteurs van de vestiging". */
export interface WholeUnitFact extends FactBase {
  kind: 'whole-unit';
  unit: string;
}

/** How long someone stays before rotating on, said in a sentence about rotation ("iedere vier weken", "telkens ten minste zes maanden"). */
export interface RotationIntervalFact extends FactBase {
  kind: 'rotation-interval';
  months: number;
}

/** Who a statement gives a say: the employee, the team, the manager, the employer or a group (werkgroep). */
export type Party = 'employee' | 'team' | 'manager' | 'employer' | 'group';

/** Decision power or advice: "het team mag beslissen", "de teamleider bepaalt", "bevoegdheid", "de werkgroep adviseert". */
export interface AuthorityFact extends FactBase {
  kind: 'authority';
  power: 'decide' | 'advise';
  /** Who holds it: the party named nearest before the verb in its clause, else after it; null when none is named. */
  holder: Party | null;
}

/** Conditions the guidance sets for changing work and for participation groups. */
export type WorkCondition =
  | 'workload' // werkdruk, werkbelasting, capaciteit
  | 'learning-time' // leertijd, tijd om te leren
  | 'goal-informed' // employees are told why and to what end
  | 'terms-effect' // effects on terms of employment (functie-indeling, salaris)
  | 'temporary' // tijdelijk, proef, pilot, uitproberen
  | 'guidance' // begeleiding, coach, opleiding for new tasks
  | 'time-room' // tijd in het rooster for a group
  | 'group-support' // begeleider, informatie, vaardigheden for a group
  | 'composition' // evenwichtige samenstelling
  | 'visible-results' // resultaten zichtbaar, teruggekoppeld
  | 'safety' // vrijuit spreken, geen nadeel
  | 'advice-response' // how and by whom advice is answered
  | 'org-direction' // koers, richting en doelen van de organisatie
  | 'keeps-manager-informed'; // de medewerker houdt de leidinggevende op de hoogte

export interface WorkConditionFact extends FactBase {
  kind: 'work-condition';
  condition: WorkCondition;
}
