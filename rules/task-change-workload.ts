import { defineRule, missingList, sentenceRange } from './kit';
import type { WorkCondition, WorkDesign } from '../server/model/types';
import { arrangements, conditionsIn } from '../server/model/work';
import { documentGap } from '../server/model/query';

const TASK_CHANGES: ReadonlySet<WorkDesign> = new Set(['rotation', 'enrichment', 'self-rostering', 'self-managing', 'task-change', 'job-crafting']);

/** How many of the conditions must be missing before the rule speaks. */
const MIN_GAPS = 2;

/** What the guidance asks of every change in tasks, each satisfied by any of its conditions; `label` names it in a message. */
const NEEDS = [
  { label: 'needWorkload', by: ['workload'] },
  { label: 'needLearningTime', by: ['learning-time'] },
  // With job crafting the employee picks the change: knowing the organisation's direction stands in for being told the goal.
  { label: 'needGoal', by: ['goal-informed', 'org-direction'] },
  { label: 'needTerms', by: ['terms-effect'] },
  { label: 'needTemporary', by: ['temporary'] },
] as const satisfies ReadonlyArray<{ label: string; by: readonly WorkCondition[] }>;

/** The message that names each design in the finding: the designs that change tasks (TASK_CHANGES). */
const DESIGN_NAMES = {
  rotation: 'designRotation',
  enrichment: 'designEnrichment',
  'self-rostering': 'designSelfRostering',
  'self-managing': 'designSelfManaging',
  'task-change': 'designTaskChange',
  'job-crafting': 'designJobCrafting',
} as const satisfies Partial<Record<WorkDesign, string>>;

/**
 * A change in tasks costs consultation and learning time, and people are attached to the tasks
 * they have: the draft watches the workload, makes time to learn, tells employees the goal and the
 * effects on their terms of employment, and lets them start temporarily.
 */
const rule = defineRule({
  meta: {
    id: 'task-change-workload',
    intervention: 'taakherontwerp',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Bij een taakwijziging staan werkdruk, leertijd, uitleg over doel en arbeidsvoorwaarden en een tijdelijke start geregeld.',
      en: 'A change in tasks addresses workload, learning time, the goal and effects on terms of employment, and a temporary start.',
    },
    options: {},
  },
  messages: {
    missing: {
      nl: 'Bij {design} staat niets over {missing}. Een taakwijziging kost overleg en leertijd, en medewerkers hechten aan hun bestaande taken: leg uit waarom, wees open over de gevolgen en begin waar het kan tijdelijk.',
      en: 'For {design} the draft says nothing about {missing}. Changing tasks costs consultation and learning time, and people are attached to their tasks: explain why, be open about the effects and start temporarily where possible.',
    },
    needWorkload: { nl: 'de werkdruk', en: 'the workload' },
    needLearningTime: { nl: 'tijd om de nieuwe taken te leren', en: 'time to learn the new tasks' },
    needGoal: { nl: 'uitleg aan medewerkers over het doel', en: 'telling employees the goal' },
    needTerms: { nl: 'de gevolgen voor de arbeidsvoorwaarden', en: 'the effects on terms of employment' },
    needTemporary: { nl: 'de mogelijkheid om tijdelijk of op proef te beginnen', en: 'an option to start temporarily or on trial' },
    designRotation: { nl: 'taakroulatie', en: 'task rotation' },
    designEnrichment: { nl: 'taakverrijking', en: 'task enrichment' },
    designSelfRostering: { nl: 'zelfroosteren', en: 'self-rostering' },
    designSelfManaging: { nl: 'zelfsturende teams', en: 'self-managing teams' },
    designTaskChange: { nl: 'taakwijziging', en: 'task change' },
    designJobCrafting: { nl: 'job crafting', en: 'job crafting' },
  },
  check({ doc, report, message, locale, applies }) {
    const changes = arrangements(doc, TASK_CHANGES);
    if (changes.length === 0) return;
    applies();
    const anchor = changes[0];
    // These are conditions of the whole change, often in an article of their own: read the whole draft.
    const conditions = conditionsIn(doc, null);
    // One condition left implicit among five is a quibble on a clause that has done the work; two or
    // more gaps mean the change is not thought through.
    const items = NEEDS.map((need) => ({ label: need.label, met: need.by.some((c) => conditions.has(c)) }));
    const missing = missingList(items, { locale, message }, MIN_GAPS);
    if (missing === null) return;
    report({
      range: sentenceRange(doc, anchor.sentence),
      messageId: 'missing',
      data: { design: message(DESIGN_NAMES[anchor.design as keyof typeof DESIGN_NAMES] ?? 'designTaskChange'), missing },
      incomplete: documentGap(doc),
    });
  },
});

export default rule;
