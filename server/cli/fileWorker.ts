/**
 * A CLI file worker: a worker thread (node:worker_threads) that reads, lints and, with --fix, repairs
 * files for `caolint` (parallel.ts hands it one file at a time). It does exactly what the CLI does in
 * its own thread (`lintFile`, the atomic write included), with the full rule catalogue, and answers
 * with the outcome as plain data. Bundled as dist/cliWorker.cjs beside dist/cli.cjs.
 */
import { parentPort } from 'node:worker_threads';
import { allRules } from '../../rules/index';
import { lintFile } from './lintFile';
import type { FileJob, FileWorkerMessage } from './parallel';

const port = parentPort;
if (!port) throw new Error('fileWorker.ts runs as a worker thread of the caolint CLI');

port.on('message', (job: FileJob) => {
  let message: FileWorkerMessage;
  try {
    message = { index: job.index, outcome: lintFile(job.target, { ...job.context, rules: allRules }) };
  } catch (error) {
    // lintFile throws only on a bug; the file is reported as an internal error, the run goes on.
    message = { index: job.index, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    port.postMessage(message);
  } catch (error) {
    // An outcome that cannot be copied to the main thread (a bug): the file is an internal error.
    port.postMessage({ index: job.index, error: error instanceof Error ? error.message : String(error) } satisfies FileWorkerMessage);
  }
});
// The engine is loaded: from now on a failure of this worker is a failed file, not a worker that cannot start.
port.postMessage({ ready: true } satisfies FileWorkerMessage);
