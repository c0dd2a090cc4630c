/**
 * No waiting on a debounce (issue 9, item 2), over the protocol: the server runs in this process with
 * real lint workers (a WorkerPool), wrapped so the test sees when each lint starts and ends. A burst of
 * edits lints the newest version only (superseded versions are never linted, or at most once while a
 * lint was under way); an edit after a quiet spell is handed to a worker at once, not after a fixed
 * delay; hover and symbols on the draft being linted answer from its last analysis without waiting.
 * Times are compared with the lint's own time in the same run, never with a fixed number.
 */
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeAction,
  type DocumentSymbol,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules } from '../rules/index';
import type { LintJob, LintOutcome } from '../server/lsp/lintJob';
import { WorkerPool, type LintRunner } from '../server/lsp/lintRunner';
import { bigDraft } from './lsp-big-draft';
import { TestClient } from './lsp-harness';

interface Lint {
  /** When the server asked for a worker (performance.now()). */
  asked: number;
  /** When a worker took it and the server picked the text, or undefined when it picked nothing. */
  started?: number;
  ended?: number;
  text?: string;
}

/**
 * Real workers, with a record of every lint the server ran. Each text is linted whole (the job goes
 * without its URI, so no incremental model): these tests are about what happens around a long lint.
 */
class RecordingRunner implements LintRunner {
  readonly lints: Lint[] = [];
  private readonly pool = new WorkerPool(2, allRules, (message) => this.logs.push(message));
  readonly logs: string[] = [];
  private waiting: Array<{ test: () => boolean; wake: () => void }> = [];

  run(prepare: () => LintJob | null): Promise<LintOutcome | null> {
    const lint: Lint = { asked: performance.now() };
    return this.pool
      .run(() => {
        const picked = prepare();
        const job = picked && { ...picked, uri: undefined };
        if (job) {
          lint.started = performance.now();
          lint.text = job.text;
          this.lints.push(lint);
          this.notify();
        }
        return job;
      })
      .then((outcome) => {
        lint.ended = performance.now();
        this.notify();
        return outcome;
      });
  }

  /** Resolves once `test` holds (checked at every start and end of a lint). */
  until(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((wake) => this.waiting.push({ test, wake }));
  }

  private notify(): void {
    this.waiting = this.waiting.filter((w) => (w.test() ? (w.wake(), false) : true));
  }

  warm(): void {
    this.pool.warm();
  }

  dispose(): void {
    this.pool.dispose();
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('language server: bursts coalesced, no debounce, requests answered during a lint', function () {
  this.timeout(300000);
  let runner: RecordingRunner;
  let client: TestClient;
  const uri = 'file:///tmp/caolint-coalesce/lang.md';
  const big = bigDraft(400);
  let document = TextDocument.create(uri, 'markdown', 1, big);

  /** Types `count` characters spread through the text, each a didChange of its own, all sent in one go. */
  async function burst(count: number): Promise<number> {
    const changes: Array<{ version: number; change: TextDocumentContentChangeEvent }> = [];
    for (let i = 0; i < count; i++) {
      const text = document.getText();
      // At the end of a line, spread evenly through the draft.
      const at = text.indexOf('\n', Math.floor(((i + 0.5) / count) * text.length));
      const position = document.positionAt(at === -1 ? text.length : at);
      const change = { range: { start: position, end: position }, text: 'x' };
      document = TextDocument.update(document, [change], document.version + 1);
      changes.push({ version: document.version, change });
    }
    await Promise.all(
      changes.map(({ version, change }) =>
        client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] }),
      ),
    );
    return document.version;
  }

  before(async () => {
    runner = new RecordingRunner();
    client = TestClient.inProcess({ runner });
    await client.initialize('nl-NL');
    await client.open(uri, big, 1);
    await client.diagnostics(uri, (p) => p.version === 1, 120000);
  });
  after(() => {
    client.dispose();
    runner.dispose();
  });

  it('a burst of 30 edits spread through a 400 KB draft publishes the final version only, after at most two lints', async () => {
    const before = runner.lints.length;
    const published = client.published.length;
    const final = await burst(30);
    await client.diagnostics(uri, (p) => p.version === final, 120000);
    const later = client.published.slice(published).filter((p) => p.uri === uri);
    assert.deepEqual(
      later.map((p) => p.version),
      [final],
      'only the final version is published',
    );
    const lints = runner.lints.slice(before);
    assert.ok(lints.length >= 1 && lints.length <= 2, `${lints.length} lints for a burst of 30 edits`);
    assert.equal(lints.at(-1)!.text, document.getText(), 'the last lint is of the final text');
    assert.deepEqual(runner.logs, [], 'the workers started');
  });

  it('an edit after a quiet spell goes to a worker at once: its wait before the lint is small beside the lint itself', async () => {
    const waits: number[] = [];
    const durations: number[] = [];
    for (let round = 0; round < 3; round++) {
      const before = runner.lints.length;
      const sent = performance.now();
      const version = await burst(1);
      await client.diagnostics(uri, (p) => p.version === version, 120000);
      const [lint] = runner.lints.slice(before);
      waits.push(lint.started! - sent);
      durations.push(lint.ended! - lint.started!);
    }
    // A fixed 300 ms debounce would be a fifth or more of a lint of this draft (1.5 s on a quiet machine).
    assert.ok(
      median(waits) < 0.1 * median(durations),
      `waits ${waits.map(Math.round).join(', ')} ms before lints of ${durations.map(Math.round).join(', ')} ms`,
    );
  });

  it('hover, symbols and code actions on the draft being linted answer from its last analysis while the lint runs', async () => {
    const analysed = document.getText();
    const diagnostic = [...client.published].reverse().find((p) => p.uri === uri)!.diagnostics[0];
    assert.ok(diagnostic, 'the draft has a finding');
    const amount = document.positionAt(analysed.indexOf('€ 287,-') + 2);
    const before = runner.lints.length;
    const version = await burst(1);
    await runner.until(() => runner.lints.length > before);
    const lint = runner.lints[before];
    const asked = performance.now();
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: amount });
    const hoverMs = performance.now() - asked;
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const answeredMs = performance.now() - asked;
    assert.equal(lint.ended, undefined, 'the lint was still running when both answers came');
    assert.ok(hover, 'the amount has a hover');
    assert.ok(symbols.length > 0);
    assert.ok(actions.length > 0, 'the finding has code actions');
    await client.diagnostics(uri, (p) => p.version === version, 120000);
    const lintMs = lint.ended! - lint.started!;
    assert.ok(
      answeredMs < 0.25 * lintMs,
      `hover ${Math.round(hoverMs)} ms, hover, symbols and code actions ${Math.round(answeredMs)} ms, the lint ${Math.round(lintMs)} ms`,
    );
  });
});
