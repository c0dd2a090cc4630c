import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFilesFor, loadConfigForFile } from '../server/config/index';
import { runCli } from '../server/cli/run';
import { testRules } from './fixtures/cli/rules';
import { configError, writeUnder } from './harness/config';

// `extends` naming a shareable config on npm (caolint-config-*), resolved like Node resolves a
// module from the config file's folder. The packages are fakes written into a temp node_modules.

const rules = testRules;
let root: string;
const write = (rel: string, content: string): string => writeUnder(root, rel, content);

describe('extends: shareable configs from npm packages', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'caolint-shared-'));
    // The policy repository: its own config marks the top, so nothing above the temp folder counts.
    write('node_modules/caolint-config-acme/package.json', JSON.stringify({ name: 'caolint-config-acme', version: '1.0.0', main: 'caolint.yaml' }));
    write('node_modules/caolint-config-acme/caolint.yaml', 'locale: en\nrules:\n  test-doel: off\n  test-verval:\n    options:\n      minMonths: 48\n');
    write('node_modules/caolint-config-acme/strict.yaml', 'extends: ./caolint.yaml\nrules:\n  test-hoofdstuk: error\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a package named by its full name, its main being the config', () => {
    write('.caolintrc.yaml', 'root: true\nextends: caolint-config-acme\nrules:\n  test-verval:\n    severity: warning\n');
    const config = loadConfigForFile(join(root, 'cao/hoofdstuk-4.md'), { rules, roots: [root] });
    assert.equal(config.locale, 'en');
    assert.deepEqual(config.rules['test-doel'], { enabled: false });
    // The project's own settings sit on top of the package's, options merged key by key.
    assert.deepEqual(config.rules['test-verval'], { severity: 'warning', options: { minMonths: 48 } });
    assert.ok(
      configFilesFor(join(root, 'cao/hoofdstuk-4.md'), { rules, roots: [root] }).includes(join(root, 'node_modules/caolint-config-acme/caolint.yaml')),
      'watched by the editor',
    );
  });

  it('a file inside a package, which may extend further inside that package', () => {
    write('cao/.caolintrc.json', JSON.stringify({ root: true, extends: 'caolint-config-acme/strict.yaml' }));
    const config = loadConfigForFile(join(root, 'cao/hoofdstuk-4.md'), { rules, roots: [root] });
    assert.deepEqual(config.rules['test-hoofdstuk'], { enabled: true, severity: 'error' });
    assert.deepEqual(config.rules['test-doel'], { enabled: false });
  });

  it('a scoped package without main: its index.json; found from a node_modules further up (a monorepo root)', () => {
    write('node_modules/@acme/caolint-config/package.json', JSON.stringify({ name: '@acme/caolint-config', version: '2.0.0' }));
    write('node_modules/@acme/caolint-config/index.json', JSON.stringify({ rules: { 'test-hoofdstuk': 'off' } }));
    write('pakketten/hr/.caolintrc.json', JSON.stringify({ root: true, extends: ['@acme/caolint-config'] }));
    // The project is the package folder; the shared config sits in the monorepo's node_modules above it.
    const config = loadConfigForFile(join(root, 'pakketten/hr/regeling.md'), { rules, roots: [join(root, 'pakketten/hr')] });
    assert.deepEqual(config.rules['test-hoofdstuk'], { enabled: false });
  });

  it('a package that is not installed is one clear error, naming the install command', () => {
    write('.caolintrc.yaml', 'root: true\nextends: caolint-config-onbekend\n');
    const error = configError(() => loadConfigForFile(join(root, 'a.md'), { rules, roots: [root] }));
    assert.match(
      error.message,
      /extends: cannot find the package 'caolint-config-onbekend' \(install it in the project: npm install --save-dev caolint-config-onbekend\)/,
    );
  });

  it('a package whose main is JavaScript is refused, not run', () => {
    write('node_modules/caolint-config-js/package.json', JSON.stringify({ name: 'caolint-config-js', main: 'index.js' }));
    write('node_modules/caolint-config-js/index.js', 'module.exports = { rules: {} };\n');
    write('.caolintrc.yaml', 'root: true\nextends: caolint-config-js\n');
    assert.match(
      configError(() => loadConfigForFile(join(root, 'a.md'), { rules, roots: [root] })).message,
      /is not a caolint config file \(expected a \.json, \.yaml or \.yml file\)/,
    );
  });

  it('a project path of the same name wins over the package; other names stay paths', () => {
    write('caolint-config-acme', JSON.stringify({ rules: { 'test-verval': 'off' } }));
    write('.caolintrc.json', JSON.stringify({ root: true, extends: 'caolint-config-acme' }));
    // The file without extension is refused as no config file: it was taken as the path, not the package.
    assert.match(configError(() => loadConfigForFile(join(root, 'a.md'), { rules, roots: [root] })).message, /is not a caolint config file/);
    write('.caolintrc.json', JSON.stringify({ root: true, extends: 'acme' }));
    assert.match(configError(() => loadConfigForFile(join(root, 'a.md'), { rules, roots: [root] })).message, /extends: cannot find 'acme'/);
  });

  it('the CLI lints with the package config', () => {
    write('.caolintrc.yaml', 'root: true\nextends: caolint-config-acme\n');
    write('hoofdstuk-4.md', '# Hoofdstuk 4\n\nHet ontwikkelbudget vervalt aan het einde van het kalenderjaar.\n');
    let stdout = '';
    const code = runCli(['hoofdstuk-4.md'], { cwd: root, color: false, rules, stdout: (s) => (stdout += s), stderr: () => undefined });
    assert.equal(code, 1);
    assert.match(stdout, /allow saving for at least 48 months/);
  });
});
