/**
 * The parts of caolint's language-server protocol beyond standard LSP, shared by the server and the
 * VS Code client. Plain constants and types only: the client must not pull server code into its bundle.
 */

/** Custom request: lint every Markdown file of the workspace and publish diagnostics for each. */
export const LINT_WORKSPACE_REQUEST = 'caolint/lintWorkspace';

export interface LintWorkspaceParams {
  /** Token for `$/progress` reports, created by the client (window/workDoneProgress). */
  workDoneToken?: string | number;
}

export interface LintWorkspaceResult {
  files: number;
  problems: number;
}

/** Server-side commands (workspace/executeCommand), usable from any LSP editor. */
export const SERVER_COMMANDS = {
  /** Applies every preferred fix in a document: arguments [uri]. */
  fixAll: 'caolint.server.fixAll',
  /** Opens a bundled documentation page through window/showDocument: arguments [fileUrl]. */
  openDocs: 'caolint.server.openDocs',
} as const;

/** The VS Code client's own command that opens a bundled page in the Markdown preview: arguments [fileUrl]. */
export const CLIENT_OPEN_DOCS_COMMAND = 'caolint.openDocs';

/** What the VS Code client tells the server in `initializationOptions`. */
export interface InitializationOptions {
  /** The client handles CLIENT_OPEN_DOCS_COMMAND itself (opens pages in its Markdown preview). */
  openDocsCommand?: boolean;
}

/** Code action kind of "fix all caolint problems", for editor.codeActionsOnSave. */
export const FIX_ALL_KIND = 'source.fixAll.caolint';

/** File patterns of configuration files (and the ignore file), relative to any folder; the client watches them. */
export const CONFIG_FILE_GLOBS = ['**/.caolintrc', '**/.caolintrc.*', '**/caolint.config.*', '**/.caolintignore'];
