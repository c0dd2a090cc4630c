import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, Rule } from '../engine/types';
import type { Article, TextRange } from '../model/types';
import type { ResolvedConfig } from '../config/types';
import type { FileOutline } from '../set/outline';
import type { SetInput } from '../set/resolve';
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
  /** What the other files of its cao read of this version (lsp/caoSets.ts); `file` is the URI. */
  outline: FileOutline;
  /** The files of the cao this version was linted with (URIs, in the set's order), empty when it stood alone. */
  setFiles: string[];
}

/** The set a lint reads: the other files' outlines (lsp/caoSets.ts). */
export interface SetForLint {
  input: SetInput;
}

export interface AnalyzerDeps {
  connection: Connection;
  runner: LintRunner;
  rules: readonly Rule[];
  clientLocale: () => Locale | undefined;
  /** The workspace folders: config files and their `extends` stay inside them. */
  workspaceFolders: () => readonly string[];
  /** The cao a draft is one file of, with the outlines at hand now (lsp/caoSets.ts); undefined when it stands alone. */
  setFor?: (uri: string, config: ResolvedConfig, settings: Settings) => SetForLint | undefined;
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
  /** When it read its set (Analyzer's tick): a file of the set that changed later makes it stale again. */
  startedAt: number;
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
  /** Documents marked stale (another file of their set changed its outline), at which tick: a lint that read its set before that is stale too. */
  private readonly stale = new Map<string, number>();
  private tick = 0;
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
  async lint(pick: () => TextDocument | null, settings: Settings, generation = this.generation, alone = false): Promise<Linted | null> {
    let picked: { document: TextDocument; locale: Locale; set: SetForLint | undefined } | null = null;
    let startedAt = 0;
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
      // A file read only as a member of another draft's set (`alone`) needs no set of its own: its outline does not depend on it.
      const set = alone ? undefined : this.deps.setFor?.(document.uri, config, settings);
      startedAt = this.tick;
      picked = { document, locale, set };
      return { uri: document.uri, text, locale, config, ...(set ? { set: set.input } : {}) };
    });
    if (!outcome || !picked) return null;
    const { document, locale, set } = picked as { document: TextDocument; locale: Locale; set: SetForLint | undefined };
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
      return { uri, version, generation, startedAt, analysis: null, failure: { version, diagnostics } };
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
      outline: { file: uri, articles: outcome.articles, index: outcome.index, bodied: outcome.bodied },
      setFiles: set ? [...set.input.files] : [],
    };
    return { uri, version, generation, startedAt, analysis, failure: null };
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
      if ((this.stale.get(uri) ?? Infinity) <= linted.startedAt) this.stale.delete(uri);
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

  /** The analysis of exactly this version, made with the current settings and config files (and the current outlines of its set). */
  finished(uri: string, version: number): Analysis | undefined {
    const analysis = this.latest.get(uri);
    return analysis && analysis.version === version && this.generations.get(analysis) === this._generation && !this.stale.has(uri) ? analysis : undefined;
  }

  /** Another file of the document's cao changed its articles: its newest analysis still serves requests, but is linted again. */
  markStale(uri: string): void {
    this.stale.set(uri, ++this.tick);
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
    this.stale.delete(uri);
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
