/**
 * A cao in several files on the command line: samples/cao-in-delen/ (a `.caolintrc.yaml` with
 * `set: folder`) copied to a temporary folder, linted with article-reference. References into another
 * file of the set lead somewhere; a reference no file holds is still flagged, with a message that
 * speaks of the whole cao; one chapter linted alone is judged against the files beside it.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import articleReference from '../rules/article-reference';
import { packageRoot } from '../server/engine/paths';
import type { Rule } from '../server/engine/types';
import { runCli, runCliAsync } from '../server/cli/run';
import { setMembers } from '../server/set/members';
import { diskOutline, takeModel } from '../server/set/diskOutlines';
import type { ReportMessage } from '../server/report/fileReport';

const SAMPLE = join(packageRoot(), 'samples', 'cao-in-delen');
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(argv: string[], rules: readonly Rule[] = [articleReference]): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd: dir, color: false, rules, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** Per file (by name), the line and the flagged words of each finding. */
function findings(run: Run): Record<string, Array<[number, string]>> {
  const reports = JSON.parse(run.stdout) as Array<{ filePath: string; messages: ReportMessage[] }>;
  const texts = new Map<string, string[]>();
  const words = (path: string, m: ReportMessage): string => {
    if (!texts.has(path)) texts.set(path, readFileSync(path, 'utf8').split('\n'));
    return texts.get(path)![m.line - 1].slice(m.column - 1, m.endColumn - 1);
  };
  return Object.fromEntries(reports.map((r) => [r.filePath.split('/').pop(), r.messages.map((m) => [m.line, words(r.filePath, m)] as [number, string])]));
}

