import { aspectLabel, keyLabel } from '../../compare/describe';
import type { SubstanceChange } from '../../compare/types';
import type { InterventionId, Locale } from '../../engine/types';
import type { CompareReportData, FindingStatus, ProvisionSection, VersionSummary } from '../compareReport';
import { severityCounts } from '../lintReport';
import { findingsChart } from './chart';
import { compareScorecardTable } from './compareScorecard';
import { compareStrings } from './compareStrings';
import { html, type SafeHtml } from './escape';
import { findingCard } from './findingCard';
import { renderPage } from './page';
import { metOfJudged, verdictTiles } from './scorecardView';
import { strings } from './strings';

/**
 * The compare report (`caolint compare --format html`): before and after side by side (verdicts, a
 * chart on one scale, the scorecard of both), then per provision its changes in substance and its
 * findings resolved, introduced and still open, on the lint report's page shell and pieces.
 */

const STATUSES: readonly FindingStatus[] = ['introduced', 'open', 'resolved'];

/** One version's column: its path, its verdicts in numbers and its findings per intervention. */
function side(version: VersionSummary, label: string, id: string, data: CompareReportData, scaleMax: number): SafeHtml {
  const s = strings(data.locale);
  const rows = data.interventions.map(({ id: intervention, title }) => ({
    intervention,
    title,
    counts: severityCounts(version.findings.filter((f) => f.message.intervention === intervention)),
  }));
  const score = metOfJudged(version.scores);
  const counts = severityCounts(version.findings);
  return html`<section class="side" aria-labelledby="${id}-title">
<h3 id="${id}-title">${label}</h3>
<p class="path">${version.name}</p>
<p class="doc-summary">${s.metSummary(score.met, score.judged)} · ${s.summary(counts.error, counts.warning, counts.info)}</p>
${verdictTiles(version.scores, data.locale)}
<h4 id="${id}-chart">${s.chart}</h4>
${findingsChart(rows, data.locale, `${id}-chart`, scaleMax)}
</section>`;
}

/** The comparison's outcome in four numbers, each with its word. */
function totalTiles(data: CompareReportData): SafeHtml {
  const c = compareStrings(data.locale);
  const t = data.totals;
  const tiles: Array<[string, number, string]> = [
    ['resolved', t.resolved, c.resolved],
    ['introduced', t.introduced, c.introduced],
    ['open', t.open, c.open],
    ['changes', t.changes, c.changes],
  ];
  return html`<ul class="tiles totals" aria-label="${c.totals}">${tiles.map(([key, n, word]) => html`<li class="tile ${key}"><span class="count">${n}</span> <span class="word">${word}</span></li>`)}</ul>`;
}

/** A value that was or is absent reads as "geen". */
const shown = (value: string | null, locale: Locale): string => value ?? compareStrings(locale).none;

/** "bestedingstermijn: 12 maanden → 36 maanden"; for a list, the keys added and dropped. The arrow is decoration: a screen reader hears "wordt". */
function changeItem(change: SubstanceChange, locale: Locale): SafeHtml {
  const c = compareStrings(locale);
  const aspect = aspectLabel(change.aspect, locale);
  if (change.added.length + change.removed.length > 0) {
    return html`<li><span class="aspect">${aspect}</span> ${change.added.map((k) => html`<ins><span aria-hidden="true">+ </span>${keyLabel(k, locale)}<span class="sr"> (${c.plus})</span></ins> `)}${change.removed.map(
      (k) => html`<del><span aria-hidden="true">− </span>${keyLabel(k, locale)}<span class="sr"> (${c.minus})</span></del> `,
    )}</li>`;
  }
  return html`<li><span class="aspect">${aspect}</span> <del>${shown(change.before, locale)}</del> <span aria-hidden="true">→</span><span class="sr">${c.becomes}</span> <ins>${shown(change.after, locale)}</ins></li>`;
}

