// Configuration cannot hurt (issue 14, items 4 and 5): `extends` and `caolint.configFile` stay inside
// the project, are read with a size limit, never quote a file, and YAML alias bombs or oversized
// front matter are one clear configuration error.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configForDocument, emptyConfig, loadConfigForFile } from '../server/config/index';
import { MAX_CONFIG_BYTES } from '../server/config/readLimited';
import { packageRoot } from '../server/engine/paths';
import { resolveDocumentConfig } from '../server/lsp/config';
import { defaultSettings } from '../server/lsp/settings';
import { testRules } from './fixtures/cli/rules';
import { configError, writeUnder } from './harness/config';

const rules = testRules;
const root = packageRoot();
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
let dir: string;

function write(rel: string, content: string | Buffer): string {
  return writeUnder(dir, rel, content);
}

/** A "billion laughs" YAML mapping: nine levels of nine aliases each (9^9 strings once expanded). */
function aliasBomb(indent = ''): string {
  const lines = [`${indent}a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]`];
  let previous = 'a';
  for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) {
    lines.push(`${indent}${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    previous = name;
  }
  return `${lines.join('\n')}\n`;
}

const DRAFT = [
  '# Artikel 12 Persoonlijk ontwikkelbudget',
  '',
  'De werknemer heeft jaarlijks recht op een persoonlijk ontwikkelbudget van € 750.',
  'Het budget kan worden besteed aan scholing en loopbaanadvies.',
  '',
].join('\n');

function caolint(cwd: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, join(root, 'server/cli/main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('configuration cannot hurt (issue 14, item 4)', function () {
  this.timeout(60000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('extends to /dev/zero is refused before reading (no memory blow-up)', () => {
    write('.caolintrc.json', JSON.stringify({ root: true, extends: '/dev/zero' }));
    const error = configError(() => loadConfigForFile(join(dir, 'a.md'), { rules }));
    assert.match(error.detail, /^extends: '\/dev\/zero' is outside the project/);
    // Even inside the project, a device reached through a link is no regular file.
    symlinkSync('/dev/zero', join(dir, 'nul.json'));
    write('.caolintrc.json', JSON.stringify({ root: true, extends: './nul.json' }));
    assert.match(configError(() => loadConfigForFile(join(dir, 'a.md'), { rules })).detail, /outside the project/);
    assert.match(configError(() => loadConfigForFile(join(dir, 'a.md'), { rules, roots: ['/dev'] })).detail, /not a regular file/);
  });

  it('extends to /etc/passwd (directly, by ../, or through a link) never shows its content', () => {
    for (const target of ['/etc/passwd', '../../../../../../../../etc/passwd', './wachtwoorden.json']) {
      rmSync(join(dir, 'wachtwoorden.json'), { force: true });
      symlinkSync('/etc/passwd', join(dir, 'wachtwoorden.json'));
      write('.caolintrc.json', JSON.stringify({ root: true, extends: target }));
      const error = configError(() => loadConfigForFile(join(dir, 'a.md'), { rules }));
      assert.match(error.detail, /is outside the project/);
      assert.doesNotMatch(error.message, /root:|\/bin\/|nologin/);
    }
  });

  it('a config file that is not JSON never has its text quoted in the message', () => {
    write('.caolintrc.json', 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n');
    const error = configError(() => loadConfigForFile(join(dir, 'a.md'), { rules }));
    assert.equal(error.detail, 'invalid JSON: unexpected character');
    write('.caolintrc.yaml', 'root: true\ngeheim: %wachtwoord\n');
    rmSync(join(dir, '.caolintrc.json'));
    const yaml = configError(() => loadConfigForFile(join(dir, 'a.md'), { rules }));
    assert.doesNotMatch(yaml.message, /wachtwoord/);
  });

  it('extends to a YAML file that is no caolint config is one clear error, not its keys as unknown settings', () => {
    write('.github/workflows/ci.yml', 'name: ci\non: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n');
    write('.caolintrc.yaml', 'root: true\nextends: .github/workflows/ci.yml\n');
    const error = configError(() => loadConfigForFile(join(dir, 'a.md'), { rules }));
    assert.equal(error.file, join(dir, '.caolintrc.yaml'));
    assert.equal(error.detail, "extends: '.github/workflows/ci.yml' is not a caolint config file (it sets none of root, extends, locale, rules)");
    assert.doesNotMatch(error.message, /jobs|runs-on|not a known setting/);
    write('.caolintrc.yaml', 'root: true\nextends: ./README\n');
    write('README', 'Lees mij\n');
    assert.match(
      configError(() => loadConfigForFile(join(dir, 'a.md'), { rules })).detail,
      /not a caolint config file \(expected a \.json, \.yaml or \.yml file\)/,
    );
  });

  it('an oversized file and a FIFO are refused with the file named, without hanging', () => {
    write('groot.json', `{"root": true, "x": "${'a'.repeat(MAX_CONFIG_BYTES)}"}`);
    write('.caolintrc.json', JSON.stringify({ root: true, extends: './groot.json' }));
    assert.match(configError(() => loadConfigForFile(join(dir, 'a.md'), { rules })).detail, /^extends: '.\/groot.json': config file too large/);
    const fifo = spawnSync('mkfifo', [join(dir, 'pijp.json')]);
    if (fifo.status === 0) {
      write('.caolintrc.json', JSON.stringify({ root: true, extends: './pijp.json' }));
      assert.match(configError(() => loadConfigForFile(join(dir, 'a.md'), { rules })).detail, /not a regular file/);
    }
  });

  it('extends may reach up to the project folder and shared files inside it', () => {
    write('gedeeld/basis.json', JSON.stringify({ rules: { 'test-doel': 'off' } }));
    write('.caolintrc.json', JSON.stringify({ root: true }));
    write('cao-2025/.caolintrc.yaml', 'extends: ../gedeeld/basis.json\nrules:\n  test-verval: info\n');
    const config = loadConfigForFile(join(dir, 'cao-2025/concept.md'), { rules });
    assert.deepEqual(config.rules['test-doel'], { enabled: false });
    assert.deepEqual(config.rules['test-verval'], { enabled: true, severity: 'info' });
    // With only the draft's own folder as project, a sibling folder is reachable through `roots` (the CLI's working folder).
    rmSync(join(dir, '.caolintrc.json'));
    write('cao-2025/.caolintrc.yaml', 'root: true\nextends: ../gedeeld/basis.json\n');
    assert.match(configError(() => loadConfigForFile(join(dir, 'cao-2025/concept.md'), { rules })).detail, /outside the project/);
    assert.deepEqual(loadConfigForFile(join(dir, 'cao-2025/concept.md'), { rules, roots: [dir] }).rules['test-doel'], { enabled: false });
  });

  it('the editor setting caolint.configFile stays inside the workspace', () => {
    const outside = mkdtempSync(join(tmpdir(), 'caolint-elders-'));
    try {
      writeFileSync(join(outside, 'caolint.json'), JSON.stringify({ rules: { 'test-doel': 'off' } }));
      const workspace = join(dir, 'werkruimte');
      mkdirSync(workspace);
      const uri = pathToFileURL(join(workspace, 'concept.md')).href;
      const settings = { ...defaultSettings, configFile: join(outside, 'caolint.json') };
      const result = resolveDocumentConfig(uri, DRAFT, settings, workspace, rules);
      assert.match(result.error?.en ?? '', /caolint\.configFile is outside the workspace/);
      writeFileSync(join(workspace, 'caolint.json'), JSON.stringify({ rules: { 'test-doel': 'off' } }));
      const inside = resolveDocumentConfig(uri, DRAFT, { ...defaultSettings, configFile: 'caolint.json' }, workspace, rules);
      assert.equal(inside.error, null);
      assert.deepEqual(inside.config.rules['test-doel'], { enabled: false });
      // /dev/zero as the setting: refused, the document still gets a configuration.
      const zero = resolveDocumentConfig(uri, DRAFT, { ...defaultSettings, configFile: '/dev/zero' }, workspace, rules);
      assert.ok(zero.error);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('package.json marks caolint.configFile as restricted in untrusted workspaces, and the client reads no settings itself', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: boolean | string; restrictedConfigurations?: string[] } };
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    const untrusted = pkg.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['caolint.configFile']);
    assert.ok('caolint.configFile' in pkg.contributes.configuration.properties);
    // Settings reach the server only through workspace/configuration, which VS Code answers with the
    // restricted-mode view; the client must not read or forward configFile some other way.
    const client = readFileSync(join(root, 'client/src/extension.ts'), 'utf8');
    assert.doesNotMatch(client, /configFile|getConfiguration/);
  });

  it('CLI: every hostile extends is one line on stderr, exit 2, and the other drafts are still linted', () => {
    write('goed/.caolintrc.json', JSON.stringify({ root: true }));
    write('goed/artikel.md', DRAFT);
    write('slecht/.caolintrc.json', JSON.stringify({ root: true, extends: '/dev/zero' }));
    write('slecht/artikel.md', DRAFT);
    const run = caolint(dir, ['--locale', 'en', '--format', 'json', 'goed/artikel.md', 'slecht/artikel.md']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /^caolint: slecht\/.caolintrc.json: extends: '\/dev\/zero' is outside the project/);
    const reports = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    assert.deepEqual(
      reports.map((r) => r.filePath),
      [join(dir, 'goed/artikel.md')],
    );
  });
});

describe('YAML alias bombs and oversized front matter (issue 14, item 5)', function () {
  this.timeout(60000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-bomb-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an alias bomb in .caolintrc.yaml is a ConfigError naming the file', () => {
    write('.caolintrc.yaml', `root: true\n${aliasBomb()}`);
    const started = Date.now();
    const error = configError(() => loadConfigForFile(join(dir, 'a.md'), { rules }));
    assert.ok(Date.now() - started < 2000);
    assert.equal(error.file, join(dir, '.caolintrc.yaml'));
    assert.match(error.detail, /too many aliases/);
  });

  it('an alias bomb or oversized block in front matter is a ConfigError naming the draft; a few aliases are fine', () => {
    const bomb = `---\ntitel: Concept cao\n${aliasBomb()}caolint:\n  rules: *i\n---\n\n${DRAFT}`;
    const error = configError(() => configForDocument(emptyConfig(), bomb, join(dir, 'concept.md'), rules));
    assert.equal(error.file, join(dir, 'concept.md'));
    assert.match(error.detail, /too many aliases/);
    const huge = `---\ncaolint:\n  rules: {}\nnotities: "${'x'.repeat(70 * 1024)}"\n---\n\n${DRAFT}`;
    assert.match(configError(() => configForDocument(emptyConfig(), huge, join(dir, 'concept.md'), rules)).detail, /front matter too large/);
    const friendly = `---\nstandaard: &uit "off"\ncaolint:\n  rules:\n    test-doel: *uit\n    test-verval: *uit\n---\n\n${DRAFT}`;
    assert.deepEqual(configForDocument(emptyConfig(), friendly, join(dir, 'concept.md'), rules).rules['test-doel'], { enabled: false });
  });

  it("CLI: a bomb in one draft's front matter is exit 2, one line, no stack trace; the other drafts are linted", () => {
    write('.caolintrc.json', JSON.stringify({ root: true }));
    write('a-schoon.md', DRAFT);
    write('b-bom.md', `---\ntitel: Concept\n${aliasBomb()}caolint:\n  rules: *i\n---\n\n${DRAFT}`);
    write('c-schoon.md', DRAFT);
    const run = caolint(dir, ['--locale', 'en', '--format', 'json', '.']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'caolint: b-bom.md: YAML uses too many aliases (more than 100; a document that expands this way is refused)\n');
    const reports = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    assert.deepEqual(
      reports.map((r) => r.filePath),
      [join(dir, 'a-schoon.md'), join(dir, 'c-schoon.md')],
    );
  });

  it('CLI: a bomb in .caolintrc.yaml is exit 2 with one line and no stack trace', () => {
    write('.caolintrc.yaml', `root: true\n${aliasBomb()}`);
    write('concept.md', DRAFT);
    const run = caolint(dir, ['concept.md']);
    assert.equal(run.code, 2);
    // Dutch unless asked otherwise, like every other word of the run.
    assert.equal(run.stderr, 'caolint: .caolintrc.yaml: de YAML gebruikt te veel aliassen (meer dan 100; een document dat zo uitdijt, wordt geweigerd)\n');
  });
});
