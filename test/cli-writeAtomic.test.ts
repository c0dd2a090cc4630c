// --fix must never lose a user's text: a full disk, a symbolic link, a read-only file or an editor
// saving meanwhile all leave the original exactly as it was (or, for a link, write through it).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../rules/index';
import { lintFile } from '../server/cli/lintFile';
import { readSource } from '../server/cli/readSource';
import { stampOf, WriteFileError, writeFileAtomic, type WriterFs } from '../server/cli/writeAtomic';
import { packageRoot } from '../server/engine/paths';

const root = packageRoot();
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

/** A cao article whose lapsing budget --fix repairs (budget-spending-period), padded with ordinary articles to `minBytes`. */
function draft(minBytes = 0): string {
  const parts = [
    '# Hoofdstuk 4 Ontwikkeling\n',
    '## Artikel 5 Ontwikkelbudget\n',
    'De werknemer heeft recht op een ontwikkelbudget van € 500 per jaar. Niet-bestede bedragen vervallen aan het einde van het kalenderjaar.\n',
  ];
  let article = 6;
  while (parts.join('\n').length < minBytes) {
    parts.push(
      `## Artikel ${article++} Werktijden\n`,
      'De gemiddelde arbeidsduur bedraagt 36 uur per week. Roosters worden ten minste vier weken van tevoren bekendgemaakt, na overleg met de ondernemingsraad.\n',
    );
  }
  return parts.join('\n');
}

function failedWith(error: unknown, kind: WriteFileError['kind']): boolean {
  return error instanceof WriteFileError && error.kind === kind;
}

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const leftovers = (): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

  it('keeps writing when the system writes fewer bytes than asked, until all are out', () => {
    const file = join(dir, 'cao.md');
    writeFileSync(file, 'oud\n');
    const next = draft(5000);
    let calls = 0;
    // At most 7 bytes per call: a slow pipe or a nearly full disk behaves like this.
    const trickle: Partial<WriterFs> = {
      writeSync: (fd, buffer, offset, length, position) => {
        calls++;
        return writeSync(fd, buffer, offset, Math.min(length, 7), position);
      },
    };
    writeFileAtomic(file, next, { fs: trickle });
    assert.equal(readFileSync(file, 'utf8'), next);
    assert.ok(calls >= Buffer.byteLength(next) / 7);
    assert.deepEqual(leftovers(), []);
  });

  it('a short write (disk full) throws, leaves the original byte for byte and removes the temporary file', () => {
    const file = join(dir, 'cao.md');
    const original = Buffer.from('\uFEFF' + draft(2000), 'utf8');
    writeFileSync(file, original);
    // The first call writes part of the content, as write(2) does when the disk fills; the next writes nothing.
    let first = true;
    const fullDisk: Partial<WriterFs> = {
      writeSync: (fd, buffer, offset, length, position) => {
        if (!first) return 0;
        first = false;
        return writeSync(fd, buffer, offset, Math.floor(length / 2), position);
      },
    };
    assert.throws(
      () => writeFileAtomic(file, draft(4000), { fs: fullDisk }),
      (e: unknown) => failedWith(e, 'shortWrite'),
    );
    assert.deepEqual(readFileSync(file), original);
    assert.deepEqual(leftovers(), []);
  });

  it('an ENOSPC from write is passed on and the original is untouched', () => {
    const file = join(dir, 'cao.md');
    writeFileSync(file, draft());
    const noSpace: Partial<WriterFs> = {
      writeSync: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    assert.throws(() => writeFileAtomic(file, draft(3000), { fs: noSpace }), /ENOSPC/);
    assert.equal(readFileSync(file, 'utf8'), draft());
    assert.deepEqual(leftovers(), []);
  });

  it('writes through a symbolic link to its target and keeps the link', () => {
    const real = join(dir, 'echte-cao.md');
    const link = join(dir, 'cao.md');
    writeFileSync(real, draft());
    symlinkSync('echte-cao.md', link);
    writeFileAtomic(link, 'nieuw\n');
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readlinkSync(link), 'echte-cao.md');
    assert.equal(readFileSync(real, 'utf8'), 'nieuw\n');
  });

  it('keeps the permission bits', () => {
    const file = join(dir, 'cao.md');
    writeFileSync(file, draft());
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'nieuw\n');
    assert.equal(statSync(file).mode & 0o7777, 0o640);
  });

  it('refuses a read-only file, even when run as root', () => {
    const file = join(dir, 'cao.md');
    writeFileSync(file, draft());
    chmodSync(file, 0o444);
    assert.throws(
      () => writeFileAtomic(file, 'nieuw\n'),
      (e: unknown) => failedWith(e, 'readOnly'),
    );
    assert.equal(readFileSync(file, 'utf8'), draft());
    assert.deepEqual(leftovers(), []);
  });

  it('refuses to write when the file changed after it was read, even to the same size and time', () => {
    const file = join(dir, 'cao.md');
    writeFileSync(file, draft());
    const read = readFileSync(file);
    const stamp = stampOf(read, statSync(file));
    // An editor saves a same-length edit and the clock resolution hides it: only the hash can tell.
    const edited = draft().replace('€ 500', '€ 900');
    writeFileSync(file, edited);
    const { atime, mtime } = statSync(file);
    utimesSync(file, atime, new Date(stamp.mtimeMs));
    assert.throws(
      () => writeFileAtomic(file, 'nieuw\n', { expected: stamp }),
      (e: unknown) => failedWith(e, 'changed'),
    );
    assert.equal(readFileSync(file, 'utf8'), edited);
    utimesSync(file, atime, mtime);
    assert.throws(
      () => writeFileAtomic(file, 'nieuw\n', { expected: stamp }),
      (e: unknown) => failedWith(e, 'changed'),
    );
    assert.deepEqual(leftovers(), []);
  });

  it('writes when the file is as it was read', () => {
    const file = join(dir, 'cao.md');
    writeFileSync(file, draft());
    const stamp = stampOf(readFileSync(file), statSync(file));
    writeFileAtomic(file, 'nieuw\n', { expected: stamp });
    assert.equal(readFileSync(file, 'utf8'), 'nieuw\n');
  });
});