function findingsOf(p: ProvisionSection, status: FindingStatus, id: string, data: CompareReportData, language: Locale): SafeHtml | '' {
  const list = p.findings[status];
  if (list.length === 0) return '';
  const c = compareStrings(data.locale);
  const hint = { resolved: c.resolvedHint, introduced: c.introducedHint, open: c.openHint }[status];
  return html`<section class="status-group ${status}" aria-labelledby="${id}-${status}">
<h4 id="${id}-${status}"><span class="status-word ${status}">${c[status]}</span> (${list.length})</h4>
<p class="hint">${hint}</p>
${list.map((f) => findingCard(f, data.rules[f.message.ruleId], data.locale, language, 5))}
</section>`;
}

function provisionSection(p: ProvisionSection, index: number, data: CompareReportData): SafeHtml {
  const c = compareStrings(data.locale);
  const id = `provision-${index + 1}`;
  const badge = p.isProvision && p.status !== 'kept' ? html` <span class="change-badge ${p.status}">${p.status === 'added' ? c.added : c.removed}</span>` : '';
  // Resolved findings are quoted from the old version, the others from the new.
  const language = (status: FindingStatus) => (status === 'resolved' ? data.before.language : data.after.language);
  return html`<section class="provision ${p.status}" aria-labelledby="${id}-title">
<h3 id="${id}-title">${p.name}${badge}</h3>
${p.place ? html`<p class="place">${p.place}</p>` : ''}
${p.changes.length > 0 ? html`<h4 class="sub">${c.changes}</h4><ul class="changes">${p.changes.map((change) => changeItem(change, data.locale))}</ul>` : ''}
${p.provides.length > 0 ? html`<h4 class="sub">${p.status === 'added' ? c.providesAdded : c.providesRemoved}</h4><ul class="changes provides">${p.provides.map((line) => html`<li>${line}</li>`)}</ul>` : ''}
${STATUSES.map((status) => findingsOf(p, status, id, data, language(status)))}
</section>`;
}

/** The compare report as one self-contained page. */
export function renderCompareReport(data: CompareReportData): string {
  const s = strings(data.locale);
  const c = compareStrings(data.locale);
  const titles = new Map<InterventionId, string>(data.interventions.map((i) => [i.id, i.title]));
  const perIntervention = (v: VersionSummary) => data.interventions.map(({ id }) => v.findings.filter((f) => f.message.intervention === id).length);
  const scaleMax = Math.max(1, ...perIntervention(data.before), ...perIntervention(data.after));
  const header = html`<div class="inner"><p class="brand">caolint</p>
<h1>${c.heading}</h1>
<p class="versions"><span>${c.old}: <strong>${data.before.name}</strong></span> <span aria-hidden="true">→</span> <span>${c.new}: <strong>${data.after.name}</strong></span></p></div>`;
  const overview = html`<section class="document compare-overview" aria-labelledby="overview-title">
<h2 id="overview-title">${c.overview}</h2>
${totalTiles(data)}
<div class="sides">
${side(data.before, c.oldVersion, 'before', data, scaleMax)}
${side(data.after, c.newVersion, 'after', data, scaleMax)}
</div>
<h3 id="scorecard-title">${c.scorecard}</h3>
${compareScorecardTable(data.before.scores, data.after.scores, titles, data.rules, data.locale)}
</section>`;
  const provisions = html`<section class="document per-provision" aria-labelledby="provisions-title">
<h2 id="provisions-title">${c.perProvision}</h2>
${data.provisions.length === 0 ? html`<p>${c.nothing}</p>` : data.provisions.map((p, i) => provisionSection(p, i, data))}
${data.unchanged.length > 0 ? html`<p class="unchanged"><strong>${c.unchanged}:</strong> ${data.unchanged.join(', ')}.</p>` : ''}
</section>`;
  return renderPage({
    locale: data.locale,
    title: c.title(data.before.name, data.after.name),
    skipLabel: s.skip,
    header,
    main: html`${overview}${provisions}`,
    footer: html`<p>${c.footer(data.version)}</p>`,
  });
}
