import { defineRule, missingList, sentenceRange } from './kit';
import type { WorkDesign } from '../server/model/types';
import { documentGap, factsInSentences } from '../server/model/query';
import { arrangements, conditionsIn, designScope } from '../server/model/work';

const JOB_CRAFTING: ReadonlySet<WorkDesign> = new Set(['job-crafting']);

/**
 * In job crafting the employee decides what changes; the manager supports without filling it in,
 * tells where the organisation is heading, and is kept informed on the main lines.
 */
const rule = defineRule({
  meta: {
    id: 'job-crafting-ownership',
    intervention: 'job-crafting',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      nl: 'Bij job crafting beslist de medewerker wat er verandert, kent hij de richting van de organisatie en houdt hij de leidinggevende op de hoogte.',
      en: 'In job crafting the employee decides what changes, knows the direction of the organisation and keeps the manager informed.',
    },
    options: {},
  },
  messages: {
    managerDecides: {
      nl: 'Hier bepaalt de leidinggevende wat de medewerker aan zijn werk verandert. Bij job crafting beslist de medewerker zelf; de leidinggevende begeleidt en stimuleert, maar vult niet in.{more}',
      en: 'Here the manager decides what the employee changes in his work. In job crafting the employee decides; the manager guides and encourages but does not fill it in.{more}',
    },
    missing: {
      nl: 'Bij job crafting staat niets over {missing}.',
      en: 'The job crafting arrangement says nothing about {missing}.',
    },
    alsoMissing: { nl: ' Ook ontbreekt: {missing}.', en: ' Also missing: {missing}.' },
    needDirection: {
      nl: 'hoe medewerkers de richting en doelen van de organisatie leren kennen (alleen dan helpen hun veranderingen ook de organisatie verder)',
      en: 'how employees learn the direction and goals of the organisation (only then do their changes also move the organisation forward)',
    },
    needInformed: {
      nl: 'een afspraak dat de medewerker zijn leidinggevende op hoofdlijnen op de hoogte houdt',
      en: 'an agreement that the employee keeps the manager informed on the main lines',
    },
  },
  check({ doc, report, message, locale, applies }) {
    const crafting = arrangements(doc, JOB_CRAFTING);
    if (crafting.length === 0) return;
    applies();
    const range = sentenceRange(doc, crafting[0].sentence);
    const decisions = factsInSentences(doc, designScope(doc, JOB_CRAFTING), 'authority').filter((a) => !a.negated && a.power === 'decide');
    const managerDecides = !decisions.some((a) => a.holder === 'employee') && decisions.some((a) => a.holder === 'manager' || a.holder === 'employer');
    const conditions = conditionsIn(doc, null);
    const missing = missingList(
      [
        { label: 'needDirection', met: conditions.has('org-direction') },
        { label: 'needInformed', met: conditions.has('keeps-manager-informed') },
      ],
      { locale, message },
    );
    if (managerDecides) {
      report({ range, messageId: 'managerDecides', data: { more: missing === null ? '' : message('alsoMissing', { missing }) } });
      return;
    }
    if (missing !== null) report({ range, messageId: 'missing', data: { missing }, incomplete: documentGap(doc) });
  },
});

export default rule;
