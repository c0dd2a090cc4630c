import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * Bundles the benchmark worker the way scripts/build.mjs bundles the CLI (esbuild, CommonJS, node20,
 * minified), so the parse-only child starts up like `caolint` does and the comparison is fair.
 * The bundle lives under the project so the engine still finds its package root: in dist/bench, which
 * neither package ships, not in node_modules/.cache (in a git worktree node_modules is often a link to
 * the main clone's, where two worktrees benchmarking at once would overwrite each other's bundle).
 */
export async function bundleRunner(projectRoot: string): Promise<string> {
  const outfile = join(projectRoot, 'dist', 'bench', 'runner.cjs');
  await build({
    entryPoints: [join(projectRoot, 'scripts', 'bench', 'runner.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  return outfile;
}
