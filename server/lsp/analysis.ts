import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, Rule } from '../engine/types';
import type { Article, TextRange } from '../model/types';
import { resolveDocumentConfig } from './config';
import { SOURCE, toDiagnostics } from './diagnostics';
import type { NavReference } from './lintJob';
import type { LintRunner } from './lintRunner';
import { t } from './messages';
import type { Settings } from './settings';

/** One linted document version, shared by diagnostics, code actions, hover and symbols. */
export interface Analysis {
  uri: string;
  version: number;
  locale: Locale;
  settings: Settings;
  /** The text that was linted: positions of this analysis are positions in it. */
  document: TextDocument;
  findings: Finding[];
  articles: Article[];
  amounts: TextRange[];
  /** Reference facts with their resolutions (navigation.ts). */
  references: NavReference[];
  diagnostics: Diagnostic[];
}

export interface AnalyzerDeps {
  connection: Connection;
  runner: LintRunner;
  rules: readonly Rule[];
  clientLocale: () => Locale | undefined;
  /** The workspace folders: config files and their `extends` stay inside them. */
  workspaceFolders: () => readonly string[];
}

/** A document version the engine could not lint (the model threw): what replaces its diagnostics. */
export interface Failure {
  version: number;
  diagnostics: Diagnostic[];
}

/** What became of one lint: the analysis, or the failure when the engine failed on that version. */
export interface Linted {
  uri: string;
  version: number;
  /** The configuration generation it was made with (see `Analyzer.generation`). */
  generation: number;
  analysis: Analysis | null;
  failure: Failure | null;
}

/**
 * Lints document versions (through the runner: a worker thread) and keeps, per open document, the
 * newest analysis that finished, so hover, code actions and symbols answer from it at once, whatever
 * is being linted meanwhile. Never throws: an engine failure is logged once per version and
 * remembered (`failure`), and it replaces the document's analysis (its findings belong to an older text).
 */
export class Analyzer {
  private readonly latest = new Map<string, Analysis>();
  private readonly failures = new Map<string, Failure>();
  /** Bumped when settings or config files change: analyses made before are kept for hover, but not reused. */
  private _generation = 0;
  private readonly generations = new WeakMap<Analysis, number>();
  /** What was logged per document, for its latest logged version only: every problem once per version. */
  private readonly logged = new Map<string, { version: number; keys: Set<string> }>();
  private readonly shownConfigErrors = new Set<string>();

  constructor(private readonly deps: AnalyzerDeps) {}

