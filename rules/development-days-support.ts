import { defineRule, pickMissing, quotedName, sentenceRange } from './kit';
import type { InstrumentType } from '../server/model/types';
import { positive, documentGap, factsInSentence, BUDGET_INSTRUMENTS } from '../server/model/query';
import type { PolicyDocument } from '../server/model/types';
import type { Provision } from '../server/model/provisions';
import { provisions } from '../server/model/provisions';

const DAYS_AND_LEAVE: ReadonlySet<InstrumentType> = new Set(['development-time', 'training-leave']);

/**
 * A right to development days or training leave is used when people get help in choosing what to
 * do with it (a conversation, advice) and room to actually take it (planning, replacement).
 */
const rule = defineRule({
  meta: {
    id: 'development-days-support',
    intervention: 'opleidingsverlof',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Bij ontwikkeldagen of opleidingsverlof horen steun bij het gebruik (een gesprek, advies) en ruimte om ze op te nemen (planning, vervanging).',
      en: 'Development days or training leave come with support in using them (a conversation, advice) and room to take them (planning, replacement).',
    },
    options: {},
  },
  messages: {
    noSupportNoTime: {
      nl: 'Bij «{instrument}» staat niets over steun bij het gebruik (een gesprek of advies) en niets over de tijd om ze werkelijk op te nemen (planning, vervanging). Ruimte in tijd en ondersteuning bij het verzilveren bepalen of zo’n recht wordt gebruikt.',
      en: '«{instrument}» comes with no support in using it (a conversation or advice) and nothing on the time to actually take it (planning, replacement). Room in time and support in using the right decide whether it is used.',
    },
    noSupport: {
      nl: 'Bij «{instrument}» staat niets over steun bij het gebruik: een gesprek of advies over waaraan de medewerker de tijd besteedt.',
      en: '«{instrument}» comes with no support in using it: a conversation or advice on what the employee spends the time on.',
    },
    noTime: {
      nl: 'Bij «{instrument}» staat niets over de tijd om ze werkelijk op te nemen: inplannen in overleg of vervanging van het werk.',
      en: '«{instrument}» says nothing on the time to actually take it: planning it in, or someone taking over the work.',
    },
  },
  check({ doc, report, applies }) {
    // Only a right the draft grants: training "in werktijd" mentioned in passing or a project's
    // training days are no entitlement of the employee.
    // Nor is working time for the courses a budget pays ("Opleidingen die met het POB worden betaald,
    // mogen voor ten hoogste 40 uur per jaar in werktijd worden gevolgd"): a term of that budget.
    const granted = provisions(doc, DAYS_AND_LEAVE).filter(
      (p) => p.mentions.some((m) => m.granted && !m.negated && !doc.sentences[m.sentence].heading) && !tiedToBudget(doc, p),
    );
    if (granted.length === 0) return;
    applies();
    // Advice and conversations are usually arranged once for the whole chapter.
    const support =
      positive(doc, 'support').length > 0 ||
      positive(doc, 'communication').some((c) => c.means === 'conversation') ||
      positive(doc, 'time-term').some((t) => t.term === 'conversation');
    const time = positive(doc, 'time-term').some((t) => t.term === 'planning' || t.term === 'replacement');
    const messageId = pickMissing(support, time, { both: 'noSupportNoTime', first: 'noSupport', second: 'noTime' });
    if (messageId === null) return;
    for (const provision of granted) {
      report({ range: sentenceRange(doc, provision.anchor.sentence), messageId, data: { instrument: quotedName(provision) }, incomplete: documentGap(doc) });
    }
  },
});

export default rule;

/** Every mention of the time stands in a sentence that names a money budget beside it: the time is that budget's. */
function tiedToBudget(doc: PolicyDocument, provision: Provision): boolean {
  return provision.mentions.every((m) => factsInSentence(doc, m.sentence, 'instrument').some((f) => !f.negated && BUDGET_INSTRUMENTS.has(f.instrument)));
}
