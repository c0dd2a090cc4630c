import { defineRule, quotedName, sentenceRange } from './kit';
import type { InstrumentType } from '../server/model/types';
import { INDIVIDUAL_INSTRUMENTS, positive, documentGap, factsInSentence, unitOf } from '../server/model/query';
import { provisions, scopeGap } from '../server/model/provisions';
import { inDocumentLanguage, inDocumentVoice, insertAfterSentence, instrumentName } from '../server/engine/fixes';

const FUNDS: ReadonlySet<InstrumentType> = new Set(['collective-fund']);

/**
 * Where employees control money for their development, those who use it least (lower-educated
 * and older staff) get guidance: independent career advice, learning ambassadors, workshops.
 */
const rule = defineRule({
  meta: {
    id: 'support-lower-educated',
    intervention: 'zeggenschap-budget',
    alsoInterventions: ['budget-gangbaar'],
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      nl: 'Bij een individueel budget hoort begeleiding, in het bijzonder voor lager opgeleide en oudere medewerkers.',
      en: 'An individual budget comes with guidance, especially for lower-educated and older employees.',
    },
    options: {},
  },
  messages: {
    noSupport: {
      nl: 'Bij «{instrument}» is geen begeleiding geregeld (onafhankelijk loopbaanadvies, leerambassadeurs, workshops). Hoe lager het opleidingsniveau, hoe meer die ondersteuning ertoe doet.',
      en: '«{instrument}» comes with no guidance (independent career advice, learning ambassadors, workshops). The lower the level of education, the more such support matters.',
    },
    noTargetGroup: {
      nl: 'Er is begeleiding bij «{instrument}», maar die richt zich niet op lager opgeleide of oudere medewerkers, de groepen met een leerachterstand.',
      en: 'Guidance exists for «{instrument}», but it is not aimed at lower-educated or older employees, the groups that lag behind in learning.',
    },
    fixSupport: { nl: 'Voeg een begeleidingsclausule toe', en: 'Add a guidance clause' },
    fixTargetGroup: { nl: 'Richt de begeleiding op lager opgeleide en oudere medewerkers', en: 'Aim the guidance at lower-educated and older employees' },
  },
  check({ doc, report, applies }) {
    const controlled = [...provisions(doc, INDIVIDUAL_INSTRUMENTS).filter((p) => !p.inTime), ...provisions(doc, FUNDS).filter((p) => p.claimable)].sort(
      (a, b) => a.anchor.range.start - b.anchor.range.start,
    );
    if (controlled.length === 0) return;
    applies();
    const first = controlled[0];
    const data = { instrument: quotedName(first) };
    const range = sentenceRange(doc, first.anchor.sentence);
    const support = positive(doc, 'support');
    if (support.length === 0) {
      // The English clause names the budget as the draft does ("the stipend", "your learning budget").
      const name = instrumentName(doc, first.anchor.surface).withArticle;
      const clause = inDocumentVoice(doc, {
        nl: 'Medewerkers, in het bijzonder lager opgeleide en oudere medewerkers, kunnen kosteloos gebruikmaken van onafhankelijk loopbaanadvies bij het kiezen en aanvragen van een opleiding.',
        en: `Employees, in particular lower-educated and older employees, can use independent career advice free of charge to choose how to spend ${name}.`,
        personal: {
          nl: 'Je kunt kosteloos gebruikmaken van onafhankelijk loopbaanadvies bij het kiezen en aanvragen van een opleiding; dat advies is er in het bijzonder voor lager opgeleide en oudere medewerkers.',
          en: `You can use independent career advice free of charge to choose how to spend ${name}; it is there in particular for lower-educated and older employees.`,
        },
      });
      // Support may be arranged anywhere in the draft, so any gap in it leaves room for doubt.
      const incomplete = controlled.map((p) => scopeGap(doc, p)).find((gap) => gap !== undefined) ?? documentGap(doc);
      report({
        range,
        messageId: 'noSupport',
        data,
        incomplete,
        fixes: [{ titleId: 'fixSupport', edits: [insertAfterSentence(doc, first.anchor.sentence, clause)] }],
      });
      return;
    }
    // A group named for another scheme ("Medewerkers van 60 jaar en ouder kunnen gebruikmaken van de
    // regeling 80-90-100") is not whom the support is for: it counts in the unit of a support clause,
    // or where the sentence itself speaks of learning.
    // A target group counts in the article of the support (its members included: "1. Zij helpen in het
    // bijzonder werknemers zonder startkwalificatie ... 2. Het gesprek met de regiocoördinator is
    // kosteloos"), or where its own sentence speaks of learning.
    const articleOf = (sentence: number) => {
      const s = doc.sentences[sentence];
      return s.article === null ? null : (unitOf(doc, s) ?? doc.articles[s.article]);
    };
    const supportUnits = new Set(support.flatMap((s) => [doc.sentences[s.sentence].article, articleOf(s.sentence)?.index ?? null]));
    // ... and in the member a support sentence points to: "De leerambassadeurs benaderen de werknemers,
    // bedoeld in artikel 19 lid 2" aims them at the groups that member names.
    for (const s of new Set(support.map((f) => f.sentence)))
      for (const ref of factsInSentence(doc, s, 'reference'))
        if (!ref.negated && ref.resolution.status === 'resolved') supportUnits.add(ref.resolution.member ?? ref.resolution.unit);
    const aimed = positive(doc, 'target-group').filter(
      (g) =>
        supportUnits.has(doc.sentences[g.sentence].article) ||
        supportUnits.has(articleOf(g.sentence)?.index ?? null) ||
        doc.sentences[g.sentence].aboutDevelopment,
    );
    if (aimed.length === 0) {
      const aim = inDocumentLanguage(doc, {
        nl: 'Deze begeleiding is in het bijzonder bedoeld voor lager opgeleide en oudere medewerkers; zij worden er persoonlijk voor uitgenodigd.',
        en: 'This guidance is aimed in particular at lower-educated and older employees, who are invited for it personally.',
      });
      report({
        range,
        messageId: 'noTargetGroup',
        data,
        severity: 'info',
        fixes: [{ titleId: 'fixTargetGroup', edits: [insertAfterSentence(doc, support[0].sentence, aim)] }],
      });
    }
  },
});

export default rule;
