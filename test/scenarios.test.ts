import { strict as assert } from 'node:assert';
import { allRules } from '../rules/index';
import { loadSamples } from './harness/samples';
import { checkFixes, checkScenario, describeDifferences } from './harness/scenario';

/**
 * The samples are the main test style: each draft carries its expected findings inline
 * (see test/harness/README.md). Rules not yet in the catalogue are skipped, not failed.
 */
describe('scenarios: samples/*.md against their inline markers', () => {
  const samples = loadSamples();
  const skipped = new Set<string>();

  after(() => {
    if (skipped.size > 0) console.log(`      note: markers skipped for rules not in allRules: ${[...skipped].sort().join(', ')}`);
  });

  it('has realistic samples to run', () => {
    assert.ok(samples.length >= 14, `expected at least 14 samples, found ${samples.length}`);
  });

  for (const sample of samples) {
    describe(sample.name, () => {
      it('reports exactly the marked findings', () => {
        const result = checkScenario(sample.text, allRules);
        result.skippedRuleIds.forEach((id) => skipped.add(id));
        const diff = describeDifferences(sample.name, sample.text, result, allRules);
        assert.ok(diff === '', `findings differ from the markers:\n${diff}`);
      });

      if (/-goed\.md$/.test(sample.name)) {
        it('is a good draft: it expects no findings and marks what it satisfies', () => {
          const { markers } = checkScenario(sample.text, []);
          assert.deepEqual(markers.expected, [], 'a good sample must lint clean');
          assert.ok(markers.satisfied.length > 0, 'a good sample marks the rules it satisfies');
        });
      }

      it('has fixes that remove their finding and leave nothing fixable behind', function () {
        const { checked, problems } = checkFixes(sample.name, sample.text, allRules);
        if (checked === 0) this.skip();
        assert.deepEqual(problems, []);
      });
    });
  }

  describe('coverage: every rule is shown firing and shown quiet', () => {
    for (const rule of allRules) {
      const id = rule.meta.id;
      it(id, () => {
        const runs = samples.map((sample) => ({ sample, result: checkScenario(sample.text, [rule]) }));
        const triggers = runs.filter(({ result }) => result.markers.expected.some((m) => m.ruleId === id) && result.observed.length > 0);
        assert.ok(triggers.length > 0, `no sample carries a marker for ${id} that the rule reports`);
        const satisfied = runs.filter(({ result }) => result.markers.satisfied.some((m) => m.ruleId === id) && result.contradicted.length === 0);
        const silent = runs.filter(({ result }) => result.observed.length === 0 && !result.markers.expected.some((m) => m.ruleId === id));
        assert.ok(satisfied.length + silent.length > 0, `no sample shows ${id} applying and satisfied, or staying silent`);
        if (satisfied.length === 0) console.log(`      note: ${id} is only shown silent, no sample marks it satisfied`);
      });
    }
  });
});
