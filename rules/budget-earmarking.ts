import type { Rule } from '../server/engine/types';
import type { InstrumentType } from '../server/model/types';
import { factsInSentences, provisions, provisionScope } from '../server/model/query';
import { insertAfterSentence } from '../server/engine/fixes';

const BUDGETS: ReadonlySet<InstrumentType> = new Set(['individual-budget', 'learning-account', 'voucher', 'collective-fund']);

/** A budget says what it may be spent on, in its own article or in an annex or regulation it names. */
const rule: Rule = {
  meta: {
    id: 'budget-earmarking',
    intervention: 'zeggenschap-budget',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      nl: 'Een budget noemt zijn bestedingsdoelen, zodat medewerkers en leidinggevenden weten waarvoor het dient.',
      en: 'A budget states what it may be spent on, so employees and managers know what it is for.',
    },
    options: {},
  },
  messages: {
    noPurposes: {
      nl: 'Het {instrument} noemt geen bestedingsdoelen. Spreek af waarvoor het gebruikt kan worden (opleiding, cursus, loopbaanadvies, EVC, ...) of verwijs naar de bijlage of regeling die ze opsomt.',
      en: 'The {instrument} states no purposes. Agree what it can be used for (training, courses, career advice, accreditation of prior learning, ...) or refer to the annex or regulation that lists them.',
    },
    fixPurposes: { nl: 'Voeg bestedingsdoelen toe', en: 'Add spending purposes' },
  },
  check({ doc, report }) {
    for (const provision of provisions(doc, BUDGETS)) {
      if (!provision.mentions.some((m) => m.granted)) continue;
      const purposes = factsInSentences(doc, provisionScope(doc, provision), 'purpose').filter((p) => !p.negated);
      if (purposes.length > 0) continue;
      const skeleton =
        doc.language === 'en'
          ? 'The budget can be spent on: training and courses, career advice and coaching, accreditation of prior learning and certification.'
          : 'Het budget kan worden besteed aan: opleidingen, cursussen en trainingen, loopbaanadvies en -coaching, EVC-trajecten en certificering.';
      report({
        range: doc.sentences[provision.anchor.sentence].range,
        messageId: 'noPurposes',
        data: { instrument: provision.anchor.surface.toLowerCase() },
        fixes: [{ titleId: 'fixPurposes', edits: [insertAfterSentence(doc, provision.anchor.sentence, skeleton)] }],
      });
    }
  },
};

export default rule;
