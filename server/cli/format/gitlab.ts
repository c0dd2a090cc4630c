import { createHash } from 'node:crypto';
import { displayPath } from '../../config/errors';
import type { Severity } from '../../engine/types';
import { publicDocsUrl } from './links';
import type { Formatter } from './types';

/** GitLab's severities run info, minor, major, critical, blocker; caolint's three map onto the lower ones. */
const severity: Record<Severity, 'info' | 'minor' | 'major'> = { info: 'info', warning: 'minor', error: 'major' };

/**
 * GitLab Code Quality report (a Code Climate issue array): one issue per finding. The fingerprint
 * leaves the line out, so a finding keeps its identity when lines are added above it and the merge
 * request widget shows it as unchanged rather than fixed and new; the same message twice in one
 * file is told apart by its occurrence.
 */
export const formatGitlab: Formatter = (reports, ctx) => {
  const issues = reports.flatMap((report) => {
    const path = displayPath(report.filePath, ctx.cwd);
    const seen = new Map<string, number>();
    return report.messages.map((m) => {
      const key = [path, m.ruleId, m.message].join('\0');
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        type: 'issue',
        check_name: m.ruleId,
        description: m.message,
        content: { body: publicDocsUrl(m, report) },
        categories: ['Style'],
        fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
        severity: severity[m.severity],
        location: { path, lines: { begin: m.line, end: m.endLine } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
