/** The line ending a text uses (that of its first line break: CRLF, LF or a lone CR), LF when it has none. */
export function lineEndingOf(text: string): '\n' | '\r\n' | '\r' {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr === -1) return '\n';
  if (lf === -1 || cr < lf - 1) return '\r';
  return cr === lf - 1 ? '\r\n' : '\n';
}

/**
 * Line number (0-based) of every offset, by binary search over line starts. Lines end as in the
 * LSP: at `\n`, `\r\n` and a lone `\r`, so every face reports the positions an editor shows.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The text's line ending, so inserted text matches it. */
  readonly eol: '\n' | '\r\n' | '\r';
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
    this.eol = lineEndingOf(text);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** 0-based line and UTF-16 column of an offset. */
  positionOf(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
  lineStart(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)];
  }
  get lineCount(): number {
    return this.starts.length;
  }
}
