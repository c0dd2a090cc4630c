import { ErrorCodes, ResponseError, TextDocumentEdit, type Connection, type TextDocuments, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../engine/types';
import type { Analysis } from './analysis';
import type { CaoSets } from './caoSets';
import { definition } from './definition';
import { documentLinks } from './documentLinks';
import { findReferences } from './findReferences';
import { foldingRanges } from './folding';
import { t } from './messages';
import type { NavSet } from './navigation';
import { prepareRename, renameEdits, type FileEdits } from './rename';
import { workspaceSymbols } from './workspaceSymbols';

/** Runs a handler, logging instead of crashing on anything it throws (server.ts). */
type Guard = <P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R | Promise<R>) => (...args: P) => Promise<R>;

export interface NavigationDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The analysis a request answers from (lintScheduler's `analysisFor`). */
  analysisFor: (uri: string, version?: number) => Promise<Analysis | null>;
  sets: CaoSets;
  guard: Guard;
  /** Whether the client takes `documentChanges` (versioned edits) in a workspace edit. */
  documentChanges: () => boolean;
  /** The locale of answers that belong to no document (workspace symbols). */
  locale: () => Locale;
}

/**
 * The navigation requests (definition, references, links, folding, rename, workspace symbols).
 * They answer from the newest analysis, like the outline, whatever caolint.enable says: it is the
 * draft's structure, not a finding; positions are read in the analysed text, as for hover. A draft
 * that is one file of a cao in several files answers across the files of its set (lsp/caoSets.ts).
 */
export function wireNavigation(deps: NavigationDeps): void {
  const { connection, documents, analysisFor, sets, guard } = deps;

  /** The newest analysis of an open document, with its set when it is one file of a cao. */
  async function structure(uri: string): Promise<{ analysis: Analysis; set: NavSet | undefined } | null> {
    const analysis = documents.get(uri) ? await analysisFor(uri) : null;
    return analysis ? { analysis, set: (await sets.view(analysis)) ?? undefined } : null;
  }

  /**
   * Rename edits the editor's text, so it waits for the analysis of the current version (as fix-all
   * does), and so do the other open files of the set: ranges of an older version would land beside the numbers.
   */
  async function currentStructure(uri: string): Promise<{ analysis: Analysis; set: NavSet | undefined } | null> {
    const version = documents.get(uri)?.version;
    const analysis = version === undefined ? null : await analysisFor(uri, version);
    return analysis ? { analysis, set: (await sets.view(analysis, true)) ?? undefined } : null;
  }

  /** One TextDocumentEdit per file, versioned for open documents (a file on disk has no version). */
  function workspaceEditOf(files: readonly FileEdits[], uri: string): WorkspaceEdit {
    // A rename that changes nothing still answers with this document, as a single-file rename did.
    const all = files.length > 0 ? files : [{ uri, edits: [] }];
    if (!deps.documentChanges()) return { changes: Object.fromEntries(all.map((f) => [f.uri, f.edits])) };
    return { documentChanges: all.map((f) => TextDocumentEdit.create({ uri: f.uri, version: documents.get(f.uri)?.version ?? null }, f.edits)) };
  }

  connection.onDefinition(
    guard('definition', null, async (params) => {
      const found = await structure(params.textDocument.uri);
      return found ? definition(found.analysis, params.position, found.set) : null;
    }),
  );

  connection.onReferences(
    guard('references', [], async (params) => {
      const found = await structure(params.textDocument.uri);
      return found ? findReferences(found.analysis, params.position, params.context.includeDeclaration, found.set) : [];
    }),
  );

  connection.onDocumentLinks(
    guard('documentLinks', [], async (params) => {
      const found = await structure(params.textDocument.uri);
      return found ? documentLinks(found.analysis, found.set) : [];
    }),
  );

  connection.onFoldingRanges(
    guard('foldingRanges', [], async (params) => {
      const analysis = documents.get(params.textDocument.uri) ? await analysisFor(params.textDocument.uri) : null;
      return analysis ? foldingRanges(analysis.document, analysis.articles) : [];
    }),
  );

  connection.onPrepareRename(
    guard('prepareRename', null, async (params) => {
      const found = await currentStructure(params.textDocument.uri);
      if (!found) return null;
      const prepared = prepareRename(found.analysis, params.position, found.set);
      return typeof prepared === 'string' ? new ResponseError(ErrorCodes.InvalidRequest, t(found.analysis.locale, prepared)) : prepared;
    }),
  );

  connection.onRenameRequest(
    guard('rename', null, async (params) => {
      const found = await currentStructure(params.textDocument.uri);
      if (!found) return null;
      const edits = renameEdits(found.analysis, params.position, params.newName, found.set);
      if (typeof edits === 'string') return new ResponseError(ErrorCodes.InvalidRequest, t(found.analysis.locale, edits));
      return workspaceEditOf(edits, params.textDocument.uri);
    }),
  );

  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], async (params) => workspaceSymbols(await sets.known(), params.query, deps.locale())));
}
