import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { crashFindings, lintText, type LintResult } from '../engine/lint';
import type { Locale, Rule } from '../engine/types';
import { resolveDocumentConfig } from './config';
import { SOURCE, toDiagnostics } from './diagnostics';
import { t } from './messages';
import type { Settings, SettingsStore } from './settings';

/** One linted document version, shared by diagnostics, code actions, hover and symbols. */
export interface Analysis {
  uri: string;
  version: number;
  locale: Locale;
  settings: Settings;
  result: LintResult;
  diagnostics: Diagnostic[];
}

export interface AnalyzerDeps {
  connection: Connection;
  settings: SettingsStore;
  rules: readonly Rule[];
  clientLocale: () => Locale | undefined;
  workspaceRoot: () => string | null;
  /** Replaces the engine's `lintText` (tests). */
  lintText?: typeof lintText;
}

/** A document version the engine could not lint (the model threw): what replaces its diagnostics. */
export interface Failure {
  version: number;
  diagnostics: Diagnostic[];
}

/**
 * Lints document versions and keeps the latest analysis per document, so every request on the same
 * version reuses one parse. Never throws: an engine failure is logged once and yields null, and the
 * failure is remembered for that version (`failure`), so hover and code actions do not lint it again.
 */
export class Analyzer {
  private readonly cache = new Map<string, Analysis>();
  private readonly failures = new Map<string, Failure>();
  /** What was logged per document, for its latest logged version only: every problem once per version. */
  private readonly logged = new Map<string, { version: number; keys: Set<string> }>();
  private readonly shownConfigErrors = new Set<string>();

  constructor(private readonly deps: AnalyzerDeps) {}

  async analyse(document: TextDocument): Promise<Analysis | null> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    if (this.failures.get(document.uri)?.version === document.version) return null;
    const settings = await this.deps.settings.get(document.uri);
    const analysis = this.lint(document, settings);
    if (analysis) {
      this.cache.set(document.uri, analysis);
      this.failures.delete(document.uri);
    }
    return analysis;
  }

  /** The diagnostics that stand for a version the engine failed on, or undefined when it did not fail. */
  failure(uri: string, version: number): Diagnostic[] | undefined {
    const failed = this.failures.get(uri);
    return failed?.version === version ? failed.diagnostics : undefined;
  }

  /** Lints synchronously with the given settings (also used for files that are not open). */
  lint(document: TextDocument, settings: Settings): Analysis | null {
    const text = document.getText();
    const rules = this.deps.rules;
    const { config, error } = resolveDocumentConfig(document.uri, text, settings, this.deps.workspaceRoot(), rules);
    if (error) this.reportConfigError(error);
    const locale: Locale = settings.locale !== 'auto' ? settings.locale : (config.locale ?? this.deps.clientLocale() ?? 'nl');
    let result: LintResult;
    try {
      result = (this.deps.lintText ?? lintText)(text, { locale, config, rules });
    } catch (failure) {
      const reason = failure instanceof Error ? failure.message : String(failure);
      const detail = failure instanceof Error ? (failure.stack ?? reason) : reason;
      this.logOnce(document, 'lint', `caolint: linting ${document.uri} (version ${document.version}) failed: ${detail}`);
      // The old diagnostics are cleared, not kept: their ranges and fixes belong to an older text. One
      // notice says why nothing is shown, so an empty list is not read as a clean draft.
      this.failures.set(document.uri, {
        version: document.version,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Warning,
            source: SOURCE,
            message: t(locale, 'lintFailed', { reason: reason.split('\n')[0] }),
          },
        ],
      });
      return null;
    }
    // A rule that threw is isolated by the engine: the other rules' findings stay, and the crash is
    // shown as the CLI shows it (one finding per rule at the start) and logged once per version.
    for (const crash of result.crashes) {
      this.logOnce(document, `crash:${crash.rule.meta.id}`, `caolint: rule ${crash.rule.meta.id} failed on ${document.uri} (version ${document.version}): ${crash.detail}`);
    }
    const findings = result.crashes.length > 0 ? [...crashFindings(result.crashes, locale), ...result.findings] : result.findings;
    return { uri: document.uri, version: document.version, locale, settings, result, diagnostics: toDiagnostics(findings, document) };
  }

  /** Logs (window/logMessage) a problem with a document once per version, not once per request or keystroke. */
  private logOnce(document: TextDocument, key: string, message: string): void {
    let entry = this.logged.get(document.uri);
    if (!entry || entry.version !== document.version) {
      entry = { version: document.version, keys: new Set() };
      this.logged.set(document.uri, entry);
    }
    if (entry.keys.has(key)) return;
    entry.keys.add(key);
    this.deps.connection.console.error(message);
  }

  /** The latest analysis of a document, whatever its version. */
  latest(uri: string): Analysis | undefined {
    return this.cache.get(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.failures.delete(uri);
    this.logged.delete(uri);
  }

  /** Settings or configuration files changed: every cached result is out of date. */
  invalidate(): void {
    this.cache.clear();
    this.failures.clear();
    this.shownConfigErrors.clear();
  }

  private reportConfigError(message: string): void {
    this.deps.connection.console.error(`caolint: ${message}`);
    if (this.shownConfigErrors.has(message)) return;
    this.shownConfigErrors.add(message);
    const locale = this.deps.clientLocale() ?? 'nl';
    // A notification, not window/showMessageRequest: nothing to answer, nothing to wait for.
    void this.deps.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: t(locale, 'configError', { message }) });
  }
}