describe('caolint --fix when the write fails', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-fixfail-'));
    writeFileSync(join(dir, '.caolintrc.json'), '{ "root": true }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a full disk is a fatal error naming the file; the draft stays byte-identical and no fix is counted', () => {
    const file = join(dir, 'ontwikkelbudget.md');
    writeFileSync(file, draft(20000));
    const before = readFileSync(file);
    let first = true;
    const outcome = lintFile(
      { path: file, explicit: true },
      {
        cwd: dir,
        locale: 'en',
        rules: allRules,
        fix: true,
        writerFs: {
          writeSync: (fd, buffer, offset, length, position) => {
            if (!first) return 0;
            first = false;
            return writeSync(fd, buffer, offset, 4096, position);
          },
        },
      },
    );
    assert.equal(outcome.fatal, true);
    assert.equal(outcome.written, false);
    assert.equal(outcome.fixesApplied, 0);
    assert.deepEqual(outcome.notices, ['ontwikkelbudget.md: fixes not written (not every byte could be written; disk full?); the file is unchanged']);
    assert.deepEqual(readFileSync(file), before);
    // The report is of the text on disk, so the unfixed finding is still shown.
    assert.ok(outcome.report?.messages.some((m) => m.ruleId === 'budget-spending-period'));
  });

  it('a file edited between reading and writing is not overwritten', () => {
    const file = join(dir, 'ontwikkelbudget.md');
    writeFileSync(file, draft());
    const edited = draft().replace('€ 500', '€ 750');
    const outcome = lintFile(
      { path: file, explicit: true },
      {
        cwd: dir,
        locale: 'en',
        rules: allRules,
        fix: true,
        // The editor saves just as caolint is writing: simulated at the moment the temporary file is flushed.
        writerFs: {
          fsyncSync: () => writeFileSync(file, edited),
        },
      },
    );
    assert.equal(outcome.fatal, true);
    assert.match(outcome.notices.join('\n'), /ontwikkelbudget\.md: fixes not written \(the file changed after caolint read it; run --fix again\)/);
    assert.equal(readFileSync(file, 'utf8'), edited);
  });

  it('a read-only draft is reported and left alone', () => {
    const file = join(dir, 'ontwikkelbudget.md');
    writeFileSync(file, draft());
    chmodSync(file, 0o444);
    const outcome = lintFile({ path: file, explicit: true }, { cwd: dir, locale: 'nl', rules: allRules, fix: true });
    assert.equal(outcome.fatal, true);
    assert.deepEqual(outcome.notices, ['ontwikkelbudget.md: herstel niet opgeslagen (het bestand is alleen-lezen); het bestand is ongewijzigd']);
    assert.equal(readFileSync(file, 'utf8'), draft());
  });

  it('readSource stamps what it read', () => {
    const file = join(dir, 'ontwikkelbudget.md');
    writeFileSync(file, draft());
    const source = readSource(file);
    assert.equal(source.kind, 'text');
    if (source.kind === 'text') assert.deepEqual(source.stamp, stampOf(readFileSync(file), statSync(file)));
  });

  it('under a file-size limit (prlimit --fsize) the spawned CLI exits non-zero and the draft is intact', function () {
    if (spawnSync('prlimit', ['--version']).status !== 0) this.skip();
    const file = join(dir, 'ontwikkelbudget.md');
    writeFileSync(file, draft(20000));
    const before = readFileSync(file);
    // The limit is the draft's own size: the fixed draft is longer, so the write stops short with EFBIG.
    const run = spawnSync(
      'prlimit',
      [`--fsize=${before.length}`, process.execPath, '--import', tsx, join(root, 'server/cli/main.ts'), '--fix', '--locale', 'en', 'ontwikkelbudget.md'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TSX_DISABLE_CACHE: '1' } },
    );
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /caolint: ontwikkelbudget\.md: fixes not written \(file larger than allowed, EFBIG\); the file is unchanged/);
    assert.doesNotMatch(run.stdout, /applied/);
    assert.deepEqual(readFileSync(file), before);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.tmp')),
      [],
    );
  });

  it('on a nearly full tmpfs (needs mount rights; skipped otherwise) the spawned CLI exits non-zero and the draft is intact', function () {
    const mnt = join(dir, 'klein');
    mkdirSync(mnt);
    // 64 KB holds the 40 KB draft but not a second, fixed copy beside it.
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status !== 0) this.skip();
    try {
      writeFileSync(join(mnt, '.caolintrc.json'), '{ "root": true }');
      const file = join(mnt, 'ontwikkelbudget.md');
      writeFileSync(file, draft(40000));
      const before = readFileSync(file);
      const run = spawnSync(process.execPath, ['--import', tsx, join(root, 'server/cli/main.ts'), '--fix', '--locale', 'en', 'ontwikkelbudget.md'], {
        cwd: mnt,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', TSX_DISABLE_CACHE: '1' },
      });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /caolint: ontwikkelbudget\.md: fixes not written \(disk full, ENOSPC\); the file is unchanged/);
      assert.deepEqual(readFileSync(file), before);
      assert.deepEqual(
        readdirSync(mnt).filter((name) => name.endsWith('.tmp')),
        [],
      );
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
