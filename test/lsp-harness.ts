/**
 * A minimal LSP client for the protocol tests: speaks JSON-RPC to caolint's language server (a spawned
 * process over stdio, or an in-process server over memory streams), answers the server's requests the
 * way an editor would, and records what the server sends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createConnection,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowDocumentParams,
  type ShowMessageParams,
} from 'vscode-languageserver/node';
import { startServer, type ServerOptions } from '../server/lsp/server';

export const capabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    synchronization: { didSave: true },
  },
  window: { workDoneProgress: true, showDocument: { support: true } },
};

type Waiter = { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** What the client answers to workspace/configuration for the `caolint` section. */
  settings: Record<string, unknown> = {};
  private waiters: Waiter[] = [];

  constructor(
    readonly connection: ProtocolConnection,
    private readonly stop: () => void,
    /** An in-process server must not watch this process (it would keep the test run alive). */
    private readonly processId: number | null,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((w) => (w.test(params) ? (w.resolve(params), false) : true));
    });
    connection.onNotification(ShowMessageNotification.type, (params) => void this.messages.push(params));
    connection.onNotification(LogMessageNotification.type, (params) => void this.logs.push(params.message));
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    connection.listen();
  }

  /**
   * Spawns `node --import tsx server/lsp/main.ts --stdio`, the same entry that dist/server.cjs bundles,
   * or with `built` the bundle itself (run `npm run build` first).
   */
  static spawn(built = false): TestClient {
    const args = built ? ['dist/server.cjs', '--stdio'] : ['--import', 'tsx', 'server/lsp/main.ts', '--stdio'];
    const child: ChildProcess = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    // A message still on its way when the test stops the server (an answer to its last request) must
    // not fail the run with EPIPE.
    child.stdin!.on('error', () => undefined);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, () => child.kill(), process.pid);
    client.child = child;
    return client;
  }

  /** The spawned server process, if any. */
  child: ChildProcess | null = null;

  /** Runs the server in this process over memory streams, with test rules. */
  static inProcess(options: ServerOptions): TestClient {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(serverConnection, options);
    const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    return new TestClient(
      connection,
      () => {
        serverConnection.dispose();
        toServer.end();
        toClient.end();
      },
      null,
    );
  }

  /** Initializes with one workspace folder (`rootUri`), or with every folder of `folderUris` (a multi-root workspace). */
  async initialize(locale: string, rootUri: string | null = null, folderUris?: string[]): Promise<InitializeResult> {
    const folders = folderUris ?? (rootUri ? [rootUri] : []);
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: this.processId,
      rootUri: rootUri ?? folders[0] ?? null,
      workspaceFolders: folders.length > 0 ? folders.map((uri, i) => ({ uri, name: `ws${i + 1}` })) : null,
      capabilities,
      locale,
      initializationOptions: {},
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Resolves with the next publication for `uri` that passes `test` (already received ones included). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams): boolean => p.uri === uri && test(p);
    const seen = [...this.published].reverse().find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ test: match, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  dispose(): void {
    this.connection.dispose();
    this.stop();
  }
}
