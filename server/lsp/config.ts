import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, configForDocument, loadConfigForFile, mergeConfig } from '../config/index';
import type { ResolvedConfig } from '../config/types';
import type { Localized, Rule } from '../engine/types';
import type { Settings } from './settings';

export interface DocumentConfig {
  config: ResolvedConfig;
  /** A problem with the configuration (file or front matter), in both languages, to show the user once; the document is still linted. */
  error: Localized | null;
}

/** A failure as the user reads it: a config error in either language, anything else as it says itself. */
function describeFailure(failure: unknown): Localized {
  if (failure instanceof ConfigError) return { nl: failure.messageIn('nl'), en: failure.messageIn('en') };
  const text = failure instanceof Error ? failure.message : String(failure);
  return { nl: text, en: text };
}

/** The innermost workspace folder that holds `filePath`, or null. */
export function folderOf(filePath: string, folders: readonly string[]): string | null {
  let best: string | null = null;
  for (const folder of folders) {
    const rel = relative(resolve(folder), resolve(filePath));
    const inside = rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    if (inside && (best === null || resolve(folder).length > resolve(best).length)) best = folder;
  }
  return best;
}

/**
 * The configuration of one document version: config files (nearest wins, or `caolint.configFile`),
 * then the editor's `caolint.rules`, then the draft's own front matter. Never throws: a broken
 * layer is skipped and reported.
 */
export function resolveDocumentConfig(
  uri: string,
  text: string,
  settings: Settings,
  workspaceFolders: string | readonly string[] | null,
  rules: readonly Rule[],
): DocumentConfig {
  const folders = workspaceFolders === null ? [] : typeof workspaceFolders === 'string' ? [workspaceFolders] : workspaceFolders;
  const editor: ResolvedConfig = { rules: settings.rules };
  // Untitled documents have no folder to look for config files in.
  const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : null;
  let config = editor;
  let error: Localized | null = null;
  if (filePath) {
    try {
      let configFile: string | undefined;
      if (settings.configFile) {
        // A relative path is relative to the document's own workspace folder, as VS Code scopes the setting.
        const base = folderOf(filePath, folders) ?? folders[0] ?? dirname(filePath);
        configFile = isAbsolute(settings.configFile) ? settings.configFile : resolve(base, settings.configFile);
      }
      // A workspace may set caolint.configFile: it and every `extends` stay inside the workspace (any of
      // its folders, in a multi-root workspace) or the home config.
      const roots = folders.length > 0 ? [...folders] : [dirname(filePath)];
      config = mergeConfig(loadConfigForFile(filePath, { configFile, rules, roots, confineConfigFile: true }), editor);
    } catch (failure) {
      error = describeFailure(failure);
    }
  }
  try {
    config = configForDocument(config, text, filePath ?? uri, rules);
  } catch (failure) {
    error ??= describeFailure(failure);
  }
  return { config, error };
}
