import { defineRule } from './kit';
import type { GroupSizeFact, PolicyDocument, WorkDesign, WorkDesignFact } from '../server/model/types';
import { WORK_DESIGNS } from '../server/model/workFacts';
import { factsInSentence, sentencesOf, unitOf } from '../server/model/query';
import { arrangements, sentenceNames } from '../server/model/work';

const MEETINGS: ReadonlySet<WorkDesign> = new Set(['werkoverleg', 'werkgroep', 'verbeterteam']);

/** A group talks and decides well up to about 20 people; a werkoverleg works best around 12. */
const rule = defineRule({
  meta: {
    id: 'meeting-group-size',
    intervention: 'dialoog',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      nl: 'Werkoverleg, werkgroepen en verbeterteams blijven klein genoeg om mee te praten: werkoverleg rond de 12, andere groepen niet boven de 20.',
      en: 'Work meetings, working groups and improvement teams stay small enough to take part: about 12 for work meetings, no more than 20 for other groups.',
    },
    options: {
      maxSize: {
        type: 'integer',
        default: 20,
        minimum: 2,
        maximum: 1000,
        description: { nl: 'Grootste aanvaardbare groep (waarschuwing daarboven).', en: 'Largest acceptable group (warning above it).' },
      },
      idealSize: {
        type: 'integer',
        default: 12,
        minimum: 2,
        maximum: 1000,
        description: { nl: 'Ideale omvang van een werkoverleg (info daarboven).', en: 'Ideal size of a work meeting (info above it).' },
      },
    },
  },
  messages: {
    tooLarge: {
      nl: 'Een groep van {size} deelnemers is te groot om mee te praten: 20 personen is vaak een uiterste grens. Splits de groep of beperk haar tot {max}.',
      en: 'A group of {size} participants is too large to take part in: 20 people is often the upper limit. Split the group or limit it to {max}.',
    },
    aboveIdeal: {
      nl: 'Een werkoverleg met {size} deelnemers is groter dan de ideale omvang van rond de {ideal} personen. Overweeg het overleg in kleinere groepen te houden.',
      en: 'A work meeting of {size} participants is larger than the ideal of about {ideal} people. Consider meeting in smaller groups.',
    },
  },
  check({ doc, options, report, applies }) {
    const max = options.maxSize;
    const ideal = options.idealSize;
    const seen = new Set<GroupSizeFact>();
    for (const meeting of arrangements(doc, MEETINGS)) {
      for (const size of sizesOf(doc, meeting)) {
        if (seen.has(size)) continue;
        seen.add(size);
        // A meeting whose size the draft does not state gives the rule nothing to judge.
        applies();
        if (size.value > max) report({ range: size.range, messageId: 'tooLarge', data: { size: size.value, max } });
        else if (meeting.design === 'werkoverleg' && size.value > ideal)
          report({ range: size.range, messageId: 'aboveIdeal', data: { size: size.value, ideal }, severity: 'info' });
      }
    }
  },
});

/**
 * The sizes stated for a meeting: in its own sentence, or in the next sentence of the same member
 * when that one names no other design ("... werkoverleg met alle medewerkers. Dat zijn er 34.").
 * A meeting for a whole unit ("voor de hele ploeg", "alle monteurs van de vestiging") has the size
 * stated for that unit in the same article ("een ploeg bestaat uit ongeveer 25 medewerkers"); a
 * unit whose size is not stated gives no size.
 * A lower bound ("meer dan 50 werknemers") describes who it applies to, not the group.
 */
function sizesOf(doc: PolicyDocument, meeting: WorkDesignFact): GroupSizeFact[] {
  const own = doc.sentences[meeting.sentence];
  const sentences = [meeting.sentence];
  const others = new Set([...WORK_DESIGNS].filter((d) => d !== meeting.design));
  const next = doc.sentences[meeting.sentence + 1];
  if (next && !next.heading && next.article === own.article && !sentenceNames(doc, next.index, others)) sentences.push(next.index);
  const sizes = sentences.flatMap((s) => factsInSentence(doc, s, 'group-size'));
  const wholeUnits = new Set(sentences.flatMap((s) => factsInSentence(doc, s, 'whole-unit')).map((w) => w.unit));
  if (wholeUnits.size > 0) {
    const unit = unitOf(doc, own);
    for (const s of sentencesOf(doc, unit)) {
      if (sentences.includes(s)) continue;
      for (const g of factsInSentence(doc, s, 'group-size')) if (g.unit !== null && wholeUnits.has(g.unit)) sizes.push(g);
    }
  }
  return sizes.filter((g) => g.bound !== 'min');
}

export default rule;
