/**
 * caolint as a policy repository gets it (issue 10, item 1): `npm pack`, then `npm install` of the
 * tarball into an empty project with no clone of this repository beside it, then the two bins as a
 * CI job and an editor run them. Nothing is built after the install and no install script runs.
 * The runtime dependencies come from the npm registry (or npm's cache, which `npm ci` filled).
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';
import { TestClient } from './lsp-harness';
import { validSarif } from './report-schemas';

const root = packageRoot();
const manifestPath = join(root, 'package.json');
const manifestBefore = readFileSync(manifestPath, 'utf8');

interface Manifest {
  name: string;
  version: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A draft as a writer hands it in: a budget that lapses after a year and nobody is told about it. */
const DRAFT = `# Hoofdstuk 4 Duurzame inzetbaarheid

## Artikel 4.1 Ontwikkelbudget

1. De medewerker heeft jaarlijks recht op een ontwikkelbudget van € 750.
2. Het ontwikkelbudget vervalt aan het einde van het kalenderjaar.

## Artikel 4.2 Loopbaangesprek

De werkgever voert elk jaar een loopbaangesprek met de medewerker over opleiding en ontwikkeling.
`;

/** The manifests of every package in a node_modules folder (scoped ones included). */
function installedManifests(modules: string): Manifest[] {
  const folders = readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((sub) => join(modules, name, sub)) : [join(modules, name)]));
  return folders.filter((f) => existsSync(join(f, 'package.json'))).map((f) => JSON.parse(readFileSync(join(f, 'package.json'), 'utf8')) as Manifest);
}

