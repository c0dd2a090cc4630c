import type { Rule } from '../server/engine/types';
import type { SchemeTerm } from '../server/model/types';
import { factsInSentences } from '../server/model/query';
import { provisions, provisionScope } from '../server/model/provisions';

const ACCOUNTS = new Set(['learning-account'] as const);

/** What the guidance names as the strengths and open questions of individual learning accounts. */
const TERMS: ReadonlyArray<{ term: SchemeTerm; nl: string; en: string }> = [
  { term: 'portability', nl: 'meenemen naar een andere werkgever of baan', en: 'taking it to another employer or job' },
  { term: 'flexible-workers', nl: 'uitzendkrachten en medewerkers met een tijdelijk contract', en: 'agency workers and staff on temporary contracts' },
  { term: 'tax', nl: 'de fiscale behandeling van stortingen door de werkgever', en: 'the tax treatment of employer deposits' },
];

/**
 * A learning account can go along to another job, can serve temporary and agency workers, and
 * raises tax questions on employer deposits; the draft says how it handles each.
 */
const rule: Rule = {
  meta: {
    id: 'learning-account-terms',
    intervention: 'zeggenschap-budget',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'Een individuele leerrekening regelt meenemen naar een andere baan, uitzendkrachten en tijdelijke krachten, en de fiscale behandeling.',
      en: 'An individual learning account settles portability to another job, temporary and agency workers, and tax treatment.',
    },
    options: {},
  },
  messages: {
    missing: {
      nl: 'Bij «{instrument}» staat niets over {missing}. Een leerrekening kan meegaan naar een andere baan en ook uitzendkrachten en tijdelijke krachten bedienen; over stortingen door de werkgever bestaat fiscaal vaak onduidelijkheid.',
      en: '«{instrument}» says nothing about {missing}. A learning account can go along to another job and serve agency and temporary workers too; employer deposits often raise tax questions.',
    },
  },
  check({ doc, report, locale, applies }) {
    for (const provision of provisions(doc, ACCOUNTS)) {
      if (!provision.granted) continue;
      applies();
      const said = new Set(factsInSentences(doc, provisionScope(doc, provision), 'scheme-term').map((f) => f.term));
      const missing = TERMS.filter((t) => !said.has(t.term)).map((t) => t[locale]);
      if (missing.length === 0) continue;
      const and = locale === 'en' ? ' and ' : ' en ';
      const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')}${and}${missing[missing.length - 1]}`;
      report({
        range: doc.sentences[provision.anchor.sentence].range,
        messageId: 'missing',
        data: { instrument: provision.anchor.surface.toLowerCase(), missing: list },
      });
    }
  },
};

export default rule;
