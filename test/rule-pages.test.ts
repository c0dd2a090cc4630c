import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index';
import { lintText } from './harness/lint';
import { packageRoot } from '../server/engine/paths';
import { ruleExamples } from './harness/ruleExamples';
import { pageWithMetadata, rulePagePath } from '../tools/rulePages';

/**
 * A rule page's examples are claims about the rule: "Goed" blocks keep it quiet, "Niet goed"
 * blocks make it report ("Info in plaats van waarschuwing": report as info). They are linted here
 * as they stand, with the whole catalogue and the default configuration, so a page cannot promise
 * what the rule does not do.
 */
describe('rule pages: the examples do what they say', () => {
  for (const rule of allRules) {
    const id = rule.meta.id;
    describe(id, () => {
      const page = readFileSync(join(packageRoot(), 'rules', `${id}.md`), 'utf8');
      const examples = ruleExamples(page);

      it('has a good and a bad example', () => {
        assert.ok(
          examples.some((e) => e.verdict === 'good'),
          `rules/${id}.md has no "Goed" example`,
        );
        assert.ok(
          examples.some((e) => e.verdict !== 'good'),
          `rules/${id}.md has no "Niet goed" example`,
        );
      });

      for (const example of examples) {
        it(`line ${example.line}: ${example.label.slice(0, 70)}`, () => {
          const mine = lintText(example.text).findings.filter((f) => f.ruleId === id);
          const where = `rules/${id}.md:${example.line}`;
          if (example.verdict === 'good') {
            assert.deepEqual(
              mine.map((f) => f.message),
              [],
              `${where}: a "Goed" example, but ${id} reports`,
            );
          } else {
            assert.ok(mine.length > 0, `${where}: a "${example.verdict === 'info' ? 'Info' : 'Niet goed'}" example, but ${id} stays quiet`);
            if (example.verdict === 'info')
              assert.ok(
                mine.every((f) => f.severity === 'info'),
                `${where}: expected info, got ${mine.map((f) => f.severity).join(', ')}`,
              );
          }
        });
      }
    });
  }
});

describe('rule pages: metadata sections come from the rule', () => {
  for (const rule of allRules) {
    it(rule.meta.id, () => {
      const page = readFileSync(rulePagePath(rule), 'utf8');
      assert.ok(
        page === pageWithMetadata(page, rule),
        `rules/${rule.meta.id}.md: the intervention, severity, options or disable sections differ from the rule's meta; run \`npm run docs:rules\``,
      );
    });
  }
});
