import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';
import type { Rule } from '../server/engine/types';
import { FORMATS, HELP, OPTION_NAMES } from '../server/cli/args';
import { runCli } from '../server/cli/run';
import type { ReportMessage } from '../server/report/fileReport';
import { progressLine } from '../server/cli/progress';
import { validateConfig } from '../server/config/validate';
import { testRules } from './fixtures/cli/rules';
import { copyFixture, putFile } from './harness/scratch';

// The conventions users bring from ESLint and markdownlint (issue 10, item 3), and --quiet and
// usage errors as users met them (item 1).

const fixtures = join(packageRoot(), 'test/fixtures/cli');
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(argv: string[], extra: { stdin?: string; tty?: boolean; rules?: readonly Rule[] } = {}): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    cwd: dir,
    color: false,
    rules: extra.rules ?? testRules,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: () => Buffer.from(extra.stdin ?? '', 'utf8'),
    stderrIsTTY: extra.tty ?? false,
  });
  return { code, stdout, stderr };
}

type Report = Array<{ filePath: string; messages: ReportMessage[] }>;
const json = (run: Run): Report => JSON.parse(run.stdout) as Report;

const put = (rel: string, content: string): string => putFile(dir, rel, content);
const fixture = (name: string, as = name): string => copyFixture(fixtures, dir, name, as);

const regeling = (): string => readFileSync(join(fixtures, 'regeling.md'), 'utf8');

