import type { InterventionId, Locale, Severity } from '../../engine/types';
import type { SeverityCounts } from '../lintReport';
import { html, type SafeHtml } from './escape';
import { severityCount, severityLabel, strings } from './strings';

export interface ChartRow {
  intervention: InterventionId;
  title: string;
  counts: SeverityCounts;
}

// Dark enough to stay visible in print and in grey; each segment also has a dark outline.
const FILL: Record<Severity, string> = { error: '#a4161a', warning: '#d98a1c', info: '#8fb3e0' };
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const LABEL_WIDTH = 270;
const BAR_WIDTH = 220;
const ROW = 26;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 40;

/** A long intervention name in the chart's label column: cut at a word, the full name stays in the text alternative. */
function shortTitle(title: string, max = 34): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20))}…`;
}

/**
 * Findings per intervention as a horizontal stacked bar chart (errors, warnings, infos), inline
 * SVG. The SVG is one image to assistive technology, labelled by a sentence that lists every
 * count; the numbers are also printed beside the bars.
 */
export function findingsChart(rows: readonly ChartRow[], locale: Locale, id: string, scaleMax = 0): SafeHtml {
  const s = strings(locale);
  // `scaleMax`: charts shown side by side share one scale, so equal bars mean equal counts.
  const max = Math.max(1, scaleMax, ...rows.map((r) => r.counts.error + r.counts.warning + r.counts.info));
  const scale = BAR_WIDTH / max;
  const height = rows.length * ROW + 8;
  const parts = rows.map((r) => {
    const total = r.counts.error + r.counts.warning + r.counts.info;
    const detail = ORDER.filter((sev) => r.counts[sev] > 0)
      .map((sev) => severityCount(r.counts[sev], sev, locale))
      .join(', ');
    return s.chartPart(r.title, total, total > 0 ? detail : '');
  });
  const bars = rows.map((r, i) => {
    const y = i * ROW + 4;
    let x = LABEL_WIDTH;
    const segments = ORDER.filter((sev) => r.counts[sev] > 0).map((sev) => {
      const w = r.counts[sev] * scale;
      const rect = html`<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 10}" fill="${FILL[sev]}" stroke="#1b1f24" stroke-width="0.8"/>`;
      x += w;
      return rect;
    });
    const total = r.counts.error + r.counts.warning + r.counts.info;
    return html`<g><text x="${LABEL_WIDTH - 8}" y="${y + ROW / 2 + 2}" text-anchor="end" font-size="13" fill="#1b1f24">${shortTitle(r.title)}</text>${segments}<text x="${x + 6}" y="${y + ROW / 2 + 2}" font-size="13" font-weight="700" fill="#1b1f24">${total}</text></g>`;
  });
  return html`<figure class="chart">
<svg role="img" aria-labelledby="${id}-alt" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg" font-family="inherit">
<title id="${id}-alt">${s.chartAlt(parts)}</title>
<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" stroke="#4d5560" stroke-width="1"/>
${bars}
</svg>
<ul class="legend" aria-hidden="true">${ORDER.map((sev) => html`<li class="${sev}">${severityLabel(sev, locale)}</li>`)}</ul>
</figure>`;
}
