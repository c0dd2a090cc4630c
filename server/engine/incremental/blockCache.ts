import { parseMarkdown } from '../parse';
import { collectBlocks, type Collected, type HtmlComment, type TextBlock } from '../../model/blocks';
import { chunkStarts } from './chunks';

/**
 * The parse of a text as the model reads it (`collectBlocks`), made piece by piece: the text is cut
 * at the seams `chunkStarts` finds, and a piece whose text was parsed before (in the previous
 * version of the document, wherever it stood) is not parsed again; its blocks are moved to where the
 * piece now starts. An edit therefore re-parses only the pieces it touches.
 *
 * Link reference and footnote definitions reach across the whole text (a "[term]" elsewhere becomes
 * a link once defined), so a text that has any is parsed as a whole, every time.
 */
export class BlockCache {
  /** The pieces of the last text collected, by their text. */
  private pieces = new Map<string, Piece>();

  collect(text: string): Collected {
    if (DEFINITION_LINE.test(text)) return this.whole(text);
    const starts = chunkStarts(text);
    const kept = new Map<string, Piece>();
    const out: Collected = { blocks: [], comments: [], frontMatter: null };
    for (let i = 0; i < starts.length; i++) {
      const base = starts[i];
      const source = text.slice(base, starts[i + 1] ?? text.length);
      const piece = kept.get(source) ?? this.pieces.get(source) ?? readPiece(source);
      // A definition the line test missed (a label over two lines): the pieces cannot stand alone.
      if (piece.definitions) return this.whole(text);
      kept.set(source, piece);
      const placed = piece.at(base);
      for (const block of placed.blocks) out.blocks.push(block);
      for (const comment of placed.comments) out.comments.push(comment);
      if (i === 0) out.frontMatter = piece.frontMatter;
    }
    this.pieces = kept;
    return out;
  }

  private whole(text: string): Collected {
    this.pieces = new Map();
    return collectBlocks(text, parseMarkdown(text));
  }
}

/** A line that may start a link reference or footnote definition ("[1]: https://...", "[^1]: ..."). */
const DEFINITION_LINE = /^ {0,3}\[[^\r\n]*\]:/m;

/** One piece of text as parsed on its own (offsets from its start), and where it was last placed. */
class Piece {
  private placed: { base: number; blocks: TextBlock[]; comments: HtmlComment[] } | null = null;

  constructor(
    private readonly blocks: TextBlock[],
    private readonly comments: HtmlComment[],
    readonly frontMatter: string | null,
    readonly definitions: boolean,
  ) {}

  /** The blocks and comments with offsets into the whole text, for a piece starting at `base`. */
  at(base: number): { blocks: TextBlock[]; comments: HtmlComment[] } {
    if (base === 0) return { blocks: this.blocks, comments: this.comments };
    if (this.placed?.base !== base) {
      this.placed = {
        base,
        blocks: this.blocks.map((block) => ({
          ...block,
          offsets: block.offsets.map((offset) => offset + base),
          range: { start: block.range.start + base, end: block.range.end + base },
        })),
        comments: this.comments.map((c) => ({ value: c.value, range: { start: c.range.start + base, end: c.range.end + base } })),
      };
    }
    return this.placed;
  }
}

function readPiece(source: string): Piece {
  const tree = parseMarkdown(source);
  const definitions = tree.children.some(function has(node): boolean {
    return node.type === 'definition' || node.type === 'footnoteDefinition' || ('children' in node && node.children.some(has));
  });
  const { blocks, comments, frontMatter } = collectBlocks(source, tree);
  return new Piece(blocks, comments, frontMatter, definitions);
}
