// Line endings, BOMs, surrogate pairs, encodings, links and option bounds (issue 14, item 9): the
// CLI reports the positions an editor shows, in every face.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules } from '../rules/index';
import { ConfigError, loadConfigForFile } from '../server/config/index';
import { applyEdits } from '../server/engine/applyEdits';
import { ruleOptions } from '../server/engine/lint';
import { lintText } from './harness/lint';
import { packageRoot } from '../server/engine/paths';
import type { Rule } from '../server/engine/types';
import { decodeSource, encodeSource } from '../server/cli/readSource';
import { LineIndex } from '../server/model/lines';

const root = packageRoot();
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

function caolint(cwd: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, join(root, 'server/cli/main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A draft whose findings fall on several lines (a lapse, an amount, an unearmarked budget). */
const LINES = [
  '# Hoofdstuk 6 Duurzame inzetbaarheid',
  '',
  '## Artikel 6.1 Ontwikkelbudget',
  '',
  'De werknemer heeft jaarlijks recht op een ontwikkelbudget van € 400.',
  'Het ontwikkelbudget vervalt aan het einde van het kalenderjaar.',
  '',
  '## Artikel 6.2 Loopbaangesprek',
  '',
  'De werkgever voert elk jaar een loopbaangesprek met de werknemer.',
  '',
];

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

describe('line endings and encodings in every face (issue 14, item 9)', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-eol-'));
    writeFileSync(join(dir, '.caolintrc.json'), '{ "root": true }');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('LineIndex ends lines at \\n, \\r\\n and a lone \\r, as the LSP does', () => {
    const text = 'een\rtwee\r\ndrie\nvier\r\rzes';
    const lsp = TextDocument.create('file:///x.md', 'markdown', 1, text);
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between CR and LF: no editor position
      assert.deepEqual(lines.positionOf(offset), lsp.positionAt(offset), `offset ${offset}`);
    }
    assert.equal(lines.lineCount, 6);
    assert.equal(new LineIndex('a\rb').eol, '\r');
    assert.equal(new LineIndex('a\r\nb\rc').eol, '\r\n');
  });

  it('CR-only and mixed drafts: json, sarif, github and stylish report the LSP positions', () => {
    const variants = {
      cr: LINES.join('\r'),
      // A lone CR is never followed by the LF of an empty line (that would make one CRLF).
      mixed: LINES.map((line, i) => line + ['\r\n', '\n', '\r'][i % 3]).join(''),
      lf: LINES.join('\n'),
    };
    const names = Object.keys(variants);
    for (const [name, text] of Object.entries(variants)) writeFileSync(join(dir, `${name}.md`), text);
    const files = names.map((name) => `${name}.md`);
    const json = JSON.parse(caolint(dir, ['--format', 'json', ...files]).stdout) as Array<{ messages: JsonMessage[] }>;
    const sarif = JSON.parse(caolint(dir, ['--format', 'sarif', ...files]).stdout) as {
      runs: Array<{
        results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }>;
      }>;
    };
    const github = caolint(dir, ['--format', 'github', ...files])
      .stdout.trim()
      .split('\n');
    const stylish = caolint(dir, ['--format', 'stylish', ...files]).stdout;
    const at = (m: JsonMessage): string => `${m.line}:${m.column}`;
    const reference = json[names.indexOf('lf')].messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
    assert.ok(reference.length >= 2);
    names.forEach((name, i) => {
      const messages = json[i].messages;
      const lsp = TextDocument.create('file:///x.md', 'markdown', 1, variants[name as keyof typeof variants]);
      for (const m of messages) {
        // Every range lies on a real line and inside it.
        assert.ok(m.line > 1 && m.line <= lsp.lineCount, `${name}: ${m.ruleId} on line ${m.line}`);
        const start = lsp.offsetAt({ line: m.line - 1, character: m.column - 1 });
        assert.deepEqual(lsp.positionAt(start), { line: m.line - 1, character: m.column - 1 }, `${name}: ${m.ruleId} column beyond its line`);
      }
      // The same findings on the same lines and columns, whatever the line ending.
      assert.deepEqual(
        messages.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`),
        reference,
        name,
      );
      const ofFile = sarif.runs[0].results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === `${name}.md`);
      assert.deepEqual(
        ofFile.map((r) => `${r.locations[0].physicalLocation.region.startLine}:${r.locations[0].physicalLocation.region.startColumn}`),
        messages.map(at),
        `sarif ${name}`,
      );
      const annotations = github.filter((line) => line.includes(`file=${name}.md,`));
      assert.deepEqual(
        annotations.map((line) => /line=(\d+),col=(\d+)/.exec(line)?.slice(1).join(':')),
        messages.map(at),
        `github ${name}`,
      );
      const section = stylish.split(`${name}.md\n`)[1]?.split('\n\n')[0] ?? '';
      for (const m of messages) assert.ok(section.includes(at(m)), `stylish ${name} lacks ${at(m)}`);
    });
  });

  it('--fix in a CR-only draft inserts CR line endings only', () => {
    writeFileSync(join(dir, 'cr.md'), LINES.join('\r'));
    caolint(dir, ['--fix', 'cr.md']);
    const fixed = readFileSync(join(dir, 'cr.md'), 'utf8');
    assert.notEqual(fixed, LINES.join('\r'));
    assert.ok(!fixed.includes('\n'), JSON.stringify(fixed));
  });

  it('a BOM left in the text does not shift ranges: the same findings, one further, of the same length', () => {
    const text = LINES.join('\n');
    const plain = lintText(text).findings;
    const withBom = lintText(`\uFEFF${text}`).findings;
    assert.ok(plain.length > 0);
    assert.deepEqual(
      withBom.map((f) => [f.ruleId, f.range.start, f.range.end]),
      plain.map((f) => [f.ruleId, f.range.start + 1, f.range.end + 1]),
    );
    for (const f of withBom) assert.equal(`\uFEFF${text}`.slice(f.range.start, f.range.end), text.slice(f.range.start - 1, f.range.end - 1));
  });

  it('fixes never split a surrogate pair; findings are widened to whole characters', () => {
    const text = 'Het budget 💶 vervalt.';
    const emoji = text.indexOf('💶');
    const splitting: Rule = {
      meta: { id: 'test-emoji', intervention: 'budget-gangbaar', defaultSeverity: 'warning', fixable: true, description: { nl: 'x', en: 'x' }, options: {} },
      messages: { m: { nl: 'm', en: 'm' }, f: { nl: 'f', en: 'f' }, g: { nl: 'g', en: 'g' } },
      check({ report }) {
        report({
          range: { start: emoji + 1, end: emoji + 1 },
          messageId: 'm',
          fixes: [
            { titleId: 'f', edits: [{ range: { start: emoji + 1, end: emoji + 2 }, newText: '' }] },
            { titleId: 'g', edits: [{ range: { start: emoji, end: emoji + 2 }, newText: 'geld' }] },
          ],
        });
      },
    };
    const [finding] = lintText(text, { rules: [splitting] }).findings;
    assert.deepEqual(finding.range, { start: emoji, end: emoji + 2 });
    assert.deepEqual(
      finding.fixes.map((f) => f.title),
      ['g'],
    );
    // And applyEdits itself refuses an edit that would cut one.
    assert.equal(applyEdits(text, [{ range: { start: emoji + 1, end: emoji + 1 }, newText: 'x' }]), text);
  });

  it('UTF-16 LE and BE drafts (with BOM) are decoded, linted like UTF-8, and --fix keeps their encoding', () => {
    const text = LINES.join('\r\n');
    writeFileSync(join(dir, 'utf8.md'), text);
    const le = encodeSource(text, { bom: true, encoding: 'utf16le' });
    const be = encodeSource(text, { bom: true, encoding: 'utf16be' });
    assert.deepEqual([...le.subarray(0, 2)], [0xff, 0xfe]);
    assert.deepEqual([...be.subarray(0, 2)], [0xfe, 0xff]);
    writeFileSync(join(dir, 'utf16le.md'), le);
    writeFileSync(join(dir, 'utf16be.md'), be);
    const run = caolint(dir, ['--format', 'json', 'utf8.md', 'utf16le.md', 'utf16be.md']);
    assert.equal(run.stderr, '');
    const reports = JSON.parse(run.stdout) as Array<{ messages: JsonMessage[] }>;
    assert.equal(reports.length, 3);
    assert.ok(reports[0].messages.length > 0);
    assert.deepEqual(reports[1].messages, reports[0].messages);
    assert.deepEqual(reports[2].messages, reports[0].messages);

    caolint(dir, ['--fix', 'utf8.md', 'utf16le.md', 'utf16be.md']);
    const fixed8 = readFileSync(join(dir, 'utf8.md'), 'utf8');
    assert.notEqual(fixed8, text);
    for (const name of ['utf16le.md', 'utf16be.md']) {
      const source = decodeSource(readFileSync(join(dir, name)));
      assert.equal(source.kind, 'text');
      if (source.kind === 'text') {
        assert.equal(source.encoding, name === 'utf16le.md' ? 'utf16le' : 'utf16be');
        assert.equal(source.text, fixed8);
      }
    }
    // Without a BOM, NUL bytes still mean binary.
    assert.equal(decodeSource(Buffer.from('a\u0000b')).kind, 'binary');
  });

  it('a symbolic-link loop or a file linked twice is linted once', () => {
    writeFileSync(join(dir, 'regeling.md'), LINES.join('\n'));
    mkdirSync(join(dir, 'hoofdstukken'));
    symlinkSync('..', join(dir, 'hoofdstukken', 'terug'));
    symlinkSync('regeling.md', join(dir, 'kopie.md'));
    const run = caolint(dir, ['--format', 'json', '.', 'regeling.md', 'kopie.md']);
    const reports = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    assert.deepEqual(
      reports.map((r) => r.filePath),
      [join(dir, 'regeling.md')],
    );
  });

  it('numeric options have upper bounds: the schema refuses 1e308 months, the engine clamps unchecked values', () => {
    writeFileSync(join(dir, '.caolintrc.json'), JSON.stringify({ root: true, rules: { 'budget-spending-period': { options: { minMonths: 1e308 } } } }));
    let error: unknown;
    try {
      loadConfigForFile(join(dir, 'regeling.md'), { rules: allRules });
    } catch (failure) {
      error = failure;
    }
    assert.ok(error instanceof ConfigError);
    assert.match(error.detail, /rules\.budget-spending-period\.options\.minMonths must be at most 120/);
    for (const rule of allRules) {
      for (const [name, spec] of Object.entries(rule.meta.options)) {
        if (spec.type === 'number' || spec.type === 'integer') assert.ok(spec.maximum !== undefined, `${rule.meta.id}.${name} has no maximum`);
      }
    }
    const rule = allRules.find((r) => r.meta.id === 'budget-spending-period');
    assert.ok(rule);
    assert.equal(ruleOptions(rule, { minMonths: 1e308 }).minMonths, 120);
    assert.equal(ruleOptions(rule, { minMonths: Number.NaN }).minMonths, 24);
    const run = caolint(dir, ['regeling.md']);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stdout, /1e\+308/);
  });
});
