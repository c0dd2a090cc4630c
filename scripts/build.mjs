// Bundles the entry points with esbuild: the CLI, the language server with its lint worker (started
// by the server as a worker thread from dist/lintWorker.cjs, beside dist/server.cjs), the CLI's file worker
// (dist/cliWorker.cjs, beside dist/cli.cjs) and the VS Code client.
// Run by `npm run build` and automatically by `npm ci` / `npm install` (the `prepare` script).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'server/cli/main.ts', out: 'dist/cli.cjs' },
  { in: 'server/lsp/main.ts', out: 'dist/server.cjs' },
  { in: 'server/lsp/lintWorker.ts', out: 'dist/lintWorker.cjs' },
  { in: 'server/cli/fileWorker.ts', out: 'dist/cliWorker.cjs' },
  { in: 'client/src/extension.ts', out: 'dist/extension.cjs' },
].filter((entry) => existsSync(entry.in));

const watch = process.argv.includes('--watch');

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: [entry.in],
      outfile: entry.out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: watch ? 'inline' : false,
      minify: !watch,
      external: ['vscode'],
      // The sources are ES modules; in the CommonJS bundles import.meta.url is rebuilt from __filename.
      // import.meta.resolve only serves the sources run through tsx (server/lsp/lintRunner.ts finds tsx with it).
      define: { 'import.meta.url': 'importMetaUrl', 'import.meta.resolve': 'undefined' },
      banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
      logLevel: 'warning',
    }),
  ),
);
