import { readdir, readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/** The command that opens a bundled documentation page (rule or intervention) in the Markdown preview. */
export const OPEN_DOCS_COMMAND = 'caolint.openDocs';

/** Opens a page from its file:// URL: in the Markdown preview, or as text if the preview is unavailable. */
export async function openDocs(href: unknown): Promise<void> {
  if (typeof href !== 'string' || href === '') return;
  const uri = vscode.Uri.parse(href);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

/**
 * Problems-panel links run through the opener service, which opens command URIs from there (and a bare
 * file:// URL would open the page as source text, or not at all in a remote window). So a diagnostic's
 * documentation link becomes a command that shows the bundled page in the Markdown preview.
 */
export function docsCommandUri(href: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([href]))}`);
}

export interface RulePage {
  id: string;
  title: string;
  uri: vscode.Uri;
}

/** The rule pages bundled with the extension (rules/<id>.md), each with its first heading as title. */
export async function rulePages(extensionUri: vscode.Uri): Promise<RulePage[]> {
  const folder = vscode.Uri.joinPath(extensionUri, 'rules');
  let names: string[];
  try {
    names = (await readdir(folder.fsPath)).filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const uri = vscode.Uri.joinPath(folder, name);
      const id = name.slice(0, -'.md'.length);
      const text = await readFile(uri.fsPath, 'utf8').catch(() => '');
      const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1];
      return { id, title: heading && heading !== id ? heading : '', uri };
    }),
  );
}
