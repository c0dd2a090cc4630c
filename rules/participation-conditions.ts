import { defineRule, missingList, sentenceRange } from './kit';
import type { WorkCondition, WorkDesign } from '../server/model/types';
import { arrangements, conditionsIn, designScope } from '../server/model/work';
import { documentGap } from '../server/model/query';

const GROUPS: ReadonlySet<WorkDesign> = new Set(['werkgroep', 'verbeterteam']);

/** The conditions the guidance names, each with the message that names it. */
const NEEDS = [
  { condition: 'time-room', label: 'needTimeRoom' },
  { condition: 'group-support', label: 'needSupport' },
  { condition: 'composition', label: 'needComposition' },
  { condition: 'visible-results', label: 'needResults' },
  { condition: 'safety', label: 'needSafety' },
] as const satisfies ReadonlyArray<{ condition: WorkCondition; label: string }>;

/** How many of the conditions must be missing before the rule speaks. */
const MIN_GAPS = 2;

/** Working groups and improvement teams need time, support, a balanced make-up, visible results and safety to speak up. */
const rule = defineRule({
  meta: {
    id: 'participation-conditions',
    intervention: 'dialoog',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Werkgroepen en verbeterteams krijgen tijd, ondersteuning, een evenwichtige samenstelling, zichtbare resultaten en sociale veiligheid.',
      en: 'Working groups and improvement teams get time, support, a balanced composition, visible results and social safety.',
    },
    options: {},
  },
  messages: {
    missing: {
      nl: 'Bij deze groep staat niets over {missing}. Zonder die randvoorwaarden komt een werkgroep of verbeterteam moeilijk tot resultaten.',
      en: 'For this group the draft says nothing about {missing}. Without these conditions a working group or improvement team struggles to get results.',
    },
    needTimeRoom: { nl: 'tijd en ruimte', en: 'time and room' },
    needSupport: { nl: 'ondersteuning (vaardigheden, informatie)', en: 'support (skills, information)' },
    needComposition: { nl: 'een evenwichtige samenstelling', en: 'a balanced composition' },
    needResults: { nl: 'zichtbare resultaten', en: 'visible results' },
    needSafety: { nl: 'sociale veiligheid', en: 'social safety' },
  },
  check({ doc, report, message, locale, applies }) {
    const groups = arrangements(doc, GROUPS);
    if (groups.length === 0) return;
    applies();
    // Every article that speaks of the groups counts: safety is often arranged once for all of them.
    const conditions = conditionsIn(doc, designScope(doc, GROUPS));
    // The guidance names five conditions as one package; a draft that arranges all but one has done
    // what it asks, and a finding there would be a quibble. Two or more gaps are worth saying.
    const missing = missingList(
      NEEDS.map((n) => ({ label: n.label, met: conditions.has(n.condition) })),
      { locale, message },
      MIN_GAPS,
    );
    if (missing === null) return;
    report({ range: sentenceRange(doc, groups[0].sentence), messageId: 'missing', data: { missing }, incomplete: documentGap(doc) });
  },
});

export default rule;
