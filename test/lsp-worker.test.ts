/**
 * The language server lints in worker threads and coalesces edits (issue 14 item 5, issue 9 item 2),
 * tested over stdio against the server started from its sources (its worker too): while a long draft
 * is being linted, requests about another draft are answered, and a burst of edits typed meanwhile
 * yields diagnostics for the final version only, equal to the CLI's on the final text. Orderings are
 * asserted, not durations.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeAction,
  type DocumentSymbol,
  type MarkupContent,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules } from '../rules/index';
import { lintText } from './harness/lint';
import type { LintFailure, LintJob, LintSuccess } from '../server/lsp/lintJob';
import { WorkerPool } from '../server/lsp/lintRunner';
import { bigDraft } from './lsp-big-draft';
import { TestClient } from './lsp-harness';

const small = readFileSync(resolve('test/fixtures/lsp/ontwikkelbudget.md'), 'utf8');

describe('language server: linting off the main thread (stdio, server from the sources)', function () {
  this.timeout(180000);
  let client: TestClient;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caolint-worker-'));
    client = TestClient.spawn();
    await client.initialize('nl-NL');
  });
  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers hover and symbols on a short draft while a 400 KB draft is linted; a burst of 20 edits typed meanwhile publishes only the final version, as the CLI lints it', async () => {
    const smallUri = pathToFileURL(join(dir, 'kort.md')).href;
    const bigUri = pathToFileURL(join(dir, 'lang.md')).href;
    await client.open(smallUri, small, 1);
    const smallDiagnostics = (await client.diagnostics(smallUri, (p) => p.version === 1)).diagnostics;
    assert.ok(smallDiagnostics.length > 0);

    const big = bigDraft(400);
    assert.ok(big.length >= 400 * 1024);
    await client.open(bigUri, big, 1);
    const bigPublished = (): number => client.published.filter((p) => p.uri === bigUri).length;

    // Requests about the short draft while the long one is being linted: each answer must come before
    // anything is published for the long draft (a server that lints on its main thread answers after).
    const amount = TextDocument.create(smallUri, 'markdown', 1, small).positionAt(small.indexOf('€ 400,-') + 1);
    for (let round = 0; round < 5; round++) {
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: smallUri }, position: amount });
      assert.equal(bigPublished(), 0, `hover ${round} answered only after the long draft's diagnostics`);
      assert.match((hover!.contents as MarkupContent).value, /€ 706 per jaar/);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: smallUri } })) as DocumentSymbol[];
      assert.equal(bigPublished(), 0, `symbols ${round} answered only after the long draft's diagnostics`);
      assert.deepEqual(
        symbols.map((s) => s.name),
        ['Hoofdstuk 5', 'Bijlage 1'],
      );
      const diagnostic = smallDiagnostics[0];
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: smallUri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
      assert.equal(bigPublished(), 0, `code actions ${round} answered only after the long draft's diagnostics`);
      assert.ok(actions.some((a) => a.title.startsWith(`Schakel ${String(diagnostic.code)} uit`)));
    }

    // Twenty keystrokes at the end of the long draft, sent in one go, while version 1 is still being linted.
    const typed = '\nDe werkgever stelt.';
    assert.equal(typed.length, 20);
    let document = TextDocument.create(bigUri, 'markdown', 1, big);
    const changes: Array<{ version: number; change: TextDocumentContentChangeEvent }> = [];
    for (const [i, character] of [...typed].entries()) {
      const end = document.positionAt(document.getText().length);
      const change = { range: { start: end, end }, text: character };
      document = TextDocument.update(document, [change], i + 2);
      changes.push({ version: i + 2, change });
    }
    await Promise.all(
      changes.map(({ version, change }) =>
        client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bigUri, version }, contentChanges: [change] }),
      ),
    );
    const final = await client.diagnostics(bigUri, (p) => p.version === 21, 150000);
    assert.deepEqual(
      client.published.filter((p) => p.uri === bigUri).map((p) => p.version),
      [21],
      'only the final version is published: version 1 was superseded while it was linted, the versions in between never linted',
    );
    assert.deepEqual(
      client.logs.filter((l) => /lint worker/.test(l)),
      [],
      'the lint worker started from the sources',
    );

    // The same text linted from scratch by the CLI.
    const file = join(dir, 'lang.md');
    writeFileSync(file, document.getText());
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', '--format', 'json', '--locale', 'nl', file], {
      encoding: 'utf8',
      timeout: 150000,
    });
    assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
    const [report] = JSON.parse(cli.stdout) as Array<{
      messages: Array<{ ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }>;
    }>;
    assert.ok(report.messages.length > 0, 'the long draft has findings');
    assert.deepEqual(
      final.diagnostics.map((d) => [d.code, d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
      report.messages.map((m) => [m.ruleId, m.message, m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1]),
    );
  });

  it('a draft closed and opened again while it is linted gets the diagnostics of its new text, not of the old lint', async () => {
    const uri = pathToFileURL(join(dir, 'heropend.md')).href;
    const long = bigDraft(100);
    const expected = lintText(small, { locale: 'nl' }).findings.map((f) => f.message);
    assert.notDeepEqual(
      lintText(long, { locale: 'nl' }).findings.map((f) => f.message),
      expected,
    );
    // Closed and reopened right after the server has its settings for the long text, so its lint has
    // begun. Once only: the reopened draft asks for its settings again (they are forgotten at close),
    // and closing it again at every ask would keep the server from ever finishing a lint of it.
    let reopen = true;
    const reopened = new Promise<void>((done) => {
      client.connection.onRequest(ConfigurationRequest.type, (params) => {
        if (reopen && params.items.some((item) => item.scopeUri === uri)) {
          reopen = false;
          setImmediate(
            () =>
              void client
                .close(uri)
                .then(() => client.open(uri, small, 1))
                .then(done),
          );
        }
        return params.items.map(() => client.settings);
      });
    });
    await client.open(uri, long, 1);
    await reopened;
    const published = await client.diagnostics(uri, (p) => p.version === 1, 60000);
    assert.deepEqual(
      published.diagnostics.map((d) => d.message),
      expected,
    );
    // The new text is linted only after the old lint has ended: by now its result was dropped, never published.
    assert.deepEqual(
      client.published.filter((p) => p.uri === uri && p.version === 1).map((p) => p.diagnostics.map((d) => d.message)),
      [expected],
    );
  });
});

describe('lint workers: a worker that dies', function () {
  this.timeout(120000);

  it("a lint that exhausts its worker's memory fails alone; the next lint gets a new worker", async () => {
    const logs: string[] = [];
    // A small heap, so a long draft (its lint needs several times 48 MB) exhausts it; Node's own limit works the same way, only higher.
    const pool = new WorkerPool(1, allRules, (message) => logs.push(message), { maxOldGenerationSizeMb: 48 });
    try {
      const job = (text: string): LintJob => ({ text, locale: 'nl', config: { rules: {} } });
      const died = await pool.run(() => job(bigDraft(1200)));
      assert.equal(died?.ok, false, `${JSON.stringify(logs)} ${JSON.stringify(died).slice(0, 200)}`);
      assert.match((died as LintFailure).reason, /the lint worker stopped: .*memory/i);
      const next = await pool.run(() => job(small));
      assert.ok(next?.ok, JSON.stringify(next));
      assert.deepEqual(
        (next as LintSuccess).findings.map((f) => f.message),
        lintText(small, { locale: 'nl' }).findings.map((f) => f.message),
      );
      assert.deepEqual(logs, [], 'no fallback to the main thread: the worker could start, it died in a lint');
    } finally {
      pool.dispose();
    }
  });
});
