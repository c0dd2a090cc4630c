/**
 * The examples on a rule page (rules/<id>.md): a ```markdown block under a paragraph that starts
 * with its verdict. The convention, stated in docs/architecture.md ("Adding a rule"):
 *
 *   Goed: ...                              the rule stays quiet on the block
 *   Niet goed: ...                         the rule reports on the block
 *   Info in plaats van waarschuwing: ...   the rule reports, softened to info
 *
 * Any other block (the disable snippets, a block under other words) is no example. Only the Dutch
 * part of the page is read: the English part refers to the same examples.
 */
export type Verdict = 'good' | 'bad' | 'info';

export interface RuleExample {
  verdict: Verdict;
  /** The paragraph that introduces the block, for messages. */
  label: string;
  /** 1-based line of the block's first line in the page. */
  line: number;
  text: string;
}

const VERDICTS: ReadonlyArray<[RegExp, Verdict]> = [
  [/^Goed\b/, 'good'],
  [/^Niet goed\b/, 'bad'],
  [/^Info in plaats van waarschuwing\b/, 'info'],
];

export function ruleExamples(page: string): RuleExample[] {
  const english = page.search(/^## English[ \t]*$/m);
  const lines = (english < 0 ? page : page.slice(0, english)).split(/\r?\n/);
  const examples: RuleExample[] = [];
  let paragraph = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^```markdown\s*$/.test(line)) {
      const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
      if (end < 0) break;
      const verdict = VERDICTS.find(([pattern]) => pattern.test(paragraph))?.[1];
      if (verdict) examples.push({ verdict, label: paragraph, line: i + 2, text: `${lines.slice(i + 1, end).join('\n')}\n` });
      i = end;
      paragraph = '';
      continue;
    }
    if (line.trim() === '') continue;
    // The paragraph just before a block: its first line carries the verdict.
    paragraph = /^\S/.test(line) && (i === 0 || lines[i - 1].trim() === '') ? line.trim() : paragraph;
  }
  return examples;
}
