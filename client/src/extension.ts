/**
 * caolint's VS Code client: starts the bundled language server over node IPC and adds what only an
 * editor can (commands, status bar, opening bundled pages). No linting logic lives here.
 */
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  WorkDoneProgress,
  type LanguageClientOptions,
  type ServerOptions,
  type WorkDoneProgressBegin,
  type WorkDoneProgressReport,
} from 'vscode-languageclient/node';
import {
  CONFIG_FILE_GLOBS,
  LINT_WORKSPACE_REQUEST,
  SERVER_COMMANDS,
  type InitializationOptions,
  type LintWorkspaceParams,
  type LintWorkspaceResult,
} from '../../server/lsp/protocol';
import { compareWith, COMPARE_COMMAND } from './compare';
import { docsCommandUri, openDocs, OPEN_DOCS_COMMAND, rulePages } from './docs';
import { ProblemCount } from './statusBar';

let client: LanguageClient | undefined;

export interface CaolintApi {
  /** The running language client (extension tests use it to wait for the server). */
  client(): LanguageClient | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<CaolintApi> {
  const output = vscode.window.createOutputChannel('caolint', { log: true });
  context.subscriptions.push(output);

  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = { openDocsCommand: true };
  const watcher = vscode.workspace.createFileSystemWatcher(`{${CONFIG_FILE_GLOBS.join(',')}}`);
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel: output,
    initializationOptions,
    synchronize: { fileEvents: watcher },
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        for (const diagnostic of diagnostics) {
          const code = diagnostic.code;
          if (typeof code === 'object' && code.target.scheme === 'file') {
            diagnostic.code = { value: code.value, target: docsCommandUri(code.target.toString()) };
          }
        }
        next(uri, diagnostics);
      },
    },
  };

  client = new LanguageClient('caolint', 'caolint', serverOptions, clientOptions);
  const problems = new ProblemCount();
  context.subscriptions.push(
    problems,
    vscode.commands.registerCommand(OPEN_DOCS_COMMAND, openDocs),
    vscode.commands.registerCommand('caolint.fixAll', () => fixAll()),
    vscode.commands.registerCommand('caolint.showRuleDocs', () => showRuleDocs(context.extensionUri)),
    vscode.commands.registerCommand('caolint.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand(COMPARE_COMMAND, (other?: vscode.Uri | string) => compareWith(client, other)),
    vscode.commands.registerCommand('caolint.restart', async () => {
      output.info('restarting the language server');
      await client?.restart();
    }),
  );
  try {
    await client.start();
  } catch (error) {
    output.error(`caolint: the language server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('caolint: the language server could not be started. See the caolint output for details.'));
  }
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function fixAll(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('caolint: open a Markdown draft first.'));
    return;
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.fixAll, arguments: [document.uri.toString()] });
}

async function showRuleDocs(extensionUri: vscode.Uri): Promise<void> {
  const pages = await rulePages(extensionUri);
  const picked = await vscode.window.showQuickPick(
    pages.map((page) => ({ label: page.id, description: page.title, page })),
    { placeHolder: vscode.l10n.t('Which rule do you want to read about?'), matchOnDescription: true },
  );
  if (picked) await openDocs(picked.page.uri.toString());
}

async function lintWorkspace(): Promise<LintWorkspaceResult | undefined> {
  const running = client;
  if (!running) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('caolint: linting the workspace'), cancellable: true },
    async (progress, cancel) => {
      const token = `caolint-workspace-${Date.now()}`;
      let reported = 0;
      const listener = running.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return;
        const step = value as WorkDoneProgressBegin | WorkDoneProgressReport;
        const percentage = step.percentage ?? reported;
        progress.report({ message: step.message, increment: percentage - reported });
        reported = percentage;
      });
      try {
        const params: LintWorkspaceParams = { workDoneToken: token };
        return await running.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, params, cancel);
      } finally {
        listener.dispose();
      }
    },
  );
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(vscode.l10n.t('caolint: {0} files checked, {1} problems found.', result.files, result.problems));
  return result;
}
