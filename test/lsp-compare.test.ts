/**
 * The editor's "caolint: Compare with…" as the language server answers it (`caolint/compare`,
 * `caolint/compareSources`): the open draft as the editor holds it against another file or its
 * version in git, the HTML compare report and its totals, and errors said in the user's language.
 * The server runs in-process over memory streams, speaking real JSON-RPC.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../server/engine/paths';
import { COMPARE_REQUEST, COMPARE_SOURCES_REQUEST, type CompareParams, type CompareResponse, type CompareSourcesResult } from '../server/lsp/protocol';
import { TestClient } from './lsp-harness';

const sample = (name: string): string => readFileSync(join(packageRoot(), 'samples', 'voorstellen', name), 'utf8');
const OLD = sample('ontwikkelbudget-oud.md');
const NEW = sample('ontwikkelbudget-nieuw.md');

function git(cwd: string, args: string[]): void {
  execFileSync('git', ['-c', 'user.name=caolint', '-c', 'user.email=caolint@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

describe('language server: caolint/compare', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-lsp-compare-'));
  });
  afterEach(() => {
    client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(locale: string, folder: string): Promise<void> {
    client = TestClient.inProcess({ workers: 0 });
    await client.initialize(locale, pathToFileURL(folder).href);
  }
  const compare = (params: CompareParams) => client.connection.sendRequest<CompareResponse>(COMPARE_REQUEST, params);
  const sources = (uri: string) => client.connection.sendRequest<CompareSourcesResult>(COMPARE_SOURCES_REQUEST, { uri });

  it('compares the open draft, as the editor holds it, with another file: the report, its title and totals', async () => {
    writeFileSync(join(dir, 'voorstel-oud.md'), OLD);
    // On disk the new version is still the old text: the editor's unsaved text is what counts.
    writeFileSync(join(dir, 'voorstel.md'), OLD);
    await start('en', dir);
    const uri = pathToFileURL(join(dir, 'voorstel.md')).href;
    await client.open(uri, NEW);
    const response = await compare({ uri, against: { kind: 'file', uri: pathToFileURL(join(dir, 'voorstel-oud.md')).href } });
    assert.ok(response.ok, JSON.stringify(response));
    assert.equal(response.title, 'caolint: voorstel.md ↔ voorstel-oud.md');
    assert.deepEqual(response.totals, { resolved: 1, introduced: 0, open: 2, changes: 3, provisionsAdded: 0, provisionsRemoved: 0 });
    // The editor speaks English: so does the report; paths are shown from the workspace folder.
    assert.match(response.html, /<html lang="en">/);
    assert.match(response.html, /<p class="path">voorstel-oud\.md<\/p>/);
    assert.match(response.html, /<span class="aspect">spending period<\/span> <del>12 months<\/del>/);
    assert.doesNotMatch(response.html, /<script/);
  });

  it('compares with the version in git at HEAD, and says why not outside a repository or before the first commit of the file', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    git(repo, ['init', '-q']);
    const file = join(repo, 'voorstel.md');
    writeFileSync(file, OLD);
    git(repo, ['add', 'voorstel.md']);
    git(repo, ['commit', '-q', '-m', 'eerste ronde']);
    writeFileSync(file, NEW);
    writeFileSync(join(repo, 'nieuw-bestand.md'), NEW);
    writeFileSync(join(dir, 'los.md'), NEW);
    await start('nl', dir);
    const uri = pathToFileURL(file).href;
    assert.deepEqual(await sources(uri), { git: true });
    assert.deepEqual(await sources(pathToFileURL(join(dir, 'los.md')).href), { git: false });

    const response = await compare({ uri, against: { kind: 'git', ref: 'HEAD' } });
    assert.ok(response.ok, JSON.stringify(response));
    assert.equal(response.title, 'caolint: voorstel.md ↔ HEAD');
    assert.equal(response.totals.resolved, 1);
    assert.match(response.html, /<html lang="nl">/);
    assert.match(response.html, /<p class="path">repo\/voorstel\.md@HEAD<\/p>/);

    const outside = await compare({ uri: pathToFileURL(join(dir, 'los.md')).href, against: { kind: 'git', ref: 'HEAD' } });
    assert.deepEqual(outside, { ok: false, message: 'los.md staat niet in een git-repository: er is geen versie in HEAD om mee te vergelijken.' });
    const untracked = await compare({ uri: pathToFileURL(join(repo, 'nieuw-bestand.md')).href, against: { kind: 'git', ref: 'HEAD' } });
    assert.deepEqual(untracked, {
      ok: false,
      message: 'nieuw-bestand.md staat nog niet in HEAD (gezocht als nieuw-bestand.md): er is geen versie om mee te vergelijken.',
    });
  });
});
