/**
 * Where the language server's lints run. By default in a small pool of worker threads
 * (`lintWorker.ts`), so the main thread, which reads the protocol and answers hover, code actions and
 * symbols, never waits for the engine: a whole cao of 370 KB takes over a second to lint. With test
 * rules or a test engine (functions cannot be sent to a thread), or when no worker can be started, the
 * lints run on the main thread, one at a time, as before.
 *
 * A lint is handed over as `prepare`, called only when a worker is free: it reads the document's newest
 * version at that moment, so versions typed while every worker was busy are never linted (coalescing).
 */
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { lintText } from '../engine/lint';
import type { Rule } from '../engine/types';
import { workerSource } from '../threads/workerSource';
import { failure, runLintJob, type LintJob, type LintOutcome } from './lintJob';

export interface LintRunner {
  /**
   * Waits for a free worker, then calls `prepare`; resolves with the outcome of the job it returns, or
   * with null when it returns null. Never rejects.
   */
  run(prepare: () => LintJob | null): Promise<LintOutcome | null>;
  /** Gets ready for the first lint (starts a worker), so opening a draft does not wait for it. */
  warm(): void;
  dispose(): void;
}

/** Runs lints on the calling thread, one at a time, each in a macrotask of its own. */
export class InlineRunner implements LintRunner {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly rules: readonly Rule[],
    private readonly lint?: typeof lintText,
  ) {}

  run(prepare: () => LintJob | null): Promise<LintOutcome | null> {
    const next = this.chain
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => {
        const job = prepare();
        return job ? runLintJob(job, this.rules, this.lint) : null;
      })
      .catch((error: unknown) => failure(error));
    this.chain = next;
    return next;
  }

  warm(): void {}

  dispose(): void {}
}

interface Pending {
  id: number;
  resolve: (outcome: LintOutcome) => void;
}

/** One worker thread, started on first use and again after it died. */
class Slot {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;
  /** Whether a worker of this slot ever loaded the engine: one that fails before that cannot be started at all. */
  private loaded = false;

  constructor(
    private readonly log: (message: string) => void,
    private readonly onStartFailure: (error: Error) => void,
    private readonly resourceLimits?: ResourceLimits,
  ) {}

  warm(): void {
    if (this.worker) return;
    try {
      this.start();
    } catch (error) {
      this.onStartFailure(error instanceof Error ? error : new Error(String(error)));
    }
  }

  lint(job: LintJob): Promise<LintOutcome> {
    let worker: Worker;
    try {
      worker = this.worker ?? this.start();
    } catch (error) {
      const reason = error instanceof Error ? error : new Error(String(error));
      this.onStartFailure(reason);
      return Promise.resolve(failure(reason));
    }
    return new Promise((resolve) => {
      this.pending = { id: this.nextId++, resolve };
      worker.ref();
      worker.postMessage({ id: this.pending.id, job });
    });
  }

  private start(): Worker {
    const { source, eval: isEval } = workerSource(import.meta.url, './lintWorker.ts', 'lintWorker.cjs');
    // The worker's stdout is not the server's: over stdio that stream is the protocol.
    const worker = new Worker(source, { eval: isEval, execArgv: [], stdout: true, name: 'caolint-lint', resourceLimits: this.resourceLimits });
    worker.stdout.on('data', (data: Buffer) => this.log(`caolint: lint worker: ${data.toString('utf8').trimEnd()}`));
    worker.on('message', (message: { id: number; outcome: LintOutcome } | { ready: true }) => {
      this.loaded = true;
      if ('ready' in message || this.pending?.id !== message.id) return;
      const { resolve } = this.pending;
      this.pending = null;
      worker.unref();
      resolve(message.outcome);
    });
    const stopped = (reason: string, error?: Error): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      // A worker that dies in a lint (out of memory on a pathological text) fails that lint only.
      if (!this.loaded && error) this.onStartFailure(error);
      const pending = this.pending;
      this.pending = null;
      pending?.resolve(failure(new Error(`the lint worker stopped: ${reason}`)));
    };
    worker.on('error', (error) => stopped(error.message, error));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = null;
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(failure(new Error('the lint worker was stopped')));
  }
}

/**
 * A fixed number of lint workers with a first-come queue. Should no worker start (a bundle copied
 * without dist/lintWorker.cjs, a platform without threads), it says so once in the log and lints on
 * the main thread from then on.
 */
export class WorkerPool implements LintRunner {
  private readonly slots: Slot[];
  private readonly free: Slot[];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private fallback: InlineRunner | null = null;

  constructor(
    size: number,
    private readonly rules: readonly Rule[],
    private readonly log: (message: string) => void,
    /** Limits for each worker's heap (tests); by default Node's. */
    resourceLimits?: ResourceLimits,
  ) {
    const onStartFailure = (error: Error): void => {
      if (this.fallback) return;
      this.log(`caolint: cannot start a lint worker (${error.message}); linting on the main thread instead`);
      this.fallback = new InlineRunner(this.rules);
    };
    this.slots = Array.from({ length: Math.max(1, size) }, () => new Slot(log, onStartFailure, resourceLimits));
    this.free = [...this.slots];
  }

  async run(prepare: () => LintJob | null): Promise<LintOutcome | null> {
    if (this.fallback) return this.fallback.run(prepare);
    const slot = this.free.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    try {
      const job = prepare();
      if (!job) return null;
      const outcome = await slot.lint(job);
      // The worker could not be started: this job, too, is linted on the main thread.
      if (!outcome.ok && this.fallback) return runLintJob(job, this.rules);
      return outcome;
    } catch (error) {
      return failure(error);
    } finally {
      const next = this.waiting.shift();
      if (next) next(slot);
      else this.free.push(slot);
    }
  }

  warm(): void {
    if (!this.fallback) this.slots[0].warm();
  }

  dispose(): void {
    for (const slot of this.slots) slot.dispose();
  }
}

/** How many lint workers: two where there are two cores, so a short draft is not held up by a whole cao. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}
