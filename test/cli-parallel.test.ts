/**
 * The CLI lints files in worker threads (issue 9, item 4): the report, its order, the notes on stderr
 * and the exit code are the same as in one thread, for the samples, for files a worker cannot read or
 * decode, and with --fix. The workers run from the sources here (through tsx); the last case runs the
 * bundle (dist/cliWorker.cjs beside dist/cli.cjs), as an installed package does.
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { allRules } from '../rules/index';
import type { Target } from '../server/cli/files';
import { lintFile } from '../server/cli/lintFile';
import { lintInWorkers, plannedWorkers, SMALL_TOTAL_BYTES } from '../server/cli/parallel';
import { runCli, runCliAsync, type CliIo } from '../server/cli/run';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function io(cwd: string, workers?: number): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), color: false, workers, out, err };
}

function inThread(argv: string[], cwd: string): Ran {
  const sink = io(cwd);
  const code = runCli(argv, sink);
  return { code, stdout: sink.out.join(''), stderr: sink.err.join('') };
}

async function inWorkers(argv: string[], cwd: string, workers = 2): Promise<Ran> {
  const sink = io(cwd, workers);
  const code = await runCliAsync(argv, sink);
  return { code, stdout: sink.out.join(''), stderr: sink.err.join('') };
}

const samples = resolve('samples');
const sampleFiles = readdirSync(samples)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();

describe('CLI: files linted in worker threads', function () {
  this.timeout(240000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-parallel-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the samples give the same JSON report, in the same order, with two workers as in one thread', async () => {
    const argv = ['--format', 'json', '--locale', 'nl', 'samples'];
    const alone = inThread(argv, resolve('.'));
    const parallel = await inWorkers(argv, resolve('.'));
    assert.deepEqual(parallel, alone);
    const report = JSON.parse(parallel.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    const paths = report.map((r) => r.filePath);
    assert.deepEqual(paths, [...paths].sort(), 'sorted, as found in the folder');
    for (const file of sampleFiles) assert.ok(paths.includes(join(samples, file)), file);
    assert.ok(report.some((r) => r.messages.length > 0));
  });

  it('files that cannot be read or decoded are reported in their place among the others, with the same exit code', async () => {
    // Named in this order: a readable draft, one with invalid UTF-8 (a note, still linted), one too
    // large to read (a sparse file of 3 GB: an error note, fatal), one binary (a note), a readable one.
    copyFileSync(join(samples, 'lummeltijd-slecht.md'), join(dir, 'a.md'));
    writeFileSync(
      join(dir, 'b.md'),
      Buffer.concat([
        Buffer.from('# Artikel 1\n\nDe werknemer heeft recht op 2 ontwikkeldagen per jaar. '),
        Buffer.from([0xff, 0xfe, 0x41]),
        Buffer.from('\n'),
      ]),
    );
    writeFileSync(join(dir, 'c.md'), '');
    truncateSync(join(dir, 'c.md'), 3 * 1024 ** 3);
    writeFileSync(join(dir, 'd.md'), Buffer.from([0, 1, 2, 3, 0, 0, 0x89, 0x50, 0x4e, 0x47]));
    copyFileSync(join(samples, 'ontwikkeldagen-vervallen-slecht.md'), join(dir, 'e.md'));
    const argv = ['--locale', 'en', 'a.md', 'b.md', 'c.md', 'd.md', 'e.md'];
    const alone = inThread(argv, dir);
    const parallel = await inWorkers(argv, dir);
    assert.deepEqual(parallel, alone);
    const notes = parallel.stderr.trimEnd().split('\n');
    assert.equal(notes.length, 3, parallel.stderr);
    assert.match(notes[0], /^caolint: b\.md: .*UTF-8/);
    assert.match(notes[1], /^caolint: c\.md: cannot be read \(ERR_FS_FILE_TOO_LARGE\)/);
    assert.match(notes[2], /^caolint: d\.md: /);
    assert.equal(parallel.code, 1);
    const json = await inWorkers(['--format', 'json', ...argv], dir);
    assert.deepEqual(
      (JSON.parse(json.stdout) as Array<{ filePath: string }>).map((r) => r.filePath),
      ['a.md', 'b.md', 'e.md'].map((f) => join(dir, f)),
    );
  });

  it('--fix writes the same files and reports the same in workers as in one thread', async () => {
    const one = join(dir, 'one');
    const two = join(dir, 'two');
    for (const target of [one, two]) {
      execFileSync('mkdir', ['-p', target]);
      for (const file of sampleFiles) copyFileSync(join(samples, file), join(target, file));
    }
    const argv = ['--fix', '--format', 'json', '--locale', 'nl', '.'];
    const alone = inThread(argv, one);
    const parallel = await inWorkers(argv, two);
    assert.equal(parallel.code, alone.code);
    assert.equal(parallel.stderr, alone.stderr);
    assert.equal(parallel.stdout.split(two).join('<dir>'), alone.stdout.split(one).join('<dir>'));
    const changed = sampleFiles.filter((f) => readFileSync(join(one, f), 'utf8') !== readFileSync(join(samples, f), 'utf8'));
    assert.ok(changed.length > 0, 'some sample has a fix');
    for (const file of sampleFiles) assert.equal(readFileSync(join(two, file), 'utf8'), readFileSync(join(one, file), 'utf8'), file);
  });

  it('hands each file to a worker (none is linted in the calling thread) and delivers the outcomes in order', async () => {
    const targets: Target[] = sampleFiles.map((f) => ({ path: join(samples, f), explicit: false }));
    const delivered: number[] = [];
    const context = { cwd: dir, locale: 'nl' as const, fix: false };
    const { inThread: here } = await lintInWorkers({
      targets,
      context,
      workers: 2,
      deliver: (index, outcome) => {
        delivered.push(index);
        assert.equal(outcome.report?.filePath, targets[index].path);
      },
      inThread: (target) => lintFile(target, { ...context, rules: allRules }),
      failed: () => assert.fail('no file fails'),
    });
    assert.equal(here, 0);
    assert.deepEqual(
      delivered,
      targets.map((_, i) => i),
    );
  });

  it('plans no workers for a single file or a small total, one per core (at most one per file) otherwise', () => {
    const big = join(dir, 'big.md');
    const small = join(dir, 'small.md');
    writeFileSync(big, 'x'.repeat(SMALL_TOTAL_BYTES));
    writeFileSync(small, 'x');
    const targets = (paths: string[]): Target[] => paths.map((path) => ({ path, explicit: true }));
    assert.equal(plannedWorkers(targets([big])), 0);
    assert.equal(plannedWorkers(targets([small, small, small])), 0);
    assert.ok(plannedWorkers(targets([big, small])) <= 2);
    assert.equal(plannedWorkers(targets([small, small, small]), 2), 2);
    assert.equal(plannedWorkers(targets([small]), 4), 1);
    assert.equal(plannedWorkers(targets([small, small]), 0), 0);
  });

  it('the bundle (dist/cli.cjs) starts its workers from dist/cliWorker.cjs and reports as in one thread', function () {
    this.timeout(240000);
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    const run = (workers: string): Ran => {
      const child = spawnSync(process.execPath, ['bin/caolint.cjs', '--format', 'json', '--locale', 'nl', 'samples'], {
        encoding: 'utf8',
        env: { ...process.env, CAOLINT_WORKERS: workers },
      });
      return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
    };
    const alone = run('0');
    const parallel = run('2');
    assert.equal(parallel.stderr, '');
    assert.deepEqual(parallel, alone);
  });
});
