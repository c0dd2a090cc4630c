import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/**
 * Parses Markdown into mdast with positions. The one parse every document version gets.
 * micromark drops a leading byte order mark and counts positions without it; here they count it,
 * so every offset indexes `text` itself (else every range ends one character short, and an
 * insertion at the end of a line may fall inside a surrogate pair).
 */
export function parseMarkdown(text: string): Root {
  if (text.charCodeAt(0) !== 0xfeff) return processor.parse(text);
  const tree = processor.parse(text.slice(1));
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return tree;
}
