import * as vscode from 'vscode';

/** A status bar item with the number of caolint problems in the active Markdown draft. */
export class ProblemCount implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('caolint.problems', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'caolint';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [vscode.languages.onDidChangeDiagnostics(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update())];
    this.update();
  }

  /** caolint problems of the active document (only for Markdown; hidden otherwise). */
  count(): number | null {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') return null;
    return vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'caolint').length;
  }

  update(): void {
    const count = this.count();
    if (count === null) {
      this.item.hide();
      return;
    }
    this.item.text = count === 0 ? `$(check) caolint` : `$(warning) caolint: ${count}`;
    this.item.tooltip = count === 1 ? vscode.l10n.t('caolint: 1 problem in this draft') : vscode.l10n.t('caolint: {0} problems in this draft', count);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
