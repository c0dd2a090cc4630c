import { defineRule, type MessageFn, type ReportFn, sentenceRange } from './kit';
import type { Locale } from '../server/engine/types';
import type { PolicyDocument } from '../server/model/types';
import { BUDGET_INSTRUMENTS, factsInSentence, factsInSentences, positive, sentencesOf, unitOf } from '../server/model/query';
import { yearly } from '../server/model/budgets';
import { formatMoney } from '../server/engine/localize';

/** Every text this rule shows the reader (helpers below report with these ids). */
const messages = {
  contradicts: {
    nl: '{rate} per {per} is over {years} jaar {expected}, niet {total}. Twee bedragen voor hetzelfde budget spreken elkaar tegen: maak ze gelijk.',
    en: '{rate} per {per} over {years} years is {expected}, not {total}. Two amounts for the same budget contradict each other: make them agree.',
  },
  tooSmall: {
    nl: 'Met {total} in totaal en {perPerson} per persoon kunnen ten hoogste {covered} van de {headcount} medewerkers het volledige bedrag krijgen ({percent}%). Maak het totaal groter, het bedrag per persoon kleiner, of leg uit hoe het budget wordt verdeeld.',
    en: 'With {total} in total and {perPerson} per person, at most {covered} of the {headcount} employees can get the full amount ({percent}%). Raise the total, lower the amount per person, or explain how the budget is shared out.',
  },
  perYear: { nl: 'jaar', en: 'year' },
  perMonth: { nl: 'maand', en: 'month' },
  perMonths: { nl: '{n} maanden', en: '{n} months' },
};

/**
 * A total pot, a maximum per person and a headcount must fit together: the guidance's example, a
 * pot of EUR 25,000 with at most EUR 1,000 each for 150 employees, covers only 25 people at the
 * maximum.
 */
const rule = defineRule({
  meta: {
    id: 'budget-consistency',
    intervention: 'zeggenschap-budget',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      nl: 'Het totale budget past bij het bedrag per persoon en het aantal medewerkers.',
      en: 'The total budget fits the amount per person and the number of employees.',
    },
    options: {
      minShare: {
        type: 'number',
        default: 0.5,
        minimum: 0,
        maximum: 1,
        description: {
          nl: 'Deel van de medewerkers (0-1) dat het volledige bedrag per persoon moet kunnen krijgen uit het totaal.',
          en: 'Share of the employees (0-1) who must be able to get the full per-person amount from the total.',
        },
      },
      headcount: {
        type: 'integer',
        default: 0,
        minimum: 0,
        maximum: 1000000,
        description: {
          nl: 'Aantal medewerkers als de tekst het niet noemt (0: alleen het aantal uit de tekst gebruiken).',
          en: 'Number of employees when the draft does not state it (0: use only the number in the draft).',
        },
      },
    },
  },
  messages,
  check({ doc, options, report, message, locale, applies }) {
    reportContradictions(doc, report, message, locale);
    const minShare = options.minShare;
    const configured = options.headcount;
    const done = new Set<number>();
    for (const sentence of budgetSentences(doc)) {
      const unit = unitOf(doc, doc.sentences[sentence]);
      if (done.has(unit?.index ?? -1)) continue;
      const money = factsInSentences(doc, sentencesOf(doc, unit), 'money').filter((m) => !m.negated);
      const totals = money.filter((m) => m.total && m.qualifier !== 'max' && !m.perPerson);
      if (totals.length === 0) continue;
      const total = totals.reduce((a, b) => (b.amount > a.amount ? b : a));
      const perPerson = money.filter((m) => m !== total && (m.perPerson || m.qualifier === 'max') && m.amount < total.amount && m.currency === total.currency);
      if (perPerson.length === 0) continue;
      const each = perPerson.reduce((a, b) => (b.amount > a.amount ? b : a));
      // The number of employees is often said once, at the top ("al onze 80 servicemonteurs"), not in the budget's own section.
      const headcount =
        headcountOf(doc, unit === null ? null : unit.index) ?? (unit === null ? null : headcountOf(doc, null)) ?? (configured > 0 ? configured : null);
      if (headcount === null) continue;
      applies();
      done.add(unit?.index ?? -1);
      // Compare like with like: both per year where both state a period.
      const totalValue = yearly(total) ?? total.amount;
      const eachValue = yearly(each) !== null && yearly(total) !== null ? (yearly(each) as number) : each.amount;
      if (totalValue >= eachValue * headcount * minShare) continue;
      const covered = Math.floor(totalValue / eachValue);
      report({
        range: sentenceRange(doc, total.sentence),
        messageId: 'tooSmall',
        data: {
          total: formatMoney(total.amount, total.currency, locale),
          perPerson: formatMoney(each.amount, each.currency, locale),
          covered,
          headcount,
          percent: Math.round((covered / headcount) * 100),
        },
      });
    }
  },
});

