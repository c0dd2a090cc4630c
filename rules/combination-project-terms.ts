import { defineRule, pickMissing, sentenceRange } from './kit';
import { documentGap, positive } from '../server/model/query';

/**
 * A combination project trains own staff in working time while newcomers on work-learning places
 * (agency workers, people at a distance from the labour market) take over their work. It works
 * when the planning counts on the newcomers being only partly deployable at first, and when the
 * newcomers get a real perspective: a qualification and experience with value on the labour market.
 */
const rule = defineRule({
  meta: {
    id: 'combination-project-terms',
    intervention: 'tijd-voor-ontwikkeling',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Een combinatieproject rekent in de planning met de beperkte inzetbaarheid van nieuwe krachten en biedt hen een reëel perspectief (diploma, certificaat, werkervaring).',
      en: 'A combination project plans for newcomers being only partly deployable at first and offers them a real perspective (diploma, certificate, work experience).',
    },
    options: {},
  },
  messages: {
    noRampUpNoPerspective: {
      nl: 'Bij dit combinatieproject staat niet dat de planning rekening houdt met nieuwe krachten die in het begin maar beperkt inzetbaar zijn, en niet welk perspectief de instromers krijgen (een diploma, certificaat of werkervaring met waarde op de arbeidsmarkt).',
      en: 'This combination project does not plan for newcomers being only partly deployable at first, and does not say what perspective they get (a diploma, certificate or work experience with value on the labour market).',
    },
    noRampUp: {
      nl: 'Bij dit combinatieproject staat niet dat de planning rekening houdt met nieuwe krachten die in het begin maar beperkt inzetbaar zijn. Reken met een inwerkperiode of een lagere norm.',
      en: 'This combination project does not plan for newcomers being only partly deployable at first. Plan for a settling-in period or a lower norm.',
    },
    fullFromStart: {
      nl: 'Bij dit combinatieproject tellen de nieuwe krachten vanaf de eerste dag volledig mee in de planning. In het begin zijn zij maar beperkt inzetbaar: reken met een inwerkperiode, een lagere norm of bezetting boven de formatie.',
      en: 'This combination project counts the newcomers in fully from the first day. At first they are only partly deployable: plan for a settling-in period, a lower norm or staffing above the formation.',
    },
    fullFromStartNoPerspective: {
      nl: 'Bij dit combinatieproject tellen de nieuwe krachten vanaf de eerste dag volledig mee in de planning, terwijl zij in het begin maar beperkt inzetbaar zijn; ook staat er niet welk perspectief zij krijgen (een diploma, certificaat of werkervaring met waarde op de arbeidsmarkt).',
      en: 'This combination project counts the newcomers in fully from the first day, while at first they are only partly deployable; nor does it say what perspective they get (a diploma, certificate or work experience with value on the labour market).',
    },
    noPerspective: {
      nl: 'Bij dit combinatieproject staat niet welk perspectief de nieuwe instromers krijgen: een diploma, certificaat of werkervaring met waarde op de arbeidsmarkt.',
      en: 'This combination project does not say what perspective the newcomers get: a diploma, certificate or work experience with value on the labour market.',
    },
  },
  check({ doc, report, applies }) {
    const terms = positive(doc, 'time-term');
    const project = terms.find((t) => t.term === 'combination-project' && !doc.sentences[t.sentence].heading);
    if (!project) return;
    applies();
    // A project is usually one article or a whole plan; the conditions may be anywhere in it, and
    // the facts themselves are only read in sentences about the newcomers.
    const rampUp = terms.some((t) => t.term === 'ramp-up');
    const perspective = terms.some((t) => t.term === 'perspective');
    const messageId = pickMissing(rampUp, perspective, { both: 'noRampUpNoPerspective', first: 'noRampUp', second: 'noPerspective' });
    if (messageId === null) return;
    // Newcomers planned in fully from the first day: the finding stands where the draft says so.
    const fullFromStart = rampUp ? undefined : doc.facts.find((f) => f.kind === 'time-term' && f.term === 'ramp-up' && f.negated);
    if (fullFromStart) {
      report({
        range: sentenceRange(doc, fullFromStart.sentence),
        messageId: perspective ? 'fullFromStart' : 'fullFromStartNoPerspective',
        incomplete: documentGap(doc),
      });
      return;
    }
    report({ range: sentenceRange(doc, project.sentence), messageId, incomplete: documentGap(doc) });
  },
});

export default rule;
