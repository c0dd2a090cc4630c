/**
 * A draft closed and opened again while it is being linted (issue: a reopened draft that never got
 * diagnostics). Versions start again at 1 with every open, so a lint of the earlier open and one of
 * the new open look alike by version: the server must tell them apart by the open they were picked
 * from. The server runs in this process with a lint runner the test controls: each lint waits for a
 * "worker" until the test starts it, and ends when the test finishes it, so every ordering of close
 * and reopen against a lint is produced on purpose, not by timing.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver/node';
import { allRules } from '../rules/index';
import { lintText } from './harness/lint';
import { runLintJob, type LintJob, type LintOutcome } from '../server/lsp/lintJob';
import type { LintRunner } from '../server/lsp/lintRunner';
import { TestClient } from './lsp-harness';

const first = readFileSync(resolve('test/fixtures/lsp/ontwikkelbudget.md'), 'utf8');
const second = readFileSync(resolve('test/fixtures/lsp/tweede-concept.md'), 'utf8');
const messages = (text: string): string[] => lintText(text, { locale: 'nl' }).findings.map((f) => f.message);

/** One lint the server asked for: it waits for a worker (`start`), then runs until `finish`. */
class Lint {
  job: LintJob | null | undefined;
  private outcome: LintOutcome | undefined;

  constructor(
    private readonly prepare: () => LintJob | null,
    private readonly settle: (outcome: LintOutcome | null) => void,
  ) {}

  /** A worker takes the lint: the server picks the document's text now. Returns the text, or null when it picked nothing. */
  start(): string | null {
    assert.equal(this.job, undefined, 'started twice');
    this.job = this.prepare();
    if (!this.job) this.settle(null);
    return this.job?.text ?? null;
  }

  /** The worker has its outcome, but the server has not read it yet (it is on its way to the main thread). */
  compute(): void {
    assert.ok(this.job, 'not started, or nothing to lint');
    this.outcome ??= runLintJob(this.job, allRules);
  }

  /** The server reads the outcome. */
  finish(): void {
    this.compute();
    this.settle(this.outcome!);
  }
}

/** A lint runner with as many workers as the test starts lints. */
class ControlledRunner implements LintRunner {
  readonly lints: Lint[] = [];
  private wanted: Array<{ count: number; wake: () => void }> = [];

  run(prepare: () => LintJob | null): Promise<LintOutcome | null> {
    return new Promise((settle) => {
      this.lints.push(new Lint(prepare, settle));
      this.wanted = this.wanted.filter((w) => (this.lints.length >= w.count ? (w.wake(), false) : true));
    });
  }

  /** The `n`th lint the server asked for (from 1), once it has asked. */
  async lint(n: number): Promise<Lint> {
    if (this.lints.length < n) await new Promise<void>((wake) => this.wanted.push({ count: n, wake }));
    return this.lints[n - 1];
  }

  warm(): void {}

  dispose(): void {}
}

describe('language server: a draft closed and opened again while it is linted', function () {
  this.timeout(60000);
  let runner: ControlledRunner;
  let client: TestClient;
  const uri = 'file:///tmp/caolint-race/heropend.md';

  beforeEach(async () => {
    runner = new ControlledRunner();
    client = TestClient.inProcess({ runner });
    await client.initialize('nl-NL');
  });
  afterEach(() => client.dispose());

  before(() => assert.notDeepEqual(messages(first), messages(second), 'the two texts have different findings'));

  /** Closes and reopens the draft with the second text, and returns once the server has read both. */
  async function reopen(): Promise<void> {
    await client.close(uri);
    await client.open(uri, second, 1);
    // The server reads messages in order: once this is answered, it has handled the close and the open.
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///tmp/caolint-race/niet-open.md' } });
  }

  /** What was published for version 1 of the draft, as lists of messages. */
  const publishedForVersion1 = (): unknown[][] =>
    client.published.filter((p) => p.uri === uri && p.version === 1).map((p) => p.diagnostics.map((d) => d.message));

  /** Waits for the diagnostics of the second text, then checks they were the only ones published for version 1. */
  async function expectSecondPublishedOnce(): Promise<void> {
    const published = await client.diagnostics(uri, (p) => p.version === 1, 10000);
    assert.deepEqual(
      published.diagnostics.map((d) => d.message),
      messages(second),
    );
    // Anything still under way settles (no lint is left waiting for a worker), then nothing more is published.
    for (const lint of runner.lints) if (lint.job === undefined) lint.start();
    for (const lint of runner.lints) if (lint.job) lint.finish();
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.deepEqual(publishedForVersion1(), [messages(second)], 'the second text is published once, the first never');
  }

  it('before its lint has a worker: the lint that then starts takes the new text, and its result is published', async () => {
    await client.open(uri, first, 1);
    const old = await runner.lint(1);
    await reopen();
    // The reopened draft asks for its own lint too.
    const own = await runner.lint(2);
    assert.equal(old.start(), second, 'a lint reads the document when it gets a worker: the new text');
    assert.equal(own.start(), null, 'the text is already being linted');
    old.finish();
    await expectSecondPublishedOnce();
  });

  it("before its lint has a worker, the reopened draft's own lint starting first", async () => {
    await client.open(uri, first, 1);
    const old = await runner.lint(1);
    await reopen();
    const own = await runner.lint(2);
    assert.equal(own.start(), second);
    assert.equal(old.start(), null);
    own.finish();
    await expectSecondPublishedOnce();
  });

  it('while it is linted: the old result is dropped, the new text is linted after it and published', async () => {
    await client.open(uri, first, 1);
    const old = await runner.lint(1);
    assert.equal(old.start(), first);
    await reopen();
    // The outline of the reopened draft waits for the new text's analysis, not the old one's.
    const symbols = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
    old.finish();
    const own = await runner.lint(2);
    assert.equal(own.start(), second);
    own.finish();
    await expectSecondPublishedOnce();
    const names = (await symbols).map((s) => s.name);
    assert.ok(names.length > 0);
    assert.deepEqual(
      names,
      ((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[]).map((s) => s.name),
    );
  });

  it('after its lint finished in the worker but before the server read the result', async () => {
    await client.open(uri, first, 1);
    const old = await runner.lint(1);
    assert.equal(old.start(), first);
    old.compute();
    await reopen();
    old.finish();
    const own = await runner.lint(2);
    assert.equal(own.start(), second);
    own.finish();
    await expectSecondPublishedOnce();
  });

  it('closed and opened twice while one lint runs: only the newest open is linted and published', async () => {
    await client.open(uri, first, 1);
    const old = await runner.lint(1);
    assert.equal(old.start(), first);
    await client.close(uri);
    await client.open(uri, first, 1);
    await reopen();
    old.finish();
    const own = await runner.lint(2);
    assert.equal(own.start(), second);
    own.finish();
    await expectSecondPublishedOnce();
  });

  it('reopened with the same text while it is linted: published once', async () => {
    await client.open(uri, second, 1);
    const old = await runner.lint(1);
    assert.equal(old.start(), second);
    await reopen();
    old.finish();
    const own = await runner.lint(2);
    assert.equal(own.start(), second);
    own.finish();
    await expectSecondPublishedOnce();
  });
});
