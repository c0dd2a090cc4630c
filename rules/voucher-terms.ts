import { defineRule, pickMissing, quotedName, sentenceRange } from './kit';
import type { InstrumentType, PolicyDocument } from '../server/model/types';
import { factsInSentence, factsInSentences } from '../server/model/query';
import { provisionBefore, provisions, provisionScope, type Provision } from '../server/model/provisions';

const INDIVIDUAL_BUDGETS: ReadonlySet<InstrumentType> = new Set(['individual-budget', 'learning-account']);
const DRAWING_RIGHTS_OR_BUDGETS: ReadonlySet<InstrumentType> = new Set(['voucher', 'collective-fund', ...INDIVIDUAL_BUDGETS]);

/**
 * A sector fund or foundation grants the budget, in a sentence that names it or in its scope; where
 * the scope speaks of several instruments, in a sentence about this one ("De kosten van het
 * vakdiploma worden vergoed via het O&O-fonds" after a personal budget is the fund's own payment).
 */
function grantedByFund(doc: PolicyDocument, provision: Provision): boolean {
  return factsInSentences(doc, provisionScope(doc, provision), 'scheme-term').some(
    (t) =>
      t.term === 'fund-provider' &&
      !t.negated &&
      (provision.mentions.some((m) => m.sentence === t.sentence) || [provision, null].includes(provisionBefore(doc, t.sentence))),
  );
}

/**
 * Vouchers and individual drawing rights on a central budget work when unused rights flow back to
 * the central budget (so it is shared among fewer people) and when asking for one is easy,
 * which matters most for lower-educated staff.
 */
const rule = defineRule({
  meta: {
    id: 'voucher-terms',
    intervention: 'zeggenschap-budget',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Bij vouchers en trekkingsrechten op een centraal budget staat wat er met niet-gebruikte rechten gebeurt en hoe een aanvraag gaat.',
      en: 'Vouchers and drawing rights on a central budget say what happens to unused rights and how a request is made.',
    },
    options: {},
  },
  messages: {
    both: {
      nl: 'Bij «{instrument}» staat niet wat er met niet-gebruikte rechten gebeurt (terug naar het centrale budget?) en ook niet hoe een medewerker een aanvraag doet. Een eenvoudige aanvraagprocedure maakt vouchers ook bruikbaar voor lager opgeleiden.',
      en: '«{instrument}» does not say what happens to unused rights (back to the central budget?) nor how an employee makes a request. A simple request procedure makes vouchers work for lower-educated staff too.',
    },
    noReturn: {
      nl: 'Bij «{instrument}» staat niet wat er met niet-gebruikte rechten gebeurt. Laat ze terugvloeien naar het centrale budget, zodat dat over minder mensen verdeeld hoeft te worden.',
      en: '«{instrument}» does not say what happens to unused rights. Let them flow back to the central budget, so it is shared among fewer people.',
    },
    noRequest: {
      nl: 'Bij «{instrument}» staat niet hoe een medewerker een aanvraag doet. Een laagdrempelige administratieve procedure maakt het bruikbaar, ook voor lager opgeleiden.',
      en: '«{instrument}» does not say how an employee makes a request. A low-threshold administrative procedure makes it usable, also for lower-educated staff.',
    },
  },
  check({ doc, report, applies }) {
    // One finding per sentence: "Het fonds stelt werknemers een subsidie beschikbaar" names the fund and its subsidy.
    const reported = new Set<number>();
    for (const provision of provisions(doc, DRAWING_RIGHTS_OR_BUDGETS)) {
      if (reported.has(provision.anchor.sentence)) continue;
      // A fund counts only where employees claim from it themselves (individual drawing rights); a
      // personal budget only where a sector fund or foundation grants it ("A+O stelt je een POB beschikbaar").
      if (provision.instrument === 'collective-fund' && !provision.claimable) continue;
      if (INDIVIDUAL_BUDGETS.has(provision.instrument) && !grantedByFund(doc, provision)) continue;
      if (!provision.granted) continue;
      // A government scheme (STAP, SLIM, ESF) is no central budget that unused rights could flow back
      // to; a sector fund or foundation employees claim from is.
      const government = factsInSentence(doc, provision.anchor.sentence, 'scheme-term').some((t) => t.term === 'government-scheme' && !t.negated);
      if (government) continue;
      applies();
      const scope = provisionScope(doc, provision);
      const terms = factsInSentences(doc, scope, 'scheme-term').filter((f) => !f.negated);
      const returns = terms.some((t) => t.term === 'returns');
      const request =
        terms.some((t) => t.term === 'request') || factsInSentences(doc, scope, 'support').some((s) => !s.negated && s.support === 'low-threshold');
      const messageId = pickMissing(returns, request, { both: 'both', first: 'noReturn', second: 'noRequest' });
      if (messageId === null) continue;
      reported.add(provision.anchor.sentence);
      report({
        range: sentenceRange(doc, provision.anchor.sentence),
        messageId,
        data: { instrument: quotedName(provision) },
      });
    }
  },
});

export default rule;
