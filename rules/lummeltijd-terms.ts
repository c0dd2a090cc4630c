import { defineRule, pickMissing, quotedName, sentenceRange } from './kit';
import type { InstrumentType } from '../server/model/types';
import { BUDGET_INSTRUMENTS, TIME_INSTRUMENTS, factsInSentences } from '../server/model/query';
import { provisions, provisionScope, scopeGap } from '../server/model/provisions';

const FREE_TIME: ReadonlySet<InstrumentType> = new Set(['free-time']);

/**
 * "Lummeltijd": a set number of hours a month for one's own development, spent as the employee
 * decides. Without a quantity it is a promise; when the manager decides the content it is work.
 */
const rule = defineRule({
  meta: {
    id: 'lummeltijd-terms',
    intervention: 'tijd-voor-ontwikkeling',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Vrije ontwikkeltijd (lummeltijd) noemt een aantal uren per periode, en de medewerker bepaalt zelf waaraan hij die besteedt.',
      en: 'Free development time ("lummeltijd") states a number of hours per period, and the employee decides what to spend it on.',
    },
    options: {},
  },
  messages: {
    noQuantityManagerDecides: {
      nl: 'Bij «{instrument}» staat niet hoeveel uren per maand het gaat, en de werkgever of leidinggevende bepaalt waaraan de tijd wordt besteed. Bij lummeltijd krijgt de medewerker een vast aantal uren per maand en bepaalt hij zelf wat hij ermee doet.',
      en: '«{instrument}» states no number of hours a month, and the employer or manager decides what the time is spent on. With free development time the employee gets a set number of hours a month and decides what to do with them.',
    },
    noQuantity: {
      nl: 'Bij «{instrument}» staat niet hoeveel uren per maand (of per periode) de medewerker krijgt. Noem een vast aantal, bijvoorbeeld vier uur per maand.',
      en: '«{instrument}» does not say how many hours a month (or per period) the employee gets. State a set number, e.g. four hours a month.',
    },
    managerDecides: {
      nl: 'Bij «{instrument}» bepaalt de werkgever of leidinggevende waaraan de tijd wordt besteed. Bij lummeltijd bepaalt de medewerker dat zelf; de leidinggevende kan vragen naar de voortgang.',
      en: 'For «{instrument}» the employer or manager decides what the time is spent on. With free development time the employee decides; the manager can ask about progress.',
    },
  },
  check({ doc, report, applies }) {
    for (const provision of provisions(doc, FREE_TIME)) {
      if (!provision.mentions.some((m) => m.granted && !m.negated)) continue;
      applies();
      const scope = provisionScope(doc, provision);
      // A share is of working time only in a sentence about time: "1,5% van de loonsom" beside a voucher is money.
      const aboutMoney = (sentence: number) =>
        factsInSentences(doc, [sentence], 'instrument').some((f) => BUDGET_INSTRUMENTS.has(f.instrument)) &&
        !factsInSentences(doc, [sentence], 'instrument').some((f) => TIME_INSTRUMENTS.has(f.instrument));
      const quantity =
        factsInSentences(doc, scope, 'time-amount').some((a) => !a.negated && a.value !== null) ||
        factsInSentences(doc, scope, 'percent').some((p) => !p.negated && !doc.sentences[p.sentence].heading && !aboutMoney(p.sentence));
      const decisions = factsInSentences(doc, scope, 'authority').filter((f) => f.power === 'decide' && !f.negated);
      const employeeDecides = decisions.some((f) => f.holder === 'employee');
      const managerDecides = !employeeDecides && decisions.some((f) => f.holder === 'manager' || f.holder === 'employer');
      const messageId = pickMissing(quantity, !managerDecides, { both: 'noQuantityManagerDecides', first: 'noQuantity', second: 'managerDecides' });
      if (messageId === null) continue;
      // Only a missing quantity rests on what is absent; a manager deciding is what the draft says.
      const incomplete = messageId === 'noQuantity' ? scopeGap(doc, provision) : undefined;
      report({ range: sentenceRange(doc, provision.anchor.sentence), messageId, data: { instrument: quotedName(provision) }, incomplete });
    }
  },
});

export default rule;
