/**
 * The lint worker: a worker thread (node:worker_threads) that runs the engine for the language
 * server, so a long lint never holds up the server's main thread (hover, code actions, other
 * documents, the protocol itself). It receives `{ id, job }` and answers `{ id, outcome }`, one job at a
 * time. Bundled as dist/lintWorker.cjs beside dist/server.cjs; from the sources it is started
 * through tsx (lintRunner.ts).
 */
import { parentPort } from 'node:worker_threads';
import { allRules } from '../../rules/index';
import { runLintJob, type LintJob } from './lintJob';

const port = parentPort;
if (!port) throw new Error('lintWorker.ts runs as a worker thread of the language server');

port.on('message', (message: { id: number; job: LintJob }) => {
  port.postMessage({ id: message.id, outcome: runLintJob(message.job, allRules) });
});
// The engine is loaded: from now on a failure of this worker is a failed lint, not a worker that cannot start.
port.postMessage({ ready: true });
