// Long fuzz runs: `npm run fuzz -- --runs 20000 --seed 7`. The same inputs and properties as the
// mocha suite (test/fuzz.test.ts); CAOLINT_FUZZ_RUNS / CAOLINT_FUZZ_SEED work as well as the flags.
// Prints the counterexample (shrunk) and its seed and path, so it replays; exit 1 on a failure.
import fc from 'fast-check';
import { anyDocument } from '../tools/fuzz/inputs';
import { checkDocument, newStats } from '../tools/fuzz/properties';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(flag('runs') ?? process.env.CAOLINT_FUZZ_RUNS ?? 5000);
const seed = Number(flag('seed') ?? process.env.CAOLINT_FUZZ_SEED ?? Date.now() % 2 ** 31);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
  process.exit(2);
}

const stats = newStats();
const started = performance.now();
console.log(`caolint fuzz: ${runs} documents, seed ${seed}`);
const details = fc.check(
  fc.property(anyDocument, (text) => checkDocument(text, stats)),
  { seed, numRuns: runs },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${stats.documents} documents checked in ${seconds} s: ${stats.refused} refused by the input limits, ${stats.findings} findings, ` +
    `${stats.fixed} fixed; slowest ${stats.slowestMsPerKb.toFixed(1)} ms per KB`,
);
if (details.failed) {
  console.error(`FAILED (seed ${details.seed}, path "${details.counterexamplePath}")`);
  console.error(`counterexample: ${JSON.stringify(details.counterexample?.[0])}`);
  console.error(String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance));
  process.exit(1);
}
console.log('ok');
