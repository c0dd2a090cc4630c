/**
 * Where a Markdown text can be cut into pieces that parse, each on its own, exactly as they parse
 * within the whole: the seams of the incremental parse (blockCache.ts).
 *
 * A cut is made only before a line that surely starts a new top-level block after a blank line: it
 * starts in the first column with a character that opens no list item, block quote or byte order
 * mark, and the text before it leaves nothing open that a blank line does not end. What a blank line
 * does not end is tracked line by line: the front matter, fenced code and the HTML blocks that end
 * only at their terminator (comments, `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!X`,
 * CDATA). A list item or block quote that may still be open makes a fence or such an HTML block
 * indented by one to three spaces ambiguous (inside the item, or at the top level?): from there on
 * no cut is made at all. When in doubt the pieces are simply larger; a cut in the wrong place would
 * change the parse, so every rule here errs towards fewer cuts.
 *
 * What cutting cannot keep (link reference and footnote definitions, which reach across the whole
 * text) is checked on the parsed pieces instead (blockCache.ts falls back to one parse).
 */

/** Start offsets of the pieces, in order; the first is always 0. */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  let previousBlank = false;
  // A list item or quote may still be open: an indented fence or HTML block would be ambiguous.
  let containerOpen = false;
  // A line since the last blank one starts with '<': an HTML block that ends at a blank line, or
  // paragraph text? A fence there is a fence only in the second case.
  let htmlish = false;
  let stopped = false;
  let open: Open | null = null;
  for (const { start, content } of lines(text)) {
    if (start === 0 && FRONT_MATTER_FENCE.test(withoutBom(content))) {
      open = { kind: 'front' };
      continue;
    }
    if (open) {
      if (closes(open, content, true)) open = null;
      previousBlank = false;
      continue;
    }
    const blank = BLANK.test(content);
    if (blank) {
      previousBlank = true;
      htmlish = false;
      continue;
    }
    // A piece that opened with "---" would be read as front matter, which only the text's own first line can open.
    if (!stopped && previousBlank && start > 0 && startsTopLevelBlock(content) && !FRONT_MATTER_FENCE.test(content)) {
      starts.push(start);
      containerOpen = false;
    }
    previousBlank = false;
    const indent = columns(content);
    if (indent > 3) continue;
    const body = content.replace(INDENT, '');
    const opening = opens(body);
    if (opening) {
      if ((indent > 0 && containerOpen) || htmlish) stopped = true;
      else if (!closes(opening, body, false)) open = opening;
    } else if (body.startsWith('<')) {
      htmlish = true;
    }
    if (CONTAINER.test(body)) containerOpen = true;
  }
  return starts;
}

/** A construct that a blank line does not end. */
type Open = { kind: 'front' } | { kind: 'fence'; char: '`' | '~'; length: number } | { kind: 'html'; end: RegExp };

const BLANK = /^[ \t]*$/;
const INDENT = /^[ \t]*/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
/** A list item (bullet or ordered) or a block quote opens here. */
const CONTAINER = /^(?:[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;

/** HTML blocks of CommonMark kinds 1-5: they end at their terminator, not at a blank line. */
const HTML_BLOCKS: ReadonlyArray<{ start: RegExp; end: RegExp }> = [
  { start: /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, end: /<\/(?:pre|script|style|textarea)>/i },
  { start: /^<!--/, end: /-->/ },
  { start: /^<\?/, end: /\?>/ },
  { start: /^<![A-Za-z]/, end: />/ },
  { start: /^<!\[CDATA\[/, end: /\]\]>/ },
];

/** The construct a line (without its indentation of at most three columns) opens that a blank line would not end, or null. */
function opens(body: string): Open | null {
  const fence = FENCE.exec(body);
  // A backtick fence's info string holds no backtick (else the line is inline code in a paragraph).
  if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) return { kind: 'fence', char: fence[1][0] as '`' | '~', length: fence[1].length };
  for (const html of HTML_BLOCKS) if (html.start.test(body)) return { kind: 'html', end: html.end };
  return null;
}

/**
 * Whether the line closes the construct. On the line that opened it (`opening`), only text after the
 * opener counts: "<!-->" is not taken for a closed comment, which at worst keeps the piece open longer.
 */
function closes(open: Open, content: string, later: boolean): boolean {
  switch (open.kind) {
    case 'front':
      return FRONT_MATTER_FENCE.test(content);
    case 'fence': {
      if (!later) return false;
      if (columns(content) > 3) return false;
      const run = /^(`+|~+)[ \t]*$/.exec(content.replace(INDENT, ''));
      return run !== null && run[1][0] === open.char && run[1].length >= open.length;
    }
    case 'html': {
      if (later) return open.end.test(content);
      const opener = /^<(?:!\[CDATA\[|!--|\?|!|[A-Za-z]+)/.exec(content)?.[0].length ?? 0;
      return open.end.test(content.slice(opener));
    }
  }
}

/** A line that, after a blank line, can only start a new top-level block. */
function startsTopLevelBlock(content: string): boolean {
  const first = content.charCodeAt(0);
  // Indented (code or an item's continuation), a list item, a quote, or a mark micromark would drop.
  if (first === 0x20 || first === 0x09 || first === 0xfeff) return false;
  return !CONTAINER.test(content);
}

function withoutBom(content: string): string {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

/** Columns of a line's indentation: a tab reaches the next multiple of four. */
function columns(content: string): number {
  let column = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 0x20) column++;
    else if (c === 0x09) column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** The lines of a text with the offset each starts at; a line ends at `\n`, `\r\n` or a lone `\r`. */
function* lines(text: string): Generator<{ start: number; content: string }> {
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    yield { start, content: text.slice(start, end) };
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}
