// Every fix must converge: the clause it inserts has to be read by the model as the concept it
// states, or the rule fires again and --fix / fix-on-save keep adding the same sentence. Checked for
// every rule with a fix, on Dutch and English drafts, for the preferred fix and each alternative.
import { strict as assert } from 'node:assert';
import { allRules } from '../rules/index';
import { applyEdits, applyFixesRepeatedly, selectFixes } from '../server/engine/applyEdits';
import { lintText } from './harness/lint';
import type { Finding, Fix } from '../server/engine/types';
import type { Language } from '../server/model/types';

/** Drafts that between them trigger every fixable rule, each finding kind that carries a fix. */
const drafts: Record<Language, string[]> = {
  nl: [
    '# Artikel 5 Ontwikkelbudget\n\nDe werknemer heeft recht op een ontwikkelbudget van € 500 per jaar. Niet-bestede bedragen vervallen aan het einde van het kalenderjaar.\n',
    '# Artikel 5 Ontwikkelbudget\n\nDe werknemer heeft recht op een ontwikkelbudget van € 500. Het budget moet binnen twaalf maanden worden besteed.\n',
    '# Artikel 5 Ontwikkelbudget\n\nDe werknemer heeft recht op een persoonlijk ontwikkelbudget van € 1.000.\n',
    '# Artikel 7 Ontwikkeldagen\n\nDe werknemer heeft recht op twee ontwikkeldagen per kalenderjaar. Niet-opgenomen ontwikkeldagen vervallen aan het einde van het jaar.\n',
    '# Artikel 5 Ontwikkelbudget\n\nDe werknemer heeft recht op een ontwikkelbudget van € 500 per jaar, te besteden aan opleidingen. Niet-bestede bedragen kunnen worden gespaard. De werknemer kan gebruikmaken van onafhankelijk loopbaanadvies.\n',
    // A draft that addresses its reader gets clauses that do too.
    '# Artikel 5 Jouw ontwikkelbudget\n\nJe hebt recht op een ontwikkelbudget van € 500 per jaar. Je vraagt je ontwikkelbudget zelf aan bij jouw leidinggevende.\n',
    '# Artikel 5 Leerrekening\n\nDe werkgever stort jaarlijks € 400 op de leerrekening van de werknemer.\n',
    // Drafting: a synonym of a defined term, and an amount in another notation than the rest.
    '# Artikel 1 Begripsbepalingen\n\nIn deze regeling wordt verstaan onder werknemer: degene die in dienst is van de werkgever.\n\n# Artikel 2 Vergoedingen\n\nIedere medewerker krijgt een maaltijdvergoeding van EUR 12,50 per dag en een reiskostenvergoeding van € 0,23 per kilometer, tot € 150,- per maand.\n',
  ],
  en: [
    '# Article 5 Development budget\n\nEmployees are entitled to a development budget of € 500 per year. Unspent amounts lapse at the end of the calendar year.\n',
    '# Article 5 Development budget\n\nEmployees are entitled to a development budget of € 500. The budget must be spent within 12 months.\n',
    '# Article 5 Development budget\n\nEvery employee has a personal development budget of € 1,000.\n',
    '# Article 7 Development time\n\nEmployees are entitled to 2 days of development time per year. Unused days expire at the end of the year.\n',
    '# Article 5 Development budget\n\nEmployees are entitled to a development budget of € 500 per year, to be spent on courses. Unspent amounts can be carried over. Employees can use independent career advice.\n',
    '# Article 5 Your learning budget\n\nYou get a learning budget of € 1,000 per year. You request your learning budget yourself from your manager.\n',
    '# Article 1 Definitions\n\nEmployee: a person employed by the company under a contract of employment.\n\n# Article 2 Allowances\n\nEvery worker gets a meal allowance of EUR 12.50 per day and a travel allowance of € 0.23 per kilometre, up to € 150 per month.\n',
  ],
};

const languages: Language[] = ['nl', 'en'];
const fixable = allRules.filter((rule) => rule.meta.fixable);

describe('fixes converge', () => {
  it('the catalogue has fixable rules and the drafts are read in their own language', () => {
    assert.ok(fixable.length >= 5);
    for (const language of languages) for (const draft of drafts[language]) assert.equal(lintText(draft).doc.language, language);
  });

  for (const language of languages) {
    for (const rule of fixable) {
      it(`${rule.meta.id} (${language} drafts): each fix removes its finding, adds none, and fixing twice equals fixing once`, () => {
        const findingsOf = (text: string): Finding[] => lintText(text, { locale: language }).findings.filter((f) => f.ruleId === rule.meta.id);
        let exercised = 0;
        for (const draft of drafts[language]) {
          const before = findingsOf(draft);
          for (const finding of before) {
            for (const fix of finding.fixes) {
              exercised++;
              // Apply this kind of fix (by title) to every finding of this kind (by message).
              const fixOnce = (text: string): string => {
                const same = findingsOf(text).filter((f) => f.message === finding.message);
                const again: Fix[] = same.flatMap((f) => f.fixes.filter((x) => x.title === fix.title));
                return applyEdits(
                  text,
                  again.flatMap((x) => x.edits),
                );
              };
              const once = applyEdits(draft, fix.edits);
              const where = `${language} draft «${draft.split('\n')[2].slice(0, 60)}…», fix «${fix.title}»`;
              assert.notEqual(once, draft, `${where}: the fix changes the text`);
              const after = findingsOf(once);
              assert.ok(!after.some((f) => f.message === finding.message), `${where}: the finding is still there:\n${once}`);
              const known = new Set(before.map((f) => f.message));
              assert.deepEqual(
                after.filter((f) => !known.has(f.message)).map((f) => f.message),
                [],
                `${where}: the fix makes the rule say something new:\n${once}`,
              );
              assert.equal(fixOnce(once), once, `${where}: a second round changes the text again`);
            }
          }
        }
        assert.ok(exercised > 0, `no ${language} draft triggers ${rule.meta.id} with a fix`);
      });
    }

    it(`fix-all (--fix, fix-on-save) settles in one pass on every ${language} draft`, () => {
      const lint = (text: string): Finding[] => lintText(text, { locale: language }).findings;
      for (const draft of drafts[language]) {
        const first = applyFixesRepeatedly(draft, lint);
        assert.ok(first.applied > 0);
        // Fix-on-save applies the preferred fixes once per save: a second save must find nothing to do.
        assert.deepEqual(
          selectFixes(first.text, lint(first.text)).map((f) => f.title),
          [],
          first.text,
        );
        assert.equal(applyFixesRepeatedly(first.text, lint).text, first.text);
      }
    });
  }
});
