import { displayPath } from '../../config/errors';
import { publicDocsUrl } from './links';
import type { Formatter } from './types';

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

// GitHub workflow commands: data escapes %, CR, LF; property values also ':' and ','.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::warning file=...,line=..,col=..,title=rule::message (link)`, one line per finding (GitHub Actions
 * annotations); the link is the rule's web page, never a file on the runner.
 */
export const formatGithub: Formatter = (reports, ctx) => {
  const lines: string[] = [];
  for (const report of reports) {
    const file = escapeProperty(displayPath(report.filePath, ctx.cwd));
    for (const m of report.messages) {
      const props = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}`;
      lines.push(`::${command[m.severity]} ${props}::${escapeData(`${m.message} (${publicDocsUrl(m, report)})`)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
