import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * Bundles the benchmark worker the way scripts/build.mjs bundles the CLI (esbuild, CommonJS, node20,
 * minified), so the parse-only child starts up like `caolint` does and the comparison is fair.
 * The bundle lives under the project (node_modules/.cache) so the engine still finds its package root.
 */
export async function bundleRunner(projectRoot: string): Promise<string> {
  const outfile = join(projectRoot, 'node_modules', '.cache', 'caolint-bench', 'runner.cjs');
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
