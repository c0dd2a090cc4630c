import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configForDocument, loadConfigForFile, mergeConfig } from '../config/index';
import type { ResolvedConfig } from '../config/types';
import type { Rule } from '../engine/types';
import type { Settings } from './settings';

export interface DocumentConfig {
  config: ResolvedConfig;
  /** A problem with the configuration (file or front matter), to show the user once; the document is still linted. */
  error: string | null;
}

/**
 * The configuration of one document version: config files (nearest wins, or `caolint.configFile`),
 * then the editor's `caolint.rules`, then the draft's own front matter. Never throws: a broken
 * layer is skipped and reported.
 */
export function resolveDocumentConfig(uri: string, text: string, settings: Settings, workspaceRoot: string | null, rules: readonly Rule[]): DocumentConfig {
  const editor: ResolvedConfig = { rules: settings.rules };
  // Untitled documents have no folder to look for config files in.
  const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : null;
  let config = editor;
  let error: string | null = null;
  if (filePath) {
    try {
      let configFile: string | undefined;
      if (settings.configFile) {
        configFile = isAbsolute(settings.configFile) ? settings.configFile : resolve(workspaceRoot ?? dirname(filePath), settings.configFile);
      }
      // A workspace may set caolint.configFile: it and every `extends` stay inside the workspace (or the home config).
      const roots = workspaceRoot ? [workspaceRoot] : [dirname(filePath)];
      config = mergeConfig(loadConfigForFile(filePath, { configFile, rules, roots, confineConfigFile: true }), editor);
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
  }
  try {
    config = configForDocument(config, text, filePath ?? uri, rules);
  } catch (failure) {
    error ??= failure instanceof Error ? failure.message : String(failure);
  }
  return { config, error };
}
