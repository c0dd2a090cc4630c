import type { Diagnostic, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Analyzer } from './analysis';
import type { Settings, SettingsStore } from './settings';

/**
 * Why a document is linted. `change` is skipped with `caolint.run: onSave`; `demand` comes from a
 * request that needs an analysis (the outline of a disabled draft, fix-all before a save): it is made
 * whatever the settings, and publishes nothing but an empty list for a disabled draft.
 */
export type Trigger = 'open' | 'change' | 'save' | 'refresh' | 'demand';

/** Runs a handler, logging instead of crashing on anything it throws (server.ts). */
type Guard = <P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R | Promise<R>) => (...args: P) => Promise<R>;

export interface LintSchedulerDeps {
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  analyzer: Analyzer;
  sendDiagnostics: (params: PublishDiagnosticsParams) => void;
  isShutDown: () => boolean;
  guard: Guard;
  /** A draft `.caolintignore` or caolint.include / caolint.exclude rule out: treated as a disabled one. */
  isExcluded: (uri: string, settings: Settings) => boolean;
  /** Before a lint: read what it needs besides the draft (the other files of its cao, lsp/caoSets.ts). */
  prepare?: (uri: string, settings: Settings) => Promise<void>;
  /** After a lint of an open document is kept (the other files of its cao may need linting again). */
  analysed?: (analysis: Analysis) => void;
}

/**
 * When each open document is linted and what is published: lints are coalesced per document (one
 * under way at a time, the newest version when a worker is free), results are matched to the open
 * and version they were made of, and requests wait only for an analysis they cannot do without.
 * The protocol handlers (server.ts) ask it for lints and analyses; it never speaks LSP itself
 * beyond publishing diagnostics.
 */
export interface LintScheduler {
  /** Asks for a lint of the document's newest version; repeated asks before it starts cost nothing. */
  request(uri: string, trigger: Trigger): void;
  /** Settings or config files changed: every open document is linted again. */
  revalidateAll(): void;
  /** The analysis a request answers from (the newest, or one of exactly `version`). */
  analysisFor(uri: string, version?: number): Promise<Analysis | null>;
  /** Publishes an analysis's diagnostics (or clears them with null). */
  publish(uri: string, analysis: Analysis | null, version?: number): void;
  opened(uri: string): void;
  closed(uri: string): void;
}

export function createLintScheduler(deps: LintSchedulerDeps): LintScheduler {
  const { documents, settings, analyzer, guard } = deps;

  /** The last version published per open document: nothing older is ever published after it. */
  const published = new Map<string, number>();

  /**
   * Publishes diagnostics of one version of an open document (or clears a closed one, without a
   * version). A version older than the document's current one, or than one already published, is
   * dropped: diagnostics never go back in time.
   */
  function publishDiagnostics(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (deps.isShutDown()) return;
    if (version !== undefined) {
      const open = documents.get(uri);
      if (open && open.version !== version) return;
      if ((published.get(uri) ?? -Infinity) > version) return;
      published.set(uri, version);
    }
    deps.sendDiagnostics({ uri, version, diagnostics });
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
    if (deps.isShutDown()) return;
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
    await deps.prepare?.(uri, current);
    // An excluded draft behaves as one with caolint.enable off: no diagnostics, but an outline on demand.
    const enabled = current.enable && !deps.isExcluded(uri, current);
    let started: { opening: number; version: number } | undefined;
    const pick = (): TextDocument | null => {
      const trigger = queued.get(uri);
      queued.delete(uri);
      const document = documents.get(uri);
      if (!document || trigger === undefined) return null;
      const { version } = document;
      const disabled = !enabled && trigger !== 'demand';
      const skipped = trigger === 'change' && current.run === 'onSave';
      const done = analyzer.finished(uri, version);
      if (disabled || skipped || done) {
        // Nothing to lint: what this version shows is already decided.
        if (disabled) publish(uri, null, version);
        else if (done && !skipped) publish(uri, enabled ? done : null, version);
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
    if (linted.analysis) deps.analysed?.(linted.analysis);
    settled(uri);
    // Settings or config files changed while it was linted: lint again with the new ones.
    if (linted.generation !== analyzer.generation) return request(uri, 'refresh');
    const { version, analysis, failure } = linted;
    // The text moved on while it was linted: this result is not published (it serves requests).
    if (documents.get(uri)?.version !== version) return;
    if (!enabled) return publish(uri, null, version);
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

  /** A didOpen: this open of the document gets a number of its own. */
  function opened(uri: string): void {
    openings.set(uri, ++opens);
  }

  /** A didClose: nothing of this open is linted or published any more, its diagnostics are cleared, and waiting requests are answered. */
  function closed(uri: string): void {
    openings.delete(uri);
    queued.delete(uri);
    published.delete(uri);
    publish(uri, null);
    settled(uri);
  }

  return { request, revalidateAll, analysisFor, publish, opened, closed };
}