describe('every option is documented', () => {
  const docs = readFileSync(join(packageRoot(), 'docs/cli.md'), 'utf8');
  const [dutch, english] = docs.split(/^## English$/m);
  for (const name of OPTION_NAMES) {
    it(`--${name}: in --help (both languages) and in docs/cli.md (both parts)`, () => {
      assert.ok(HELP.nl.includes(`--${name}`), 'Dutch --help');
      assert.ok(HELP.en.includes(`--${name}`), 'English --help');
      // --no-color is documented with --color; the English part refers to the Dutch table for the old options.
      assert.ok(dutch.includes(`--${name}`), 'Dutch part of docs/cli.md');
      if (['stdin', 'stdin-filename', 'output-file', 'print-config', 'fix-dry-run'].includes(name))
        assert.ok(english.includes(`--${name}`), 'English part of docs/cli.md');
    });
  }
  for (const format of FORMATS) {
    it(`--format ${format}: in --help (both languages) and in docs/cli.md (both parts)`, () => {
      for (const [where, text] of [
        ['Dutch --help', HELP.nl],
        ['English --help', HELP.en],
        ['Dutch part of docs/cli.md', dutch],
        ['English part of docs/cli.md', english],
      ]) {
        assert.ok(new RegExp(`\\b${format}\\b`).test(text), where);
      }
    });
  }
});

describe('caolint CLI conventions', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-conv-'));
    put('.caolintrc.json', '{ "root": true }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('--quiet', () => {
    it('with only warnings and infos it does not claim "no problems": it says no errors, and what it hid', () => {
      fixture('regeling.md');
      put('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-verval': 'off' } }));
      const run = cli(['-q', 'regeling.md']);
      assert.equal(run.code, 0);
      assert.equal(run.stdout, '✔ Geen fouten gevonden in 1 bestand; 2 waarschuwingen en 1 info-melding verborgen door --quiet.\n');
      assert.doesNotMatch(run.stdout, /Geen problemen/);
    });

    it('with errors it lists them and names what it hid in the summary; English with --locale en', () => {
      fixture('regeling.md');
      const run = cli(['--quiet', '--locale', 'en', 'regeling.md']);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^ {2}6:4 {2}error {4}The budget lapses/m);
      assert.doesNotMatch(run.stdout, /warning {5}/);
      assert.match(run.stdout, /✖ 1 problem \(1 error, 0 warnings, 0 info\); 2 warnings and 1 info message hidden by --quiet$/m);
    });

    it('machine formats keep stdout clean and say it on stderr', () => {
      fixture('regeling.md');
      const run = cli(['--quiet', '-f', 'json', 'regeling.md']);
      assert.deepEqual(
        json(run)[0].messages.map((m) => m.severity),
        ['error'],
      );
      assert.equal(run.stderr, 'caolint: 2 waarschuwingen en 1 info-melding verborgen door --quiet\n');
    });

    it('says nothing extra when nothing was hidden', () => {
      fixture('schoon.md');
      assert.equal(cli(['-q', 'schoon.md']).stdout, '✔ Geen problemen gevonden in 1 bestand.\n');
    });
  });

  describe("usage errors in the user's language", () => {
    it("--max-warnings -1 is explained, not answered with the parser's text", () => {
      fixture('regeling.md');
      const run = cli(['--max-warnings', '-1', 'regeling.md']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^caolint: --max-warnings moet een geheel getal van 0 of meer zijn \(niet '-1'\)/);
      assert.doesNotMatch(run.stderr, /ambiguous|XYZ/);
      const en = cli(['--max-warnings=-1', '--locale', 'en', 'regeling.md']);
      assert.match(en.stderr, /^caolint: --max-warnings must be a whole number of 0 or more \(got '-1'\)/);
      assert.match(en.stderr, /^Usage: caolint/m);
    });

    it('unknown options, missing values and flags given a value, in Dutch by default and English when asked', () => {
      assert.match(cli(['--onbekend', 'a.md']).stderr, /^caolint: onbekende optie --onbekend\nGebruik: caolint/);
      assert.match(cli(['a.md', '-f']).stderr, /^caolint: --format verwacht een waarde\n/);
      assert.match(cli(['--fix=ja', 'a.md']).stderr, /^caolint: --fix neemt geen waarde\n/);
      assert.match(cli(['--locale=en', '--onbekend']).stderr, /^caolint: unknown option --onbekend\nUsage: caolint/);
    });

    it('a config with locale: en makes usage errors English too', () => {
      put('.caolintrc.json', JSON.stringify({ root: true, locale: 'en' }));
      assert.match(
        cli(['--format', 'xml', 'a.md']).stderr,
        /^caolint: --format must be one of stylish, json, sarif, github, gitlab, junit, html \(got 'xml'\)/,
      );
    });
  });

  describe('one language per run', () => {
    it('locale: en in the config makes the summary, severity words and rule messages English', () => {
      fixture('regeling.md');
      put('.caolintrc.json', JSON.stringify({ root: true, locale: 'en' }));
      const run = cli(['regeling.md']);
      assert.match(run.stdout, /^ {2}6:4 {2}error {4}The budget lapses/m);
      assert.match(run.stdout, /✖ 4 problems \(1 error, 2 warnings, 1 info\)/);
    });

    it("config errors follow the run's language: Dutch by default, English with --locale en", () => {
      fixture('regeling.md');
      put('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-verval': { severity: 'hoog', options: { minMonths: 0 } }, 'test-onbekend': 'off' } }));
      assert.equal(cli(['regeling.md']).stderr, "caolint: .caolintrc.json: rules: onbekende regel 'test-onbekend' (zie `caolint rules`)\n");
      put('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-verval': { severity: 'hoog', options: { minMonths: 0 } } } }));
      assert.equal(
        cli(['regeling.md']).stderr,
        'caolint: .caolintrc.json: rules.test-verval.severity moet een van "error", "warning", "info" zijn; rules.test-verval.options.minMonths moet minstens 1 zijn\n',
      );
      assert.equal(
        cli(['--locale', 'en', 'regeling.md']).stderr,
        'caolint: .caolintrc.json: rules.test-verval.severity must be one of "error", "warning", "info"; rules.test-verval.options.minMonths must be at least 1\n',
      );
      put('.caolintrc.yaml', 'root: true\nextends: ./basis.yaml\n');
      rmSync(join(dir, '.caolintrc.json'));
      assert.equal(cli(['regeling.md']).stderr, "caolint: .caolintrc.yaml: extends: './basis.yaml' niet gevonden\n");
    });

    it("a draft over an input limit is said in the run's language", () => {
      put('.caolintrc.json', JSON.stringify({ root: true, limits: { maxNesting: 3 } }));
      put('diep.md', '# Artikel 1\n\n> > > > Citaat in citaat.\n');
      assert.match(
        cli(['diep.md']).stderr,
        /^caolint: diep\.md: niet gecontroleerd \(te diep genest: 4 niveaus van citaten of lijstitems, meer dan maxNesting 3; het document is niet gecontroleerd/,
      );
      assert.match(cli(['--locale', 'en', 'diep.md']).stderr, /^caolint: diep\.md: not checked \(nesting too deep: 4 levels/);
    });

    it("SARIF rule descriptions follow a config's locale: en too", () => {
      fixture('regeling.md');
      put('.caolintrc.json', JSON.stringify({ root: true, locale: 'en' }));
      const sarif = JSON.parse(cli(['-f', 'sarif', 'regeling.md']).stdout) as {
        runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } } }>;
      };
      const lapse = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'test-verval');
      assert.equal(lapse?.shortDescription.text, 'A budget must not simply lapse.');
    });

    it('Dutch output uses Dutch severity words', () => {
      fixture('regeling.md');
      const run = cli(['regeling.md']);
      assert.match(run.stdout, /^ {2}6:4 {2}fout {10}Het budget vervalt/m);
      assert.match(run.stdout, /^ {2}5:4 {2}waarschuwing {2}Noem waarvoor/m);
    });
  });

  describe('standard input', () => {
    it('- lints the piped text; --stdin-filename gives the name, and the config that applies there', () => {
      put('concepten/.caolintrc.json', JSON.stringify({ rules: { 'test-doel': 'off' } }));
      const plain = cli(['-f', 'json', '-'], { stdin: regeling() });
      assert.equal(plain.code, 1);
      assert.equal(json(plain)[0].filePath, join(dir, '<stdin>'));
      assert.equal(json(plain)[0].messages.length, 4);

      const named = cli(['--stdin', '--stdin-filename', 'concepten/h4.md'], { stdin: regeling() });
      assert.equal(named.code, 1);
      assert.match(named.stdout, /^concepten\/h4\.md$/m);
      assert.doesNotMatch(named.stdout, /test-doel/, 'the config in concepten/ applies');
    });

    it('text piped under a name .caolintignore excludes is not linted, and says so', () => {
      put('.caolintignore', 'archief/\n');
      const run = cli(['--stdin', '--stdin-filename', 'archief/oud.md'], { stdin: regeling() });
      assert.equal(run.code, 0);
      assert.equal(run.stdout.trim(), '');
      assert.equal(run.stderr, 'caolint: archief/oud.md: uitgesloten door .caolintignore, niet gecontroleerd\n');
    });

    it('refuses files with -, --fix on standard input, and --stdin-filename alone', () => {
      fixture('regeling.md');
      assert.match(cli(['-', 'regeling.md']).stderr, /gaat niet samen met bestanden/);
      assert.match(cli(['--stdin', '--fix']).stderr, /--fix kan niet naar de standaardinvoer schrijven/);
      assert.match(cli(['--stdin-filename', 'a.md', 'regeling.md']).stderr, /--stdin-filename hoort bij --stdin/);
      for (const argv of [
        ['-', 'regeling.md'],
        ['--stdin', '--fix'],
        ['--stdin-filename', 'a.md', 'regeling.md'],
      ])
        assert.equal(cli(argv).code, 2);
    });

    it('reads the real standard input when spawned, as a pipe from pandoc or an editor would feed it', function () {
      this.timeout(60000);
      const tsx = pathToFileURL(join(packageRoot(), 'node_modules/tsx/dist/loader.mjs')).href;
      const result = spawnSync(
        process.execPath,
        ['--import', tsx, join(packageRoot(), 'server/cli/main.ts'), '-f', 'json', '--stdin-filename', 'cao/h4.md', '-'],
        {
          cwd: dir,
          input: regeling(),
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        },
      );
      // The same report as the text gets in process with the real rules.
      const inProcess = cli(['-f', 'json', '--stdin-filename', 'cao/h4.md', '-'], { stdin: regeling(), rules: allRules });
      assert.equal(result.status, inProcess.code, result.stderr);
      assert.equal(json(inProcess)[0].filePath, join(dir, 'cao/h4.md'));
      assert.ok(json(inProcess)[0].messages.length > 0);
      assert.deepEqual(JSON.parse(result.stdout), json(inProcess));
    });

    it('--fix-dry-run on standard input prints the diff under the given name', () => {
      const run = cli(['--stdin', '--stdin-filename', 'h4.md', '--fix-dry-run'], { stdin: regeling() });
      assert.match(run.stdout, /^--- a\/h4\.md\n\+\+\+ b\/h4\.md\n/);
      assert.match(run.stdout, /^\+Niet-besteed budget wordt meegenomen naar het volgende jaar\.$/m);
    });
  });

  describe('--output-file', () => {
    it('writes the report to the file (creating its folder), not to stdout, and still sets the exit code', () => {
      fixture('regeling.md');
      const run = cli(['-f', 'json', '-o', 'rapporten/caolint.json', 'regeling.md']);
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      const report = JSON.parse(readFileSync(join(dir, 'rapporten/caolint.json'), 'utf8')) as Report;
      assert.equal(report[0].messages.length, 4);
    });

    it('a report that cannot be written is exit 2 with the reason', () => {
      fixture('regeling.md');
      put('bezet', 'een bestand, geen map');
      const run = cli(['--output-file', 'bezet/rapport.txt', 'regeling.md']);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^caolint: bezet\/rapport\.txt: rapport niet geschreven \((ENOTDIR|EEXIST)\)$/m);
    });
  });

  describe('--print-config', () => {
    it('prints the effective configuration for a file: cascade, front matter, every default filled in', () => {
      put('.caolintrc.json', JSON.stringify({ root: true, locale: 'en', rules: { 'test-doel': 'off' } }));
      put('hr/.caolintrc.yaml', 'rules:\n  test-verval:\n    options:\n      minMonths: 24\n');
      put('hr/regeling.md', '---\ncaolint:\n  rules:\n    test-hoofdstuk: warning\n---\n# Hoofdstuk 4\n');
      const run = cli(['--print-config', 'hr/regeling.md']);
      assert.equal(run.code, 0, run.stderr);
      const printed = JSON.parse(run.stdout) as { locale: string; rules: Record<string, unknown>; limits: Record<string, number> };
      assert.equal(printed.locale, 'en');
      assert.equal(printed.rules['test-doel'], 'off');
      assert.deepEqual(printed.rules['test-verval'], { severity: 'error', options: { minMonths: 24 } });
      assert.deepEqual(printed.rules['test-hoofdstuk'], { severity: 'warning' });
      assert.equal(printed.limits.maxNesting, 100);
      // What it prints is itself a valid config file.
      validateConfig(printed, testRules, 'printed.json');
    });

    it('works for a file that does not exist yet, and reports a broken config with exit 2', () => {
      assert.equal(cli(['--print-config', 'nieuw/hoofdstuk.md']).code, 0);
      put('.caolintrc.json', '{ "rules": ');
      const broken = cli(['--print-config', 'hoofdstuk.md']);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /^caolint: \.caolintrc\.json: /);
    });
  });

  describe('caolint init', () => {
    it('writes a commented starter .caolintrc.yaml that is valid as written and with its rules uncommented', () => {
      rmSync(join(dir, '.caolintrc.json'));
      const run = cli(['init']);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^\.caolintrc\.yaml geschreven\./);
      const text = readFileSync(join(dir, '.caolintrc.yaml'), 'utf8');
      assert.match(text, /^# /);
      assert.ok(text.includes('\n#   test-verval: { severity: error, options: { minMonths: 36 } }  # Budget mag niet zomaar vervallen.\n'));
      assert.deepEqual(validateConfig(parse(text), testRules, '.caolintrc.yaml'), { root: true, locale: 'nl' });
      const uncommented = text.replace(/^# (rules:| {2}[a-z-]+: )/gm, '$1');
      const config = validateConfig(parse(uncommented), testRules, '.caolintrc.yaml');
      assert.deepEqual(Object.keys(config.rules ?? {}).sort(), testRules.map((r) => r.meta.id).sort());
      // The starter is a working config: the folder lints with it.
      fixture('schoon.md');
      assert.equal(cli(['schoon.md']).code, 0);
    });

    it('refuses to overwrite an existing configuration, of any name', () => {
      const before = readFileSync(join(dir, '.caolintrc.json'), 'utf8');
      const run = cli(['init', '--locale', 'en']);
      assert.equal(run.code, 2);
      assert.equal(
        run.stderr,
        'caolint: .caolintrc.json already exists; caolint init does not overwrite a configuration. Edit that file or remove it first.\n',
      );
      assert.equal(readFileSync(join(dir, '.caolintrc.json'), 'utf8'), before);
      assert.ok(!existsSync(join(dir, '.caolintrc.yaml')));
    });
  });

  describe('--fix-dry-run', () => {
    it('prints a unified diff that patch applies, writes nothing, and exits as --fix would', () => {
      const file = fixture('regeling.md', 'hr/regeling.md');
      const before = readFileSync(file, 'utf8');
      const run = cli(['--fix-dry-run', 'hr']);
      assert.equal(readFileSync(file, 'utf8'), before, 'nothing written');
      assert.equal(run.code, 0, 'the error is fixed; only warnings remain');
      assert.match(run.stdout, /^--- a\/hr\/regeling\.md\n\+\+\+ b\/hr\/regeling\.md\n@@ -5,6 \+5,8 @@\n/);
      assert.match(run.stderr, /^caolint: Met --fix zou 1 herstel worden toegepast in 1 bestand; er is niets geschreven \(--fix-dry-run\)\.$/m);

      // The diff is exactly what --fix writes.
      writeFileSync(join(dir, 'fix.patch'), run.stdout);
      execFileSync('patch', ['-p1', '-s', '-i', 'fix.patch'], { cwd: dir });
      const patched = readFileSync(file, 'utf8');
      writeFileSync(file, before);
      assert.equal(cli(['--fix', 'hr']).code, 0);
      assert.equal(readFileSync(file, 'utf8'), patched);
    });

    it('says when there is nothing to fix, and cannot be combined with --fix', () => {
      fixture('schoon.md');
      const run = cli(['--fix-dry-run', 'schoon.md']);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, 'caolint: Niets te herstellen (--fix-dry-run).\n');
      assert.equal(cli(['--fix', '--fix-dry-run', 'schoon.md']).code, 2);
    });
  });

  describe('progress on a terminal', () => {
    it('a line redrawn in place on stderr for more than 50 files, only on a terminal, cleared at the end', () => {
      for (let i = 0; i < 51; i++) put(`concepten/h${String(i).padStart(2, '0')}.md`, '# Artikel 7 Scholing\n\nDe werkgever vergoedt de opleiding.\n');
      const tty = cli(['concepten'], { tty: true });
      assert.ok(tty.stderr.includes('\r\x1b[2Kcaolint: 51 van 51 bestanden gecontroleerd'), JSON.stringify(tty.stderr));
      assert.ok(tty.stderr.endsWith('\r\x1b[2K'), 'the line is cleared before the report');
      assert.equal(cli(['concepten']).stderr, '', 'no progress when stderr is not a terminal');
      put('concepten/h00.md', '# Artikel 7\n');
      rmSync(join(dir, 'concepten/h50.md'));
      assert.equal(cli(['concepten'], { tty: true }).stderr, '', 'no progress for 50 files or fewer');
    });

    it('redraws at most every 100 ms but always shows the last file', () => {
      let written = '';
      let clock = 0;
      const progress = progressLine(
        60,
        true,
        (s) => (written += s),
        'en',
        () => clock,
      );
      for (let i = 1; i <= 60; i++) {
        clock += 10;
        progress.update(i);
      }
      progress.done();
      const frames = written.split('\r\x1b[2K').filter(Boolean);
      assert.ok(frames.length <= 8, `${frames.length} redraws`);
      assert.equal(frames.at(-1), 'caolint: 60 of 60 files checked');
    });
  });
});
