import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules } from '../../rules/index';
import type { lintText } from '../engine/lint';
import type { Locale, Rule } from '../engine/types';
import { Analyzer, type Analysis } from './analysis';
import { codeActions, fixAllEdits, workspaceEdit, type CodeActionEnv } from './codeActions';
import { documentSymbols } from './documentSymbols';
import { hover } from './hover';
import {
  CONFIG_FILE_GLOBS,
  FIX_ALL_KIND,
  LINT_WORKSPACE_REQUEST,
  SERVER_COMMANDS,
  type InitializationOptions,
  type LintWorkspaceParams,
  type LintWorkspaceResult,
} from './protocol';
import { clientLocale, SettingsStore } from './settings';
import { lintWorkspace } from './workspaceLint';

export interface ServerOptions {
  /** Rules to run instead of the built-in catalogue (tests). */
  rules?: readonly Rule[];
  /** Quiet time after a keystroke before linting, in ms. */
  debounceMs?: number;
  /** The engine's lint function (tests make it fail on chosen texts). */
  lintText?: typeof lintText;
}

type Trigger = 'open' | 'change' | 'save' | 'refresh';

/**
 * Wires caolint's language features onto a connection (stdio, node IPC or in-memory streams).
 * All behaviour lives here, so every LSP editor gets the same; the VS Code client stays thin.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const rules = options.rules ?? allRules;
  const debounceMs = options.debounceMs ?? 300;
  const documents = new TextDocuments(TextDocument);
  let capabilities: ClientCapabilities = {};
  let initOptions: InitializationOptions = {};
  let locale: Locale | undefined;
  let folders: string[] = [];

  const settings = new SettingsStore(connection, () => capabilities.workspace?.configuration === true);
  const analyzer = new Analyzer({ connection, settings, rules, clientLocale: () => locale, workspaceRoot: () => folders[0] ?? null, lintText: options.lintText });
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const justOpened = new Set<string>();
  const env = (): CodeActionEnv => ({
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    clientOpensDocs: initOptions.openDocsCommand === true,
  });
  const log = (message: string): void => connection.console.error(message);

  /** Runs a handler, logging instead of crashing on anything it throws. */
  function guard<P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      try {
        return await handler(...args);
      } catch (error) {
        log(`caolint: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };
  }

  /** The last version published per open document: nothing older is ever published after it. */
  const published = new Map<string, number>();

  /**
   * Publishes diagnostics of one version of an open document (or clears a closed one, without a
   * version). A version older than the document's current one, or than one already published, is
   * dropped: diagnostics never go back in time.
   */
  function publishDiagnostics(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (version !== undefined) {
      const open = documents.get(uri);
      if (open && open.version !== version) return;
      if ((published.get(uri) ?? -Infinity) > version) return;
      published.set(uri, version);
    }
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function publish(uri: string, analysis: Analysis | null, version?: number): void {
    publishDiagnostics(uri, analysis?.diagnostics ?? [], version);
  }

  const validate = guard('validate', undefined, async (uri: string, trigger: Trigger): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const current = await settings.get(uri);
    if (!current.enable) return publish(uri, null, version);
    if (trigger === 'change' && current.run === 'onSave') return;
    const analysis = await analyzer.analyse(document);
    // The text moved on (or the document closed) while settings were fetched: this result is stale.
    if (documents.get(uri)?.version !== version) return;
    if (analysis) return publish(uri, analysis, version);
    // The engine failed on this version: its notice replaces the old diagnostics (see analysis.ts).
    const failure = analyzer.failure(uri, version);
    if (failure) publishDiagnostics(uri, failure, version);
  });

  function schedule(uri: string, trigger: Trigger, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri, trigger);
      }, delay),
    );
  }

  function revalidateAll(): void {
    analyzer.invalidate();
    for (const document of documents.all()) schedule(document.uri, 'refresh', 0);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    initOptions = (typeof params.initializationOptions === 'object' && params.initializationOptions) || {};
    locale = clientLocale(params.locale);
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'caolint' },
        executeCommandProvider: { commands: [SERVER_COMMANDS.fixAll, SERVER_COMMANDS.openDocs] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'caolint-language-server' },
    };
  });

  connection.onInitialized(() => {
    const dynamic = capabilities.workspace;
    if (dynamic?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'caolint' });
    }
    if (dynamic?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_FILE_GLOBS.map((globPattern) => ({ globPattern })) });
    }
    if (dynamic?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        const added = event.added.map((f) => f.uri).filter((u) => u.startsWith('file:') && !removed.has(u));
        folders = folders.filter((f) => !event.removed.some((r) => r.uri.startsWith('file:') && fileURLToPath(r.uri) === f));
        folders.push(...added.map((u) => fileURLToPath(u)));
      });
    }
  });

  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    if (justOpened.delete(uri)) schedule(uri, 'open', 0);
    else schedule(uri, 'change', debounceMs);
  });
  documents.onDidSave((event) => schedule(event.document.uri, 'save', 0));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    justOpened.delete(uri);
    analyzer.forget(uri);
    settings.forget(uri);
    published.delete(uri);
    staleLogged.delete(uri);
    publish(uri, null);
  });

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      settings.changed(params.settings);
      revalidateAll();
    }),
  );
  connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, () => revalidateAll()));

  /** The analysis of an open document's current version, or null (closed, disabled, failed). */
  async function current(uri: string): Promise<{ document: TextDocument; analysis: Analysis | null } | null> {
    const document = documents.get(uri);
    if (!document) return null;
    const enabled = (await settings.get(uri)).enable;
    return { document, analysis: enabled ? await analyzer.analyse(document) : null };
  }

  connection.onCodeAction(
    guard('codeAction', [], async (params) => {
      const found = await current(params.textDocument.uri);
      if (!found) return [];
      return codeActions(params, found.document, found.analysis, env());
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const found = await current(params.textDocument.uri);
      if (!found?.analysis) return null;
      return hover(found.document, params.position, found.analysis, rules);
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      // The outline does not depend on caolint.enable: it is the draft's structure, not a finding.
      const analysis = await analyzer.analyse(document);
      return analysis ? documentSymbols(document, analysis.result.doc, analysis.locale) : [];
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', null, async (params) => {
      const [argument] = params.arguments ?? [];
      if (typeof argument !== 'string') return null;
      if (params.command === SERVER_COMMANDS.fixAll) {
        const found = await current(argument);
        if (!found?.analysis) return null;
        if (found.analysis.version !== found.document.version) return null;
        const edits = fixAllEdits(found.analysis, found.document);
        if (edits.length > 0) await connection.workspace.applyEdit(workspaceEdit(found.document, edits, env()));
        return null;
      }
      if (params.command === SERVER_COMMANDS.openDocs) {
        await connection.window.showDocument({ uri: argument, takeFocus: true });
      }
      return null;
    }),
  );

  connection.onRequest(
    LINT_WORKSPACE_REQUEST,
    guard('lintWorkspace', { files: 0, problems: 0 }, async (params: LintWorkspaceParams, token): Promise<LintWorkspaceResult> => {
      const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken);
      const publishedLocale = (folders[0] ? await settings.get(pathToFileURL(folders[0]).href) : null)?.locale;
      return lintWorkspace(
        {
          folders,
          locale: publishedLocale && publishedLocale !== 'auto' ? publishedLocale : (locale ?? 'nl'),
          isOpen: (uri) => documents.get(uri) !== undefined,
          lintOpen: async (uri) => (await current(uri))?.analysis ?? null,
          lintFile: async (document) => {
            const fileSettings = await settings.get(document.uri);
            return fileSettings.enable ? analyzer.lint(document, fileSettings) : null;
          },
          publish: (uri, analysis) => publish(uri, analysis, documents.get(uri) ? analysis.version : undefined),
          log,
        },
        progress,
        token,
      );
    }),
  );

  /**
   * A didChange whose version is lower than the document's is stale (reordered or replayed by the
   * client): applying it would roll the text back, so it is ignored and logged once per document.
   */
  const staleLogged = new Set<string>();
  const sync: Parameters<TextDocuments<TextDocument>['listen']>[0] = {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(handler),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument((params) => {
        const { uri, version } = params.textDocument;
        const document = documents.get(uri);
        if (document && typeof version === 'number' && version < document.version) {
          if (!staleLogged.has(uri)) {
            staleLogged.add(uri);
            log(`caolint: ignored a change to ${uri} with version ${version}, older than version ${document.version}`);
          }
          return;
        }
        return handler(params);
      }),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(handler),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(handler),
  };
  documents.listen(sync);
  connection.listen();
}
