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
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules } from '../../rules/index';
import type { lintText } from '../engine/lint';
import type { Locale, Rule } from '../engine/types';
import { Analyzer, type Analysis, type SetForLint } from './analysis';
import { createLintScheduler } from './lintScheduler';
import { codeActions, fixAllEdits, workspaceEdit, type CodeActionEnv } from './codeActions';
import { documentSymbols } from './documentSymbols';
import { CaoSets } from './caoSets';
import { wireNavigation } from './navigationRequests';
import { isMarkdownPath } from '../set/members';
import { Exclusions } from './exclusion';
import { hover } from './hover';
import { defaultWorkerCount, InlineRunner, WorkerPool, type LintRunner } from './lintRunner';
import { compareRequest, compareSources } from './compare';
import {
  COMPARE_REQUEST,
  COMPARE_SOURCES_REQUEST,
  CONFIG_FILE_GLOBS,
  FIX_ALL_KIND,
  MARKDOWN_FILE_GLOBS,
  LINT_WORKSPACE_REQUEST,
  SERVER_COMMANDS,
  type CompareParams,
  type CompareResponse,
  type CompareSourcesParams,
  type CompareSourcesResult,
  type InitializationOptions,
  type LintWorkspaceParams,
  type LintWorkspaceResult,
} from './protocol';
import { clientLocale, SettingsStore } from './settings';
import { lintWorkspace } from './workspaceLint';

export interface ServerOptions {
  /** Rules to run instead of the built-in catalogue (tests; the lints then run on the main thread). */
  rules?: readonly Rule[];
  /** The engine's lint function (tests make it fail on chosen texts; the lints then run on the main thread). */
  lintText?: typeof lintText;
  /** Lint worker threads (default: `defaultWorkerCount()`); 0 lints on the main thread. */
  workers?: number;
  /** Where lints run instead of worker threads (tests that decide when each lint starts and ends). */
  runner?: LintRunner;
}

