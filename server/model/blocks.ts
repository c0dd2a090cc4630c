import type { Root, Nodes, Parents } from 'mdast';
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

interface Collected {
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
      case 'html':
        collectComments(node.value, node.position?.start.offset ?? 0, comments);
        return;
      case 'heading':
        pushBlock('heading', node.depth, node, list);
        return;
      case 'paragraph':
        pushBlock('paragraph', 0, node, list);
        if (list) list.first = false;
        return;
      case 'tableCell':
        pushBlock('cell', 0, node, null);
        return;
      case 'code':
        return; // code blocks are not prose
      case 'listItem': {
        const parentList = parentOf.get(node);
        const start = parentList && parentList.type === 'list' && parentList.ordered ? (parentList.start ?? 1) : null;
        const number = start === null ? null : start + (parentList as { children: Nodes[] }).children.indexOf(node);
        const item = { number, first: true };
        for (const child of node.children) visit(child, item);
        return;
      }
      default:
        if ('children' in node) {
          for (const child of node.children) {
            parentOf.set(child, node);
            visit(child, child.type === 'list' ? null : list);
          }
        }
    }
  };

  const parentOf = new WeakMap<Nodes, Parents>();

  const pushBlock = (
    kind: TextBlock['kind'],
    depth: number,
    node: Parents,
    list: { number: number | null; first: boolean } | null,
  ): void => {
    const text: string[] = [];
    const offsets: number[] = [];
    appendInline(source, node, text, offsets, comments);
    const joined = text.join('');
    if (joined.trim() === '') return;
    const firstBreak = offsets.findIndex((offset, i) => i > 0 && source.slice(offsets[i - 1], offset).includes('\n'));
    blocks.push({
      kind,
      depth,
      inList: list !== null,
      listNumber: list?.number ?? null,
      firstInItem: list?.first ?? false,
      text: joined,
      firstLineEnd: firstBreak < 0 ? joined.length : firstBreak,
      offsets,
      range: { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 },
    });
  };

  for (const child of tree.children) {
    parentOf.set(child, tree);
    visit(child, null);
  }
  return { blocks, comments, frontMatter };
}

/** Appends the inline text of `node` to `text`, one entry per character, with source offsets. */
function appendInline(source: string, node: Nodes, text: string[], offsets: number[], comments: HtmlComment[]): void {
  if (INLINE_TEXT.has(node.type) && 'value' in node) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const value = node.value;
    // Where the source holds the value verbatim, map character by character; otherwise (escapes,
    // entities, `\` line breaks) search forward for each character so ranges still land on it.
    const verbatim = source.slice(start, end) === value;
    let cursor = start;
    for (let i = 0; i < value.length; i++) {
      let at: number;
      if (verbatim) at = start + i;
      else {
        const found = source.indexOf(value[i], cursor);
        at = found >= 0 && found < end ? found : Math.min(cursor, Math.max(start, end - 1));
      }
      text.push(value[i] === '\n' ? ' ' : value[i]);
      offsets.push(at);
      cursor = at + 1;
    }
    return;
  }
  if (node.type === 'break') {
    text.push(' ');
    offsets.push(node.position?.start.offset ?? offsets[offsets.length - 1] ?? 0);
    return;
  }
  if (node.type === 'html') {
    collectComments(node.value, node.position?.start.offset ?? 0, comments);
    return;
  }
  if ('children' in node) for (const child of node.children) appendInline(source, child, text, offsets, comments);
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