const lineOf = (file: string, needle: string): number =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('caolint CLI: a cao in several files (set)', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-set-cli-'));
    cpSync(SAMPLE, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves references into the other files of the folder, and still flags one that no file holds', () => {
    const run = cli(['--format', 'json', '.']);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(findings(run), {
      '01-algemene-bepalingen.md': [],
      '06-ontwikkeling.md': [[lineOf('06-ontwikkeling.md', 'artikel 6.7'), 'artikel 6.7']],
      'bijlagen.md': [],
    });
    const [message] = (JSON.parse(run.stdout) as Array<{ messages: ReportMessage[] }>)[1].messages;
    assert.equal(
      message.message,
      '«artikel 6.7» verwijst naar artikel 6.7, maar dat artikel staat in geen van de 3 bestanden van deze cao. Controleer de nummering na de laatste hernummering, of verwijs naar het juiste artikel.',
    );
  });

  it('judges one chapter named on the command line against the files beside it', () => {
    assert.deepEqual(findings(cli(['--format', 'json', '01-algemene-bepalingen.md'])), { '01-algemene-bepalingen.md': [] });
    assert.deepEqual(findings(cli(['--format', 'json', '06-ontwikkeling.md'])), {
      '06-ontwikkeling.md': [[lineOf('06-ontwikkeling.md', 'artikel 6.7'), 'artikel 6.7']],
    });
  });

  it('without a set, each file stands alone: the general provisions send the reader to articles they do not hold', () => {
    rmSync(join(dir, '.caolintrc.yaml'));
    writeFileSync(join(dir, '.caolintrc.yaml'), 'root: true\n');
    const alone = findings(cli(['--format', 'json', '01-algemene-bepalingen.md']))['01-algemene-bepalingen.md'];
    assert.deepEqual(
      alone.map(([, words]) => words),
      ['artikel 6.1', 'artikelen 6.1', '6.3', 'artikel 6.2', 'hoofdstuk 6', 'bijlage 1'],
    );
  });

  it('takes a list of globs in the order given: annexes left out of the set are missing from it', () => {
    writeFileSync(join(dir, '.caolintrc.yaml'), 'root: true\nset:\n  - "0*.md"\n');
    const run = cli(['--format', 'json', '--locale', 'en', '.']);
    const found = findings(run);
    assert.deepEqual(found['01-algemene-bepalingen.md'], [[lineOf('01-algemene-bepalingen.md', 'bijlage 1'), 'bijlage 1']]);
    assert.deepEqual(
      found['06-ontwikkeling.md'].map(([, words]) => words),
      ['bijlage 1', 'artikel 6.7'],
    );
    // The annexes stand alone and have no articles: their reference to article 6.2 is not judged.
    assert.deepEqual(found['bijlagen.md'], []);
    const reports = JSON.parse(run.stdout) as Array<{ messages: ReportMessage[] }>;
    assert.equal(
      reports[0].messages[0].message,
      '«bijlage 1» refers to annex 1, which none of the 2 files of this cao contains. Add the annex or refer to the right one.',
    );
  });

  it('leaves out what .caolintignore excludes', () => {
    writeFileSync(join(dir, '.caolintignore'), 'bijlagen.md\n');
    const found = findings(cli(['--format', 'json', '06-ontwikkeling.md']));
    assert.deepEqual(
      found['06-ontwikkeling.md'].map(([, words]) => words),
      ['bijlage 1', 'artikel 6.7'],
    );
  });

  it("orders a folder's files as a reader counts them, and lets a file outside the set stand alone", () => {
    for (const name of ['hoofdstuk-10.md', 'hoofdstuk-2.md', 'Hoofdstuk-1.md', 'notities.txt']) writeFileSync(join(dir, name), '# x\n');
    const members = setMembers(join(dir, 'hoofdstuk-2.md'), { base: dir, files: 'folder' })!.map((path) => path.split('/').pop());
    assert.deepEqual(members, ['01-algemene-bepalingen.md', '06-ontwikkeling.md', 'bijlagen.md', 'Hoofdstuk-1.md', 'hoofdstuk-2.md', 'hoofdstuk-10.md']);
    assert.equal(setMembers(join(dir, 'bijlagen.md'), { base: dir, files: ['0*.md'] }), null);
    assert.equal(setMembers(join(dir, 'bijlagen.md'), undefined), null);
  });

  it("models a file once for the others' outlines and hands that model to its own lint, once, for the same text only", () => {
    const path = join(dir, 'bijlagen.md');
    const text = readFileSync(path, 'utf8');
    const outline = diskOutline(path, () => text);
    assert.deepEqual(
      outline?.articles.map((a) => [a.kind, a.number]),
      [
        ['annex', '1'],
        ['annex', '2'],
      ],
    );
    const stamp = statSync(path);
    assert.equal(takeModel(path, stamp, `${text}\n`), undefined, 'another text gets no model');
    assert.equal(takeModel(path, stamp, text)?.text, text);
    assert.equal(takeModel(path, stamp, text), undefined, 'the model is handed out once');
    assert.equal(
      diskOutline(path, () => assert.fail('read again')),
      outline,
      'the outline stays cached by stamp',
    );
  });

  it('refuses a set that is neither "folder" nor a list, and a set in front matter', () => {
    writeFileSync(join(dir, '.caolintrc.yaml'), 'root: true\nset: map\n');
    const bad = cli(['06-ontwikkeling.md']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /set/);
    writeFileSync(join(dir, '.caolintrc.yaml'), 'root: true\n');
    writeFileSync(join(dir, 'los.md'), '---\ncaolint:\n  set: folder\n---\n\n# Artikel 1 Los\n\nTekst.\n');
    const front = cli(['los.md']);
    assert.equal(front.code, 2);
    assert.match(front.stderr, /caolint\.set mag alleen in configuratiebestanden staan/);
  });

  it('gives the same findings in the file workers as in one thread', async () => {
    let stdout = '';
    // The bin's entry with the full catalogue, in two workers (each reads the outlines of the set itself).
    const code = await runCliAsync(['--format', 'json', '.'], { cwd: dir, color: false, workers: 2, stdout: (s) => (stdout += s), stderr: () => undefined });
    assert.equal(code, 1);
    const references = (JSON.parse(stdout) as Array<{ filePath: string; messages: ReportMessage[] }>).map((r) => [
      r.filePath.split('/').pop(),
      r.messages.filter((m) => m.ruleId === 'article-reference').map((m) => m.line),
    ]);
    assert.deepEqual(references, [
      ['01-algemene-bepalingen.md', []],
      ['06-ontwikkeling.md', [lineOf('06-ontwikkeling.md', 'artikel 6.7')]],
      ['bijlagen.md', []],
    ]);
  });
});
