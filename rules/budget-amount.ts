import { defineRule, quotedName, sentenceRange } from './kit';
import type { MoneyFact, PolicyDocument } from '../server/model/types';
import { factsInSentence } from '../server/model/query';
import { provisionScope, scopeGap } from '../server/model/provisions';
import { budgetStatements, budgetsWithoutFigures, figurelessStatements, yearly } from '../server/model/budgets';
import { formatMoney, formatNumber } from '../server/engine/localize';

/**
 * How a development budget compares with what is common in the Netherlands: formal training
 * costs about 1-2% of the gross payroll, and the average individual budget rose from EUR 669
 * (2013) to EUR 706 (2018). A negotiation matter, so information only and no automatic fix.
 */
const rule = defineRule({
  meta: {
    id: 'budget-amount',
    intervention: 'budget-gangbaar',
    defaultSeverity: 'info',
    fixable: false,
    description: {
      nl: 'De hoogte van een ontwikkelbudget vergeleken met wat gangbaar is: gemiddeld € 706 per jaar, 1-2% van de loonsom.',
      en: 'The size of a development budget compared with what is common: EUR 706 a year on average, 1-2% of the payroll.',
    },
    options: {
      minYearlyAmount: {
        type: 'number',
        default: 706,
        minimum: 0,
        maximum: 100000,
        description: {
          nl: 'Laagste bedrag per jaar van een individueel budget zonder melding (het gemiddelde van 2018 was € 706).',
          en: 'Lowest yearly amount of an individual budget without a finding (the 2018 average was EUR 706).',
        },
      },
      minPayrollPercent: {
        type: 'number',
        default: 1,
        minimum: 0,
        maximum: 100,
        description: {
          nl: 'Laagste percentage van de loonsom voor een collectief budget zonder melding.',
          en: 'Lowest share of the payroll, in percent, for a collective budget without a finding.',
        },
      },
    },
  },
  messages: {
    lowAmount: {
      nl: "Dit budget komt neer op {yearly} per jaar, minder dan {min}. Ter vergelijking: het gemiddelde individuele budget voor duurzame inzetbaarheid steeg van € 669 (2013) naar € 706 per jaar (2018); bedrijven besteden aan formeel leren zo'n 1-2% van de brutoloonsom.",
      en: 'This budget comes to {yearly} a year, less than {min}. For comparison: the average individual budget for sustainable employability rose from EUR 669 (2013) to EUR 706 a year (2018); companies spend about 1-2% of gross payroll on formal training.',
    },
    lowShare: {
      nl: 'Dit budget is {percent}% van de loonsom, minder dan {min}%. Opleidingsuitgaven liggen al jaren rond 1-2% van de brutoloonsom, en dan alleen voor formeel leren; ongeveer 70% van het leren gebeurt informeel op de werkplek.',
      en: 'This budget is {percent}% of the payroll, less than {min}%. Training spend has long been around 1-2% of gross payroll, for formal learning alone; about 70% of learning happens informally at work.',
    },
    noAmount: {
      nl: 'Bij «{instrument}» staat geen bedrag of percentage. Noem de hoogte, zodat medewerkers weten of ze er iets mee kunnen: gangbaar is gemiddeld € 706 per jaar per medewerker (2018; € 669 in 2013) of 1-2% van de brutoloonsom.',
      en: '«{instrument}» states no amount or percentage. State its size so employees know whether they can do something with it: common is EUR 706 a year per employee on average (2018; EUR 669 in 2013) or 1-2% of gross payroll.',
    },
    noAmountStatement: {
      nl: 'Hier staat een budget zonder bedrag of percentage. Noem de hoogte: gangbaar is gemiddeld € 706 per jaar per medewerker (2018; € 669 in 2013) of 1-2% van de brutoloonsom.',
      en: 'A budget without an amount or percentage. State its size: common is EUR 706 a year per employee on average (2018; EUR 669 in 2013) or 1-2% of gross payroll.',
    },
  },
  check({ doc, options, report, locale, applies }) {
    const minAmount = options.minYearlyAmount;
    const minPercent = options.minPayrollPercent;
    const reported = new Set<number>();
    const reportOnce = (sentence: number, r: Parameters<typeof report>[0]) => {
      if (reported.has(sentence)) return;
      reported.add(sentence);
      report(r);
    };

    for (const statement of budgetStatements(doc)) {
      for (const figure of statement.figures) {
        if (figure.kind === 'percent') {
          // Only a share of the payroll compares with 1-2%; a share of one's own salary or of costs does not.
          if (figure.base !== 'payroll') continue;
          applies();
          if (figure.value >= minPercent) continue;
          reportOnce(statement.sentence, {
            range: figure.range,
            messageId: 'lowShare',
            data: { percent: formatNumber(figure.value, locale), min: formatNumber(minPercent, locale) },
          });
          break;
        }
        // A total pot is not what one person gets; a fund's money counts only where it is a per-person right.
        if (figure.total || (!statement.individual && !figure.perPerson)) continue;
        const perYear = yearly(figure) ?? (statement.individual ? overStatedPeriod(doc, statement.sentence, figure) : null);
        if (perYear === null) continue;
        applies();
        if (perYear >= minAmount) continue;
        reportOnce(statement.sentence, {
          range: figure.range,
          messageId: 'lowAmount',
          data: { yearly: formatMoney(perYear, figure.currency, locale), min: formatMoney(minAmount, figure.currency, locale) },
        });
        break;
      }
    }
    for (const term of figurelessStatements(doc)) {
      reportOnce(term.sentence, { range: sentenceRange(doc, term.sentence), messageId: 'noAmountStatement' });
    }
    for (const provision of budgetsWithoutFigures(doc)) {
      // A budget whose size the draft leaves to a decision was reported there already.
      const scope = new Set(provisionScope(doc, provision));
      if ([...reported].some((s) => scope.has(s))) continue;
      reportOnce(provision.anchor.sentence, {
        range: sentenceRange(doc, provision.anchor.sentence),
        messageId: 'noAmount',
        data: { instrument: quotedName(provision) },
        incomplete: scopeGap(doc, provision),
      });
    }
  },
});

/**
 * An individual amount with no "per" period: spread over a period the sentence states ("voor de
 * gehele periode van drie jaar"), else read as a yearly amount, the way budgets are usually granted.
 */
function overStatedPeriod(doc: PolicyDocument, sentence: number, figure: MoneyFact): number {
  const period = factsInSentence(doc, sentence, 'duration').find((d) => d.form === 'period' && d.months !== null && d.months >= 12);
  return period ? (figure.amount * 12) / (period.months as number) : figure.amount;
}

export default rule;
