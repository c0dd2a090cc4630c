import type { Nodes, Paragraph, Parents, Root } from 'mdast';
import type { TextRange } from './types';

/**
 * A block of prose as the reader sees it (a paragraph, heading, list item's paragraph or table
 * cell): its plain text with Markdown syntax removed, and for every character of that text the
 * offset in the source it came from, so that ranges found in the plain text map back exactly.
 */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'cell';
  /** Heading depth 1-6, 0 for others. */
  depth: number;
  /** The block lies inside a list item; `listIndex` is the item's 1-based number in an ordered list. */
  inList: boolean;
  listNumber: number | null;
  /** The block is the first block of its list item. */
  firstInItem: boolean;
  text: string;
  /** Index in `text` where the first source line ends (a soft or hard line break), or text.length. */
  firstLineEnd: number;
  /** Source offset of each character of `text`. */
  offsets: number[];
  range: TextRange;
}

export interface HtmlComment {
  value: string;
  range: TextRange;
}

/** What the model reads of a parse: the prose blocks, the HTML comments (directives) and the front matter. */
export interface Collected {
  blocks: TextBlock[];
  comments: HtmlComment[];
  frontMatter: string | null;
}

const INLINE_TEXT = new Set(['text', 'inlineCode']);

/** Flattens the mdast into prose blocks in document order, plus the HTML comments (directives). */
export function collectBlocks(source: string, tree: Root): Collected {
  const blocks: TextBlock[] = [];
  const comments: HtmlComment[] = [];
  let frontMatter: string | null = null;

  const visit = (node: Nodes, list: { number: number | null; first: boolean } | null): void => {
    switch (node.type) {
      case 'yaml':
        frontMatter = node.value;
        return;
      case 'html': {
        const at = node.position?.start.offset ?? source.indexOf(node.value, lastEnd);
        if (at >= 0) collectComments(node.value, at, comments);
        return;
      }
      case 'heading':
        pushBlock('heading', node.depth, node, list);
        return;
      case 'paragraph': {
        const lead = list === null ? boldLeadLine(node) : null;
        if (lead) {
          pushBlock('heading', BOLD_HEADING_DEPTH, lead.heading, null);
          if (lead.body) pushBlock('paragraph', 0, lead.body, null);
          return;
        }
        pushBlock('paragraph', 0, node, list);
        if (list) list.first = false;
        return;
      }
      case 'tableRow':
        // A row of a table of arrangements is one statement: "Leercheque | € 250 per jaar | geldig tot
        // 31 december | erkende vakcursus". Its cells are read as the clauses of one sentence, joined by
        // "; ", so the term and the purpose in a row belong to the instrument named in it.
        pushBlock('cell', 0, node, null, (sink) => {
          for (const cell of node.children) {
            const start = cell.position?.start.offset ?? nextOffset(sink, lastEnd);
            if (sink.text.length > 0 && sink.text.join('').trim() !== '') {
              push(sink, ';', start, source.length);
              push(sink, ' ', start, source.length);
            }
            appendInline(source, cell, sink, { start, end: cell.position?.end.offset ?? source.length });
          }
        });
        return;
      case 'code':
        return; // code blocks are not prose
      case 'listItem': {
        const parentList = parentOf.get(node);
        const start = parentList && parentList.type === 'list' && parentList.ordered ? (parentList.start ?? 1) : null;
        const number = start === null ? null : start + (indexInParent.get(node) ?? 0);
        const item = { number, first: true };
        for (const child of node.children) visit(child, item);
        return;
      }
      default:
        if ('children' in node) {
          node.children.forEach((child: Nodes, i: number) => indexInParent.set(child, i));
          for (const child of node.children) {
            parentOf.set(child, node);
            visit(child, child.type === 'list' ? null : list);
          }
        }
    }
  };

  const parentOf = new WeakMap<Nodes, Parents>();
  // A list item's place in its list (an indexOf per item made long lists quadratic).
  const indexInParent = new WeakMap<Nodes, number>();
  // End of the last block, where the search for a node without a position starts.
  let lastEnd = 0;

  const pushBlock = (
    kind: TextBlock['kind'],
    depth: number,
    node: Parents,
    list: { number: number | null; first: boolean } | null,
    fill?: (sink: Sink) => void,
  ): void => {
    const sink: Sink = { text: [], offsets: [], comments };
    const start = node.position?.start.offset ?? lastEnd;
    if (fill) fill(sink);
    else appendInline(source, node, sink, { start, end: node.position?.end.offset ?? source.length });
    const { offsets } = sink;
    const joined = sink.text.join('');
    if (joined.trim() === '') return;
    const firstBreak = firstLineBreak(source, offsets);
    blocks.push({
      kind,
      depth,
      inList: list !== null,
      listNumber: list?.number ?? null,
      firstInItem: list?.first ?? false,
      text: joined,
      firstLineEnd: firstBreak < 0 ? joined.length : firstBreak,
      offsets,
      // A block without a position (made by a plugin) spans the text found for it.
      range: { start: node.position?.start.offset ?? offsets[0], end: node.position?.end.offset ?? offsets[offsets.length - 1] + 1 },
    });
    lastEnd = blocks[blocks.length - 1].range.end;
  };

  for (const child of tree.children) {
    parentOf.set(child, tree);
    visit(child, null);
  }
  return { blocks, comments, frontMatter };
}

