import { defineRule, type MessageFn, sentenceRange } from './kit';
import type { WorkDesign } from '../server/model/types';
import { documentGap, positive } from '../server/model/query';
import { arrangements } from '../server/model/work';

const ROTATION: ReadonlySet<WorkDesign> = new Set(['rotation']);

/** Too fast rotation wastes the learning it is meant to bring: people need time to learn a new task. */
const rule = defineRule({
  meta: {
    id: 'rotation-pace',
    intervention: 'taakherontwerp',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      nl: 'Taakroulatie noemt een interval dat lang genoeg is om de nieuwe taken te leren.',
      en: 'Task rotation states an interval long enough to learn the new tasks.',
    },
    options: {
      minMonths: {
        type: 'integer',
        default: 3,
        minimum: 1,
        maximum: 120,
        description: { nl: 'Kortste aanvaardbare roulatie-interval in maanden.', en: 'Shortest acceptable rotation interval in months.' },
      },
    },
  },
  messages: {
    tooFast: {
      nl: 'Medewerkers rouleren al na {interval}. Laat iemand minstens {min} maanden op een plek werken: bij te snelle roulatie worden de leermogelijkheden niet benut.',
      en: 'Employees rotate after only {interval}. Let people stay at least {min} months in one place: rotating too fast wastes the learning opportunities.',
    },
    noInterval: {
      nl: 'Er staat niet hoe lang een medewerker op een plek werkt voordat hij rouleert. Noem een interval van minstens {min} maanden: bij te snelle roulatie worden de leermogelijkheden niet benut.',
      en: 'The draft does not say how long an employee stays before rotating on. State an interval of at least {min} months: rotating too fast wastes the learning opportunities.',
    },
    intervalWeek: { nl: '{n} week', en: '{n} week' },
    intervalWeeks: { nl: '{n} weken', en: '{n} weeks' },
    intervalMonths: { nl: '{n} maanden', en: '{n} months' },
  },
  check({ doc, options, report, message, applies }) {
    const min = options.minMonths;
    const rotations = arrangements(doc, ROTATION);
    if (rotations.length === 0) return;
    applies();
    const intervals = positive(doc, 'rotation-interval');
    if (intervals.length === 0) {
      report({ range: sentenceRange(doc, rotations[0].sentence), messageId: 'noInterval', data: { min }, incomplete: documentGap(doc) });
      return;
    }
    for (const interval of intervals) {
      if (interval.months >= min) continue;
      report({ range: interval.range, messageId: 'tooFast', data: { interval: describe(interval.months, message), min } });
    }
  },
});

/** "4 weken" for short intervals (a month of four weeks reads better in weeks), "2 maanden" otherwise. */
function describe(months: number, message: MessageFn<'intervalWeek' | 'intervalWeeks' | 'intervalMonths'>): string {
  if (months < 2) {
    const weeks = Math.max(1, Math.round(months * 4));
    return message(weeks === 1 ? 'intervalWeek' : 'intervalWeeks', { n: weeks });
  }
  return message('intervalMonths', { n: Math.round(months * 10) / 10 });
}

export default rule;