  /**
   * Lints the document `pick` returns when a worker is free (so the newest version then), with
   * `settings`, which were read at configuration generation `generation`. Resolves with null when
   * `pick` returned nothing. Keeps nothing: `keep` stores the result of an open document.
   */
  async lint(pick: () => TextDocument | null, settings: Settings, generation = this.generation): Promise<Linted | null> {
    let picked: { document: TextDocument; locale: Locale } | null = null;
    const outcome = await this.deps.runner.run(() => {
      const live = pick();
      if (!live) return null;
      // A snapshot: the open document object changes in place with every edit.
      const document = TextDocument.create(live.uri, live.languageId, live.version, live.getText());
      const text = document.getText();
      const { config, error } = resolveDocumentConfig(document.uri, text, settings, this.deps.workspaceFolders(), this.deps.rules);
      const locale: Locale = settings.locale !== 'auto' ? settings.locale : (config.locale ?? this.deps.clientLocale() ?? 'nl');
      // Said in the language the draft's messages are in.
      if (error) this.reportConfigError(error[locale], locale);
      picked = { document, locale };
      return { uri: document.uri, text, locale, config };
    });
    if (!outcome || !picked) return null;
    const { document, locale } = picked as { document: TextDocument; locale: Locale };
    const { uri, version } = document;
    if (!outcome.ok) {
      this.logOnce(uri, version, 'lint', `caolint: linting ${uri} (version ${version}) failed: ${outcome.detail}`);
      // The old diagnostics are cleared, not kept: their ranges and fixes belong to an older text. One
      // notice says why nothing is shown, so an empty list is not read as a clean draft.
      const diagnostics: Diagnostic[] = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Warning,
          source: SOURCE,
          message: t(locale, 'lintFailed', { reason: outcome.reason }),
        },
      ];
      return { uri, version, generation, analysis: null, failure: { version, diagnostics } };
    }
    // A rule that threw is isolated by the engine: the other rules' findings stay, and the crash is
    // shown as the CLI shows it (one finding per rule at the start) and logged once per version.
    for (const crash of outcome.crashes) {
      this.logOnce(uri, version, `crash:${crash.ruleId}`, `caolint: rule ${crash.ruleId} failed on ${uri} (version ${version}): ${crash.detail}`);
    }
    const analysis: Analysis = {
      uri,
      version,
      locale,
      settings,
      document,
      findings: outcome.findings,
      articles: outcome.articles,
      amounts: outcome.amounts,
      references: outcome.references,
      diagnostics: toDiagnostics(outcome.findings, document),
    };
    return { uri, version, generation, analysis, failure: null };
  }

  /** The configuration generation: bumped by `invalidate` when settings or config files change. */
  get generation(): number {
    return this._generation;
  }

  /**
   * Keeps the result of a lint of an open document for requests, unless something newer has already
   * finished (two workers may finish out of order). A failure replaces the analysis.
   */
  keep(linted: Linted): void {
    const { uri, version } = linted;
    if (!this.isNewest(uri, version)) return;
    if (linted.analysis) {
      this.latest.set(uri, linted.analysis);
      this.generations.set(linted.analysis, linted.generation);
      this.failures.delete(uri);
    } else if (linted.failure) {
      this.failures.set(uri, linted.failure);
      this.latest.delete(uri);
    }
  }

  /** Whether nothing newer than `version` has finished for the document (two workers may finish out of order). */
  private isNewest(uri: string, version: number): boolean {
    const newest = Math.max(this.latest.get(uri)?.version ?? -Infinity, this.failures.get(uri)?.version ?? -Infinity);
    return version >= newest;
  }

  /** The newest analysis that finished for a document, of whatever version; none after a failed lint. */
  newest(uri: string): Analysis | undefined {
    return this.latest.get(uri);
  }

  /** The analysis of exactly this version, made with the current settings and config files. */
  finished(uri: string, version: number): Analysis | undefined {
    const analysis = this.latest.get(uri);
    return analysis && analysis.version === version && this.generations.get(analysis) === this._generation ? analysis : undefined;
  }

  /** The diagnostics that stand for a version the engine failed on, or undefined when it did not fail. */
  failure(uri: string, version: number): Diagnostic[] | undefined {
    const failed = this.failures.get(uri);
    return failed?.version === version ? failed.diagnostics : undefined;
  }

  /** Whether the newest lint that settled for this document failed. */
  failed(uri: string): boolean {
    return this.failures.has(uri);
  }

  /** Logs (window/logMessage) a problem with a document once per version, not once per request or keystroke. */
  private logOnce(uri: string, version: number, key: string, message: string): void {
    let entry = this.logged.get(uri);
    if (!entry || entry.version !== version) {
      entry = { version, keys: new Set() };
      this.logged.set(uri, entry);
    }
    if (entry.keys.has(key)) return;
    entry.keys.add(key);
    this.deps.connection.console.error(message);
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.failures.delete(uri);
    this.logged.delete(uri);
  }

  /** Settings or configuration files changed: no analysis made so far is current. */
  invalidate(): void {
    this._generation++;
    this.failures.clear();
    this.shownConfigErrors.clear();
  }

  private reportConfigError(message: string, locale: Locale): void {
    this.deps.connection.console.error(`caolint: ${message}`);
    if (this.shownConfigErrors.has(message)) return;
    this.shownConfigErrors.add(message);
    // A notification, not window/showMessageRequest: nothing to answer, nothing to wait for.
    void this.deps.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: t(locale, 'configError', { message }) });
  }
}
