import { strict as assert } from 'node:assert';
import { lintText } from './harness/lint';

/** A budget whose size is left to a decision or a plan, with no figure near it, is a budget without an amount. */
const amountFindings = (markdown: string) => lintText(markdown).findings.filter((f) => f.ruleId === 'budget-amount');

describe('budgets whose size is left open', () => {
  const open: string[] = [
    '## Artikel 7 Scholing\n\nDe werkgever stelt elk jaar een scholingsplan vast en bepaalt het daarvoor benodigde budget.',
    '## 4.1 Beleid voor opleiding\n\n1. In het opleidingsplan staat in elk geval:\n2. Hoeveel geld er beschikbaar is om het plan uit te voeren.',
    '## Artikel 3 Ontwikkeling\n\nDe directie stelt jaarlijks het beschikbare opleidingsbudget vast na overleg met de OR.',
  ];
  for (const markdown of open) {
    it(`reports «${markdown.split('\n').pop()}»`, () => assert.equal(amountFindings(markdown).length, 1));
  }

  const stated: string[] = [
    '## Artikel 7 Scholing\n\nDe werkgever bepaalt het benodigde budget: ten minste 1,5% van de loonsom.',
    '## 4.1 Beleid voor opleiding\n\nHoeveel geld er is, staat hieronder. Het budget bedraagt € 900 per medewerker per jaar.',
    '## Artikel 2 Personeelsfeest\n\nDe personeelsvereniging bepaalt het benodigde budget voor het jaarfeest.',
  ];
  for (const markdown of stated) {
    it(`stays silent on «${markdown.split('\n').pop()}»`, () =>
      assert.deepEqual(
        amountFindings(markdown).map((f) => f.message),
        [],
      ));
  }
});
