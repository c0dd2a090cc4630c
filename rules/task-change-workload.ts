import type { Locale, Rule } from '../server/engine/types';
import type { WorkCondition, WorkDesign } from '../server/model/types';
import { arrangements, conditionsIn, joinList } from '../server/model/work';
import { documentGap } from '../server/model/query';

const TASK_CHANGES: ReadonlySet<WorkDesign> = new Set(['rotation', 'enrichment', 'self-rostering', 'self-managing', 'task-change', 'job-crafting']);

/** How many of the conditions must be missing before the rule speaks. */
const MIN_GAPS = 2;

/** What the guidance asks of every change in tasks, each satisfied by any of its conditions. */
const NEEDS: ReadonlyArray<{ id: string; by: readonly WorkCondition[]; label: Record<Locale, string> }> = [
  { id: 'workload', by: ['workload'], label: { nl: 'de werkdruk', en: 'the workload' } },
  { id: 'learning-time', by: ['learning-time'], label: { nl: 'tijd om de nieuwe taken te leren', en: 'time to learn the new tasks' } },
  // With job crafting the employee picks the change: knowing the organisation's direction stands in for being told the goal.
  { id: 'goal', by: ['goal-informed', 'org-direction'], label: { nl: 'uitleg aan medewerkers over het doel', en: 'telling employees the goal' } },
  { id: 'terms', by: ['terms-effect'], label: { nl: 'de gevolgen voor de arbeidsvoorwaarden', en: 'the effects on terms of employment' } },
  { id: 'temporary', by: ['temporary'], label: { nl: 'de mogelijkheid om tijdelijk of op proef te beginnen', en: 'an option to start temporarily or on trial' } },
];

// The design's name in the reader's language, not a quote from the draft, so the message does not put it in «».
const DESIGN_NAMES: Record<WorkDesign, Record<Locale, string>> = {
  rotation: { nl: 'taakroulatie', en: 'task rotation' },
  enrichment: { nl: 'taakverrijking', en: 'task enrichment' },
  'self-rostering': { nl: 'zelfroosteren', en: 'self-rostering' },
  'self-managing': { nl: 'zelfsturende teams', en: 'self-managing teams' },
  'task-change': { nl: 'taakwijziging', en: 'task change' },
  werkoverleg: { nl: 'werkoverleg', en: 'work meetings' },
  werkgroep: { nl: 'werkgroep', en: 'working group' },
  verbeterteam: { nl: 'verbeterteam', en: 'improvement team' },
  'job-crafting': { nl: 'job crafting', en: 'job crafting' },
};

/**
 * A change in tasks costs consultation and learning time, and people are attached to the tasks
 * they have: the draft watches the workload, makes time to learn, tells employees the goal and the
 * effects on their terms of employment, and lets them start temporarily.
 */
const rule: Rule = {
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
  },
  check({ doc, report, locale, applies }) {
    const changes = arrangements(doc, TASK_CHANGES);
    if (changes.length === 0) return;
    applies();
    const anchor = changes[0];
    // These are conditions of the whole change, often in an article of their own: read the whole draft.
    const conditions = conditionsIn(doc, null);
    const missing = NEEDS.filter((need) => !need.by.some((c) => conditions.has(c))).map((need) => need.label[locale]);
    // One condition left implicit among five is a quibble on a clause that has done the work; two or
    // more gaps mean the change is not thought through.
    if (missing.length < MIN_GAPS) return;
    report({
      range: doc.sentences[anchor.sentence].range,
      messageId: 'missing',
      data: { design: DESIGN_NAMES[anchor.design][locale], missing: joinList(missing, locale) },
      incomplete: documentGap(doc),
    });
  },
};

export default rule;
