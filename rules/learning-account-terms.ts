import { defineRule, missingList, quotedName, sentenceRange } from './kit';
import type { SchemeTerm } from '../server/model/types';
import { factsInSentences } from '../server/model/query';
import { provisions, provisionScope } from '../server/model/provisions';

const ACCOUNTS = new Set(['learning-account'] as const);

/** What the guidance names as the strengths and open questions of individual learning accounts, each with the message that names it. */
const TERMS = [
  { term: 'portability', label: 'needPortability' },
  { term: 'flexible-workers', label: 'needFlexibleWorkers' },
  { term: 'tax', label: 'needTax' },
] as const satisfies ReadonlyArray<{ term: SchemeTerm; label: string }>;

/**
 * A learning account can go along to another job, can serve temporary and agency workers, and
 * raises tax questions on employer deposits; the draft says how it handles each.
 */
const rule = defineRule({
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
    needPortability: { nl: 'meenemen naar een andere werkgever of baan', en: 'taking it to another employer or job' },
    needFlexibleWorkers: { nl: 'uitzendkrachten en medewerkers met een tijdelijk contract', en: 'agency workers and staff on temporary contracts' },
    needTax: { nl: 'de fiscale behandeling van stortingen door de werkgever', en: 'the tax treatment of employer deposits' },
  },
  check({ doc, report, message, locale, applies }) {
    for (const provision of provisions(doc, ACCOUNTS)) {
      if (!provision.granted) continue;
      applies();
      const said = new Set(factsInSentences(doc, provisionScope(doc, provision), 'scheme-term').map((f) => f.term));
      const missing = missingList(
        TERMS.map((t) => ({ label: t.label, met: said.has(t.term) })),
        { locale, message },
      );
      if (missing === null) continue;
      report({
        range: sentenceRange(doc, provision.anchor.sentence),
        messageId: 'missing',
        data: { instrument: quotedName(provision), missing },
      });
    }
  },
});

export default rule;
