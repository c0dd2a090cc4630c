import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine/types';
import { t } from './messages';
import type { LintWorkspaceResult } from './protocol';
import type { Analysis } from './analysis';

export interface WorkspaceLintDeps {
  folders: string[];
  locale: Locale;
  isOpen(uri: string): boolean;
  /** Lints an open document (its own flow publishes), or a file read from disk. */
  lintOpen(uri: string): Promise<Analysis | null>;
  lintFile(document: TextDocument): Promise<Analysis | null>;
  publish(uri: string, analysis: Analysis): void;
  /** Left out altogether (not counted): .caolintignore, caolint.include / caolint.exclude. */
  isExcluded(uri: string): Promise<boolean>;
  log(message: string): void;
}

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.e2e-cache/**', '**/test-results/**'];

/** All Markdown files of the workspace folders, linted and published one by one with progress. */
export async function lintWorkspace(deps: WorkspaceLintDeps, progress: WorkDoneProgressReporter, token: CancellationToken): Promise<LintWorkspaceResult> {
  const files = new Set<string>();
  for (const folder of deps.folders) {
    for (const file of await glob('**/*.md', { cwd: folder, absolute: true, ignore: IGNORE, dot: false })) files.add(file);
  }
  const list: string[] = [];
  for (const file of [...files].sort()) if (!(await deps.isExcluded(pathToFileURL(file).href))) list.push(file);
  progress.begin(t(deps.locale, 'lintingWorkspace'), 0, t(deps.locale, 'filesDone', { done: 0, total: list.length }), true);
  let problems = 0;
  let done = 0;
  try {
    for (const file of list) {
      if (token.isCancellationRequested) break;
      const uri = pathToFileURL(file).href;
      let analysis: Analysis | null;
      if (deps.isOpen(uri)) {
        analysis = await deps.lintOpen(uri);
      } else {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (error) {
          deps.log(`caolint: cannot read ${file}: ${String(error)}`);
          continue;
        }
        analysis = await deps.lintFile(TextDocument.create(uri, 'markdown', 0, text));
      }
      if (analysis) {
        deps.publish(uri, analysis);
        problems += analysis.diagnostics.length;
      }
      done++;
      progress.report(Math.round((done / list.length) * 100), t(deps.locale, 'filesDone', { done, total: list.length }));
      // Let other requests (typing in an open draft) in between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    progress.done();
  }
  return { files: done, problems };
}
