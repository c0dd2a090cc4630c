import type { InterventionId, Locale } from '../../engine/types';
import type { RuleSummary } from '../lintReport';
import { tally, type ConditionStatus, type ConditionVerdict, type InterventionScore } from '../scorecard';
import { compareStrings } from './compareStrings';
import { html, type SafeHtml } from './escape';
import { statusBadge } from './scorecardView';
import { strings } from './strings';

/** How far a verdict is from "met": only judged verdicts are ranked, so a move to or from "not applicable" is just different. */
const RANK: Partial<Record<ConditionStatus, number>> = { notMet: 0, possiblyNotMet: 1, met: 2 };

type Movement = 'better' | 'worse' | 'different' | null;

function movement(before: ConditionVerdict, after: ConditionVerdict): Movement {
  if (before.status === after.status) return null;
  const a = RANK[before.status];
  const b = RANK[after.status];
  if (a === undefined || b === undefined) return 'different';
  return b > a ? 'better' : 'worse';
}

const ARROW: Record<Exclude<Movement, null>, string> = { better: '▲', worse: '▼', different: '◆' };

/**
 * The scorecard of both versions in one table: per intervention a row group, per condition its
 * verdict in the old and in the new version, and where the verdict moved, a word saying which way
 * (the arrow beside it is decoration). An intervention neither version touches is one muted row.
 */
export function compareScorecardTable(
  before: readonly InterventionScore[],
  after: readonly InterventionScore[],
  titles: ReadonlyMap<InterventionId, string>,
  rules: Readonly<Record<string, RuleSummary>>,
  locale: Locale,
): SafeHtml {
  const s = strings(locale);
  const c = compareStrings(locale);
  const groups = after
    .filter((score) => score.conditions.length > 0)
    .map((score) => {
      const old = before.find((b) => b.intervention === score.intervention);
      const title = titles.get(score.intervention) ?? score.intervention;
      const judged = (x: InterventionScore | undefined) => {
        if (!x) return 0;
        const t = tally(x);
        return t.met + t.notMet + t.possiblyNotMet + t.notChecked;
      };
      if (judged(old) === 0 && judged(score) === 0) {
        return html`<tbody class="not-applicable"><tr><th scope="row">${title}</th><td colspan="3">${c.untouchedBoth}</td></tr></tbody>`;
      }
      const summary = (x: InterventionScore | undefined) => {
        if (!x) return s.nothingJudged;
        const t = tally(x);
        const n = t.met + t.notMet + t.possiblyNotMet;
        return n === 0 ? s.nothingJudged : s.metSummary(t.met, n);
      };
      return html`<tbody class="judged">${score.conditions.map((verdict, i) => {
        const was = old?.conditions.find((v) => v.ruleId === verdict.ruleId) ?? { ruleId: verdict.ruleId, status: 'notChecked' as const };
        const moved = movement(was, verdict);
        return html`<tr class="${verdict.status}${moved ? ` moved ${moved}` : ''}">${
          i === 0
            ? html`<th scope="rowgroup" rowspan="${score.conditions.length}">${title}<span class="tally">${c.old}: ${summary(old)}</span><span class="tally">${c.new}: ${summary(score)}</span></th>`
            : ''
        }<td>${rules[verdict.ruleId]?.description ?? verdict.ruleId}</td><td>${statusBadge(was, locale)}</td><td>${statusBadge(verdict, locale)}${
          moved ? html`<span class="movement ${moved}"><span aria-hidden="true">${ARROW[moved]} </span>${c[moved]}</span>` : ''
        }</td></tr>`;
      })}</tbody>`;
    });
  return html`<table class="scorecard compare">
<caption>${c.scorecardCaption}</caption>
<colgroup><col class="intervention"><col><col class="verdict"><col class="verdict"></colgroup>
<thead><tr><th scope="col">${s.intervention}</th><th scope="col">${s.condition}</th><th scope="col">${c.old}</th><th scope="col">${c.new}</th></tr></thead>
${groups}
</table>`;
}
