import { MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText, type LintResult } from '../engine/lint';
import type { Locale, Rule } from '../engine/types';
import { resolveDocumentConfig } from './config';
import { toDiagnostics } from './diagnostics';
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
}

/**
 * Lints document versions and keeps the latest analysis per document, so every request on the same
 * version reuses one parse. Never throws: an engine failure is logged and yields null.
 */
export class Analyzer {
  private readonly cache = new Map<string, Analysis>();
  private readonly shownConfigErrors = new Set<string>();

  constructor(private readonly deps: AnalyzerDeps) {}

  async analyse(document: TextDocument): Promise<Analysis | null> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const settings = await this.deps.settings.get(document.uri);
    const analysis = this.lint(document, settings);
    if (analysis) this.cache.set(document.uri, analysis);
    return analysis;
  }

  /** Lints synchronously with the given settings (also used for files that are not open). */
  lint(document: TextDocument, settings: Settings): Analysis | null {
    const text = document.getText();
    const rules = this.deps.rules;
    const { config, error } = resolveDocumentConfig(document.uri, text, settings, this.deps.workspaceRoot(), rules);
    if (error) this.reportConfigError(error);
    const locale: Locale = settings.locale !== 'auto' ? settings.locale : (config.locale ?? this.deps.clientLocale() ?? 'nl');
    try {
      const result = lintText(text, { locale, config, rules });
      return { uri: document.uri, version: document.version, locale, settings, result, diagnostics: toDiagnostics(result.findings, document) };
    } catch (failure) {
      const detail = failure instanceof Error ? (failure.stack ?? failure.message) : String(failure);
      this.deps.connection.console.error(`caolint: linting ${document.uri} failed: ${detail}`);
      return null;
    }
  }

  /** The latest analysis of a document, whatever its version. */
  latest(uri: string): Analysis | undefined {
    return this.cache.get(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Settings or configuration files changed: every cached result is out of date. */
  invalidate(): void {
    this.cache.clear();
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
