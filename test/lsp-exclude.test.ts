/**
 * Editor parity (issue 10, item 6): the language server leaves alone what the CLI leaves alone
 * (.caolintignore in the workspace folder) and honours caolint.exclude / caolint.include, over the
 * protocol as an editor speaks it.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver/node';
import { LINT_WORKSPACE_REQUEST, type LintWorkspaceResult } from '../server/lsp/protocol';
import { readSettings } from '../server/lsp/settings';
import { runCli } from '../server/cli/run';
import { TestClient } from './lsp-harness';
import { runLintJob } from '../server/lsp/lintJob';
import { allRules } from '../rules/index';

const draft = readFileSync(resolve('test/fixtures/lsp/ontwikkelbudget.md'), 'utf8');

describe('language server: .caolintignore, caolint.exclude and caolint.include', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uriOf = (rel: string): string => pathToFileURL(join(dir, rel)).href;
  const put = (rel: string, content: string): void => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  };

  /** Opens (or re-reads after a setting change) and returns the next diagnostics published for `rel`. */
  async function openAndWait(rel: string): Promise<number> {
    await client.open(uriOf(rel), draft, 1);
    return (await client.diagnostics(uriOf(rel), (p) => p.version === 1)).diagnostics.length;
  }

  async function settingsChanged(settings: Record<string, unknown>, rel: string): Promise<number> {
    client.settings = settings;
    const mark = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    return (await client.diagnostics(uriOf(rel), (p) => client.published.indexOf(p) >= mark)).diagnostics.length;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-lsp-ignore-'));
    put('.caolintrc.json', JSON.stringify({ root: true }));
    put('.caolintignore', '# Oude regelingen, alleen ter naslag.\narchief/\n');
    put('concept.md', draft);
    put('archief/regeling-2019.md', draft);
    put('hoofdstukken/h4.md', draft);
    client = TestClient.spawn();
    await client.initialize('nl-NL', pathToFileURL(dir).href);
  });
  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a draft .caolintignore excludes gets no diagnostics, as the CLI skips it; others do', async () => {
    assert.equal(await openAndWait('archief/regeling-2019.md'), 0);
    assert.ok((await openAndWait('concept.md')) > 0);
    // The same judgement as the CLI started in the workspace folder.
    let stdout = '';
    runCli(['-f', 'json', '.'], { cwd: dir, color: false, stdout: (s) => (stdout += s), stderr: () => undefined });
    const linted = (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath);
    assert.ok(!linted.includes(join(dir, 'archief/regeling-2019.md')));
    assert.ok(linted.includes(join(dir, 'concept.md')));
  });

  it('an excluded draft still has its outline (the structure is no finding)', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: uriOf('archief/regeling-2019.md') },
    })) as DocumentSymbol[];
    assert.ok(symbols.length > 0);
  });

  it('caolint.exclude clears an open draft when set, and caolint.include limits linting to what it matches', async () => {
    await openAndWait('hoofdstukken/h4.md');
    assert.equal(await settingsChanged({ exclude: ['concept*.md'] }, 'concept.md'), 0);
    assert.equal(await settingsChanged({ include: ['hoofdstukken/**'] }, 'concept.md'), 0);
    assert.ok((await settingsChanged({ include: ['hoofdstukken/**'] }, 'hoofdstukken/h4.md')) > 0);
    assert.ok((await settingsChanged({}, 'concept.md')) > 0, 'back to normal without the settings');
  });

  it('"Lint workspace" leaves excluded files out of its count', async () => {
    client.settings = { exclude: ['hoofdstukken/'] };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const result = (await client.connection.sendRequest(LINT_WORKSPACE_REQUEST, {})) as LintWorkspaceResult;
    assert.equal(result.files, 1, 'only concept.md: archief/ by .caolintignore, hoofdstukken/ by caolint.exclude');
    client.settings = {};
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  });

  it('editing .caolintignore (a watched file) re-lints: a draft no longer excluded gets its diagnostics', async () => {
    put('.caolintignore', '');
    const mark = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.caolintignore'), type: 2 }] });
    // Waits for the publication with findings (a re-lint for the previous test's setting change may come first).
    const relinted = await client.diagnostics(uriOf('archief/regeling-2019.md'), (p) => client.published.indexOf(p) >= mark && p.diagnostics.length > 0);
    assert.ok(relinted.diagnostics.length > 0);
  });

  it("a broken config file is reported in the language of the draft's messages", async () => {
    put('.caolintrc.json', JSON.stringify({ root: true, rules: { 'budget-onbekend': 'off' } }));
    client.settings = { locale: 'en' };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const before = client.messages.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.caolintrc.json'), type: 2 }] });
    await client.diagnostics(uriOf('concept.md'), () => client.messages.length > before);
    assert.match(client.messages.at(-1)!.message, /^caolint: configuration error: .*\.caolintrc\.json: rules: unknown rule id 'budget-onbekend'/);
    client.settings = { locale: 'nl' };
    const dutch = client.messages.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.diagnostics(uriOf('concept.md'), () => client.messages.length > dutch);
    assert.match(client.messages.at(-1)!.message, /^caolint: fout in configuratie: .*\.caolintrc\.json: rules: onbekende regel 'budget-onbekend'/);
    client.settings = {};
  });
});

describe('settings caolint.include / caolint.exclude', () => {
  it('keep only non-empty strings, trimmed; anything else is no pattern', () => {
    assert.deepEqual(readSettings({ include: [' docs/** ', '', 3, null], exclude: 'archief/' }), { ...readSettings({}), include: ['docs/**'], exclude: [] });
  });
});

describe('lint job: a draft over an input limit', () => {
  it("is told in the draft's language", () => {
    const job = { text: '# Artikel 1\n\n> > > > Citaat in citaat.\n', config: { rules: {}, limits: { maxNesting: 3 } } };
    const dutch = runLintJob({ ...job, locale: 'nl' }, allRules);
    const english = runLintJob({ ...job, locale: 'en' }, allRules);
    assert.ok(!dutch.ok && !english.ok);
    assert.match(dutch.reason, /^te diep genest: 4 niveaus/);
    assert.match(english.reason, /^nesting too deep: 4 levels/);
  });
});
