import type { InterventionId } from '../../engine/types';
import { severityCounts, type DocumentSection, type LintReportData } from '../lintReport';
import { findingsChart } from './chart';
import { html, type SafeHtml } from './escape';
import { findingCard } from './findingCard';
import { renderPage } from './page';
import { metOfJudged, scorecardTable, verdictTiles } from './scorecardView';
import { strings } from './strings';

/** The findings of a document grouped under the intervention they belong to, in the guidance's order. */
function findingsByIntervention(doc: DocumentSection, data: LintReportData, titles: ReadonlyMap<InterventionId, string>): SafeHtml {
  const s = strings(data.locale);
  if (doc.findings.length === 0) return html`<p>${s.noFindings}</p>`;
  return html`${data.interventions.map(({ id }) => {
    const own = doc.findings.filter((f) => f.message.intervention === id);
    if (own.length === 0) return '';
    return html`<h4 class="intervention">${titles.get(id) ?? id}</h4>${own.map((f) => findingCard(f, data.rules[f.message.ruleId], data.locale, doc.language, 5))}`;
  })}`;
}

// Only a document is a landmark (a region named by its path); the parts inside it repeat in every
// document, so they are plain sections under their headings, not landmarks of the same name.
function documentSection(doc: DocumentSection, index: number, data: LintReportData, titles: ReadonlyMap<InterventionId, string>): SafeHtml {
  const s = strings(data.locale);
  const id = `doc-${index + 1}`;
  const counts = severityCounts(doc.findings);
  const rows = data.interventions.map(({ id: intervention, title }) => ({
    intervention,
    title,
    counts: severityCounts(doc.findings.filter((f) => f.message.intervention === intervention)),
  }));
  const score = doc.scores ? metOfJudged(doc.scores) : null;
  const summary = [s.summary(counts.error, counts.warning, counts.info), score ? s.metSummary(score.met, score.judged) : null].filter(Boolean).join(' · ');
  return html`<section class="document" aria-labelledby="${id}-title" id="${id}">
<h2 id="${id}-title">${doc.path}</h2>
<p class="doc-summary">${summary}</p>
<div class="overview">
${doc.scores ? verdictTiles(doc.scores, data.locale) : ''}
<section class="chart-box"><h3 id="${id}-chart">${s.chart}</h3>${findingsChart(rows, data.locale, `${id}-chart`)}</section>
</div>
${doc.scores ? html`<section class="scorecard"><h3 id="${id}-scorecard">${s.scorecard}</h3>${scorecardTable(doc.scores, titles, data.rules, data.locale, id)}</section>` : ''}
<section class="findings"><h3 id="${id}-findings">${s.findings} (${doc.findings.length})</h3>
${findingsByIntervention(doc, data, titles)}
</section>
</section>`;
}

/** The lint report: per document a scorecard, a chart and the findings, as one self-contained HTML page. */
export function renderLintReport(data: LintReportData): string {
  const s = strings(data.locale);
  const titles = new Map(data.interventions.map((i) => [i.id, i.title]));
  const all = data.documents.flatMap((d) => d.findings);
  const counts = severityCounts(all);
  const header = html`<div class="inner"><p class="brand">caolint</p>
<h1>${s.heading}</h1>
<p>${s.documents(data.documents.length)} · ${s.findingsCount(all.length)}: ${s.summary(counts.error, counts.warning, counts.info)}</p></div>`;
  const nav =
    data.documents.length > 1
      ? html`<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">${s.contents}</h2><ol>${data.documents.map(
          (d, i) => html`<li><a href="#doc-${i + 1}">${d.path}</a> (${s.findingsCount(d.findings.length)})</li>`,
        )}</ol></nav>`
      : undefined;
  return renderPage({
    locale: data.locale,
    title: s.title,
    skipLabel: s.skip,
    header,
    nav,
    main: html`${data.documents.map((d, i) => documentSection(d, i, data, titles))}`,
    footer: html`<p>${s.footer(data.version)}</p>`,
  });
}
