import pc from 'picocolors';
import { runCliAsync } from './run';

/** CAOLINT_WORKERS=N sets the number of file workers (0: lint in the main thread); unset, one per core for large runs. */
function requestedWorkers(): number | undefined {
  const value = process.env.CAOLINT_WORKERS;
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

// Entry point of the `caolint` bin (bundled to dist/cli.cjs). Output is written before exiting so
// nothing is lost when stdout is a pipe.
void runCliAsync(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // picocolors already weighs NO_COLOR, FORCE_COLOR, CI and whether stdout is a terminal.
  color: pc.isColorSupported,
  stderrIsTTY: process.stderr.isTTY === true,
  workers: requestedWorkers(),
}).then((code) => {
  process.exitCode = code;
});
