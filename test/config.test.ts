import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { allRules } from '../rules/index';
import { packageRoot } from '../server/engine/paths';
import { configFilesFor, configForDocument, extractFrontMatter, loadConfigForFile, mergeConfig } from '../server/config/index';
import { buildConfigSchema, schemaText } from '../server/config/schema';
import { lintText } from './harness/lint';
import { testRules } from './fixtures/cli/rules';
import { configError, writeUnder } from './harness/config';

const rules = testRules;
let root: string;

function write(rel: string, content: string | Buffer): string {
  return writeUnder(root, rel, content);
}

describe('configuration files', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'caolint-config-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('merges the cascade: nearest wins, extends sits beneath its file, root stops the walk', () => {
    write('.caolintrc.json', JSON.stringify({ root: true, locale: 'en', rules: { 'test-doel': 'error', 'test-verval': { options: { minMonths: 48 } } } }));
    write('gedeeld/basis.json', JSON.stringify({ rules: { 'test-hoofdstuk': 'off', 'test-verval': 'warning' } }));
    write('team/.caolintrc.yaml', 'extends: ../gedeeld/basis.json\nrules:\n  test-verval:\n    options:\n      minMonths: 24\n');
    const doc = write('team/regeling.md', '# Artikel 1\n');
    const config = loadConfigForFile(doc, { rules });
    assert.deepEqual(config, {
      locale: 'en',
      rules: {
        'test-doel': { enabled: true, severity: 'error' },
        'test-verval': { enabled: true, severity: 'warning', options: { minMonths: 24 } },
        'test-hoofdstuk': { enabled: false },
      },
    });
    assert.deepEqual(
      configFilesFor(doc, { rules }).sort(),
      [join(root, '.caolintrc.json'), join(root, 'gedeeld/basis.json'), join(root, 'team/.caolintrc.yaml')].sort(),
    );
  });

  it('does not look above a config marked root', () => {
    write('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-doel': 'off' } }));
    write('cao/.caolintrc.yml', 'root: true\nrules:\n  test-verval: info\n');
    const doc = write('cao/hoofdstuk-4.md', '');
    assert.deepEqual(loadConfigForFile(doc, { rules }).rules, { 'test-verval': { enabled: true, severity: 'info' } });
  });

  it('prefers .caolintrc.json over other names in the same folder, and --config over searching', () => {
    write('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-doel': 'info' } }));
    write('caolint.config.json', JSON.stringify({ rules: { 'test-doel': 'off' } }));
    const explicit = write('elders/strikt.json', JSON.stringify({ rules: { 'test-doel': 'error' } }));
    const doc = write('regeling.md', '');
    assert.equal(loadConfigForFile(doc, { rules }).rules['test-doel'].severity, 'info');
    assert.deepEqual(loadConfigForFile(doc, { rules, configFile: explicit }).rules, { 'test-doel': { enabled: true, severity: 'error' } });
  });

  it('re-reads a config file after it changes', () => {
    const file = write('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-doel': 'info' } }));
    const doc = write('regeling.md', '');
    assert.equal(loadConfigForFile(doc, { rules }).rules['test-doel'].severity, 'info');
    writeFileSync(file, JSON.stringify({ root: true, rules: { 'test-doel': 'error', 'test-verval': 'off' } }));
    assert.equal(loadConfigForFile(doc, { rules }).rules['test-doel'].severity, 'error');
  });

  describe('invalid configuration names the file and the key', () => {
    it('option of the wrong type', () => {
      const file = write('.caolintrc.yaml', 'root: true\nrules:\n  test-verval:\n    options:\n      minMonths: "drie jaar"\n');
      const error = configError(() => loadConfigForFile(join(root, 'a.md'), { rules }));
      assert.equal(error.message, `${file}: rules.test-verval.options.minMonths must be an integer`);
      assert.equal(error.keyPath, 'rules.test-verval.options.minMonths');
    });

    it('option below its minimum, and an option the rule does not have', () => {
      const file = write('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-verval': { options: { minMonths: 0, maxMonths: 3 } } } }));
      const error = configError(() => loadConfigForFile(join(root, 'a.md'), { rules }));
      assert.match(error.message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      assert.match(error.message, /rules\.test-verval\.options\.minMonths must be at least 1/);
      assert.match(error.message, /rules\.test-verval\.options\.maxMonths is not a known setting \(options of test-verval: minMonths\)/);
    });

    it('unknown rule ids, all of them by name', () => {
      write('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-doel': 'off', 'budget-bestaat-niet': 'error', 'ook-niet': 'off' } }));
      const error = configError(() => loadConfigForFile(join(root, 'a.md'), { rules }));
      assert.match(error.message, /rules: unknown rule ids 'budget-bestaat-niet', 'ook-niet'/);
    });

    it('a severity that does not exist', () => {
      write('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-doel': 'fout' } }));
      const error = configError(() => loadConfigForFile(join(root, 'a.md'), { rules }));
      assert.match(error.message, /rules\.test-doel must be one of "off", "error", "warning", "info"$/);
      write('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-doel': { severity: 'hoog' } } }));
      assert.match(
        configError(() => loadConfigForFile(join(root, 'a.md'), { rules })).message,
        /rules\.test-doel\.severity must be one of "error", "warning", "info"$/,
      );
      write('.caolintrc.json', JSON.stringify({ root: true, rules: { 'test-doel': 2 } }));
      assert.match(
        configError(() => loadConfigForFile(join(root, 'a.md'), { rules })).message,
        /rules\.test-doel must be "off", "error", "warning", "info" or an object$/,
      );
    });

    it('unknown top-level key and bad locale', () => {
      write('.caolintrc.json', JSON.stringify({ root: true, regels: {}, locale: 'de' }));
      const error = configError(() => loadConfigForFile(join(root, 'a.md'), { rules }));
      assert.match(error.message, /regels is not a known setting/);
      assert.match(error.message, /locale must be one of "nl", "en"/);
    });

    it('YAML syntax error with its line', () => {
      const file = write('.caolintrc.yaml', 'root: true\nrules:\n  test-doel: [error\n  test-verval: off\n');
      const error = configError(() => loadConfigForFile(join(root, 'a.md'), { rules }));
      assert.ok(error.message.startsWith(`${file}: invalid YAML at line `), error.message);
      assert.ok(error.line !== undefined && error.line >= 3);
    });

    it('JSON syntax error with its line and column', () => {
      const file = write('.caolintrc.json', '{\n  "root": true,\n  "rules": {\n    "test-doel": "error",\n  }\n}\n');
      const error = configError(() => loadConfigForFile(join(root, 'a.md'), { rules }));
      assert.ok(error.message.startsWith(`${file}: invalid JSON at line 5, column 3`), error.message);
    });

    it('extends a file that does not exist, or itself', () => {
      write('.caolintrc.json', JSON.stringify({ root: true, extends: './basis.json' }));
      assert.match(configError(() => loadConfigForFile(join(root, 'a.md'), { rules })).message, /extends: cannot find '.\/basis.json'/);
      write('.caolintrc.json', JSON.stringify({ root: true, extends: './.caolintrc.json' }));
      assert.match(configError(() => loadConfigForFile(join(root, 'a.md'), { rules })).message, /extends: circular reference/);
    });
  });
});

