// The robustness bar of issue 14 (docs/reliability.md), a small seeded run of `npm run bar` so CI
// keeps it: generated drafts (Word and pandoc pastes, line endings, encodings, long lines, deep
// nesting, broken front matter, spliced articles, odd numbers, controls) through the built CLI.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { runBar } from '../tools/bar/run';
import { packageRoot } from '../server/engine/paths';

describe('robustness bar (generated drafts through the built CLI)', function () {
  this.timeout(180_000);
  const root = packageRoot();

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  });

  it('200 documents: no internal error, ranges inside their lines, fixes converge, no slow batch; a 100 KB line as fast as ordinary text', async () => {
    const result = await runBar({ root, docs: 200, seed: 2026, batchSize: 50, jobs: 2, corpus: false, longLine: true, longLineVariants: 2, longLineRounds: 1 });
    const shown = result.failures.slice(0, 10).map((f) => `${f.name} [${f.check}] ${f.detail} (${f.origin}; ${f.accidents?.join(', ')})`);
    assert.deepEqual(shown, []);
    assert.equal(result.documents, 200);
    assert.ok(result.linted > 150, `only ${result.linted} documents linted`);
    assert.ok(result.fixedFiles > 20, `only ${result.fixedFiles} documents fixed`);
    assert.ok(result.slowestBatchRatio <= 10, `slowest batch x${result.slowestBatchRatio.toFixed(2)} the median per KB`);
    for (const l of result.longLine) assert.ok(l.netRatio <= 3, `100 KB line (${l.variant}) x${l.netRatio.toFixed(2)} ordinary text`);
  });
});
