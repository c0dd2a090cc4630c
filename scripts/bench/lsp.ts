/**
 * The editor's side of `npm run bench` (issue 9, item 5): the built language server
 * (dist/server.cjs) over stdio, driven as an editor drives it, on corpus text 01 at full length.
 * Measured in the same run as markdownlint's full in-process lint of the same text (what
 * vscode-markdownlint does on every change) and one remark parse of it, so the figures are read as
 * ratios: open -> diagnostics, edit -> diagnostics over single-character edits spread through the
 * text (each after a quiet spell), and the server's peak RSS after a long run of typing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint as markdownlint } from 'markdownlint/sync';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ProtocolConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseMarkdown } from '../../server/engine/parse';
import { median } from './stats';

export interface LspBenchOptions {
  /** Single-character edits timed one by one (each waits for its diagnostics, then a pause). */
  edits: number;
  /** Edits typed for the memory figure (0 skips it). */
  memoryEdits: number;
}

export interface LspBenchResult {
  source: string;
  fallback: boolean;
  bytes: number;
  openMs: number;
  editMs: number[];
  markdownlintMs: number[];
  parseMs: number[];
  /** VmHWM of the server process (threads included) after the first diagnostics, in KiB. */
  peakAfterOpenKiB: number | null;
  /** VmHWM after `memoryEdits` edits and their diagnostics, in KiB. */
  peakAfterEditsKiB: number | null;
  memoryEdits: number;
}

/** Corpus text 01 beside the checkout, or the project's samples joined when it is missing. */
export function lspText(projectRoot: string): { text: string; source: string; fallback: boolean } {
  const corpus = resolve(projectRoot, '..', 'shared', 'corpus');
  const name = existsSync(corpus) ? readdirSync(corpus).find((n) => n.startsWith('01_') && n.endsWith('.md')) : undefined;
  if (name) return { text: readFileSync(join(corpus, name), 'utf8'), source: join(corpus, name), fallback: false };
  const samples = join(projectRoot, 'samples');
  const names = readdirSync(samples)
    .filter((n) => n.endsWith('.md'))
    .sort();
  return { text: names.map((n) => readFileSync(join(samples, n), 'utf8')).join('\n\n'), source: `${samples}/*.md joined`, fallback: true };
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The peak resident set of a process (Linux /proc; null elsewhere). */
function peakRssKiB(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Times `fn` `runs` times after one warm-up run. */
function timed(runs: number, fn: () => void): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** The offset of the line end nearest after `fraction` of the text: edits land all through it. */
function spreadOffset(text: string, fraction: number): number {
  const at = text.indexOf('\n', Math.floor(fraction * text.length));
  return at === -1 ? text.length : at;
}

class Editor {
  private document: TextDocument;
  private waiting = new Map<number, () => void>();
  private readonly published = new Set<number>();

  constructor(
    private readonly connection: ProtocolConnection,
    readonly uri: string,
    text: string,
  ) {
    this.document = TextDocument.create(uri, 'markdown', 1, text);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri !== uri || params.version === undefined) return;
      this.published.add(params.version);
      this.waiting.get(params.version)?.();
    });
  }

  /** Resolves when the diagnostics of `version` are published. */
  diagnostics(version: number): Promise<void> {
    if (this.published.has(version)) return Promise.resolve();
    return new Promise((done) => this.waiting.set(version, done));
  }

  open(): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: this.uri, languageId: 'markdown', version: 1, text: this.document.getText() },
    });
  }

  /** Types one character at `fraction` of the text (incremental sync, as editors send it); returns the new version. */
  async type(fraction: number, character = 'x'): Promise<number> {
    const position = this.document.positionAt(spreadOffset(this.document.getText(), fraction));
    const change = { range: { start: position, end: position }, text: character };
    const version = this.document.version + 1;
    this.document = TextDocument.update(this.document, [change], version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri, version }, contentChanges: [change] });
    return version;
  }
}

export async function benchLsp(projectRoot: string, options: LspBenchOptions, log: (line: string) => void): Promise<LspBenchResult> {
  const { text, source, fallback } = lspText(projectRoot);
  const mdlRun = (): void => void markdownlint({ strings: { draft: text }, config: { default: true } });
  const parseRun = (): void => void parseMarkdown(text);
  const markdownlintMs = timed(3, mdlRun);
  const parseMs = timed(3, parseRun);
  log(`  markdownlint full lint ${Math.round(median(markdownlintMs))} ms, remark parse ${Math.round(median(parseMs))} ms (median of 3 after a warm-up)`);

  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.on('error', () => undefined);
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.listen();
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: true } }, workspace: { configuration: true } },
      locale: 'nl',
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const editor = new Editor(connection, 'file:///bench/cao.md', text);

    const opened = performance.now();
    await editor.open();
    await editor.diagnostics(1);
    const openMs = performance.now() - opened;
    const peakAfterOpenKiB = peakRssKiB(child.pid);
    log(`  open -> diagnostics ${Math.round(openMs)} ms`);

    // One character at a time, each after the previous one's diagnostics and a pause of 150 ms (a
    // writer who stops to read): every edit is timed from a quiet server.
    const editMs: number[] = [];
    for (let i = 0; i < options.edits; i++) {
      await sleep(150);
      const sent = performance.now();
      const version = await editor.type((i + 0.5) / options.edits);
      await editor.diagnostics(version);
      editMs.push(performance.now() - sent);
    }
    log(`  edit -> diagnostics over ${options.edits} edits: median ${Math.round(median(editMs))} ms`);

    // Typing for the memory figure: one character every 20 ms, at ten places through the text in turn.
    let last = 0;
    for (let i = 0; i < options.memoryEdits; i++) {
      last = await editor.type(((i % 10) + 0.5) / 10, i % 7 === 6 ? ' ' : 'x');
      await sleep(20);
    }
    if (options.memoryEdits > 0) await editor.diagnostics(last);
    const peakAfterEditsKiB = options.memoryEdits > 0 ? peakRssKiB(child.pid) : null;
    if (options.memoryEdits > 0)
      log(`  ${options.memoryEdits} edits typed, peak RSS ${peakAfterEditsKiB === null ? 'n/a' : `${Math.round(peakAfterEditsKiB / 1024)} MiB`}`);

    // markdownlint and the parse again, after the server's run, so both ends of the run are in the medians.
    markdownlintMs.push(...timed(3, mdlRun));
    parseMs.push(...timed(3, parseRun));
    return {
      source,
      fallback,
      bytes: Buffer.byteLength(text),
      openMs,
      editMs,
      markdownlintMs,
      parseMs,
      peakAfterOpenKiB,
      peakAfterEditsKiB,
      memoryEdits: options.memoryEdits,
    };
  } finally {
    await Promise.race([connection.sendRequest(ShutdownRequest.type).then(() => connection.sendNotification(ExitNotification.type)), sleep(2000)]).catch(
      () => undefined,
    );
    connection.dispose();
    child.kill();
  }
}

/** The p-th percentile (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
