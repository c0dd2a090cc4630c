import { defineRule, sentenceRange } from './kit';
import type { WorkDesign } from '../server/model/types';
import { documentGap, factsInSentences } from '../server/model/query';
import { arrangements, conditionsIn, designScope, sentenceNames } from '../server/model/work';

const WORKING_GROUP: ReadonlySet<WorkDesign> = new Set(['werkgroep']);

/**
 * A working group advises; it does not decide. Whether people keep taking part depends on how
 * seriously its advice is taken: the draft says how and by whom the advice is answered.
 */
const rule = defineRule({
  meta: {
    id: 'working-group-mandate',
    intervention: 'dialoog',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Een werkgroep adviseert, en er staat hoe en door wie het advies beantwoord wordt.',
      en: 'A working group advises, and the draft says how and by whom its advice is answered.',
    },
    options: {},
  },
  messages: {
    decides: {
      nl: 'Deze werkgroep krijgt beslissingsbevoegdheid. Een werkgroep adviseert; leg het besluit bij wie daarover gaat en zeg hoe die op het advies reageert, of noem de groep geen werkgroep.',
      en: 'This working group is given decision power. A working group advises: leave the decision with whoever is responsible and say how they answer the advice, or do not call the group a working group.',
    },
    noWeight: {
      nl: 'Er staat niet wat er met het advies van de werkgroep gebeurt. Zeg door wie en hoe het advies beantwoord wordt (bijvoorbeeld binnen zes weken, schriftelijk en gemotiveerd): betrokkenheid hangt af van het gewicht dat adviezen krijgen.',
      en: "The draft does not say what happens to the working group's advice. Say who answers it and how (for instance in writing, with reasons, within six weeks): people stay involved when advice carries weight.",
    },
  },
  check({ doc, report, applies }) {
    const groups = arrangements(doc, WORKING_GROUP);
    if (groups.length === 0) return;
    applies();
    const range = sentenceRange(doc, groups[0].sentence);
    const scope = designScope(doc, WORKING_GROUP);
    // Decision power counts where a sentence about the working group gives it to a group.
    const decides = factsInSentences(doc, scope, 'authority').some(
      (a) => !a.negated && a.power === 'decide' && a.holder === 'group' && sentenceNames(doc, a.sentence, WORKING_GROUP),
    );
    if (decides) {
      report({ range, messageId: 'decides' });
      return;
    }
    if (!conditionsIn(doc, scope).has('advice-response')) report({ range, messageId: 'noWeight', incomplete: documentGap(doc) });
  },
});

export default rule;