/**
 * Drafts written in Word, memos and intranet pages mark their headings in bold rather than with
 * `#`: a paragraph whose first line is bold and nothing else ("**Teambudget**", then the text on
 * the next line) opens a section just as a heading would. Markdown depth 4 places such a heading
 * inside the articles and chapters around it.
 */
const BOLD_HEADING_DEPTH = 4;

/** A bold first line that reads as a heading, split from the body text that follows it in the same paragraph. */
function boldLeadLine(paragraph: Paragraph): { heading: Parents; body: Parents | null } | null {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'strong' || !first.position || !paragraph.position) return null;
  const title = toPlainText(first).trim();
  // A bold sentence ("**Het budget vervalt niet.**") or a run-in label ("**Let op:** ...") is no heading.
  if (title.length === 0 || title.length > 100 || /[.;,!?]$/.test(title) || !/\p{L}/u.test(title)) return null;
  if (rest.length === 0) return { heading: first, body: null };
  const next = rest[0];
  const breaksLine = next.type === 'break' || (next.type === 'text' && /^[ \t]*\r?\n/.test(next.value));
  if (!breaksLine) return null;
  const bodyStart = rest.find((child) => child.type !== 'break')?.position?.start.offset;
  if (bodyStart === undefined) return { heading: first, body: null };
  const body: Paragraph = {
    type: 'paragraph',
    children: rest,
    position: { start: { ...paragraph.position.start, offset: bodyStart }, end: paragraph.position.end },
  };
  return { heading: first, body };
}

function toPlainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child: Nodes) => toPlainText(child)).join('') : '';
}

/**
 * Where appended text goes: the text in pieces (joined once per block; a piece per character made
 * building the blocks a tenth of the model's time), one source offset per character, and the HTML
 * comments met on the way. A piece is never empty, so `text.length > 0` says whether anything was appended.
 */
interface Sink {
  text: string[];
  offsets: number[];
  comments: HtmlComment[];
}

/** A stretch of the source, [start, end). */
interface Span {
  start: number;
  end: number;
}

/**
 * Appends the inline text of `node` to the sink, one entry per character, with source offsets.
 *
 * Plugins may create nodes without a `position`: remark-gfm's autolink literals
 * (`[www.example.nl]{.underline}`, `[vragen: hr@werkgever.nl]`) split a text node into new text
 * and link nodes that carry none. Such a node is placed in `span`, the stretch between its
 * positioned neighbours (or its parent's bounds), and its text is looked up there. Offsets never go
 * backwards and never leave the source, so every range built from them is ordered and in the text.
 */
