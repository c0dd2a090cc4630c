import { strict as assert } from 'node:assert';
import { allRules } from '../rules/index';
import { loadSamples } from './harness/samples';
import { ReportRecorder } from './harness/reportIds';
import { checkFixes, checkScenario, describeDifferences, sampleLintOptions } from './harness/scenario';
import { lintText } from '../server/engine/lint';

/**
 * The samples are the main test style: each draft carries its expected findings inline
 * (see test/harness/README.md). Rules not yet in the catalogue are skipped, not failed.
 */
describe('scenarios: samples/*.md against their inline markers', () => {
  const samples = loadSamples();
  const fixable = new Set(allRules.filter((r) => r.meta.fixable).map((r) => r.meta.id));
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
        const result = checkScenario(sample.text, allRules, sample.context);
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

      // Only drafts that expect a finding of a fixable rule have fixes to check.
      const { markers } = checkScenario(sample.text, []);
      if (markers.expected.some((m) => fixable.has(m.ruleId))) {
        it('has fixes that remove their finding and leave nothing fixable behind', function () {
          const { checked, problems } = checkFixes(sample.name, sample.text, allRules, sample.context);
          // Some variants of a fixable rule have no automatic fix (a missing number is negotiated, not inserted).
          if (checked === 0) this.skip();
          assert.deepEqual(problems, []);
        });
      }
    });
  }

  describe('coverage: every rule is shown firing and shown quiet', () => {
    // One lint per sample with the whole catalogue; every rule's coverage is read from it.
    let runs: Array<ReturnType<typeof checkScenario>> = [];
    before(() => {
      runs = samples.map((sample) => checkScenario(sample.text, allRules, sample.context));
    });
    for (const rule of allRules) {
      const id = rule.meta.id;
      it(id, () => {
        const mine = (list: ReadonlyArray<{ ruleId: string }>): boolean => list.some((m) => m.ruleId === id);
        const triggers = runs.filter((r) => mine(r.markers.expected) && mine(r.observed));
        assert.ok(triggers.length > 0, `no sample carries a marker for ${id} that the rule reports`);
        const satisfied = runs.filter((r) => mine(r.markers.satisfied) && !mine(r.contradicted));
        const silent = runs.filter((r) => !mine(r.observed) && !mine(r.markers.expected));
        assert.ok(satisfied.length + silent.length > 0, `no sample shows ${id} applying and satisfied, or staying silent`);
        if (satisfied.length === 0) console.log(`      note: ${id} is only shown silent, no sample marks it satisfied`);
      });
    }
  });

  describe('coverage: every message and fix title of every rule is produced by some sample', () => {
    // Every text a user can be shown is pinned by a snapshot only when some sample produces it.
    const produced = new Set<string>();
    const shown = new Map<string, string[]>();
    before(() => {
      const recorder = new ReportRecorder(allRules);
      for (const sample of samples) lintText(sample.text, { rules: recorder.rules, ...sampleLintOptions(sample.text, sample.context) });
      for (const report of recorder.recorded()) {
        produced.add(`${report.ruleId}:${report.messageId}`);
        report.fixes.forEach((fix) => produced.add(`${report.ruleId}:${fix.titleId}`));
        shown.set(report.ruleId, [...(shown.get(report.ruleId) ?? []), report.message]);
      }
    });
    // A label (a condition or a unit a message names inside itself, rendered with `message(id)`) is
    // produced when its words stand in a message the rule showed: its text up to the first placeholder.
    const labelShown = (rule: (typeof allRules)[number], id: string): boolean => {
      const probe =
        rule.messages[id].nl
          .split(/\{[^}]*\}/)
          .map((part) => part.trim())
          .sort((a, b) => b.length - a.length)[0] ?? '';
      return probe.length >= 3 && (shown.get(rule.meta.id) ?? []).some((message) => message.includes(probe));
    };
    for (const rule of allRules) {
      it(rule.meta.id, () => {
        const missing = Object.keys(rule.messages).filter((id) => !produced.has(`${rule.meta.id}:${id}`) && !labelShown(rule, id));
        assert.deepEqual(
          missing,
          [],
          `no sample makes ${rule.meta.id} report these message or fix-title ids; add a passage that does (mark it \`${rule.meta.id}:<messageId>\`)`,
        );
      });
    }
  });
});