/**
 * "Er komt € 600 per jaar op, en over de drie jaar van deze regeling is dat in totaal € 2.000": a
 * rate and a total over a stated period in one sentence about a budget must agree (within 2 %).
 * Only where the sentence states all three; a total with no period, or over less than a year, is
 * left alone.
 */
function reportContradictions(doc: PolicyDocument, report: ReportFn<keyof typeof messages>, message: MessageFn<keyof typeof messages>, locale: Locale): void {
  const inContext = new Set(budgetSentences(doc).flatMap((s) => [s, s + 1, s + 2]));
  for (const s of inContext) {
    if (s >= doc.sentences.length) continue;
    const money = factsInSentence(doc, s, 'money').filter((m) => !m.negated);
    const rates = money.filter((m) => m.perMonths !== null && m.perMonths > 0);
    const totals = money.filter((m) => m.perMonths === null && m.total);
    const periods = factsInSentence(doc, s, 'duration').filter((d) => !d.negated && d.form === 'period' && d.months !== null && d.months >= 12);
    if (rates.length === 0 || totals.length !== 1 || periods.length !== 1) continue;
    const [total] = totals;
    const months = periods[0].months as number;
    const expected = rates.map((r) => (r.amount * months) / (r.perMonths as number));
    if (expected.some((e) => Math.abs(e - total.amount) <= 0.02 * total.amount)) continue;
    const rate = rates.reduce((a, b) => ((a.perMonths as number) >= (b.perMonths as number) ? a : b));
    const per = rate.perMonths === 12 ? message('perYear') : rate.perMonths === 1 ? message('perMonth') : message('perMonths', { n: rate.perMonths as number });
    report({
      range: sentenceRange(doc, s),
      messageId: 'contradicts',
      data: {
        rate: formatMoney(rate.amount, rate.currency, locale),
        per,
        years: Math.round((months / 12) * 10) / 10,
        expected: formatMoney((rate.amount * months) / (rate.perMonths as number), rate.currency, locale),
        total: formatMoney(total.amount, total.currency, locale),
      },
    });
  }
}

/** Sentences that speak of a development budget, pot or fund. */
function budgetSentences(doc: PolicyDocument): number[] {
  return [
    ...new Set(
      positive(doc, 'instrument')
        .filter((f) => BUDGET_INSTRUMENTS.has(f.instrument) && f.development && !f.inTime)
        .map((f) => f.sentence),
    ),
  ];
}

/** The number of people the unit (else the document) says the arrangement is for: the largest count of people. */
function headcountOf(doc: PolicyDocument, unit: number | null): number | null {
  const sentences = sentencesOf(doc, unit === null ? null : doc.articles[unit]);
  const counts = (ss: number[]) => ss.flatMap((s) => factsInSentence(doc, s, 'group-size')).filter((c) => !c.negated && c.value > 1);
  const found = counts(sentences);
  if (found.length === 0) return null;
  return Math.max(...found.map((c) => c.value));
}

export default rule;
