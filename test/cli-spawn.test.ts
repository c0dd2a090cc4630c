// The CLI as a user runs it: a separate process, real rule catalogue, real exit codes.
// Assertions that depend on rules only use what the registry itself says.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';

const root = packageRoot();
const fixtures = join(root, 'test/fixtures/cli');
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (tsx), or the esbuild bundle behind bin/caolint.cjs when `bundle` is set. */
function caolint(cwd: string, args: string[], bundle = false): Spawned {
  const entry = bundle ? ['bin/caolint.cjs'] : ['--import', tsx, 'server/cli/main.ts'];
  const result = spawnSync(process.execPath, [...entry.map((e, i) => (i === entry.length - 1 ? join(root, e) : e)), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('caolint CLI (spawned process)', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-spawn-'));
    writeFileSync(join(dir, '.caolintrc.json'), '{ "root": true }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--version prints the package version, --help the usage; both exit 0', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    assert.deepEqual(caolint(dir, ['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
    const help = caolint(dir, ['--help', '--locale', 'en']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: caolint/);
    assert.match(help.stdout, /--max-warnings/);
  });

  it('`caolint rules --format json` lists exactly the registered rules with their metadata', () => {
    const run = caolint(dir, ['rules', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const listed = JSON.parse(run.stdout) as Array<{ id: string; intervention: string; defaultSeverity: string; fixable: boolean; docs: string }>;
    assert.deepEqual(
      listed.map((r) => r.id),
      allRules.map((r) => r.meta.id),
    );
    for (const [i, rule] of allRules.entries()) {
      assert.equal(listed[i].intervention, rule.meta.intervention);
      assert.equal(listed[i].defaultSeverity, rule.meta.defaultSeverity);
      assert.equal(listed[i].fixable, rule.meta.fixable);
      assert.equal(listed[i].docs, pathToFileURL(join(root, 'rules', `${rule.meta.id}.md`)).href);
    }
  });

  it('bad input: a missing path is exit 2 after linting the rest; binary and empty files do not crash', () => {
    copyFileSync(join(fixtures, 'schoon.md'), join(dir, 'schoon.md'));
    writeFileSync(join(dir, 'leeg.md'), '');
    writeFileSync(join(dir, 'afbeelding.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const run = caolint(dir, ['--format', 'json', '--locale', 'en', 'schoon.md', 'bestaat-niet.md', 'afbeelding.md', 'leeg.md']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'caolint: bestaat-niet.md: no such file or directory\ncaolint: afbeelding.md: binary file skipped\n');
    const reports = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    assert.deepEqual(
      reports.map((r) => r.filePath),
      [join(dir, 'schoon.md'), join(dir, 'leeg.md')],
    );
    assert.deepEqual(reports[1].messages, []);
  });

  it('an unknown rule id in the config is exit 2 with a message naming file and id', () => {
    copyFileSync(join(fixtures, 'schoon.md'), join(dir, 'schoon.md'));
    writeFileSync(join(dir, '.caolintrc.yaml'), 'root: true\n');
    writeFileSync(join(dir, '.caolintrc.json'), JSON.stringify({ root: true, rules: { 'budget-bestaat-niet': 'error' } }));
    const run = caolint(dir, ['schoon.md']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "caolint: .caolintrc.json: rules: onbekende regel 'budget-bestaat-niet' (zie `caolint rules`)\n");
    assert.equal(
      caolint(dir, ['--locale', 'en', 'schoon.md']).stderr,
      "caolint: .caolintrc.json: rules: unknown rule id 'budget-bestaat-niet' (see `caolint rules`)\n",
    );
  });

  it('an option of the wrong type is exit 2 naming the key path (for a registered rule that has a numeric option)', function () {
    const rule = allRules.find((r) => Object.values(r.meta.options).some((o) => o.type === 'number' || o.type === 'integer'));
    if (!rule) this.skip();
    const [name, spec] = Object.entries(rule.meta.options).find(([, o]) => o.type === 'number' || o.type === 'integer')!;
    copyFileSync(join(fixtures, 'schoon.md'), join(dir, 'schoon.md'));
    rmSync(join(dir, '.caolintrc.json'));
    writeFileSync(join(dir, '.caolintrc.yaml'), `root: true\nrules:\n  ${rule.meta.id}:\n    options:\n      ${name}: twee jaar\n`);
    const run = caolint(dir, ['--locale', 'en', 'schoon.md']);
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      `caolint: .caolintrc.yaml: rules.${rule.meta.id}.options.${name} must be ${spec.type === 'integer' ? 'an integer' : 'a number'}\n`,
    );
  });

  it('--fix leaves a file alone when nothing needs fixing', () => {
    const file = join(dir, 'werktijden.md');
    copyFileSync(join(fixtures, 'werktijden.md'), file);
    const before = statSync(file);
    const run = caolint(dir, ['--fix', '--format', 'json', 'werktijden.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as Array<{ messages: unknown[] }>)[0].messages, []);
    const after = statSync(file);
    assert.equal(after.mtimeMs, before.mtimeMs);
    assert.equal(after.ino, before.ino);
  });

  it('the bundle behind bin/caolint.cjs runs the same CLI (after `npm run build`)', function () {
    if (!existsSync(join(root, 'dist/cli.cjs'))) this.skip();
    copyFileSync(join(fixtures, 'regeling.md'), join(dir, 'regeling.md'));
    const bundled = caolint(dir, ['--format', 'json', 'regeling.md'], true);
    assert.equal(bundled.stderr, '');
    assert.ok(bundled.code === 0 || bundled.code === 1);
    assert.equal((JSON.parse(bundled.stdout) as Array<{ filePath: string }>)[0].filePath, join(dir, 'regeling.md'));
    const listed = JSON.parse(caolint(dir, ['rules', '--format', 'json'], true).stdout) as Array<{ id: string; docs: string }>;
    // The bundle finds its own package folder, so the docs links point at the pages shipped beside it.
    for (const rule of listed) assert.equal(rule.docs, pathToFileURL(join(root, 'rules', `${rule.id}.md`)).href);
  });
});
