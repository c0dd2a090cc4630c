import { createColors } from 'picocolors';
import { webRuleDocsUrl } from '../../engine/paths';
import type { Locale, Rule, Severity } from '../../engine/types';
import type { ComparedFinding, CompareResult, ProvisionComparison } from '../../compare/types';
import { compareReportData, type CompareInsight } from '../../report/compareReport';
import { renderCompareReport } from '../../report/html/compareView';
import type { CompareFormatName } from '../args';
import { severityWidth, severityWord } from '../messages';
import { ct, isProvision, plural, provisionName, provisionPlace, substanceLines, summaryLine, unchanged, versionName } from '../../report/compareMessages';

/** The reports of `caolint compare`: stylish for the terminal, JSON for tools, Markdown for a pull-request comment, HTML for the negotiation table. */

export interface CompareFormatContext {
  cwd: string;
  locale: Locale;
  color: boolean;
  /** The `docsBaseUrl` of the new version's configuration, when it sets one. */
  docsBaseUrl?: string;
  /** caolint's version and rule catalogue, which the HTML report names. */
  version: string;
  rules: readonly Rule[];
  /** What the HTML report shows beyond the result (each version's scorecard, excerpts, fixes); kept by the command when the format is html. */
  insight?: CompareInsight;
}

export type CompareFormatter = (result: CompareResult, context: CompareFormatContext) => string;

/** The documented JSON shape (docs/cli.md): the CompareResult itself, with its `version`. */
const formatCompareJson: CompareFormatter = (result) => `${JSON.stringify(result, null, 2)}\n`;

type Status = 'resolved' | 'introduced' | 'open';

/** Per provision: its findings in one list, each with its status and the version it is read in. */
function rows(c: ProvisionComparison): Array<{ status: Status; finding: ComparedFinding }> {
  return [
    ...c.introduced.map((finding) => ({ status: 'introduced' as const, finding })),
    ...c.open.map((pair) => ({ status: 'open' as const, finding: pair.after })),
    ...c.resolved.map((finding) => ({ status: 'resolved' as const, finding })),
  ];
}

