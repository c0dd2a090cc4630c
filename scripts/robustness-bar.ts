/**
 * `npm run bar -- [--docs 6000] [--seed 14] [--batch 50] [--only 12,345] [--keep DIR] [--no-corpus] [--no-long-line] [--json FILE] [--tmp DIR] [--jobs 2]`
 *
 * The robustness bar of issue 14 through the built CLI (run `npm run build` first when the sources
 * changed): generated drafts in batches, linted, fixed and fixed again; a 100 KB line against
 * ordinary text of the same size. Exits 1 when a document fails the bar or a time ratio is over it.
 * See docs/reliability.md.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../server/engine/paths';
import { runBar, type BarOptions } from '../tools/bar/run';

const MAX_BATCH_RATIO = 10;
const MAX_LONG_LINE_RATIO = 3;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const opts: BarOptions = {
  root: packageRoot(),
  docs: Number(argValue('--docs') ?? process.env.CAOLINT_BAR_DOCS ?? 6000),
  seed: Number(argValue('--seed') ?? process.env.CAOLINT_BAR_SEED ?? 14),
  batchSize: Number(argValue('--batch') ?? 50),
  longLine: !process.argv.includes('--no-long-line'),
  corpus: !process.argv.includes('--no-corpus'),
  only: argValue('--only')?.split(',').map(Number),
  keep: argValue('--keep') === undefined ? undefined : resolve(argValue('--keep')!),
  jobs: Number(argValue('--jobs') ?? 2),
  tmp: argValue('--tmp') ?? process.env.CAOLINT_BAR_TMP,
  log: (line) => console.error(line),
};

const result = await runBar(opts);
const json = argValue('--json');
if (json) writeFileSync(json, JSON.stringify(result, null, 2));

console.log(`\nrobustness bar, seed ${opts.seed}: ${result.documents} documents in ${result.batches.length} batches, ${result.seconds.toFixed(0)} s`);
console.log(
  `  linted ${result.linted}, skipped ${JSON.stringify(result.skipped)}, files changed by --fix ${result.fixedFiles}, --fix on a full disk ${result.diskFullFiles}`,
);
console.log(
  `  CPU per KB: median batch ${result.medianMsPerKb.toFixed(2)} ms/KB, slowest batch x${result.slowestBatchRatio.toFixed(2)} (bar: x${MAX_BATCH_RATIO})`,
);
for (const l of result.longLine) {
  console.log(
    `  100 KB line, ${l.variant}: ${l.cpuMs.toFixed(0)} ms vs ${l.ordinaryCpuMs.toFixed(0)} ms ordinary (x${l.ratio.toFixed(2)}; x${l.netRatio.toFixed(2)} net of ${result.startupCpuMs.toFixed(0)} ms start-up; bar: x${MAX_LONG_LINE_RATIO})`,
  );
}
console.log(`  failures: ${result.failures.length}`);
for (const f of result.failures.slice(0, 50)) {
  console.log(`  - ${f.name} [${f.check}] ${f.detail}${f.origin ? ` (from ${f.origin}; ${f.accidents?.join(', ')})` : ''}`);
}
const worstLongLine = Math.max(0, ...result.longLine.map((l) => l.netRatio));
process.exitCode = result.failures.length > 0 || result.slowestBatchRatio > MAX_BATCH_RATIO || worstLongLine > MAX_LONG_LINE_RATIO ? 1 : 0;
