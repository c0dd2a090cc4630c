import pc from 'picocolors';
import { runCli } from './run';

// Entry point of the `caolint` bin (bundled to dist/cli.cjs). Output is written before exiting so
// nothing is lost when stdout is a pipe.
const code = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // picocolors already weighs NO_COLOR, FORCE_COLOR, CI and whether stdout is a terminal.
  color: pc.isColorSupported,
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = code;
