import { defineRule, quotedName, sentenceRange } from './kit';
import type { Fact, PolicyDocument } from '../server/model/types';
import { factsInSentence, positive, TIME_INSTRUMENTS, documentGap } from '../server/model/query';
import { budgetsGranted } from '../server/model/budgets';

/** Instruments that give time rather than money. */

/**
 * Money alone does not make people learn: the guidance names time beside budget as a necessary
 * condition. Where the draft grants a development budget, it also grants time somewhere.
 */
const rule = defineRule({
  meta: {
    id: 'budget-needs-time',
    intervention: 'budget-gangbaar',
    alsoInterventions: ['tijd-voor-ontwikkeling'],
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Naast een ontwikkelbudget geeft de tekst ook tijd om te leren: in werktijd, ontwikkeldagen of studieverlof.',
      en: 'Beside a development budget, the draft also grants time to learn: in working time, development days or study leave.',
    },
    options: {},
  },
  messages: {
    noTime: {
      nl: 'Er is «{instrument}», maar nergens wordt tijd voor leren gegeven (opleiding in werktijd, ontwikkeldagen of -uren, studieverlof). Budget is geen garantie voor ontwikkeling; ruimte in tijd is een noodzakelijke voorwaarde ernaast.',
      en: 'There is «{instrument}», but the draft grants no time to learn (training in working time, development days or hours, study leave). A budget is no guarantee of development; room in time is a necessary condition beside it.',
    },
  },
  check({ doc, report, applies }) {
    const budgets = budgetsGranted(doc);
    if (budgets.length === 0) return;
    applies();
    const time =
      positive(doc, 'instrument').some((f) => TIME_INSTRUMENTS.has(f.instrument) || (f.inTime && f.development)) ||
      positive(doc, 'scheme-term').some((f) => f.term === 'learning-time') ||
      // "83 klokuren per jaar voor deskundigheidsbevordering": hours or days granted per period for learning.
      positive(doc, 'count').some(
        (c) => (c.unit === 'hours' || c.unit === 'days') && c.perMonths !== null && aboutLearning(doc, c.sentence) && !sizeOfContract(doc, c),
      );
    if (time) return;
    const first = budgets[0];
    report({ range: sentenceRange(doc, first.anchor.sentence), messageId: 'noTime', data: { instrument: quotedName(first) }, incomplete: documentGap(doc) });
  },
});

/** "iedere chauffeur met een contract van minstens 12 uur per week": hours that size a contract, not time to learn. */
function sizeOfContract(doc: PolicyDocument, count: Fact): boolean {
  return factsInSentence(doc, count.sentence, 'time-term').some(
    (t) => t.term === 'contract-size' && !t.negated && t.range.start <= count.range.start && count.range.end <= t.range.end,
  );
}

/** The sentence names a purpose of learning or a development instrument. */
function aboutLearning(doc: PolicyDocument, sentence: number): boolean {
  return (
    factsInSentence(doc, sentence, 'purpose').some((p) => !p.negated) || factsInSentence(doc, sentence, 'instrument').some((f) => f.development && !f.negated)
  );
}

export default rule;
