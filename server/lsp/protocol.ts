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

/** Markdown files the server watches: another file of a cao in several files may change on disk (lsp/caoSets.ts). */
export const MARKDOWN_FILE_GLOBS = ['**/*.md', '**/*.markdown'];

/**
 * Custom request: compare an open draft with another version and render the HTML compare report
 * (the editor's "caolint: Compare with…"). The server has the engine, so the client only picks the
 * other version and shows the page.
 */
export const COMPARE_REQUEST = 'caolint/compare';

/** The other (old) version: another file, or the draft's own version at a git revision. */
export type CompareAgainst = { kind: 'file'; uri: string } | { kind: 'git'; ref: string };

export interface CompareParams {
  /** The draft (the new version); its text is the editor's, saved or not. */
  uri: string;
  against: CompareAgainst;
}

export interface CompareTotalsSummary {
  resolved: number;
  introduced: number;
  open: number;
  changes: number;
  provisionsAdded: number;
  provisionsRemoved: number;
}

/** The report (a self-contained page without scripts) and its title, or why there is none, in the user's language. */
export type CompareResponse = { ok: true; title: string; html: string; totals: CompareTotalsSummary } | { ok: false; message: string };

/** Custom request: which other versions a draft can be compared with (the git one only inside a repository). */
export const COMPARE_SOURCES_REQUEST = 'caolint/compareSources';

export interface CompareSourcesParams {
  uri: string;
}

export interface CompareSourcesResult {
  /** The file is in a git repository and git is installed. */
  git: boolean;
}
