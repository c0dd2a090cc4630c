import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { webRuleDocsUrl } from '../../engine/paths';
import type { Severity } from '../../engine/types';
import { publicDocsUrl, runDocsBase } from './links';
import { ruleHelp } from '../../report/ruleHelp';
import type { Formatter } from './types';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file inside the working folder as a relative URI against %SRCROOT% (the checkout, which code
 * scanning resolves itself), anything else as a file URL.
 */
function artifact(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(filePath).href };
}

/**
 * SARIF 2.1.0, one run, with the full rule catalogue so code-scanning tools can show help: each
 * rule's page as `help` (text and Markdown, in the run's language) and its web address as `helpUri`.
 * No link names the runner's disk; %SRCROOT% is left for the consumer to resolve.
 */
export const formatSarif: Formatter = (reports, ctx) => {
  const docsBase = runDocsBase(reports);
  const rules = ctx.rules.map((rule) => {
    const helpUri = webRuleDocsUrl(rule.meta.id, docsBase);
    const help = ruleHelp(rule.meta.id, ctx.locale, helpUri);
    return {
      id: rule.meta.id,
      shortDescription: { text: rule.meta.description[ctx.locale] },
      helpUri,
      ...(help ? { help } : {}),
      defaultConfiguration: { level: level[rule.meta.defaultSeverity] },
      properties: { intervention: rule.meta.intervention, fixable: rule.meta.fixable },
    };
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) =>
    report.messages.map((m) => {
      const ruleIndex = index.get(m.ruleId);
      return {
        ruleId: m.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: level[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact(report.filePath, ctx.cwd),
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
        properties: { intervention: m.intervention, docs: publicDocsUrl(m, report) },
      };
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'caolint', version: ctx.version, semanticVersion: ctx.version, informationUri: 'https://github.com/caolint/caolint', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
