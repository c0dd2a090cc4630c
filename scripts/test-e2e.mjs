// End-to-end: the packaged extension as a user gets it, in a real VS Code workbench, driven through
// the UI only. Builds caolint.vsix with vsce, installs it into the VS Code server bundled in the npm
// package code-server, starts that server on 127.0.0.1 with a throw-away profile, opens a copy of
// samples/ in Debian's headless Chromium (playwright-core) and walks through test/e2e/steps.mjs.
// Screenshots of every step land in test-results/e2e/. The tools come from scripts/e2e-setup.sh
// (cached per user, outside the clone).
// Usage: node scripts/test-e2e.mjs   (E2E_TIMEOUT_MS: bound for the whole run; KEEP_WORK=1 keeps the scratch folder)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { chromiumLaunch } from './chromium.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { steps } from '../test/e2e/steps.mjs';
import { TIMEOUT, Workbench, waitFor } from '../test/e2e/workbench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shots = join(root, 'test-results/e2e');
const t0 = Date.now();
const lap = (message) => console.log(`[test:e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);
const budget = Number(process.env.E2E_TIMEOUT_MS || 5 * 60000); // from the server start to the last step

// 1. Tools: Chromium, Node 24, code-server, playwright-core (installed once, then cached).
const tools = Object.fromEntries(
  execFileSync('bash', [join(root, 'scripts/e2e-setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 20 * 60000 })
    .trim()
    .split('\n')
    .map((line) => line.split('='))
    .filter((kv) => kv.length === 2),
);
const node24 = join(tools.N24, 'bin/node');
const serverMain = join(tools.TOOLS, 'node_modules/code-server/lib/vscode/out/server-main.js');
const { chromium } = createRequire(join(tools.TOOLS, 'package.json'))('playwright-core');
lap('tools ready');

// 2. Scratch profile: every folder VS Code, its server and Chromium write to lives here.
const work = mkdtempSync(join(tmpdir(), 'caolint-e2e-'));
const dir = (name) => {
  const path = join(work, name);
  mkdirSync(path, { recursive: true });
  return path;
};
const [home, tmp, serverData, userData, extensions, browserProfile, workspace] = [
  'home',
  'tmp',
  'server-data',
  'user-data',
  'extensions',
  'chromium',
  'samples',
].map(dir);
cpSync(join(root, 'samples'), workspace, { recursive: true });
// The writer's user settings: caolint speaks Dutch; the editor's own chat, tips and welcome page stay away.
mkdirSync(join(userData, 'User'));
writeFileSync(
  join(userData, 'User/settings.json'),
  `${JSON.stringify(
    {
      'caolint.locale': 'nl',
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'update.mode': 'none',
    },
    null,
    2,
  )}\n`,
);
const serverEnv = { ...process.env, HOME: home, TMPDIR: tmp };
const profileArgs = ['--accept-server-license-terms', '--server-data-dir', serverData, '--user-data-dir', userData, '--extensions-dir', extensions];

// 3. The package a user installs, built with vsce, installed with the server's own CLI.
const vsix = join(work, 'caolint.vsix');
execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], timeout: 180000 });
lap(`built ${vsix} (${Math.round(statSync(vsix).size / 1024)} KB)`);
execFileSync(node24, [serverMain, ...profileArgs, '--install-extension', vsix], { env: serverEnv, stdio: ['ignore', 'pipe', 'inherit'], timeout: 120000 });
lap('installed into the VS Code server');

/** What the UI must show: the CLI's findings for the same files. */
function lint(locale) {
  const run = spawnSync(process.execPath, [join(root, 'bin/caolint.cjs'), '--format', 'json', '--locale', locale, '.'], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 60000,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`caolint CLI failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = probe.address();
    probe.close(() => done(p));
  });
});
const serverLog = join(work, 'server.log');
const logFd = openSync(serverLog, 'a');
// Its own process group, so that stopping it also stops the extension host and caolint's server.
const server = spawn(
  node24,
  [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--disable-telemetry', '--disable-workspace-trust', ...profileArgs],
  { env: serverEnv, stdio: ['ignore', logFd, logFd], detached: true },
);
const serverExited = new Promise((done) => server.once('exit', done));
// Interrupted (Ctrl+C, CI cancel): the server runs in its own group, so stop it here.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    process.exit(130);
  });
}

let context;
let wb;
let failed = false;
const results = [];
const browserErrors = [];
const watchdog = new Promise((_, reject) =>
  setTimeout(() => reject(new Error(`the UI part took longer than ${budget / 1000} s (E2E_TIMEOUT_MS)`)), budget).unref(),
);

async function run() {
  await waitFor(
    'the VS Code server to listen',
    () => {
      if (server.exitCode !== null) throw new Error('the VS Code server exited');
      return existsSync(serverLog) && readFileSync(serverLog, 'utf8').includes('Extension host agent listening');
    },
    { timeout: 60000 },
  );
  lap(`VS Code server on 127.0.0.1:${port}`);
  rmSync(shots, { recursive: true, force: true });
  context = await chromium.launchPersistentContext(browserProfile, {
    ...chromiumLaunch,
    viewport: { width: 1400, height: 900 },
  });
  context.setDefaultTimeout(TIMEOUT); // no Playwright call may wait forever
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(message.text().slice(0, 300));
  });
  wb = new Workbench(page, shots);
  await wb.open(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  lap('workbench open');
  for (const [name, what, step] of steps(wb, { lint, log: (m) => console.log(`    ${m}`) })) {
    const started = Date.now();
    try {
      await step();
    } catch (error) {
      results.push(`  FAIL ${name}: ${what}`);
      throw error;
    }
    const shot = await wb.screenshot(name);
    results.push(`  ok   ${name}: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    lap(`${name} passed, ${shot}`);
  }
}

try {
  await Promise.race([run(), watchdog]);
} catch (error) {
  failed = true;
  console.error(`\nE2E FAILED: ${error instanceof Error ? error.message : String(error)}`);
  if (wb) await wb.screenshot('failure').catch(() => {});
  report();
} finally {
  await Promise.race([context?.close().catch(() => {}), new Promise((r) => setTimeout(r, 10000).unref())]);
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  await Promise.race([serverExited, new Promise((r) => setTimeout(r, 10000).unref())]);
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
  console.log(results.join('\n'));
  if (!failed && !process.env.KEEP_WORK) rmSync(work, { recursive: true, force: true });
  else console.log(`scratch folder kept: ${work}`);
  lap(failed ? 'failed' : `${results.length} steps passed; screenshots in ${shots}`);
}
process.exit(failed ? 1 : 0);

/** On failure: the server log, the extension's output channel (its log file) and the last screenshot. */
function report() {
  const tail = (path, lines = 80) => readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
  console.error(`\n--- VS Code server log (${serverLog}) ---\n${existsSync(serverLog) ? tail(serverLog) : '(none)'}`);
  for (const file of findFiles(join(userData, 'logs'), (name) => /caolint/i.test(name) && name.endsWith('.log'))) {
    console.error(`\n--- ${file} ---\n${tail(file)}`);
  }
  const related = browserErrors.filter((text) => /caolint|extension|languageclient/i.test(text)).slice(-20);
  if (related.length) console.error(`\n--- browser console errors about the extension ---\n${related.join('\n')}`);
  console.error(`\nlast screenshot: ${wb?.lastShot ?? '(none)'}`);
}

function findFiles(folder, wanted) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return findFiles(path, wanted);
    return wanted(entry.name) ? [path] : [];
  });
}
