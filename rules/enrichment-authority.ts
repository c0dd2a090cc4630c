import { defineRule, sentenceRange } from './kit';
import type { Party, WorkDesign } from '../server/model/types';
import { documentGap, factsInSentences } from '../server/model/query';
import { arrangements, conditionsIn, designScope } from '../server/model/work';

const ENRICHMENT: ReadonlySet<WorkDesign> = new Set(['enrichment', 'self-rostering', 'self-managing']);
const OWN: ReadonlySet<Party> = new Set(['team', 'employee']);

/**
 * Planning, control or organising tasks given to employees or teams come with the authority to
 * carry them out, and with guidance, capacity and an eye on the workload.
 */
const rule = defineRule({
  meta: {
    id: 'enrichment-authority',
    intervention: 'taakherontwerp',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      nl: 'Wie plannings-, controle- of organiserende taken krijgt (zelfroosteren, zelfsturende teams), krijgt ook de bevoegdheden en de begeleiding die erbij horen.',
      en: 'Whoever gets planning, control or organising tasks (self-rostering, self-managing teams) also gets the matching authority and guidance.',
    },
    options: {},
  },
  messages: {
    managersDecide: {
      nl: 'Medewerkers krijgen er taken bij (planning, controle, organisatie), maar de beslissingen blijven bij de leiding. Geef de bevoegdheden die bij de taken horen ("het team mag beslissen over ..."): meer verantwoordelijkheid vraagt om de bijbehorende bevoegdheden.',
      en: 'Employees get new tasks (planning, control, organising), but the decisions stay with management. Grant the authority the tasks need ("the team may decide on ..."): more responsibility calls for the matching authority.',
    },
    noAuthority: {
      nl: 'Medewerkers krijgen er taken bij (planning, controle, organisatie), maar er staat niet welke bevoegdheden ze daarbij krijgen. Noem het mandaat ("het team mag beslissen over ...").',
      en: 'Employees get new tasks (planning, control, organising), but the draft does not say what authority comes with them. State the mandate ("the team may decide on ...").',
    },
    noSupport: {
      nl: 'Medewerkers krijgen er taken bij (planning, controle, organisatie), maar er staat niets over begeleiding, capaciteit of werkdruk. Taakverrijking vraagt voldoende capaciteit, begeleiding en geloof in eigen kunnen.',
      en: 'Employees get new tasks (planning, control, organising), but nothing is said about guidance, capacity or workload. Enrichment needs enough capacity, guidance and confidence.',
    },
  },
  check({ doc, report, applies }) {
    const enrichment = arrangements(doc, ENRICHMENT);
    if (enrichment.length === 0) return;
    applies();
    const range = sentenceRange(doc, enrichment[0].sentence);
    const decisions = factsInSentences(doc, designScope(doc, ENRICHMENT), 'authority').filter((a) => !a.negated && a.power === 'decide');
    if (!decisions.some((a) => a.holder !== null && OWN.has(a.holder))) {
      const withheld = decisions.some((a) => a.holder === 'manager' || a.holder === 'employer');
      // Withheld authority is a finding on what the draft says; no authority at all rests on what it lacks.
      report({ range, messageId: withheld ? 'managersDecide' : 'noAuthority', incomplete: withheld ? undefined : documentGap(doc) });
      return;
    }
    const conditions = conditionsIn(doc, null);
    if (!conditions.has('guidance') && !conditions.has('workload')) report({ range, messageId: 'noSupport', incomplete: documentGap(doc) });
  },
});

export default rule;
