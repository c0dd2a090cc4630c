import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot, webRuleDocsUrl } from '../server/engine/paths';
import type { Rule } from '../server/engine/types';
import { runCli } from '../server/cli/run';
import type { ReportMessage } from '../server/report/fileReport';
import { crashingRule, lapseRule, testRules } from './fixtures/cli/rules';
import { copyFixture, putFile } from './harness/scratch';

const fixtures = join(packageRoot(), 'test/fixtures/cli');
let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(argv: string[], rules: readonly Rule[] = testRules): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd: dir, color: false, rules, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function json(run: Run): Array<{ filePath: string; messages: ReportMessage[] }> {
  return JSON.parse(run.stdout) as Array<{ filePath: string; messages: ReportMessage[] }>;
}

const put = (rel: string, content: string | Buffer): string => putFile(dir, rel, content);
const fixture = (name: string, as = name): string => copyFixture(fixtures, dir, name, as);

/** 1-based line and UTF-16 column where `needle` starts in `text`. */
function locate(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks "${needle}"`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('caolint CLI (in process, test rules)', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-cli-'));
    // Keep configuration files above the temp folder out of these tests.
    put('.caolintrc.json', '{ "root": true }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('JSON output', () => {
    it('reports every finding with 1-based positions, docs, intervention and the preferred fix', () => {
      const file = fixture('regeling.md');
      const text = readFileSync(file, 'utf8');
      const run = cli(['--format', 'json', 'regeling.md']);
      assert.equal(run.code, 1, run.stderr);
      const [report] = json(run);
      assert.equal(report.filePath, file);
      assert.deepEqual(
        report.messages.map((m) => [m.ruleId, m.severity]),
        [
          ['test-hoofdstuk', 'info'],
          ['test-doel', 'warning'],
          ['test-doel', 'warning'],
          ['test-verval', 'error'],
        ],
      );
      const lapse = report.messages[3];
      const sentence = 'Het ontwikkelbudget vervalt aan het einde van het kalenderjaar.';
      const start = locate(text, sentence);
      assert.deepEqual([lapse.line, lapse.column, lapse.endLine, lapse.endColumn], [start.line, start.column, start.line, start.column + sentence.length]);
      assert.equal(lapse.intervention, 'budget-gangbaar');
      assert.equal(lapse.docs, `file://${packageRoot()}/rules/test-verval.md`);
      assert.match(lapse.message, /minstens 36 maanden/);
      assert.deepEqual(lapse.fix, {
        title: 'Voeg een spaarzin toe',
        edits: [
          {
            line: start.line,
            column: start.column + sentence.length,
            endLine: start.line,
            endColumn: start.column + sentence.length,
            text: '\n\nNiet-besteed budget wordt meegenomen naar het volgende jaar.',
          },
        ],
      });
      assert.equal('fix' in report.messages[1], false);
      assert.deepEqual(Object.keys(lapse).sort(), ['column', 'docs', 'endColumn', 'endLine', 'fix', 'intervention', 'line', 'message', 'ruleId', 'severity']);
    });

    it('counts columns in UTF-16 units, not bytes', () => {
      const text = '# Artikel 2 Budget\n\nBudget: € 500 — het ontwikkelbudget is er voor iedereen.\n';
      put('euro.md', text);
      const [report] = json(cli(['-f', 'json', 'euro.md']));
      const m = report.messages.find((x) => x.ruleId === 'test-doel');
      assert.ok(m);
      assert.equal(m.column, locate(text, 'Budget: €').column);
      assert.equal(m.endColumn, text.split('\n')[2].length + 1);
    });

    it('speaks English with --locale en', () => {
      fixture('regeling.md');
      const [report] = json(cli(['--format', 'json', '--locale', 'en', 'regeling.md']));
      assert.equal(report.messages.find((m) => m.ruleId === 'test-verval')?.message, 'The budget lapses; allow saving for at least 36 months.');
    });

    it('lists clean and empty files with no messages', () => {
      fixture('schoon.md');
      put('leeg.md', '');
      const run = cli(['--format', 'json', 'schoon.md', 'leeg.md']);
      assert.equal(run.code, 0);
      assert.deepEqual(
        json(run).map((r) => r.messages),
        [[], []],
      );
    });
  });

  describe('exit codes and filtering', () => {
    it('exit 0 when only warnings, 1 over --max-warnings, --quiet shows errors only', () => {
      fixture('regeling.md');
      put('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-verval': 'off' } }));
      assert.equal(cli(['regeling.md']).code, 0);
      const over = cli(['--max-warnings', '1', 'regeling.md']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /2 waarschuwingen, meer dan het maximum van 1/);
      assert.equal(cli(['--max-warnings', '2', 'regeling.md']).code, 0);
      put('.caolintrc.json', JSON.stringify({ root: true }));
      const quiet = cli(['--quiet', '-f', 'json', 'regeling.md']);
      assert.deepEqual(
        json(quiet)[0].messages.map((m) => m.severity),
        ['error'],
      );
    });

    it('usage errors exit 2', () => {
      for (const argv of [['--format', 'xml', 'a.md'], ['--locale', 'de', 'a.md'], ['--max-warnings', 'veel', 'a.md'], ['--onbekend'], []]) {
        const run = cli(argv);
        assert.equal(run.code, 2, argv.join(' '));
        assert.match(run.stderr, /^caolint: /);
      }
    });

    it('an invalid config is exit 2 with the message naming file and key, reported once', () => {
      fixture('regeling.md');
      fixture('schoon.md');
      put('.caolintrc.yaml', 'root: true\n');
      put('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-verval': { options: { minMonths: 'lang' } } } }));
      const run = cli(['.']);
      assert.equal(run.code, 2);
      assert.equal(run.stderr, 'caolint: .caolintrc.json: rules.test-verval.options.minMonths moet een geheel getal zijn\n');
    });
  });

  describe('--fix', () => {
    it('fixes a CRLF file with BOM atomically, keeps CRLF and BOM, and reports what remains', () => {
      const original = '\uFEFF' + readFileSync(join(fixtures, 'regeling.md'), 'utf8').replace(/\n/g, '\r\n');
      const file = put('regeling.md', original);
      const run = cli(['--fix', '--format', 'json', 'regeling.md']);
      assert.equal(run.code, 0, run.stderr);
      const fixed = readFileSync(file, 'utf8');
      assert.ok(fixed.startsWith('\uFEFF'), 'BOM kept');
      assert.equal(fixed.match(/(?<!\r)\n/g), null, 'no bare LF');
      const inserted = '\r\n\r\nNiet-besteed budget wordt meegenomen naar het volgende jaar.';
      assert.ok(fixed.includes(`kalenderjaar.${inserted}`));
      assert.equal(fixed.replace(inserted, ''), original, 'nothing else changed');
      const messages = json(run)[0].messages;
      assert.ok(!messages.some((m) => m.ruleId === 'test-verval'));
      assert.deepEqual(
        messages.map((m) => m.ruleId),
        ['test-hoofdstuk', 'test-doel', 'test-doel'],
      );
      // Positions refer to the fixed text; the BOM is not a column.
      assert.equal(messages[0].column, locate(fixed.slice(1), 'Hoofdstuk 4').column);
      assert.deepEqual(readFileSync(file).subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]));
      // No temporary files are left behind.
      assert.deepEqual(readdirSync(dir).sort(), ['.caolintrc.json', 'regeling.md']);
      assert.equal(cli(['--fix', 'regeling.md']).code, 0);
    });

    it('stylish output says how many fixes were applied', () => {
      fixture('regeling.md');
      const run = cli(['--fix', 'regeling.md']);
      assert.match(run.stdout, /1 herstel toegepast in 1 bestand\./);
      assert.doesNotMatch(run.stdout, /test-verval/);
    });

    it('never writes a file whose content would not change', () => {
      const file = fixture('schoon.md');
      const before = statSync(file);
      const run = cli(['--fix', 'schoon.md']);
      assert.equal(run.code, 0);
      const after = statSync(file);
      assert.equal(after.ino, before.ino);
      assert.equal(after.mtimeMs, before.mtimeMs);
    });

    it('does not fix-write a file with invalid UTF-8, but lints it and names the byte offset', () => {
      const text = readFileSync(join(fixtures, 'regeling.md'));
      const bad = Buffer.concat([text.subarray(0, 40), Buffer.from([0xc3, 0x28]), text.subarray(40)]);
      const file = put('kapot.md', bad);
      const run = cli(['--fix', '-f', 'json', 'kapot.md']);
      assert.deepEqual(readFileSync(file), bad);
      assert.equal(run.stderr, 'caolint: kapot.md: ongeldige UTF-8 vanaf byte 40; gecontroleerd met vervangingstekens, niet hersteld\n');
      assert.ok(json(run)[0].messages.some((m) => m.ruleId === 'test-verval'));
      assert.equal(run.code, 1);
    });
  });

  describe('configuration through the CLI', () => {
    it('front matter beats config files; inline comments beat both', () => {
      fixture('frontmatter.md');
      fixture('inline.md');
      put('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-doel': 'error' } }));
      const [front, inline] = json(cli(['-f', 'json', 'frontmatter.md', 'inline.md']));
      assert.deepEqual(
        front.messages.map((m) => [m.ruleId, m.severity]),
        [['test-verval', 'warning']],
      );
      assert.match(front.messages[0].message, /24 maanden/);
      // The disable-next-line comment silences the first budget sentence only.
      assert.deepEqual(
        inline.messages.map((m) => [m.ruleId, m.severity, m.line]),
        [['test-doel', 'error', 6]],
      );
    });

    it('a broken caolint key in front matter is exit 2 naming the document; other files still linted', () => {
      fixture('schoon.md');
      put('concept.md', '---\ncaolint:\n  rules:\n    test-doel: uit\n---\n# Artikel 1 Budget\n');
      const run = cli(['-f', 'json', 'concept.md', 'schoon.md']);
      assert.equal(run.code, 2);
      assert.equal(run.stderr, 'caolint: concept.md: caolint.rules.test-doel moet een van "off", "error", "warning", "info" zijn\n');
      assert.deepEqual(
        json(run).map((r) => r.filePath),
        [join(dir, 'schoon.md')],
      );
    });

    it('reads caolint.config.json and .caolintrc.yml too', () => {
      fixture('regeling.md', 'a/regeling.md');
      fixture('regeling.md', 'b/regeling.md');
      put('a/caolint.config.json', JSON.stringify({ rules: { 'test-doel': 'off', 'test-hoofdstuk': 'off' } }));
      put('b/.caolintrc.yml', 'rules:\n  test-verval: "off"\n');
      const [a, b] = json(cli(['-f', 'json', 'a', 'b']));
      assert.deepEqual(
        a.messages.map((m) => m.ruleId),
        ['test-verval'],
      );
      assert.deepEqual(
        b.messages.map((m) => m.ruleId),
        ['test-hoofdstuk', 'test-doel', 'test-doel'],
      );
    });

    it('--config replaces the search, and the nearest folder config wins', () => {
      fixture('regeling.md', 'team/regeling.md');
      put('team/.caolintrc.yaml', 'rules:\n  test-doel: "off"\n');
      put('strikt.json', JSON.stringify({ rules: { 'test-hoofdstuk': 'error' } }));
      const nearRun = cli(['-f', 'json', 'team']);
      assert.equal(nearRun.stderr, '');
      const near = json(nearRun)[0].messages.map((m) => m.ruleId);
      assert.deepEqual(near, ['test-hoofdstuk', 'test-verval']);
      const explicit = json(cli(['-f', 'json', '--config', 'strikt.json', 'team']))[0].messages.map((m) => [m.ruleId, m.severity]);
      assert.deepEqual(explicit, [
        ['test-hoofdstuk', 'error'],
        ['test-doel', 'warning'],
        ['test-doel', 'warning'],
        ['test-verval', 'error'],
      ]);
    });
  });

  describe('bad input never crashes', () => {
    it('missing, binary, non-Markdown and empty files: one line each, the rest still linted, exit 2 for the missing path', () => {
      fixture('regeling.md');
      put('leeg.md', '');
      put('scan.md', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
      put('notulen.docx', Buffer.from('PK\u0003\u0004 word/document.xml'));
      put('instellingen.json', '{}');
      const run = cli(['-f', 'json', 'ontbreekt.md', 'scan.md', 'notulen.docx', 'instellingen.json', 'leeg.md', 'regeling.md']);
      assert.equal(run.code, 2);
      assert.deepEqual(run.stderr.trimEnd().split('\n'), [
        'caolint: ontbreekt.md: bestand of map niet gevonden',
        'caolint: scan.md: binair bestand overgeslagen',
        'caolint: notulen.docx: geen Markdown-bestand (.md, .markdown), overgeslagen',
        'caolint: instellingen.json: geen Markdown-bestand (.md, .markdown), overgeslagen',
      ]);
      assert.deepEqual(
        json(run).map((r) => [r.filePath, r.messages.length]),
        [
          [join(dir, 'leeg.md'), 0],
          [join(dir, 'regeling.md'), 4],
        ],
      );
    });

    it('the missing-path message in English is the familiar one', () => {
      assert.equal(cli(['--locale', 'en', 'weg.md']).stderr, 'caolint: weg.md: no such file or directory\n');
    });

    it('a rule that throws becomes an error for that file naming the rule; other rules still report', () => {
      fixture('regeling.md');
      const run = cli(['-f', 'json', 'regeling.md'], [crashingRule, lapseRule]);
      assert.equal(run.code, 1);
      const messages = json(run)[0].messages;
      assert.deepEqual(
        messages.map((m) => [m.ruleId, m.severity]),
        [
          ['test-crash', 'error'],
          ['test-verval', 'error'],
        ],
      );
      assert.equal(messages[0].message, 'Regel test-crash is vastgelopen: onverwachte toestand');
      assert.equal(run.stderr, 'caolint: regeling.md: regel test-crash is vastgelopen (onverwachte toestand); de andere regels zijn wel toegepast\n');
    });
  });

  describe('finding files', () => {
    it('folders give *.md and *.markdown, skipping node_modules and .caolintignore; globs too', () => {
      fixture('regeling.md', 'cao/hoofdstuk-4.md');
      fixture('schoon.md', 'cao/bijlagen/scholing.markdown');
      fixture('schoon.md', 'cao/concepten/oud.md');
      fixture('schoon.md', 'cao/node_modules/pakket/README.md');
      put('cao/notities.txt', 'geen markdown');
      put('.caolintignore', '# oude versies\nconcepten/\n');
      const found = json(cli(['-f', 'json', 'cao'])).map((r) => r.filePath.slice(dir.length + 1));
      assert.deepEqual(found, ['cao/bijlagen/scholing.markdown', 'cao/hoofdstuk-4.md']);
      const globbed = json(cli(['-f', 'json', 'cao/**/*.md'])).map((r) => r.filePath.slice(dir.length + 1));
      assert.deepEqual(globbed, ['cao/hoofdstuk-4.md']);
      const none = cli(['cao/**/*.adoc']);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /cao\/\*\*\/\*\.adoc: geen bestanden gevonden/);
    });
  });

  describe('other formats', () => {
    it('stylish: file header, line:col severity message rule-id, docs link, summary', () => {
      fixture('regeling.md');
      const out = cli(['regeling.md']).stdout.split('\n');
      assert.equal(out[0], 'regeling.md');
      assert.match(out[1], /^ {2}1:3 {2}info {10}Hoofdstuk gevonden\. {2}test-hoofdstuk$/);
      assert.match(out[2], /file:\/\/.*\/rules\/test-hoofdstuk\.md$/);
      assert.ok(out.includes('✖ 4 problemen (1 fout, 2 waarschuwingen, 1 info)'));
    });

    it('sarif 2.1.0 with rules, helpUri and 1-based regions', () => {
      fixture('regeling.md');
      const sarif = JSON.parse(cli(['-f', 'sarif', 'regeling.md']).stdout) as {
        version: string;
        runs: Array<{
          tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
          results: Array<{
            ruleId: string;
            level: string;
            locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
          }>;
        }>;
      };
      assert.equal(sarif.version, '2.1.0');
      const run = sarif.runs[0];
      assert.deepEqual(
        run.tool.driver.rules.map((r) => r.id),
        testRules.map((r) => r.meta.id),
      );
      // The report is read on another machine: the rule pages as published, never the runner's disk.
      assert.ok(run.tool.driver.rules.every((r) => r.helpUri === webRuleDocsUrl(r.id)));
      assert.deepEqual(
        run.results.map((r) => r.level),
        ['note', 'warning', 'warning', 'error'],
      );
      assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'regeling.md');
      assert.deepEqual(run.results[0].locations[0].physicalLocation.region.startLine, 1);
    });

    it('github workflow commands, escaped', () => {
      fixture('regeling.md', 'cao, concept.md');
      const lines = cli(['-f', 'github', 'cao, concept.md']).stdout.trimEnd().split('\n');
      assert.equal(lines.length, 4);
      const docs = webRuleDocsUrl('test-verval');
      assert.equal(
        lines[3],
        `::error file=cao%2C concept.md,line=6,col=4,endLine=6,endColumn=67,title=test-verval::Het budget vervalt; laat sparen toe voor minstens 36 maanden. (${docs})`,
      );
      assert.match(lines[0], /^::notice /);
    });

    it('rules subcommand lists the catalogue', () => {
      const listed = JSON.parse(cli(['rules', '--format', 'json']).stdout) as Array<Record<string, unknown>>;
      assert.deepEqual(
        listed.map((r) => r.id),
        testRules.map((r) => r.meta.id),
      );
      assert.deepEqual(Object.keys(listed[0]).sort(), ['defaultSeverity', 'description', 'docs', 'fixable', 'id', 'intervention', 'options']);
      assert.equal(listed[0].description, 'Budget mag niet zomaar vervallen.');
      assert.match(cli(['rules']).stdout, /^test-verval {2}fout, herstelbaar {2}\(budget-gangbaar\)$/m);
    });
  });
});
