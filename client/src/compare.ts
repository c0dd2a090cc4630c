/**
 * "caolint: Compare with…": picks the other version of the active draft (another file, or its
 * version in git at HEAD), asks the language server for the compare report (`caolint/compare`:
 * the server has the engine and renders the same page as `caolint compare --format html`) and shows
 * it in a webview panel. The page has no scripts; the panel allows none either.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  COMPARE_REQUEST,
  COMPARE_SOURCES_REQUEST,
  type CompareAgainst,
  type CompareParams,
  type CompareResponse,
  type CompareSourcesParams,
  type CompareSourcesResult,
  type CompareTotalsSummary,
} from '../../server/lsp/protocol';

export const COMPARE_COMMAND = 'caolint.compareWith';

/** What the command did, for callers (the extension tests): the panel's title and the totals, or the error it showed. */
export type CompareOutcome = { title: string; totals: CompareTotalsSummary } | { error: string } | undefined;

/** The git revision "the version in git" means. */
const HEAD = 'HEAD';

/** The other version as the user picks it: a quick pick, then for "another file" an open dialog. */
async function pickOther(client: LanguageClient, document: vscode.TextDocument): Promise<CompareAgainst | undefined> {
  const params: CompareSourcesParams = { uri: document.uri.toString() };
  const sources = await client.sendRequest<CompareSourcesResult>(COMPARE_SOURCES_REQUEST, params);
  type Choice = vscode.QuickPickItem & { against: 'file' | 'git' };
  const choices: Choice[] = [{ label: `$(file) ${vscode.l10n.t('Another file…')}`, against: 'file' }];
  if (sources.git) choices.push({ label: `$(git-commit) ${vscode.l10n.t('The version in git (HEAD)')}`, description: HEAD, against: 'git' });
  const picked = await vscode.window.showQuickPick(choices, { placeHolder: vscode.l10n.t('Compare this draft with…') });
  if (!picked) return undefined;
  if (picked.against === 'git') return { kind: 'git', ref: HEAD };
  const [file] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      defaultUri: vscode.Uri.joinPath(document.uri, '..'),
      filters: { Markdown: ['md', 'markdown'] },
      openLabel: vscode.l10n.t('Compare'),
      title: vscode.l10n.t('The other version of the draft'),
    })) ?? [];
  return file ? { kind: 'file', uri: file.toString() } : undefined;
}

/**
 * The command. `other` skips the choice (tests, keybindings): a file's URI, or 'HEAD' for the
 * version in git.
 */
export async function compareWith(client: LanguageClient | undefined, other?: vscode.Uri | string): Promise<CompareOutcome> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('caolint: open a Markdown draft first.'));
    return undefined;
  }
  const against: CompareAgainst | undefined =
    other === undefined ? await pickOther(client, document) : typeof other === 'string' ? { kind: 'git', ref: other } : { kind: 'file', uri: other.toString() };
  if (!against) return undefined;
  const params: CompareParams = { uri: document.uri.toString(), against };
  const response = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('caolint: comparing') }, () =>
    client.sendRequest<CompareResponse>(COMPARE_REQUEST, params),
  );
  if (!response.ok) {
    void vscode.window.showErrorMessage(response.message);
    return { error: response.message };
  }
  const panel = vscode.window.createWebviewPanel('caolint.compare', response.title, vscode.ViewColumn.Beside, { enableScripts: false, enableFindWidget: true });
  panel.webview.html = response.html;
  return { title: response.title, totals: response.totals };
}
