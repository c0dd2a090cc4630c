import type { Locale } from '../../engine/types';
import type { ReportFinding, RuleSummary } from '../lintReport';
import { html, type SafeHtml } from './escape';
import { severityLabel, strings } from './strings';

/** The sentence with the flagged span in a <mark> that says, to a screen reader too, that it is marked. */
function sentence(finding: ReportFinding, locale: Locale, draftLanguage: Locale | null): SafeHtml | '' {
  const excerpt = finding.note?.excerpt;
  if (!excerpt) return '';
  const s = strings(locale);
  return html`<p class="label">${s.sentence}</p>
<blockquote class="sentence"${draftLanguage ? html` lang="${draftLanguage}"` : ''}><p>${excerpt.before} <mark aria-label="${s.markLabel}: ${excerpt.marked}">${excerpt.marked}</mark> ${excerpt.after}</p></blockquote>`;
}

/** The preferred fix as a negotiator would table it: the clause itself, and the words it replaces. */
function suggestedClause(finding: ReportFinding, locale: Locale, draftLanguage: Locale | null): SafeHtml | '' {
  const fix = finding.message.fix;
  if (!fix) return '';
  const s = strings(locale);
  const clause = fix.edits
    .map((e) => e.text.trim())
    .filter(Boolean)
    .join('\n');
  const replaces = finding.note?.replaces ?? '';
  // The clause and the words it replaces are in the draft's language, which may not be the report's.
  const lang = draftLanguage ? html` lang="${draftLanguage}"` : '';
  return html`<div class="fix">
<p class="label">${s.fix}</p>
<p class="title">${fix.title}</p>
${clause ? html`<blockquote${lang}>${clause}</blockquote>` : ''}
${replaces ? html`<p class="replaces">${s.replaces}: <del${lang}>${replaces}</del></p>` : ''}
</div>`;
}

/** One finding: what the rule asks, where, the sentence, the message, the guidance behind it and the suggested clause. */
export function findingCard(
  finding: ReportFinding,
  rule: RuleSummary | undefined,
  locale: Locale,
  draftLanguage: Locale | null,
  headingLevel: 4 | 5,
): SafeHtml {
  const s = strings(locale);
  const m = finding.message;
  const heading = rule?.description ?? m.ruleId;
  const title = headingLevel === 4 ? html`<h4>${heading}</h4>` : html`<h5>${heading}</h5>`;
  return html`<article class="finding ${m.severity}">
${title}
<p class="meta"><span class="severity ${m.severity}">${severityLabel(m.severity, locale)}</span><span>${s.location(m.line, m.column)}</span><a href="${finding.docs}">${m.ruleId}</a></p>
${sentence(finding, locale, draftLanguage)}
<p class="message">${m.message}</p>
${rule?.rationale ? html`<p class="label">${s.guidance}</p><p class="guidance">${rule.rationale}</p>` : ''}
${suggestedClause(finding, locale, draftLanguage)}
</article>`;
}
