import { defineRule, sentenceRange } from './kit';
import type { SchemeTerm } from '../server/model/types';
import { factsInSentence, factsInSentences, positive, scopeOf, unitOf } from '../server/model/query';

/**
 * Subsidies and other external schemes always come with rules and conditions: check in advance
 * whether the plans meet them, and know how compliance must be shown.
 */
const rule = defineRule({
  meta: {
    id: 'subsidy-conditions',
    intervention: 'subsidies',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Wie op een subsidie of externe regeling rekent, gaat na aan welke voorwaarden te voldoen is en hoe dat wordt aangetoond.',
      en: 'A draft that relies on a subsidy or external scheme checks its conditions and says how compliance is shown.',
    },
    options: {},
  },
  messages: {
    nothing: {
      nl: 'Hier wordt gerekend op «{scheme}», maar niets gezegd over de voorwaarden van de regeling of over hoe wordt aangetoond dat eraan voldaan is. Aan subsidies en tegemoetkomingen zijn altijd voorwaarden verbonden: ga die vooraf na.',
      en: "The draft relies on «{scheme}» but says nothing about the scheme's conditions or how compliance is shown. Subsidies and allowances always come with conditions: check them in advance.",
    },
    noConditions: {
      nl: 'Hier wordt gerekend op «{scheme}», maar niet gezegd dat vooraf wordt nagegaan of aan de voorwaarden van de regeling wordt voldaan.',
      en: "The draft relies on «{scheme}» but does not say that the scheme's conditions are checked in advance.",
    },
  },
  check({ doc, report, applies }) {
    const done = new Set<number>();
    const financing = new Set(
      positive(doc, 'scheme-term')
        .filter((f) => f.term === 'financing')
        .map((f) => f.sentence),
    );
    for (const scheme of positive(doc, 'scheme-term')) {
      // Relied on: the draft pays for something with it ("gedekt met een subsidie", "een bijdrage uit het O&O-fonds"),
      // not a regulation that sets the scheme up or a definition of it.
      if (scheme.term !== 'external-scheme' || !financing.has(scheme.sentence)) continue;
      if (factsInSentence(doc, scheme.sentence, 'instrument').some((f) => f.definition)) continue;
      // One finding per article: the first scheme it relies on; the conditions may sit anywhere in it or where it refers to.
      const unit = unitOf(doc, doc.sentences[scheme.sentence]);
      const key = unit?.index ?? -1;
      if (done.has(key)) continue;
      done.add(key);
      applies();
      const said = new Set<SchemeTerm>(
        factsInSentences(doc, scopeOf(doc, unit), 'scheme-term')
          .filter((f) => !f.negated)
          .map((f) => f.term),
      );
      const conditions = said.has('conditions');
      const proof = said.has('proof');
      // A draft that states the scheme's conditions ("komen in aanmerking", "voldoen aan de voorwaarden")
      // has addressed them; how compliance is shown then follows the scheme's own rules, and a finding
      // there would fault the fund's own regulation for what its forms say.
      if (conditions) continue;
      const messageId = proof ? 'noConditions' : 'nothing';
      report({
        range: sentenceRange(doc, scheme.sentence),
        messageId,
        data: { scheme: doc.text.slice(scheme.range.start, scheme.range.end).toLowerCase() },
      });
    }
  },
});

export default rule;
