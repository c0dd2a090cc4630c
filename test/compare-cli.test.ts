// `caolint compare` as a user runs it: the real bin (bin/caolint.cjs, the esbuild bundle, built
// fresh here), a separate process, real exit codes, and --base against a git repository made here.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CompareResult } from '../server/compare/types';
import { packageRoot } from '../server/engine/paths';

const root = packageRoot();
const pairs = join(root, 'samples/voorstellen');

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

function caolint(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Spawned {
  const result = spawnSync(process.execPath, [join(root, 'bin/caolint.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(cwd: string, args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=caolint', '-c', 'user.email=caolint@example.org', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
}

describe('caolint compare (the bundled bin, spawned)', function () {
  this.timeout(120000);
  let dir: string;
  // Outside any repository, so "not a git repository" holds whatever folder the suite runs in.
  const noRepoAbove = (): NodeJS.ProcessEnv => ({ GIT_CEILING_DIRECTORIES: dirname(dir) });

  before(() => {
    // The bin runs dist/cli.cjs: build it from the sources as they are now.
    const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-compare-'));
    writeFileSync(join(dir, '.caolintrc.json'), '{ "root": true }');
    for (const name of ['ontwikkelbudget-oud.md', 'ontwikkelbudget-nieuw.md']) copyFileSync(join(pairs, name), join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stylish by default: per provision the changes and findings, a summary, exit 0', () => {
    const run = caolint(dir, ['compare', 'ontwikkelbudget-oud.md', 'ontwikkelbudget-nieuw.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^Vergelijking ontwikkelbudget-oud\.md -> ontwikkelbudget-nieuw\.md\n/);
    assert.match(run.stdout, /^ontwikkelbudget {2}artikel 7 -> 5, regel 5 -> 15$/m);
    assert.match(run.stdout, /^ {2}inhoud {4}bestedingstermijn 12 -> 36 maanden$/m);
    assert.match(run.stdout, /^ {12}doelen: \+ loopbaanadvies, \+ evc$/m);
    assert.match(run.stdout, /^ {2}opgelost {2}7:\d+ +waarschuwing {2}«ontwikkelbudget» vervalt al na 12 maanden\..* budget-spending-period$/m);
    assert.match(run.stdout, /^ {2}nog open {2}15:4 +info/m);
    assert.match(run.stdout, /^✔ 1 opgelost, 0 nieuw, 2 nog open; 3 inhoudelijke wijzigingen; 0 bepalingen toegevoegd, 0 verwijderd\.$/m);
    assert.ok(!run.stdout.includes('\u001b['), 'no colour with NO_COLOR');
  });

  it('--format json: the documented shape with its version', () => {
    const run = caolint(dir, ['compare', '-f', 'json', 'ontwikkelbudget-oud.md', 'ontwikkelbudget-nieuw.md']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as CompareResult;
    assert.deepEqual(Object.keys(result), ['version', 'locale', 'before', 'after', 'provisions', 'totals']);
    assert.equal(result.version, 1);
    assert.deepEqual(result.before, { filePath: join(dir, 'ontwikkelbudget-oud.md'), ref: null });
    const budget = result.provisions.find((p) => p.after?.identity.name === 'ontwikkelbudget');
    assert.ok(budget);
    assert.deepEqual(Object.keys(budget), ['status', 'matchedBy', 'before', 'after', 'resolved', 'introduced', 'open', 'changes']);
    assert.deepEqual(Object.keys(budget.resolved[0]), [
      'ruleId',
      'severity',
      'message',
      'intervention',
      'sentence',
      'line',
      'column',
      'endLine',
      'endColumn',
      'docs',
    ]);
    assert.deepEqual(
      budget.resolved.map((f) => [f.ruleId, f.line, f.intervention]),
      [['budget-spending-period', 7, 'zeggenschap-budget']],
    );
    assert.equal(budget.resolved[0].sentence, 'Wat daarna over is, vervalt.');
    assert.deepEqual(budget.changes[0], {
      aspect: 'spending-period',
      before: '12 maanden',
      after: '36 maanden',
      added: [],
      removed: [],
      text: 'bestedingstermijn 12 -> 36 maanden',
    });
    assert.deepEqual(budget.open.map((p) => p.after.ruleId).sort(), ['budget-amount', 'support-lower-educated']);
    assert.equal(budget.after?.substance.spendingMonths, 36);
    assert.deepEqual(result.totals, { resolved: 1, introduced: 0, open: 2, introducedErrors: 0, provisionsAdded: 0, provisionsRemoved: 0, changes: 3 });
  });

  it('--format markdown for a pull-request comment, in English, to a file with -o', () => {
    const run = caolint(dir, [
      'compare',
      '--format',
      'markdown',
      '--locale',
      'en',
      '-o',
      'out/comment.md',
      'ontwikkelbudget-oud.md',
      'ontwikkelbudget-nieuw.md',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const md = readFileSync(join(dir, 'out/comment.md'), 'utf8');
    assert.match(
      md,
      /^## caolint: Comparison `ontwikkelbudget-oud\.md` -> `ontwikkelbudget-nieuw\.md`\n\n\*\*1 resolved, 0 introduced, 2 still open; 3 changes in substance; 0 provisions added, 0 removed\.\*\*\n/,
    );
    assert.match(
      md,
      /^### ontwikkelbudget\n\n_article 7 -> 5, line 5 -> 15_\n\n- spending period 12 -> 36 months\n- purposes: \+ career advice, \+ accreditation of prior learning\n/m,
    );
    assert.match(md, /^\| status \| severity \| rule \| where \| message \|\n\| --- \| --- \| --- \| --- \| --- \|$/m);
    // Read on another machine: links to the published rule pages, never to this disk.
    assert.match(
      md,
      /^\| resolved \| warning \| \[`budget-spending-period`\]\(https:\/\/github\.com\/caolint\/caolint\/blob\/main\/rules\/budget-spending-period\.md\) \| line 7 \| «ontwikkelbudget» lapses/m,
    );
    assert.doesNotMatch(md, /file:/);
  });

  it('exit 1 when the new version introduces an error-level finding, 0 when it only resolves one', () => {
    writeFileSync(join(dir, '.caolintrc.json'), JSON.stringify({ root: true, rules: { 'budget-spending-period': 'error' } }));
    const worse = caolint(dir, ['compare', '-f', 'json', 'ontwikkelbudget-nieuw.md', 'ontwikkelbudget-oud.md']);
    assert.equal(worse.code, 1, worse.stderr);
    const result = JSON.parse(worse.stdout) as CompareResult;
    assert.equal(result.totals.introducedErrors, 1);
    assert.match(
      caolint(dir, ['compare', 'ontwikkelbudget-nieuw.md', 'ontwikkelbudget-oud.md']).stdout,
      /^✖ 0 opgelost, 1 nieuw, 2 nog open; .*De nieuwe versie brengt 1 fout in\.$/m,
    );
    assert.equal(caolint(dir, ['compare', 'ontwikkelbudget-oud.md', 'ontwikkelbudget-nieuw.md']).code, 0);
  });

  it('--config replaces the search for config files, its locale included; --color colours', () => {
    mkdirSync(join(dir, 'cfg'));
    writeFileSync(join(dir, 'cfg', 'strict.yaml'), 'root: true\nlocale: en\nrules:\n  budget-spending-period: error\n');
    const run = caolint(dir, ['compare', '--config', 'cfg/strict.yaml', 'ontwikkelbudget-nieuw.md', 'ontwikkelbudget-oud.md']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^ {2}introduced {2}7:68 {2}error +«ontwikkelbudget» lapses after only 12 months/m);
    assert.match(run.stdout, /The new version introduces 1 error\.$/m);
    assert.ok(caolint(dir, ['compare', '--color', 'ontwikkelbudget-oud.md', 'ontwikkelbudget-nieuw.md']).stdout.includes('\u001b['));
  });

  it("--base HEAD compares the file with its committed version, from the file's own repository", () => {
    const repo = join(dir, 'repo');
    git(dir, ['init', '-q', 'repo']);
    const draft = join(repo, 'cao', 'h6.md');
    mkdirSync(dirname(draft), { recursive: true });
    copyFileSync(join(pairs, 'ontwikkelbudget-oud.md'), draft);
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'eerste ronde']);
    copyFileSync(join(pairs, 'ontwikkelbudget-nieuw.md'), draft);
    // Run from outside the repository: the file's repository decides, not the working folder.
    const run = caolint(dir, ['compare', '--base', 'HEAD', '-f', 'json', 'repo/cao/h6.md']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as CompareResult;
    assert.deepEqual(result.before, { filePath: draft, ref: 'HEAD' });
    assert.deepEqual(result.after, { filePath: draft, ref: null });
    assert.deepEqual(
      result.provisions.flatMap((p) => p.resolved.map((f) => f.ruleId)),
      ['budget-spending-period'],
    );
    assert.match(caolint(dir, ['compare', '--base', 'HEAD', 'repo/cao/h6.md']).stdout, /^Vergelijking repo\/cao\/h6\.md@HEAD -> repo\/cao\/h6\.md\n/);
  });

  it('--base errors name the file and the ref, with exit 2', () => {
    const notRepo = caolint(dir, ['compare', '--base', 'HEAD', 'ontwikkelbudget-nieuw.md'], noRepoAbove());
    assert.deepEqual([notRepo.code, notRepo.stdout], [2, '']);
    assert.equal(notRepo.stderr, 'caolint: ontwikkelbudget-nieuw.md: staat niet in een git-repository; --base HEAD kan er geen oude versie van lezen\n');

    git(dir, ['init', '-q']);
    git(dir, ['add', 'ontwikkelbudget-oud.md']);
    git(dir, ['commit', '-q', '-m', 'oud']);
    const missing = caolint(dir, ['compare', '--base', 'HEAD', '--locale', 'en', 'ontwikkelbudget-nieuw.md'], noRepoAbove());
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'caolint: ontwikkelbudget-nieuw.md: does not exist at HEAD (looked for ontwikkelbudget-nieuw.md)\n');
    const unknown = caolint(dir, ['compare', '--base', 'v9.9', 'ontwikkelbudget-oud.md'], noRepoAbove());
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'caolint: ontwikkelbudget-oud.md: git kent de revisie v9.9 niet\n');
  });

  it('usage errors: one file without --base, a missing file, a lint-only format, --base without compare, lint-only options', () => {
    const one = caolint(dir, ['compare', 'ontwikkelbudget-oud.md']);
    assert.equal(one.code, 2);
    assert.match(one.stderr, /^caolint: 'caolint compare' verwacht twee bestanden, de oude en de nieuwe versie \(kreeg er 1\)/);
    const missing = caolint(dir, ['compare', 'bestaat-niet.md', 'ontwikkelbudget-nieuw.md']);
    assert.deepEqual([missing.code, missing.stderr], [2, 'caolint: bestaat-niet.md: bestand of map niet gevonden\n']);
    const sarif = caolint(dir, ['compare', '-f', 'sarif', 'ontwikkelbudget-oud.md', 'ontwikkelbudget-nieuw.md']);
    assert.equal(sarif.code, 2);
    assert.match(sarif.stderr, /^caolint: --format moet een van stylish, json, markdown, html zijn \(niet 'sarif'\)/);
    assert.equal(caolint(dir, ['--format', 'markdown', 'ontwikkelbudget-oud.md']).code, 2);
    assert.match(caolint(dir, ['--base', 'HEAD', 'ontwikkelbudget-oud.md']).stderr, /^caolint: --base hoort bij caolint compare\n/);
    const quiet = caolint(dir, ['compare', '-q', 'ontwikkelbudget-oud.md', 'ontwikkelbudget-nieuw.md']);
    assert.equal(quiet.code, 2);
    assert.match(quiet.stderr, /^caolint: 'caolint compare' kent geen --fix, --fix-dry-run, --stdin, --quiet of --max-warnings/);
  });
});
