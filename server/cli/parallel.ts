/**
 * Lints the CLI's files in worker threads (fileWorker.ts), one per core, and hands the outcomes back
 * in the order of the files, so the report reads exactly as a run in one thread would write it.
 *
 * Memory stays bounded: a file is handed to a worker only while fewer than `window` files are
 * linted or waiting for an earlier file to be delivered, so a slow first file never lets the
 * outcomes of a thousand later ones pile up. Each outcome is delivered as soon as every file before
 * it has been (the report itself is built from the small per-file reports at the end, as before).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerSource } from '../threads/workerSource';
import type { Target } from './files';
import type { FileOutcome, LintFileContext } from './lintFile';

/** What crosses to a worker: the context without the rules (functions do not cross; workers have the catalogue). */
export type FileWorkerContext = Omit<LintFileContext, 'rules' | 'writerFs' | 'source'>;

export interface FileJob {
  index: number;
  target: Target;
  context: FileWorkerContext;
}

export type FileWorkerMessage = { ready: true } | { index: number; outcome: FileOutcome } | { index: number; error: string };

/**
 * Below this many bytes in all, the files are linted in the calling thread: starting a worker
 * (loading the engine, ~0.2 s) costs more than it saves on about half a second of linting.
 */
export const SMALL_TOTAL_BYTES = 256 * 1024;

/**
 * How many workers a run gets: `requested` when given (tests, CAOLINT_WORKERS), else one per core;
 * never more than there are files; 0 (lint in the calling thread) for a single file, one core, or
 * a small total size.
 */
export function plannedWorkers(targets: readonly Target[], requested?: number): number {
  const wanted = requested ?? availableParallelism();
  const count = Math.min(wanted, targets.length);
  if (count < 2 && requested === undefined) return 0;
  if (count < 1) return 0;
  if (requested === undefined && totalBytes(targets) < SMALL_TOTAL_BYTES) return 0;
  return count;
}

function totalBytes(targets: readonly Target[]): number {
  let total = 0;
  for (const target of targets) {
    try {
      total += statSync(target.path).size;
    } catch {
      // Unreadable: lintFile says so when it gets there.
    }
    if (total >= SMALL_TOTAL_BYTES) break;
  }
  return total;
}

export interface ParallelRun {
  targets: readonly Target[];
  context: FileWorkerContext;
  workers: number;
  /** Called once per file, in the order of `targets`. */
  deliver: (index: number, outcome: FileOutcome) => void;
  /** Lints a file in this thread: used when no worker can be started at all. */
  inThread: (target: Target) => FileOutcome;
  /** The outcome of a file whose worker died or threw on it (an internal error for that file). */
  failed: (target: Target, reason: string) => FileOutcome;
}

/**
 * Lints every target in worker threads; resolves when every outcome has been delivered, with how
 * many files had to be linted in this thread because no worker could be started.
 */
export function lintInWorkers(run: ParallelRun): Promise<{ inThread: number }> {
  const { targets } = run;
  const window = Math.max(4, run.workers * 4);
  const ready = new Map<number, FileOutcome>();
  let dispatched = 0;
  let delivered = 0;
  /** No worker could be started (a bundle without dist/cliWorker.cjs): the rest is linted here. */
  let broken = false;
  const slots: Slot[] = [];

  let lintedHere = 0;
  const here = (index: number): FileOutcome => {
    lintedHere++;
    return run.inThread(targets[index]);
  };

  return new Promise<{ inThread: number }>((resolve, reject) => {
    const finish = (error?: unknown): void => {
      for (const slot of slots) slot.stop();
      if (error === undefined) resolve({ inThread: lintedHere });
      else reject(error instanceof Error ? error : new Error(String(error)));
    };

    const settle = (index: number, outcome: FileOutcome): void => {
      ready.set(index, outcome);
      try {
        while (ready.has(delivered)) {
          const next = ready.get(delivered)!;
          ready.delete(delivered);
          run.deliver(delivered, next);
          delivered++;
        }
      } catch (error) {
        return finish(error);
      }
      if (delivered === targets.length) return finish();
      if (!broken) pump();
    };

    const pump = (): void => {
      for (const slot of slots) {
        if (dispatched >= targets.length || dispatched >= delivered + window) return;
        if (slot.busy) continue;
        const index = dispatched++;
        slot.lint({ index, target: targets[index], context: run.context });
      }
    };

    const onBroken = (index: number): void => {
      if (broken) return void settle(index, here(index));
      broken = true;
      for (const slot of slots) slot.stop();
      // This file and every one not yet handed out are linted here, in order. Files a worker that did
      // start still holds would be lost with the stopped workers: they are linted here too.
      const lost = slots.flatMap((slot) => slot.take());
      for (const i of [index, ...lost].sort((a, b) => a - b)) settle(i, here(i));
      while (dispatched < targets.length) {
        const i = dispatched++;
        settle(i, here(i));
      }
    };

    for (let i = 0; i < run.workers; i++) {
      slots.push(
        new Slot(
          (index, outcome) => settle(index, outcome),
          (index, reason) => settle(index, run.failed(targets[index], reason)),
          onBroken,
        ),
      );
    }
    if (targets.length === 0) return finish();
    pump();
  });
}

/** One worker thread, started on first use and again after it died in a file. */
class Slot {
  private worker: Worker | null = null;
  private job: FileJob | null = null;
  /** Whether a worker of this slot ever loaded the engine: one that fails before that cannot be started at all. */
  private loaded = false;

  constructor(
    private readonly done: (index: number, outcome: FileOutcome) => void,
    private readonly died: (index: number, reason: string) => void,
    private readonly cannotStart: (index: number) => void,
  ) {}

  get busy(): boolean {
    return this.job !== null;
  }

  lint(job: FileJob): void {
    this.job = job;
    try {
      (this.worker ?? this.start()).postMessage(job);
    } catch {
      this.job = null;
      this.cannotStart(job.index);
    }
  }

  private start(): Worker {
    const { source, eval: isEval } = workerSource(import.meta.url, './fileWorker.ts', 'cliWorker.cjs');
    // The worker's stdout is not the CLI's: there the report goes.
    const worker = new Worker(source, { eval: isEval, execArgv: [], stdout: true, name: 'caolint-file' });
    worker.stdout.on('data', (data: Buffer) => process.stderr.write(data));
    worker.on('message', (message: FileWorkerMessage) => {
      if ('ready' in message) {
        this.loaded = true;
        return;
      }
      const job = this.job;
      if (job?.index !== message.index) return;
      this.job = null;
      if ('outcome' in message) this.done(job.index, message.outcome);
      else this.died(job.index, message.error);
    });
    const stopped = (reason: string): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      const job = this.job;
      this.job = null;
      if (!job) return;
      if (this.loaded) this.died(job.index, `the worker stopped: ${reason}`);
      else this.cannotStart(job.index);
    };
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  /** The file this slot holds, taken back (its worker is being stopped). */
  take(): number[] {
    const job = this.job;
    this.job = null;
    return job ? [job.index] : [];
  }

  stop(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }
}
