import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { interventionDocsUrl } from '../engine/paths';
import type { Locale } from '../engine/types';
import type { Analysis } from './analysis';
import { readDiagnosticData, type DiagnosticData } from './diagnostics';
import { selectFixes } from '../engine/applyEdits';
import { lineEndingOf } from '../model/lines';
import { interventionName } from './interventions';
import { t } from './messages';
import { CLIENT_OPEN_DOCS_COMMAND, FIX_ALL_KIND, SERVER_COMMANDS } from './protocol';

export interface CodeActionEnv {
  /** The client applies `documentChanges` (versioned edits); otherwise plain `changes` are sent. */
  documentChanges: boolean;
  /** The client opens documentation pages with its own command. */
  clientOpensDocs: boolean;
}

/** An edit of the exact document version, as the client can apply it. */
export function workspaceEdit(document: TextDocument, edits: TextEdit[], env: CodeActionEnv): WorkspaceEdit {
  if (env.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
  return { changes: { [document.uri]: edits } };
}

/** Does the client want actions of `kind`? `only` lists kinds or their parents ("source" covers "source.fixAll.caolint"). */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((base) => kind === base || kind.startsWith(`${base}.`));
}

/**
 * Every preferred fix of the analysed version that does not collide with another (the engine's choice,
 * as `caolint --fix` makes it), as LSP edits of `document`, which must be that version.
 */
export function fixAllEdits(analysis: Analysis, document: TextDocument): TextEdit[] {
  return selectFixes(document.getText(), analysis.findings)
    .flatMap((fix) => fix.edits)
    .sort((a, b) => a.range.start - b.range.start)
    .map((edit) => ({ range: { start: document.positionAt(edit.range.start), end: document.positionAt(edit.range.end) }, newText: edit.newText }));
}

export function codeActions(params: CodeActionParams, document: TextDocument, analysis: Analysis | null, env: CodeActionEnv): CodeAction[] {
  const only = params.context.only;
  const locale: Locale = analysis?.locale ?? 'nl';
  const actions: CodeAction[] = [];

  if (wanted(only, CodeActionKind.QuickFix)) {
    const seen = new Set<string>();
    const once = (key: string): boolean => {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const diagnostic of params.context.diagnostics) {
      const data = readDiagnosticData(diagnostic);
      if (!data) continue;
      // Edits computed for another version would land in the wrong place: offer them only for this one.
      if (data.version === document.version) {
        for (const fix of data.fixes) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred || undefined,
            edit: workspaceEdit(document, fix.edits, env),
          });
        }
      }
      const line = diagnostic.range.start.line;
      if (once(`line:${data.ruleId}:${line}`)) actions.push(disableLine(document, data, line, locale, env, diagnostic));
      if (once(`file:${data.ruleId}`)) actions.push(disableFile(document, data, locale, env, diagnostic));
      if (once(`intervention:${data.intervention}`)) actions.push(openIntervention(data, locale, env));
    }
  }

  if (analysis && analysis.version === document.version && wanted(only, FIX_ALL_KIND)) {
    const edits = fixAllEdits(analysis, document);
    // Offered on request (fix-on-save, "Source Action...") only, so the light bulb is not cluttered.
    if (edits.length > 0 && only) {
      actions.push({ title: t(locale, 'fixAll'), kind: FIX_ALL_KIND, edit: workspaceEdit(document, edits, env) });
    }
  }
  return actions;
}

function disableLine(document: TextDocument, data: DiagnosticData, line: number, locale: Locale, env: CodeActionEnv, diagnostic: Diagnostic): CodeAction {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const newText = `${indent}<!-- caolint-disable-next-line ${data.ruleId} -->${lineEndingOf(document.getText())}`;
  return {
    title: t(locale, 'disableLine', { rule: data.ruleId }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText }], env),
  };
}

/** Offset just after the YAML front matter (`---` ... `---` or `...`), or after a BOM, or 0. */
export function afterFrontMatter(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(start));
  if (!open) return start;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(start + open[0].length);
  const m = close.exec(rest);
  return m ? start + open[0].length + m.index + m[0].length : start;
}

function disableFile(document: TextDocument, data: DiagnosticData, locale: Locale, env: CodeActionEnv, diagnostic: Diagnostic): CodeAction {
  const text = document.getText();
  const at = afterFrontMatter(text);
  const nl = lineEndingOf(text);
  // Front matter that ends without a newline at the end of the file needs one before the comment.
  const lead = at > 0 && at === text.length && !text.endsWith('\n') ? nl : '';
  const position = document.positionAt(at);
  return {
    title: t(locale, 'disableFile', { rule: data.ruleId }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [{ range: { start: position, end: position }, newText: `${lead}<!-- caolint-disable ${data.ruleId} -->${nl}` }], env),
  };
}

function openIntervention(data: DiagnosticData, locale: Locale, env: CodeActionEnv): CodeAction {
  const title = t(locale, 'openIntervention', { name: interventionName(data.intervention) });
  const command: Command = {
    title,
    command: env.clientOpensDocs ? CLIENT_OPEN_DOCS_COMMAND : SERVER_COMMANDS.openDocs,
    arguments: [interventionDocsUrl(data.intervention)],
  };
  return { title, kind: CodeActionKind.QuickFix, command };
}