/**
 * The environment for npm and npx as a user's shell would give it: without what an outer `npm test`
 * or `npm exec` passes its scripts (the lifecycle, the package, the command and its project folder
 * would steer the inner npm), without c8's coverage variable (npm's own code is not what the
 * coverage is about), and with the audit, fund and update chatter off.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };
  const inherited = /^(npm_lifecycle_|npm_package_|npm_command$|npm_config_call$|npm_config_local_prefix$|npm_execpath$|INIT_CWD$|NODE_V8_COVERAGE$)/;
  for (const key of Object.keys(env)) if (inherited.test(key)) delete env[key];
  return env;
}

function npm(args: string[], cwd: string): Spawned {
  const env = userEnv();
  const result = spawnSync('npm', args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package, installed into an empty project', function () {
  this.timeout(120000);
  let work: string;
  let project: string;
  let tarball: string;
  let packed: string[];
  let install: Spawned;
  let pack: Spawned;

  /** A bin of the installed package, run the way `npx caolint` runs it. */
  const bin = (name: string, args: string[]): Spawned => {
    const result = spawnSync(process.execPath, [join(project, 'node_modules', 'caolint', 'bin', `${name}.cjs`), ...args], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  before(function () {
    work = mkdtempSync(join(tmpdir(), 'caolint-package-'));
    // `npm pack` builds dist/ first (the prepack script), so the tarball never carries stale bundles.
    pack = npm(['pack', '--pack-destination', work], root);
    assert.equal(pack.code, 0, pack.stderr);
    tarball = join(work, pack.stdout.trim().split('\n').at(-1) ?? '');
    packed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((entry) => entry.replace(/^package\//, ''))
      .sort();

    project = join(work, 'beleid');
    mkdirSync(join(project, 'concepten'), { recursive: true });
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'beleid', private: true }, null, 2)}\n`);
    writeFileSync(join(project, 'concepten', 'hoofdstuk-4.md'), DRAFT);
    install = npm(['install', '--prefer-offline', tarball], project);
    assert.equal(install.code, 0, `npm install of the tarball failed:\n${install.stdout}\n${install.stderr}`);
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs the bins, the four bundles they load, the rule pages, the schema and the notices, nothing else (.npmignore)', () => {
    const rulePages = readdirSync(join(root, 'rules'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `rules/${f}`);
    const interventionPages = readdirSync(join(root, 'rules', 'interventions')).map((f) => `rules/interventions/${f}`);
    const expected = [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin/caolint-language-server.cjs',
      'bin/caolint.cjs',
      'dist/cli.cjs',
      'dist/cliWorker.cjs',
      'dist/lintWorker.cjs',
      'dist/server.cjs',
      'package.json',
      'schemas/caolintrc.schema.json',
      ...rulePages,
      ...interventionPages,
    ].sort();
    assert.deepEqual(packed, expected);
  });

  it('prints only the tarball’s name on stdout, which pre-commit reads to install its node hooks (.npmrc)', () => {
    assert.equal(pack.stdout, `caolint-${(JSON.parse(manifestBefore) as Manifest).version}.tgz\n`);
  });

  it('leaves the checkout as it was (the prepare script is renamed only while packing)', () => {
    assert.equal(readFileSync(manifestPath, 'utf8'), manifestBefore);
  });

  it('installs with no install script and only the runtime dependencies', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules', 'caolint', 'package.json'), 'utf8')) as Manifest;
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      assert.equal(installed.scripts?.[hook], undefined, `the packed manifest has a ${hook} script`);
    assert.doesNotMatch(install.stdout + install.stderr, /install-scripts|prepare/, 'npm reports an install script it skipped or ran');
    const own = JSON.parse(manifestBefore) as Manifest;
    // A development dependency may come along only as some runtime package's own dependency (remark needs @types/mdast).
    const needed = new Set(installedManifests(join(project, 'node_modules')).flatMap((m) => Object.keys(m.dependencies ?? {})));
    for (const dev of Object.keys(own.devDependencies ?? {})) {
      assert.ok(needed.has(dev) || !existsSync(join(project, 'node_modules', dev)), `the development dependency ${dev} was installed`);
    }
    for (const dep of Object.keys(own.dependencies ?? {}))
      assert.ok(existsSync(join(project, 'node_modules', dep)), `the runtime dependency ${dep} is missing`);
  });

  it('`npx caolint <draft>` lints the draft and links to the pages inside the installed package', () => {
    const npx = spawnSync('npx', ['--no-install', 'caolint', '--format', 'json', 'concepten/hoofdstuk-4.md'], {
      cwd: project,
      encoding: 'utf8',
      shell: process.platform === 'win32',
      env: userEnv(),
    });
    assert.equal(npx.stderr, '');
    assert.ok(npx.status === 0 || npx.status === 1, `exit code ${npx.status}`);
    const [report] = JSON.parse(npx.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; docs: string }> }>;
    assert.equal(report.filePath, join(project, 'concepten', 'hoofdstuk-4.md'));
    assert.ok(
      report.messages.some((m) => m.ruleId === 'budget-spending-period'),
      'the budget that lapses within the year is reported',
    );
    const installedRules = pathToFileURL(join(project, 'node_modules', 'caolint', 'rules')).href;
    for (const m of report.messages) assert.ok(m.docs.startsWith(`${installedRules}/`), m.docs);
  });

  it('`caolint --format sarif` and `--format junit` give CI reports whose links are web addresses, with the rule help', () => {
    const sarif = bin('caolint', ['--format', 'sarif', 'concepten']);
    assert.equal(sarif.stderr, '');
    assert.doesNotMatch(sarif.stdout, /file:/);
    assert.ok(validSarif(JSON.parse(sarif.stdout)), JSON.stringify(validSarif.errors, null, 2));
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ helpUri: string; help?: { markdown: string } }> } } }> };
    for (const rule of log.runs[0].tool.driver.rules) {
      assert.match(rule.helpUri, /^https:\/\//);
      assert.ok(rule.help && rule.help.markdown.length > 0, 'the installed package carries the pages SARIF help is made from');
    }
    const junit = bin('caolint', ['--format', 'junit', 'concepten']);
    assert.match(junit.stdout, /<testsuite name="concepten\/hoofdstuk-4\.md"/);
    assert.doesNotMatch(junit.stdout, /file:/);
  });

  it('`caolint --stdin --stdin-filename` lints a draft piped in, named as the file it stands for', () => {
    const draft = readFileSync(join(project, 'concepten', 'hoofdstuk-4.md'), 'utf8');
    const piped = spawnSync(
      process.execPath,
      [join(project, 'node_modules', 'caolint', 'bin', 'caolint.cjs'), '--stdin', '--stdin-filename', 'concepten/voorstel.md', '--format', 'json'],
      {
        cwd: project,
        encoding: 'utf8',
        input: draft,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      },
    );
    assert.equal(piped.stderr, '');
    const [report] = JSON.parse(piped.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    assert.equal(report.filePath, join(project, 'concepten', 'voorstel.md'));
    assert.ok(report.messages.some((m) => m.ruleId === 'budget-spending-period'));
  });

  it('`caolint rules` lists every rule, each with its page shipped in the package', () => {
    const run = bin('caolint', ['rules', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const listed = JSON.parse(run.stdout) as Array<{ id: string }>;
    assert.deepEqual(listed.map((r) => r.id).sort(), allRules.map((r) => r.meta.id).sort());
    for (const rule of listed) assert.ok(existsSync(join(project, 'node_modules', 'caolint', 'rules', `${rule.id}.md`)), rule.id);
    assert.equal(bin('caolint', ['--version']).stdout.trim(), (JSON.parse(manifestBefore) as Manifest).version);
  });

  it('`caolint-language-server --stdio` answers initialize and publishes diagnostics from its worker', async () => {
    const child = spawn(process.execPath, [join(project, 'node_modules', 'caolint', 'bin', 'caolint-language-server.cjs'), '--stdio'], {
      cwd: project,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(connection, () => child.kill(), process.pid);
    try {
      const result = await client.initialize('nl', pathToFileURL(project).href);
      assert.equal(result.serverInfo?.name, 'caolint-language-server');
      assert.ok(result.capabilities.textDocumentSync !== undefined);
      const uri = pathToFileURL(join(project, 'concepten', 'hoofdstuk-4.md')).href;
      await client.open(uri, DRAFT);
      const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, 30000);
      assert.ok(published.diagnostics.some((d) => d.code === 'budget-spending-period'));
      // The bundle found its lint worker beside it rather than falling back to the main thread.
      assert.deepEqual(
        client.logs.filter((l) => /lint worker/.test(l)),
        [],
      );
      assert.equal(stderr, '');
    } finally {
      client.dispose();
    }
  });
});

describe('the .vsix contents', function () {
  this.timeout(60000);

  /** The local images a Markdown page shows (web images left out). */
  const localImages = (markdown: string): string[] => [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/i.test(t));

  it('holds what the extension runs and what its page shows, and nothing else (`vsce ls`)', () => {
    const vsce = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
    const listed = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    const manifest = JSON.parse(manifestBefore) as Manifest & { icon: string };
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const pages = (dir: string): string[] =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `${dir}/${f}`);
    const expected = new Set([
      'package.json',
      'package.nls.json',
      'package.nls.nl.json',
      'l10n/bundle.l10n.nl.json',
      'dist/extension.cjs',
      'dist/server.cjs',
      'dist/lintWorker.cjs',
      'schemas/caolintrc.schema.json',
      // The diagnostics' links open these pages offline.
      ...pages('rules'),
      ...pages('rules/interventions'),
      // The extension page: the README with the images it shows and the extension's own manual, the icon, changelog and licence.
      'README.md',
      ...localImages(readme),
      'docs/editor.md',
      manifest.icon,
      'CHANGELOG.md',
      'LICENSE',
    ]);
    assert.deepEqual(listed, [...expected].sort());
    assert.equal(readFileSync(join(root, manifest.icon)).subarray(1, 4).toString('ascii'), 'PNG');
  });

  it('is packaged with its licence and repository, not with the flags that skipped them (`npm run package`)', () => {
    const manifest = JSON.parse(manifestBefore) as Manifest & { repository?: { url: string }; license: string };
    const script = manifest.scripts?.package ?? '';
    assert.doesNotMatch(script, /--skip-license|--allow-missing-repository/);
    const out = mkdtempSync(join(tmpdir(), 'caolint-vsix-'));
    try {
      // The package script as written, into a temporary file: vsce refuses a manifest it finds incomplete.
      const args = script
        .replace(/^vsce /, '')
        .replace(/--out \S+/, '')
        .split(/\s+/)
        .filter(Boolean);
      const vsce = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), [...args, '--out', join(out, 'caolint.vsix')], { cwd: root, encoding: 'utf8' });
      assert.equal(vsce.status, 0, vsce.stdout + vsce.stderr);
      assert.ok(existsSync(join(out, 'caolint.vsix')));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    assert.match(manifest.repository?.url ?? '', /^https:\/\//);
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), new RegExp(`^${manifest.license} License`));
  });
});