/** Human-readable, coloured like the lint report: per provision its changes in substance, then its findings by status. */
const formatCompareStylish: CompareFormatter = (result, ctx) => {
  const c = createColors(ctx.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const paintStatus: Record<Status, (s: string) => string> = { resolved: c.green, introduced: c.red, open: c.yellow };
  const statusWidth = Math.max(...(['changes', 'resolved', 'introduced', 'open'] as const).map((id) => ct(id, ctx.locale).length));
  const severityColumn = severityWidth(ctx.locale);
  const out: string[] = [c.bold(ct('title', ctx.locale, { before: versionName(result.before, ctx.cwd), after: versionName(result.after, ctx.cwd) })), ''];
  const quiet = result.provisions.filter(unchanged);
  for (const p of result.provisions.filter((x) => !unchanged(x))) {
    const status =
      !isProvision(p) || p.status === 'kept'
        ? ''
        : ` ${p.status === 'added' ? c.green(`(${ct('added', ctx.locale)})`) : c.red(`(${ct('removed', ctx.locale)})`)}`;
    const place = provisionPlace(p, ctx.locale);
    out.push(`${c.underline(provisionName(p, ctx.locale))}${status}${place ? `  ${c.dim(place)}` : ''}`);
    substanceLines(p, ctx.locale).forEach((text, i) => out.push(`  ${(i === 0 ? ct('changes', ctx.locale) : '').padEnd(statusWidth)}  ${text}`));
    const list = rows(p);
    const positions = list.map((r) => `${r.finding.line}:${r.finding.column}`);
    const width = Math.max(0, ...positions.map((x) => x.length));
    list.forEach((r, i) => {
      const label = paintStatus[r.status](ct(r.status, ctx.locale).padEnd(statusWidth));
      const severity = paint[r.finding.severity](severityWord(r.finding.severity, ctx.locale).padEnd(severityColumn));
      // A resolved finding is shown where it stood in the old version; the others where they stand now.
      out.push(`  ${label}  ${c.dim(positions[i].padEnd(width))}  ${severity}  ${r.finding.message}  ${c.dim(r.finding.ruleId)}`);
    });
    out.push('');
  }
  if (quiet.length > 0) out.push(c.dim(ct('unchanged', ctx.locale, { names: quiet.map((p) => provisionName(p, ctx.locale)).join(', ') })), '');
  if (result.provisions.length === quiet.length) out.push(ct('nothing', ctx.locale));
  const line = summaryLine(result, ctx.locale);
  const errors = result.totals.introducedErrors;
  out.push(
    errors > 0
      ? c.bold(c.red(`✖ ${line}. ${ct('introducedErrors', ctx.locale, { count: errors, errorWord: plural('error', errors, ctx.locale) })}`))
      : c.bold(c.green(`✔ ${line}.`)),
  );
  return `${out.join('\n')}\n`;
};

/** Text for a Markdown table cell: no line breaks, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}

/** A pull-request comment is read on another machine: its links never name a file on this one (as in the CI formats). */
function publicLink(finding: ComparedFinding, docsBaseUrl: string | undefined): string {
  return finding.docs.startsWith('file:') ? webRuleDocsUrl(finding.ruleId, docsBaseUrl) : finding.docs;
}

/** For a pull-request comment: a heading per provision, its changes as a list, its findings as a table. */
const formatCompareMarkdown: CompareFormatter = (result, ctx) => {
  const l = ctx.locale;
  const out: string[] = [
    `## caolint: ${cell(ct('title', l, { before: `\`${versionName(result.before, ctx.cwd)}\``, after: `\`${versionName(result.after, ctx.cwd)}\`` }))}`,
    '',
    `**${summaryLine(result, l)}.**`,
  ];
  const errors = result.totals.introducedErrors;
  if (errors > 0) out.push('', `:x: ${ct('introducedErrors', l, { count: errors, errorWord: plural('error', errors, l) })}`);
  const quiet = result.provisions.filter(unchanged);
  for (const p of result.provisions.filter((x) => !unchanged(x))) {
    const status = !isProvision(p) || p.status === 'kept' ? '' : ` (${ct(p.status === 'added' ? 'added' : 'removed', l)})`;
    const place = provisionPlace(p, l);
    out.push('', `### ${cell(provisionName(p, l))}${status}`);
    if (place) out.push('', `_${place}_`);
    if (substanceLines(p, l).length + rows(p).length > 0) out.push('');
    const lines = substanceLines(p, l);
    for (const text of lines) out.push(`- ${cell(text)}`);
    const list = rows(p);
    if (list.length === 0) continue;
    if (lines.length > 0) out.push('');
    out.push(`| ${ct('status', l)} | ${ct('severity', l)} | ${ct('rule', l)} | ${ct('where', l)} | ${ct('message', l)} |`, '| --- | --- | --- | --- | --- |');
    for (const r of list) {
      out.push(
        `| ${ct(r.status, l)} | ${severityWord(r.finding.severity, l)} | [\`${r.finding.ruleId}\`](${publicLink(r.finding, ctx.docsBaseUrl)}) | ${ct('line', l, { line: r.finding.line })} | ${cell(r.finding.message)} |`,
      );
    }
  }
  if (quiet.length > 0) out.push('', ct('unchanged', l, { names: quiet.map((p) => cell(provisionName(p, l))).join(', ') }));
  return `${out.join('\n')}\n`;
};

/** One self-contained page for the negotiation table: before and after side by side, then per provision what changed. */
const formatCompareHtml: CompareFormatter = (result, ctx) => {
  if (!ctx.insight) throw new Error('the HTML compare report needs the insight of both versions');
  return renderCompareReport(compareReportData(result, ctx.insight, { cwd: ctx.cwd, version: ctx.version, rules: ctx.rules, docsBaseUrl: ctx.docsBaseUrl }));
};

export const compareFormatters: Record<CompareFormatName, CompareFormatter> = {
  stylish: formatCompareStylish,
  json: formatCompareJson,
  markdown: formatCompareMarkdown,
  html: formatCompareHtml,
};
