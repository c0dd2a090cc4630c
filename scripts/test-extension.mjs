// Extension-host tests in a real VS Code: the VS Code server bundled in the npm package code-server,
// shown in Debian's headless Chromium, with the extension loaded from this folder (unpacked) and the
// test module test/extension/suite.ts bundled to dist/test/extension.cjs. This is what
// @vscode/test-electron does on a desktop; VS Code desktop cannot be downloaded here.
// Usage: node scripts/test-extension.mjs   (TEST_TIMEOUT_MS, KEEP_WORK=1 to keep the scratch folder)
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { chromiumLaunch } from './chromium.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
const lap = (message) => console.log(`[test:extension ${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);

// 1. Tools (cached per user, see scripts/e2e-setup.sh): Chromium, Node 24, code-server, playwright-core.
const env = Object.fromEntries(
  execFileSync('bash', [join(root, 'scripts/e2e-setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .map((line) => line.split('='))
    .filter((kv) => kv.length === 2),
);
const node24 = join(env.N24, 'bin/node');
const serverMain = join(env.TOOLS, 'node_modules/code-server/lib/vscode/out/server-main.js');
const { chromium } = createRequire(join(env.TOOLS, 'package.json'))('playwright-core');
lap('tools ready');

// 2. The extension bundles and the test module.
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
const testsPath = join(root, 'dist/test/extension.cjs');
await build({
  entryPoints: [join(root, 'test/extension/suite.ts')],
  outfile: testsPath,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});
lap('built');

// 3. Scratch state: workspace with the fixture drafts, VS Code folders, HOME and TMPDIR for what it leaves behind.
const work = mkdtempSync(join(tmpdir(), 'caolint-ext-'));
const workspace = join(work, 'ws');
mkdirSync(workspace);
for (const name of readdirSync(join(root, 'test/fixtures/lsp'))) cpSync(join(root, 'test/fixtures/lsp', name), join(workspace, name));
for (const dir of ['home', 'tmp', 'sd', 'ud', 'ext', 'chromium']) mkdirSync(join(work, dir));

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = probe.address();
    probe.close(() => done(p));
  });
});
const log = join(work, 'server.log');
const server = spawn(
  'bash',
  [
    '-c',
    `exec "$0" "$@" > "${log}" 2>&1`,
    node24,
    serverMain,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir',
    join(work, 'sd'),
    '--user-data-dir',
    join(work, 'ud'),
    '--extensions-dir',
    join(work, 'ext'),
  ],
  { env: { ...process.env, HOME: join(work, 'home'), TMPDIR: join(work, 'tmp') }, stdio: 'ignore' },
);

let exitCode = 1;
let context;
try {
  const deadline = Date.now() + 60000;
  while (!(existsSync(log) && readFileSync(log, 'utf8').includes('Extension host agent listening'))) {
    if (server.exitCode !== null || Date.now() > deadline)
      throw new Error(`VS Code server did not start:\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  lap(`VS Code server listening on ${port}`);

  // 4. Open the workbench with the test payload; the smoke-test driver reports the exit code.
  const base = `http://127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(testsPath)],
  ]);
  context = await chromium.launchPersistentContext(join(work, 'chromium'), {
    ...chromiumLaunch,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let finish;
  const finished = new Promise((done) => (finish = done));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const parts = Array.isArray(args) ? args : [args];
    const line = parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
    if (line.startsWith('[test]')) console.log(line);
    else if (type === 'error' && /caolint/i.test(line)) console.log(`[vscode ${type}] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  const timer = setTimeout(() => finish('timeout'), Number(process.env.TEST_TIMEOUT_MS || 180000));
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const code = await finished;
  clearTimeout(timer);
  if (code !== 0) {
    const shot = join(root, 'test-results/extension-failure.png');
    mkdirSync(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot }).catch(() => {});
    console.log(`extension tests exit code: ${code}; screenshot: ${shot}; server log: ${log}`);
  }
  exitCode = code === 0 ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await context?.close().catch(() => {});
  server.kill();
  await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
  if (exitCode === 0 && !process.env.KEEP_WORK) rmSync(work, { recursive: true, force: true });
  else console.log(`scratch folder kept: ${work}`);
  lap(exitCode === 0 ? 'passed' : 'failed');
}
process.exit(exitCode);
