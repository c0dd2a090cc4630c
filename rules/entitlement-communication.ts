import { defineRule, quotedName, sentenceRange } from './kit';
import type { InstrumentType } from '../server/model/types';
import { INDIVIDUAL_INSTRUMENTS, positive, documentGap } from '../server/model/query';
import { provisions } from '../server/model/provisions';
import { inDocumentVoice, insertAfterSentence, insertAtEndOfUnit } from '../server/engine/fixes';

const ENTITLEMENTS: ReadonlySet<InstrumentType> = new Set([
  'individual-budget',
  'learning-account',
  'voucher',
  'collective-fund',
  'development-time',
  'training-leave',
  'reimbursement',
  'free-time',
]);

/** People use an entitlement only when they know it exists: the draft says how and when they are told. */
const rule = defineRule({
  meta: {
    id: 'entitlement-communication',
    intervention: 'zeggenschap-budget',
    alsoInterventions: ['opleidingsverlof'],
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      nl: 'Een recht op budget, tijd of verlof voor ontwikkeling gaat samen met afspraken over hoe medewerkers en leidinggevenden erover geïnformeerd worden.',
      en: 'An entitlement to money, time or leave for development comes with arrangements for informing employees and managers about it.',
    },
    options: {
      requireManagers: {
        type: 'boolean',
        default: false,
        description: {
          nl: 'Meld (als info) wanneer leidinggevenden niet genoemd worden bij de communicatie.',
          en: 'Report (as info) when the communication does not mention managers.',
        },
      },
    },
  },
  messages: {
    noCommunication: {
      nl: 'Nergens staat hoe en wanneer medewerkers over «{instrument}» geïnformeerd worden. Regel bekendheid: een jaarlijks overzicht van het saldo, voorlichting, of een vast gesprek over ontwikkeling.',
      en: 'Nowhere does the draft say how and when employees are told about «{instrument}». Arrange awareness: a yearly balance statement, information campaigns, or a recurring development conversation.',
    },
    noManagers: {
      nl: 'De communicatie over «{instrument}» noemt de leidinggevenden niet; zij spelen een stimulerende rol.',
      en: 'The communication about «{instrument}» does not mention managers, who have an encouraging role to play.',
    },
    fixCommunication: { nl: 'Voeg een communicatieclausule toe', en: 'Add a communication clause' },
  },
  check({ doc, options, report, applies }) {
    const entitlements = provisions(doc, ENTITLEMENTS).filter(
      // A reimbursement ("de werkgever betaalt de cursuskosten") states the right it names.
      // A scheme of the state the draft points to (STAP, the lerarenbeurs) is no right it creates.
      (p) =>
        (p.instrument === 'reimbursement' || p.mentions.some((m) => m.granted)) &&
        (p.instrument !== 'collective-fund' || p.claimable) &&
        !p.mentions.every((m) => m.stateScheme),
    );
    if (entitlements.length === 0) return;
    applies();
    // Report on the money employees control first, then on time and leave.
    const rank = (p: (typeof entitlements)[number]) =>
      (p.anchor.granted ? 0 : 4) + (INDIVIDUAL_INSTRUMENTS.has(p.instrument) ? 0 : p.instrument === 'collective-fund' ? 1 : 2);
    const first = entitlements.reduce((best, p) => (rank(p) < rank(best) ? p : best));
    const data = { instrument: quotedName(first) };
    const range = sentenceRange(doc, first.anchor.sentence);
    const communication = positive(doc, 'communication');
    if (communication.length === 0) {
      const clause = inDocumentVoice(doc, {
        nl: 'De werkgever informeert medewerkers en hun leidinggevenden jaarlijks over deze regeling en het beschikbare saldo, en bespreekt het gebruik ervan in het jaarlijkse ontwikkelgesprek.',
        en: 'The employer informs employees and their managers every year about this arrangement and the balance available, and discusses its use in the annual development conversation.',
        personal: {
          nl: 'De werkgever informeert jou en je leidinggevende jaarlijks over deze regeling en je beschikbare saldo, en bespreekt het gebruik ervan in je jaarlijkse ontwikkelgesprek.',
          en: 'The employer informs you and your manager every year about this arrangement and the balance available to you, and discusses its use in your annual development conversation.',
        },
      });
      // At the end of the article that grants the right; in a draft without articles, right after the
      // granting sentence (a paragraph there would split the list it stands in).
      const edit = first.unit ? insertAtEndOfUnit(doc, first.unit.range.end, clause) : insertAfterSentence(doc, first.anchor.sentence, clause);
      // Informing may be arranged anywhere in the draft, so any gap in it leaves room for doubt.
      report({ range, messageId: 'noCommunication', data, incomplete: documentGap(doc), fixes: [{ titleId: 'fixCommunication', edits: [edit] }] });
      return;
    }
    if (options.requireManagers && !communication.some((c) => c.managers)) report({ range, messageId: 'noManagers', data, severity: 'info' });
  },
});

export default rule;
