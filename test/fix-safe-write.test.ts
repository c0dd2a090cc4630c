/**
 * `caolint --fix` writes as a policy repository needs (issue 10, item 5): through symbolic links to
 * their target (a draft kept once and linked into several chapter folders stays linked), with the
 * file's mode and owner kept, and never a temporary file left behind, whichever step fails.
 */
import { strict as assert } from 'node:assert';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { allRules } from '../rules/index';
import { runCli } from '../server/cli/run';
import { writeFileAtomic, type WriterFs } from '../server/cli/writeAtomic';

/** A budget that lapses within the year: budget-spending-period's fix rewrites the second sentence. */
const DRAFT = `# Hoofdstuk 4 Ontwikkeling

## Artikel 4.1 Ontwikkelbudget

De werknemer heeft recht op een ontwikkelbudget van € 500 per jaar. Niet-bestede bedragen vervallen aan het einde van het kalenderjaar.
`;

let dir: string;

/** Every file in the tree whose name marks it as one of the writer's temporary files. */
function temporaryFiles(folder = dir): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.caolint-.*\.tmp$/.test(name));
}

function fix(file: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(['--fix', '--format', 'json', relative(dir, file)], {
    cwd: dir,
    color: false,
    rules: allRules,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
}

describe('--fix writes safely', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-safe-write-'));
    writeFileSync(join(dir, '.caolintrc.json'), '{ "root": true }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('symbolic links', () => {
    it('a chapter linked into another folder: the fix lands in the shared draft and the link stays a link', () => {
      mkdirSync(join(dir, 'gedeeld'));
      mkdirSync(join(dir, 'cao-2027'));
      const shared = join(dir, 'gedeeld', 'ontwikkeling.md');
      writeFileSync(shared, DRAFT);
      const link = join(dir, 'cao-2027', 'hoofdstuk-4.md');
      symlinkSync('../gedeeld/ontwikkeling.md', link);
      const linkBefore = lstatSync(link);

      const run = fix(link);
      assert.equal(run.stderr, '');
      const after = readFileSync(shared, 'utf8');
      assert.notEqual(after, DRAFT, 'the shared draft was fixed');
      assert.doesNotMatch(after, /vervallen aan het einde van het kalenderjaar/);
      assert.ok(lstatSync(link).isSymbolicLink());
      assert.equal(readlinkSync(link), '../gedeeld/ontwikkeling.md');
      assert.equal(lstatSync(link).ino, linkBefore.ino, 'the link itself was not replaced');
      assert.deepEqual(temporaryFiles(), []);
    });

    it('a chain of links (link to a link to the draft) is followed to the end', () => {
      const real = join(dir, 'ontwikkeling.md');
      writeFileSync(real, DRAFT);
      symlinkSync('ontwikkeling.md', join(dir, 'tussen.md'));
      symlinkSync('tussen.md', join(dir, 'hoofdstuk-4.md'));
      fix(join(dir, 'hoofdstuk-4.md'));
      assert.notEqual(readFileSync(real, 'utf8'), DRAFT);
      assert.equal(readlinkSync(join(dir, 'tussen.md')), 'ontwikkeling.md');
      assert.equal(readlinkSync(join(dir, 'hoofdstuk-4.md')), 'tussen.md');
      assert.deepEqual(temporaryFiles(), []);
    });

    it('a link to a read-only draft: refused, the draft and the link as they were', () => {
      const real = join(dir, 'ontwikkeling.md');
      writeFileSync(real, DRAFT);
      chmodSync(real, 0o444);
      symlinkSync('ontwikkeling.md', join(dir, 'hoofdstuk-4.md'));
      const run = fix(join(dir, 'hoofdstuk-4.md'));
      assert.equal(run.code, 1);
      assert.match(run.stderr, /hoofdstuk-4\.md: herstel niet opgeslagen \(het bestand is alleen-lezen\)/);
      assert.equal(readFileSync(real, 'utf8'), DRAFT);
      assert.ok(lstatSync(join(dir, 'hoofdstuk-4.md')).isSymbolicLink());
      assert.deepEqual(temporaryFiles(), []);
    });
  });

  describe('mode and owner', () => {
    it('keeps the permission bits of the draft (through a link, the target’s)', () => {
      const real = join(dir, 'ontwikkeling.md');
      writeFileSync(real, DRAFT);
      chmodSync(real, 0o640);
      symlinkSync('ontwikkeling.md', join(dir, 'hoofdstuk-4.md'));
      fix(join(dir, 'hoofdstuk-4.md'));
      assert.notEqual(readFileSync(real, 'utf8'), DRAFT);
      assert.equal(statSync(real).mode & 0o7777, 0o640);
    });

    it('keeps the owner and group of someone else’s draft (needs root; skipped otherwise)', function () {
      if (typeof process.getuid !== 'function' || process.getuid() !== 0) this.skip();
      const real = join(dir, 'ontwikkeling.md');
      writeFileSync(real, DRAFT);
      chmodSync(real, 0o664);
      chownSync(real, 1234, 5678);
      fix(real);
      assert.notEqual(readFileSync(real, 'utf8'), DRAFT);
      const after = statSync(real);
      assert.deepEqual([after.uid, after.gid, after.mode & 0o7777], [1234, 5678, 0o664]);
    });
  });

  describe('no temporary file left behind', () => {
    /** Each step of the write failing in turn, as the file system reports it. */
    const failures: Array<[string, Partial<WriterFs>]> = [
      [
        'write (disk full)',
        {
          writeSync: () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          },
        },
      ],
      [
        'flush (I/O error)',
        {
          fsyncSync: () => {
            throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
          },
        },
      ],
      ['size check (a short file on disk)', { fstatSync: () => ({ size: 1 }) as ReturnType<WriterFs['fstatSync']> }],
      [
        'chmod',
        {
          fchmodSync: () => {
            throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
          },
        },
      ],
      [
        'close',
        {
          closeSync: () => {
            throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
          },
        },
      ],
      [
        'rename (folder turned read-only)',
        {
          renameSync: () => {
            throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
          },
        },
      ],
    ];
    for (const [step, fs] of failures) {
      it(`when the ${step} fails: the draft untouched, no temporary file, the error passed on`, () => {
        const real = join(dir, 'ontwikkeling.md');
        writeFileSync(real, DRAFT);
        const link = join(dir, 'hoofdstuk-4.md');
        symlinkSync('ontwikkeling.md', link);
        assert.throws(() => writeFileAtomic(link, 'nieuw\n', { fs }));
        assert.equal(readFileSync(real, 'utf8'), DRAFT);
        assert.ok(lstatSync(link).isSymbolicLink());
        assert.deepEqual(temporaryFiles(), []);
      });
    }
  });
});