/**
 * Wires caolint's language features onto a connection (stdio, node IPC or in-memory streams).
 * All behaviour lives here, so every LSP editor gets the same; the VS Code client stays thin.
 *
 * Linting runs in worker threads (lintRunner.ts) and is coalesced per document: a document waits for
 * a free worker at most once, and when one is free the newest version is linted, so a burst of edits
 * costs one lint, not one per keystroke, and no fixed delay is waited. Diagnostics are published only
 * for the version that is still current when its lint finishes. Hover, code actions and symbols answer
 * from the newest finished analysis, without waiting for a lint under way.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const rules = options.rules ?? allRules;
  const documents = new TextDocuments(TextDocument);
  let capabilities: ClientCapabilities = {};
  let initOptions: InitializationOptions = {};
  let locale: Locale | undefined;
  let folders: string[] = [];

  const settings = new SettingsStore(connection, () => capabilities.workspace?.configuration === true);
  const log = (message: string): void => connection.console.error(message);
  const workers = options.workers ?? defaultWorkerCount();
  const runner: LintRunner =
    options.runner ?? (options.rules || options.lintText || workers <= 0 ? new InlineRunner(rules, options.lintText) : new WorkerPool(workers, rules, log));
  /** After `shutdown` nothing is linted or published any more (main.ts answers further requests with an error). */
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
    runner.dispose();
  });
  const exclusions = new Exclusions(() => folders);
  const analyzer: Analyzer = new Analyzer({
    connection,
    runner,
    rules,
    clientLocale: () => locale,
    workspaceFolders: () => folders,
    // The files of a cao in several files (the config's `set`, lsp/caoSets.ts): the other files' outlines of each lint.
    setFor: (uri, config, current): SetForLint | undefined => cao.setFor(uri, config, current),
  });
  const env = (): CodeActionEnv => ({
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    clientOpensDocs: initOptions.openDocsCommand === true,
  });

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

  const scheduler = createLintScheduler({
    documents,
    settings,
    analyzer,
    sendDiagnostics: (params) => void connection.sendDiagnostics(params),
    isShutDown: () => shutDown,
    guard,
    isExcluded: (uri, current) => exclusions.isExcluded(uri, current),
    prepare: (uri, current) => cao.prepare(uri, current),
    analysed: (analysis) => cao.analysed(analysis),
  });
  const { request, analysisFor, publish } = scheduler;
  const cao: CaoSets = new CaoSets({
    documents,
    analyzer,
    rules,
    settings: (uri) => settings.get(uri),
    workspaceFolders: () => folders,
    isExcluded: (uri, current) => exclusions.isExcluded(uri, current),
    analysisOf: (uri, current) => analysisFor(uri, current ? documents.get(uri)?.version : undefined),
    relint: (uri) => {
      analyzer.markStale(uri);
      request(uri, 'refresh');
    },
  });
  /** Settings, config files or workspace folders changed: every open draft is linted again, and every set read again. */
  const revalidateAll = (): void => {
    cao.clear();
    scheduler.revalidateAll();
  };
  wireNavigation({
    connection,
    documents,
    analysisFor,
    sets: cao,
    guard,
    documentChanges: () => capabilities.workspace?.workspaceEdit?.documentChanges === true,
    locale: () => locale ?? 'nl',
  });

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
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        executeCommandProvider: { commands: [SERVER_COMMANDS.fixAll, SERVER_COMMANDS.openDocs] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'caolint-language-server' },
    };
  });

  connection.onInitialized(() => {
    runner.warm();
    const dynamic = capabilities.workspace;
    if (dynamic?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'caolint' });
    }
    if (dynamic?.didChangeWatchedFiles?.dynamicRegistration) {
      // Markdown files too: another file of a cao in several files may change on disk (lsp/caoSets.ts).
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [...CONFIG_FILE_GLOBS, ...MARKDOWN_FILE_GLOBS].map((globPattern) => ({ globPattern })),
      });
    }
    if (dynamic?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        const added = event.added.map((f) => f.uri).filter((u) => u.startsWith('file:') && !removed.has(u));
        folders = folders.filter((f) => !event.removed.some((r) => r.uri.startsWith('file:') && fileURLToPath(r.uri) === f));
        folders.push(...added.map((u) => fileURLToPath(u)));
        // Which files config lookups may read, and where ignore patterns start, changed with the folders.
        exclusions.clear();
        revalidateAll();
      });
    }
  });

  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    scheduler.opened(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    request(uri, justOpened.delete(uri) ? 'open' : 'change');
  });
  documents.onDidSave((event) => request(event.document.uri, 'save'));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    justOpened.delete(uri);
    analyzer.forget(uri);
    settings.forget(uri);
    staleLogged.delete(uri);
    scheduler.closed(uri);
    cao.closed(uri);
  });

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      settings.changed(params.settings);
      exclusions.clear();
      revalidateAll();
    }),
  );
  connection.onDidChangeWatchedFiles(
    guard('didChangeWatchedFiles', undefined, (params) => {
      const markdown = params.changes.filter((change) => isMarkdownPath(change.uri));
      // A Markdown file changed: the open drafts of its cao read it again. Anything else is a config file or a .caolintignore.
      if (markdown.length > 0) cao.changedOnDisk(markdown.map((change) => change.uri));
      if (markdown.length === params.changes.length) return;
      exclusions.clear();
      revalidateAll();
    }),
  );

  /** Whether caolint speaks about this draft at all: enabled, and not excluded by .caolintignore or caolint.include / exclude. */
  async function active(uri: string): Promise<boolean> {
    const current = await settings.get(uri);
    return current.enable && !exclusions.isExcluded(uri, current);
  }

  /** An open document with the analysis a request answers from (see `analysisFor`), or null when closed. */
  async function current(uri: string, version?: number): Promise<{ document: TextDocument; analysis: Analysis | null } | null> {
    const document = documents.get(uri);
    if (!document) return null;
    return { document, analysis: (await active(uri)) ? await analysisFor(uri, version) : null };
  }

  connection.onCodeAction(
    guard('codeAction', [], async (params) => {
      const uri = params.textDocument.uri;
      const document = documents.get(uri);
      if (!document) return [];
      // Quick fixes come from the diagnostics' data. Only "fix all" (asked for by kind, as on save)
      // needs the analysis of this very version, and waits for it; the rest answers at once.
      const fixAll = params.context.only?.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`)) === true;
      const found = await current(uri, fixAll ? document.version : undefined);
      if (!found) return [];
      return codeActions(params, found.document, found.analysis, env());
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const found = await current(params.textDocument.uri);
      if (!found?.analysis) return null;
      // Positions are read in the analysed text: while a newer version is being linted, that is the
      // previous one, which differs from the editor's only around the edit.
      const offset = found.analysis.document.offsetAt(params.position);
      // The files of its cao are gathered only for a hover on a reference that may lead into one of them.
      const set = found.analysis.references.some((r) => r.range.start <= offset && offset <= r.range.end) ? await cao.view(found.analysis) : null;
      return hover(found.analysis.document, params.position, found.analysis, rules, set ?? undefined);
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', [], async (params) => {
      if (!documents.get(params.textDocument.uri)) return [];
      // The outline does not depend on caolint.enable: it is the draft's structure, not a finding.
      const analysis = await analysisFor(params.textDocument.uri);
      return analysis ? documentSymbols(analysis.document, analysis.articles, analysis.locale) : [];
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', null, async (params) => {
      const [argument] = params.arguments ?? [];
      if (typeof argument !== 'string') return null;
      if (params.command === SERVER_COMMANDS.fixAll) {
        const version = documents.get(argument)?.version;
        if (version === undefined) return null;
        const found = await current(argument, version);
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
          lintOpen: async (uri) => (await current(uri, documents.get(uri)?.version))?.analysis ?? null,
          lintFile: async (document) => {
            const fileSettings = await settings.get(document.uri);
            if (!fileSettings.enable) return null;
            // The other files of its cao first, so it is judged with them, as the CLI judges it.
            await cao.prepare(document.uri, fileSettings, document.getText());
            return (await analyzer.lint(() => document, fileSettings))?.analysis ?? null;
          },
          isExcluded: async (uri) => exclusions.isExcluded(uri, await settings.get(uri)),
          publish: (uri, analysis) => publish(uri, analysis, documents.get(uri) ? analysis.version : undefined),
          log,
        },
        progress,
        token,
      );
    }),
  );

  connection.onRequest(
    COMPARE_SOURCES_REQUEST,
    guard('compareSources', { git: false }, (params: CompareSourcesParams): CompareSourcesResult => compareSources(params)),
  );

  connection.onRequest(
    COMPARE_REQUEST,
    guard('compare', { ok: false, message: 'caolint: the comparison failed; see the caolint output.' }, (params: CompareParams): Promise<CompareResponse> =>
      compareRequest(params, {
        openText: (uri) => documents.get(uri)?.getText() ?? null,
        settings: (uri) => settings.get(uri),
        folders,
        rules,
        clientLocale: locale,
      }),
    ),
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
