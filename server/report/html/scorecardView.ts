import type { InterventionId, Locale } from '../../engine/types';
import type { RuleSummary } from '../lintReport';
import { tally, type ConditionVerdict, type InterventionScore } from '../scorecard';
import { html, type SafeHtml } from './escape';
import { reasonWord, statusWord, strings } from './strings';

/** A symbol beside the word, so the status reads without colour (print, colour blindness). */
const SYMBOL = { met: '✔', notMet: '✖', possiblyNotMet: '?', notApplicable: '–', notChecked: '·' } as const;

export function statusBadge(verdict: ConditionVerdict, locale: Locale): SafeHtml {
  return html`<span class="status ${verdict.status}"><span aria-hidden="true">${SYMBOL[verdict.status]} </span>${statusWord(verdict.status, locale)}</span>${
    verdict.reason ? html`<span class="reason">${reasonWord(verdict.reason, locale)}</span>` : ''
  }`;
}

/** Met and judged conditions of a whole document (not applicable and not checked left out). */
export function metOfJudged(scores: readonly InterventionScore[]): { met: number; judged: number } {
  let met = 0;
  let judged = 0;
  for (const score of scores) {
    const t = tally(score);
    met += t.met;
    judged += t.met + t.notMet + t.possiblyNotMet;
  }
  return { met, judged };
}

/**
 * The scorecard: one row group per intervention, one row per condition (rule) with its verdict. An
 * intervention the draft does not touch at all is one muted row, so the reader sees it was looked at
 * without reading conditions that do not concern the draft.
 */
export function scorecardTable(
  scores: readonly InterventionScore[],
  titles: ReadonlyMap<InterventionId, string>,
  rules: Readonly<Record<string, RuleSummary>>,
  locale: Locale,
  idPrefix: string,
): SafeHtml {
  const s = strings(locale);
  const groups = scores
    .filter((score) => score.conditions.length > 0)
    .map((score) => {
      const t = tally(score);
      const judged = t.met + t.notMet + t.possiblyNotMet;
      const title = titles.get(score.intervention) ?? score.intervention;
      const id = `${idPrefix}-${score.intervention}`;
      if (judged === 0 && t.notChecked === 0) {
        return html`<tbody class="not-applicable"><tr><th scope="row" id="${id}">${title}</th><td>${s.untouched(score.conditions.length)}</td><td>${statusBadge({ ruleId: '', status: 'notApplicable' }, locale)}</td></tr></tbody>`;
      }
      const summary = judged === 0 ? s.nothingJudged : s.metSummary(t.met, judged);
      return html`<tbody class="judged">${score.conditions.map(
        (c, i) =>
          html`<tr class="${c.status}">${
            i === 0 ? html`<th scope="rowgroup" rowspan="${score.conditions.length}" id="${id}">${title}<span class="tally">${summary}</span></th>` : ''
          }<td>${rules[c.ruleId]?.description ?? c.ruleId}</td><td>${statusBadge(c, locale)}</td></tr>`,
      )}</tbody>`;
    });
  return html`<table class="scorecard">
<caption>${s.scorecardCaption}</caption>
<thead><tr><th scope="col">${s.intervention}</th><th scope="col">${s.condition}</th><th scope="col">${s.verdict}</th></tr></thead>
${groups}
</table>`;
}

/** The document's verdicts in four numbers, each with its word: what a reader takes in first. */
export function verdictTiles(scores: readonly InterventionScore[], locale: Locale): SafeHtml {
  const totals = { met: 0, notMet: 0, possiblyNotMet: 0, notApplicable: 0, notChecked: 0 };
  for (const score of scores) for (const c of score.conditions) totals[c.status]++;
  const shown = (['notMet', 'possiblyNotMet', 'met', 'notApplicable'] as const).filter((k) => k !== 'possiblyNotMet' || totals[k] > 0);
  return html`<ul class="tiles">${shown.map((k) => html`<li class="tile ${k}"><span class="count">${totals[k]}</span> <span class="word">${statusWord(k, locale)}</span></li>`)}</ul>`;
}