function appendInline(source: string, node: Nodes, sink: Sink, span: Span): void {
  const from = Math.max(span.start, nextOffset(sink, span.start));
  if (INLINE_TEXT.has(node.type) && 'value' in node) {
    appendText(
      source,
      node.value,
      node.position ? { start: node.position.start.offset ?? from, end: node.position.end.offset ?? span.end } : { start: from, end: span.end },
      sink,
    );
    return;
  }
  if (node.type === 'break') {
    push(sink, ' ', node.position?.start.offset ?? from, source.length);
    return;
  }
  if (node.type === 'html') {
    const at = node.position?.start.offset ?? source.indexOf(node.value, from);
    // An unplaced comment that cannot be found is dropped rather than put at the top of the file.
    if (at >= 0) collectComments(node.value, at, sink.comments);
    return;
  }
  if (!('children' in node)) return;
  const children: Nodes[] = node.children;
  const inner: Span = node.position ? { start: node.position.start.offset ?? span.start, end: node.position.end.offset ?? span.end } : span;
  // Where each child's stretch ends: the start of the next positioned sibling (found from the right,
  // so a run of children without positions is not rescanned per child).
  const ends: number[] = new Array(children.length);
  for (let k = children.length - 1, next = inner.end; k >= 0; k--) {
    ends[k] = next;
    next = children[k].position?.start.offset ?? next;
  }
  children.forEach((child, i) => {
    const end = ends[i];
    appendInline(source, child, sink, { start: Math.max(inner.start, nextOffset(sink, inner.start)), end: Math.max(end, inner.start) });
  });
}

/** The source offset after the last character appended, or `fallback` when nothing is appended yet. */
function nextOffset(sink: Sink, fallback: number): number {
  const last = sink.offsets[sink.offsets.length - 1];
  return last === undefined ? fallback : last + 1;
}

/** Pushes one character, keeping offsets non-decreasing and inside the source. */
function push(sink: Sink, char: string, at: number, sourceLength: number): void {
  const previous = sink.offsets[sink.offsets.length - 1] ?? 0;
  sink.text.push(char === '\n' ? ' ' : char);
  sink.offsets.push(Math.min(Math.max(at, previous), Math.max(0, sourceLength - 1)));
}

/** Pushes `value` as one piece, its characters at `at`, `at + 1`, ...: what `push` of each character in turn does. */
function pushRun(sink: Sink, value: string, at: number, sourceLength: number): void {
  if (value.length === 0) return;
  const { offsets } = sink;
  const limit = Math.max(0, sourceLength - 1);
  let previous = offsets[offsets.length - 1] ?? 0;
  for (let i = 0; i < value.length; i++) {
    previous = Math.min(Math.max(at + i, previous), limit);
    offsets.push(previous);
  }
  sink.text.push(value.includes('\n') ? value.replace(/\n/g, ' ') : value);
}

/**
 * Index of the first character whose source stretch since the previous character's offset holds a
 * line break ('\n', '\r\n' or a lone '\r': CR-only drafts too), or -1. Offsets never decrease.
 */
function firstLineBreak(source: string, offsets: readonly number[]): number {
  for (let i = 1; i < offsets.length; i++) {
    for (let at = offsets[i - 1]; at < offsets[i]; at++) {
      const c = source.charCodeAt(at);
      if (c === 10 || c === 13) return i;
    }
  }
  return -1;
}

/** Maps `value` onto the source within `span`: verbatim where the source holds it, else character by character. */
function appendText(source: string, value: string, span: Span, sink: Sink): void {
  const { start, end } = span;
  if (source.slice(start, end) === value) {
    pushRun(sink, value, start, source.length);
    return;
  }
  // A node without a position gets a span wider than itself: find its text in it.
  const found = source.indexOf(value, start);
  if (value.length > 0 && found >= 0 && found + value.length <= end) {
    pushRun(sink, value, found, source.length);
    return;
  }
  // Escapes, entities, `\` line breaks: search forward for each character so ranges still land on it.
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const hit = source.indexOf(value[i], cursor);
    const at = hit >= 0 && hit < end ? hit : Math.min(cursor, Math.max(start, end - 1));
    push(sink, value[i], at, source.length);
    cursor = at + 1;
  }
}

function collectComments(value: string, offset: number, comments: HtmlComment[]): void {
  let from = 0;
  for (;;) {
    const open = value.indexOf('<!--', from);
    if (open < 0) return;
    const close = value.indexOf('-->', open + 4);
    if (close < 0) return;
    comments.push({ value: value.slice(open + 4, close).trim(), range: { start: offset + open, end: offset + close + 3 } });
    from = close + 3;
  }
}
