import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DraftVersion } from '../compare/compare';
import { inRepository, readAtRevision } from '../cli/compare/gitVersion';
import { decodeSource, readSource, type Source } from '../cli/readSource';
import { packageVersion } from '../engine/paths';
import { InputLimitError, inputLimitText } from '../engine/limits';
import type { Locale, Rule } from '../engine/types';
import { compareReportData, compareWithInsight } from '../report/compareReport';
import { renderCompareReport } from '../report/html/compareView';
import { folderOf, resolveDocumentConfig } from './config';
import { t } from './messages';
import type { CompareParams, CompareResponse, CompareSourcesParams, CompareSourcesResult } from './protocol';
import type { Settings } from './settings';

/**
 * The editor's "caolint: Compare with…" (`caolint/compare`): the same compare and the same HTML
 * report as `caolint compare --format html`, for an open draft against another file or its version
 * in git. It runs on the server's main thread, unlike linting: it is asked for on purpose, once, and
 * two lints of a draft take well under a second (a whole cao a few seconds, during which hover waits).
 */

export interface CompareDeps {
  /** The text of an open document (the editor's, saved or not), or null when it is not open. */
  openText(uri: string): string | null;
  settings(uri: string): Promise<Settings>;
  folders: readonly string[];
  rules: readonly Rule[];
  /** The editor's language, for `caolint.locale: auto` without a configured one. */
  clientLocale: Locale | undefined;
}

/** Thrown and caught below: a version that cannot be had, said in the user's language. */
class Unavailable extends Error {}

function textOf(source: Source, shown: string, locale: Locale): string {
  if (source.kind === 'binary') throw new Unavailable(t(locale, 'compareBinary', { path: shown }));
  if (source.kind === 'unreadable') throw new Unavailable(t(locale, 'compareUnreadable', { path: shown, reason: source.reason }));
  return source.text;
}

/** A file's text: the editor's when it is open (what the user sees), else read from disk. */
function fileText(uri: string, deps: CompareDeps, locale: Locale): string {
  const open = deps.openText(uri);
  if (open !== null) return open;
  if (!uri.startsWith('file:')) throw new Unavailable(t(locale, 'compareNotAFile'));
  const path = fileURLToPath(uri);
  return textOf(readSource(path), basename(path), locale);
}

function gitText(path: string, ref: string, locale: Locale): string {
  const shown = basename(path);
  const found = readAtRevision(path, ref);
  switch (found.kind) {
    case 'found':
      return textOf(decodeSource(found.bytes), `${shown}@${ref}`, locale);
    case 'no-git':
      throw new Unavailable(t(locale, 'compareNoGit', { path: shown, ref }));
    case 'not-a-repository':
      throw new Unavailable(t(locale, 'compareNotRepository', { path: shown, ref }));
    case 'unknown-ref':
      throw new Unavailable(t(locale, 'compareUnknownRef', { path: shown, ref }));
    case 'missing-at-ref':
      throw new Unavailable(t(locale, 'compareMissingAtRef', { path: shown, ref, gitPath: found.path }));
  }
}

export function compareSources(params: CompareSourcesParams): CompareSourcesResult {
  return { git: params.uri.startsWith('file:') && inRepository(fileURLToPath(params.uri)) };
}

export async function compareRequest(params: CompareParams, deps: CompareDeps): Promise<CompareResponse> {
  const settings = await deps.settings(params.uri);
  // The report's language: the setting, else (auto) the draft's configuration, else the editor's.
  const configured = (uri: string, text: string) => resolveDocumentConfig(uri, text, settings, deps.folders, deps.rules).config;
  let locale: Locale = settings.locale !== 'auto' ? settings.locale : (deps.clientLocale ?? 'nl');
  try {
    if (!params.uri.startsWith('file:')) throw new Unavailable(t(locale, 'compareNotAFile'));
    const path = fileURLToPath(params.uri);
    const newText = fileText(params.uri, deps, locale);
    const afterConfig = configured(params.uri, newText);
    if (settings.locale === 'auto' && afterConfig.locale) locale = afterConfig.locale;
    const after: DraftVersion = { text: newText, filePath: path, config: afterConfig };
    let before: DraftVersion;
    let otherName: string;
    if (params.against.kind === 'git') {
      const ref = params.against.ref;
      const text = gitText(path, ref, locale);
      before = { text, filePath: path, ref, config: configured(params.uri, text) };
      otherName = ref;
    } else {
      const otherUri = params.against.uri;
      if (!otherUri.startsWith('file:')) throw new Unavailable(t(locale, 'compareNotAFile'));
      const text = fileText(otherUri, deps, locale);
      const otherPath = fileURLToPath(otherUri);
      before = { text, filePath: otherPath, config: configured(otherUri, text) };
      otherName = basename(otherPath);
    }
    const { result, insight } = compareWithInsight(before, after, { locale, rules: deps.rules });
    // Paths in the report are shown from the draft's workspace folder, as the CLI shows them from its working folder.
    const cwd = folderOf(path, deps.folders) ?? dirname(path);
    const html = renderCompareReport(
      compareReportData(result, insight, { cwd, version: packageVersion(), rules: deps.rules, docsBaseUrl: afterConfig.docsBaseUrl }),
    );
    const { resolved, introduced, open, changes, provisionsAdded, provisionsRemoved } = result.totals;
    return {
      ok: true,
      title: `caolint: ${basename(path)} ↔ ${otherName}`,
      html,
      totals: { resolved, introduced, open, changes, provisionsAdded, provisionsRemoved },
    };
  } catch (error) {
    if (error instanceof Unavailable) return { ok: false, message: error.message };
    if (error instanceof InputLimitError)
      return { ok: false, message: t(locale, 'compareTooLarge', { path: basename(params.uri), reason: inputLimitText(error, locale) }) };
    throw error;
  }
}
