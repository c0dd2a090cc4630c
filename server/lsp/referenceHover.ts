import type { Article, TextRange } from '../model/types';
import type { NavReference } from './lintJob';
import { t } from './messages';
import { landing, whereTo, type NavAnalysis, type NavSet } from './navigation';

/** Lines of body text a preview shows after the heading: enough to recognise the article, not to read it. */
const PREVIEW_LINES = 5;
const MAX_LINE = 160;

function lineOf(text: string, offset: number): TextRange {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline < 0 ? text.length : newline };
}

function clip(line: string): string {
  return line.length <= MAX_LINE ? line : `${line.slice(0, MAX_LINE - 1)}…`;
}

/** The unit's heading, without Markdown heading marks, in bold. */
function headingLine(text: string, unit: Article): string {
  const line = text
    .slice(unit.headingRange.start, unit.headingRange.end)
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `**${clip(line.replace(/\*/g, ''))}**`;
}

/** The first lines with text of a span, trailing blank lines dropped; "…" when more follows. */
function firstLines(text: string, span: TextRange): string[] {
  const lines = text
    .slice(span.start, span.end)
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
  const shown = lines.slice(0, PREVIEW_LINES).map(clip);
  return lines.length > PREVIEW_LINES ? [...shown, '…'] : shown;
}

/** The file name of a URI, for the caption of a preview from another file. */
function fileName(uri: string): string {
  return decodeURIComponent(
    uri
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? uri,
  );
}

/**
 * The hover part for a reference: a preview of what it leads to (the article's heading and first
 * lines; for a member, its article's heading and the member's lines), in this file or another file
 * of the cao's set (the caption then names the file), or why it leads nowhere.
 */
export function referenceHover(analysis: NavAnalysis, ref: NavReference, set?: NavSet): string {
  const { locale } = analysis;
  const { resolution } = whereTo(analysis, ref, set);
  if (resolution.status === 'external') return `*${t(locale, 'refExternal')}*`;
  if (resolution.status === 'unresolved')
    return `*${t(locale, set ? 'refUnresolvedInSet' : 'refUnresolved', { reason: t(locale, `reason.${resolution.reason}`) })}*`;
  const landed = landing(analysis, ref, set);
  if (!landed) return '';
  const { nav, unit: target } = landed;
  const text = nav.document.getText();
  const line = nav.document.positionAt(target.headingRange.start).line + 1;
  const caption = nav.uri === analysis.uri ? `*${t(locale, 'refPreview', { line })}*` : `*${t(locale, 'refPreviewIn', { line, file: fileName(nav.uri) })}*`;
  if (target.kind === 'member') {
    const owner = target.parent === null ? undefined : nav.articles[target.parent];
    const member = firstLines(text, { start: lineOf(text, target.headingRange.start).start, end: target.range.end });
    return [caption, '', ...(owner ? [headingLine(text, owner), ''] : []), ...member.map((l) => `> ${l}  `)].join('\n');
  }
  // Two trailing spaces keep the quoted lines apart (a Markdown line break).
  const body = firstLines(text, { start: lineOf(text, target.headingRange.end).end, end: target.range.end });
  return [caption, '', headingLine(text, target), '', ...body.map((l) => `> ${l}  `)].join('\n');
}
