/**
 * How a worker thread of caolint is started: from its bundle beside the calling bundle in dist/, or,
 * when the caller runs from the TypeScript sources (tests, `node --import tsx`), from its source
 * through tsx. Shared by the language server's lint workers and the CLI's file workers.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerSource {
  source: string | URL;
  /** Whether `source` is code to evaluate (the tsx bootstrap) rather than a file. */
  eval: boolean;
}

/**
 * @param callerUrl the calling module's import.meta.url (in a bundle: the bundle's file URL)
 * @param sourceEntry the worker's source, relative to the calling module (`./lintWorker.ts`)
 * @param bundle the worker's bundle name in dist/ (`lintWorker.cjs`)
 */
export function workerSource(callerUrl: string, sourceEntry: string, bundle: string): WorkerSource {
  if (!callerUrl.endsWith('.ts')) return { source: join(dirname(fileURLToPath(callerUrl)), bundle), eval: false };
  // From the sources: a worker's entry module does not go through the loader hooks of `--import tsx`
  // on Node 20, so the worker registers tsx itself, then imports the entry.
  const tsx =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : // These sources compiled to CommonJS (as mocha loads them): tsx's ESM entry beside its CommonJS one.
        pathToFileURL(
          createRequire(fileURLToPath(callerUrl))
            .resolve('tsx/esm/api')
            .replace(/\.cjs$/, '.mjs'),
        ).href;
  const entry = new URL(sourceEntry, callerUrl).href;
  return { source: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
}
