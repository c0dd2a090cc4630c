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
import { defaultWorkerCount, InlineRunner, WorkerPool, type LintRunner } from './lintRunner';
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
 * Why a document is linted. `change` is skipped with `caolint.run: onSave`; `demand` comes from a
 * request that needs an analysis (the outline of a disabled draft, fix-all before a save): it is made
 * whatever the settings, and publishes nothing but an empty list for a disabled draft.
 */
type Trigger = 'open' | 'change' | 'save' | 'refresh' | 'demand';

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
    options.runner ??
    (options.rules || options.lintText || workers <= 0 ? new InlineRunner(rules, options.lintText) : new WorkerPool(workers, rules, log));
  /** After `shutdown` nothing is linted or published any more (main.ts answers further requests with an error). */
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
    runner.dispose();
  });
  const analyzer = new Analyzer({ connection, runner, rules, clientLocale: () => locale, workspaceFolders: () => folders });
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

  /** The last version published per open document: nothing older is ever published after it. */
  const published = new Map<string, number>();

  /**
   * Publishes diagnostics of one version of an open document (or clears a closed one, without a
   * version). A version older than the document's current one, or than one already published, is
   * dropped: diagnostics never go back in time.
   */
  function publishDiagnostics(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (shutDown) return;
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

  /** Documents waiting for a free worker, with why; when one is free, their newest version is linted. */
  const queued = new Map<string, Trigger>();
  /**
   * Which open of each document this is: a number given at every didOpen, never given twice. Versions
   * start again at each open (a draft closed and opened again is at version 1 again), so a lint and a
   * document are matched by open and version, never by version alone.
   */
  const openings = new Map<string, number>();
  let opens = 0;
  /** The lint under way per document (the open and version it picked): one lint per document at a time. */
  const linting = new Map<string, { opening: number; version: number }>();
  /** Called whenever a lint of a document settles or the document closes (requests and queued lints wait on it). */
  const waiters = new Map<string, Set<() => void>>();

  function settled(uri: string): void {
    const waiting = waiters.get(uri);
    if (!waiting) return;
    for (const wake of [...waiting]) wake();
  }

  /** Calls `check` at every settling of the document until it returns true. */
  function watch(uri: string, check: () => boolean): void {
    let waiting = waiters.get(uri);
    if (!waiting) waiters.set(uri, (waiting = new Set()));
    const wake = (): void => {
      if (!check()) return;
      waiting.delete(wake);
      if (waiting.size === 0 && waiters.get(uri) === waiting) waiters.delete(uri);
    };
    waiting.add(wake);
  }

  /** Asks for a lint of the document's newest version; repeated asks before it starts cost nothing. */
  function request(uri: string, trigger: Trigger): void {
    if (shutDown) return;
    const waiting = queued.get(uri);
    if (waiting !== undefined) {
      // A save, a refresh or a request needs the lint even where a keystroke alone would not.
      if (waiting === 'change') queued.set(uri, trigger);
      else if (trigger === 'demand') queued.set(uri, 'demand');
      return;
    }
    queued.set(uri, trigger);
    void validate(uri);
  }

  const validate = guard('validate', undefined, async (uri: string): Promise<void> => {
    // A lint of this document is under way (a version typed before): wait for it, then lint the newest.
    if (linting.has(uri)) await new Promise<void>((resolve) => watch(uri, () => (linting.has(uri) ? false : (resolve(), true))));
    const generation = analyzer.generation;
    const current = await settings.get(uri);
    let started: { opening: number; version: number } | undefined;
    const pick = (): TextDocument | null => {
      const trigger = queued.get(uri);
      queued.delete(uri);
      const document = documents.get(uri);
      if (!document || trigger === undefined) return null;
      const { version } = document;
      const disabled = !current.enable && trigger !== 'demand';
      const skipped = trigger === 'change' && current.run === 'onSave';
      const done = analyzer.finished(uri, version);
      if (disabled || skipped || done) {
        // Nothing to lint: what this version shows is already decided.
        if (disabled) publish(uri, null, version);
        else if (done && !skipped) publish(uri, current.enable ? done : null, version);
        return null;
      }
      // The open is read here, with the text: a close and reopen while this lint waited for a worker
      // makes it lint the new text, and its result belongs to the new open.
      started = { opening: openings.get(uri)!, version };
      linting.set(uri, started);
      return document;
    };
    const linted = await analyzer.lint(pick, current, generation).finally(() => {
      if (started && linting.get(uri) === started) linting.delete(uri);
    });
    // The document was closed (and perhaps opened again) while it was linted: the result is of no use.
    if (!linted || !started || openings.get(uri) !== started.opening) return settled(uri);
    analyzer.keep(linted);
    settled(uri);
    // Settings or config files changed while it was linted: lint again with the new ones.
    if (linted.generation !== analyzer.generation) return request(uri, 'refresh');
    const { version, analysis, failure } = linted;
    // The text moved on while it was linted: this result is not published (it serves requests).
    if (documents.get(uri)?.version !== version) return;
    if (!current.enable) return publish(uri, null, version);
    if (analysis) return publish(uri, analysis, version);
    // The engine failed on this version: its notice replaces the old diagnostics (see analysis.ts).
    if (failure) publishDiagnostics(uri, failure.diagnostics, version);
  });

  function revalidateAll(): void {
    analyzer.invalidate();
    for (const document of documents.all()) request(document.uri, 'refresh');
  }

  /**
   * The analysis a request answers from. Without `version`: the newest finished one, at once, whatever
   * is being linted; only a document that has none yet waits for its first. With `version`: an analysis
   * of exactly that version (fix-all edits must fit the text), waited for; null when the document moves
   * past it or closes first. Null, too, after a failed lint.
   */
  function analysisFor(uri: string, version?: number): Promise<Analysis | null> {
    const ready = (): Analysis | null | undefined => {
      const document = documents.get(uri);
      if (!document) return null;
      if (version === undefined) {
        const newest = analyzer.newest(uri);
        if (newest) return newest;
        return analyzer.failed(uri) ? null : undefined;
      }
      if (document.version !== version) return null;
      const done = analyzer.finished(uri, version);
      if (done) return done;
      return analyzer.failure(uri, version) ? null : undefined;
    };
    const now = ready();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve) => {
      watch(uri, () => {
        const answer = ready();
        if (answer === undefined) return false;
        resolve(answer);
        return true;
      });
      // Make sure a lint that settles it comes (none may: caolint.run onSave, a disabled draft). A lint
      // of an earlier open of the document (closed since) settles nothing for this one.
      const running = linting.get(uri);
      const wanted = version ?? documents.get(uri)!.version;
      if (running?.opening !== openings.get(uri) || running?.version !== wanted) request(uri, 'demand');
    });
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
    runner.warm();
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
        // Which files config lookups may read changed with the folders.
        revalidateAll();
      });
    }
  });

  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    openings.set(event.document.uri, ++opens);
  });
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    request(uri, justOpened.delete(uri) ? 'open' : 'change');
  });
  documents.onDidSave((event) => request(event.document.uri, 'save'));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    openings.delete(uri);
    queued.delete(uri);
    justOpened.delete(uri);
    analyzer.forget(uri);
    settings.forget(uri);
    published.delete(uri);
    staleLogged.delete(uri);
    publish(uri, null);
    settled(uri);
  });

  connection.onDidChangeConfiguration(
    guard('didChangeConfiguration', undefined, (params) => {
      settings.changed(params.settings);
      revalidateAll();
    }),
  );
  connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, () => revalidateAll()));

  /** An open document with the analysis a request answers from (see `analysisFor`), or null when closed. */
  async function current(uri: string, version?: number): Promise<{ document: TextDocument; analysis: Analysis | null } | null> {
    const document = documents.get(uri);
    if (!document) return null;
    const enabled = (await settings.get(uri)).enable;
    return { document, analysis: enabled ? await analysisFor(uri, version) : null };
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
      return hover(found.analysis.document, params.position, found.analysis, rules);
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
            return fileSettings.enable ? ((await analyzer.lint(() => document, fileSettings))?.analysis ?? null) : null;
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
