import { lintReportData } from '../../report/lintReport';
import { renderLintReport } from '../../report/html/lintView';
import { publicDocsUrl } from './links';
import type { Formatter } from './types';

/**
 * One self-contained HTML page for people at the negotiation table: per document a scorecard per
 * intervention, a chart and the findings with their sentence, the guidance and the suggested clause.
 * Links go to the rule pages on the web, as in the CI formats: the file is read on other machines.
 */
export const formatHtml: Formatter = (reports, ctx) =>
  renderLintReport(lintReportData(reports, { cwd: ctx.cwd, locale: ctx.locale, version: ctx.version, rules: ctx.rules, webDocs: publicDocsUrl }));