describe('front matter and precedence', () => {
  const fixture = readFileSync(join(packageRoot(), 'test/fixtures/cli/frontmatter.md'), 'utf8');

  it('extracts front matter with LF and CRLF line endings', () => {
    assert.match(extractFrontMatter(fixture) ?? '', /^titel: Concept/);
    assert.equal(extractFrontMatter(fixture.replace(/\n/g, '\r\n')), extractFrontMatter(fixture)?.replace(/\n/g, '\r\n'));
    assert.equal(extractFrontMatter('# Artikel 1\n---\nx: 1\n---\n'), null);
  });

  it('front matter overrides the config files for that document', () => {
    const files = { rules: { 'test-doel': { enabled: true, severity: 'error' as const }, 'test-verval': { options: { minMonths: 36 } } } };
    const config = configForDocument(files, fixture, 'frontmatter.md', rules);
    assert.deepEqual(config.rules['test-doel'], { enabled: false, severity: 'error' });
    assert.deepEqual(config.rules['test-verval'], { severity: 'warning', options: { minMonths: 24 } });
    const { findings } = lintText(fixture, { config, rules });
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity]),
      [['test-verval', 'warning']],
    );
    assert.match(findings[0].message, /minstens 24 maanden/);
  });

  it('invalid front matter is a ConfigError naming the document and the caolint key', () => {
    const text = '---\ncaolint:\n  rules:\n    test-verval:\n      severity: hoog\n---\n# Artikel 1\n';
    const error = configError(() => configForDocument({ rules: {} }, text, 'concept.md', rules));
    assert.equal(error.message, 'concept.md: caolint.rules.test-verval.severity must be one of "error", "warning", "info"');
  });

  it('front matter without a caolint key, or not YAML at all, is left alone', () => {
    const base = { rules: { 'test-doel': { enabled: false } } };
    assert.equal(configForDocument(base, '---\ntitel: [kapot\n---\n', 'a.md', rules), base);
    assert.equal(configForDocument(base, '---\ntitel: Regeling\n---\n', 'a.md', rules), base);
  });

  it('mergeConfig: later wins per rule, options merge key by key, inputs untouched', () => {
    const a = { locale: 'nl' as const, rules: { x: { enabled: false, options: { a: 1, b: 2 } } } };
    const b = { rules: { x: { severity: 'info' as const, options: { b: 3 } }, y: { enabled: true } } };
    assert.deepEqual(mergeConfig(a, b), { locale: 'nl', rules: { x: { enabled: false, severity: 'info', options: { a: 1, b: 3 } }, y: { enabled: true } } });
    assert.deepEqual(a.rules.x.options, { a: 1, b: 2 });
  });
});

describe('config schema', () => {
  it('the committed schemas/caolintrc.schema.json is the one generated from the rules (run `npm run schema`)', () => {
    const committed = readFileSync(join(packageRoot(), 'schemas/caolintrc.schema.json'), 'utf8');
    assert.equal(committed, schemaText(allRules));
  });

  it('describes every rule id and option, and accepts a valid config', () => {
    const schema = buildConfigSchema(rules);
    const ruleProps = (schema.properties as { rules: { properties: Record<string, unknown> } }).rules.properties;
    assert.deepEqual(Object.keys(ruleProps).sort(), rules.map((r) => r.meta.id).sort());
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.equal(
      validate({ $schema: './schemas/caolintrc.schema.json', locale: 'en', rules: { 'test-verval': { options: { minMonths: 24 } }, 'test-doel': 'off' } }),
      true,
    );
    assert.equal(validate({ rules: { 'test-verval': { options: { minMonths: 0 } } } }), false);
  });
});
