import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';
import { loadSamples } from './harness/samples';
import { renderSnapshot, snapshotOf } from './harness/snapshot';

/**
 * Every sample's findings, pinned: rule, message id, range, message in both locales, fix titles and
 * the text after each fix (test/harness/snapshot.ts). The inline markers say which rules fire where;
 * the snapshots catch everything else that can change unnoticed (wording, ranges, fix text).
 *
 * CAOLINT_UPDATE_SNAPSHOTS=1 rewrites them instead of comparing (`npm run test:snapshots:update`);
 * review the result with `git diff test/snapshots`.
 */
const UPDATE = process.env.CAOLINT_UPDATE_SNAPSHOTS === '1';
const folder = join(packageRoot(), 'test', 'snapshots');
const HOW_TO_UPDATE =
  'If the change is intended (a rule, its wording or the model changed), rewrite the snapshots with\n' +
  '  npm run test:snapshots:update\n' +
  '(CAOLINT_UPDATE_SNAPSHOTS=1 with test/snapshots.test.ts) and review `git diff test/snapshots` before committing.';

/** samples/voorstellen/x.md -> test/snapshots/voorstellen/x.snap.json */
function snapshotPath(sample: string): string {
  return join(folder, relative('samples', sample).replace(/\.md$/, '.snap.json'));
}

function storedSnapshots(dir: string = folder): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? storedSnapshots(join(dir, entry.name)) : entry.name.endsWith('.snap.json') ? [join(dir, entry.name)] : [],
  );
}

describe('snapshots: every finding of every sample, pinned in both locales', () => {
  const samples = loadSamples();

  for (const sample of samples) {
    it(sample.name, () => {
      const path = snapshotPath(sample.name);
      const actual = renderSnapshot(snapshotOf(sample.name, sample.text, allRules, sample.context));
      if (UPDATE) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, actual);
        return;
      }
      assert.ok(existsSync(path), `no snapshot for ${sample.name} at ${relative(packageRoot(), path)}.\n${HOW_TO_UPDATE}`);
      const expected = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
      if (expected !== actual) {
        const patch = createTwoFilesPatch('stored', 'now', expected, actual, '', '', { context: 2 });
        assert.fail(`the findings of ${sample.name} differ from ${relative(packageRoot(), path)}:\n${patch}\n${HOW_TO_UPDATE}`);
      }
    });
  }

  it('keeps no snapshot of a sample that is gone', () => {
    const wanted = new Set(samples.map((s) => snapshotPath(s.name)));
    const stale = storedSnapshots().filter((path) => !wanted.has(path));
    if (UPDATE) {
      stale.forEach((path) => rmSync(path));
      return;
    }
    assert.deepEqual(
      stale.map((path) => relative(packageRoot(), path)),
      [],
      `snapshots without a sample.\n${HOW_TO_UPDATE}`,
    );
  });
});
