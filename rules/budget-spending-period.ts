import { defineRule, quotedName, sentenceRange } from './kit';
import type { DurationFact, FactKind, LapseFact, PolicyDocument, SavingFact } from '../server/model/types';
import { factsInSentence, factsInSentences, INDIVIDUAL_INSTRUMENTS, sameClause, unitOf } from '../server/model/query';
import { provisionBefore, provisions, provisionScope, scopeGap, namesOtherInstrument } from '../server/model/provisions';
import { clauseAround, inDocumentLanguage, insertAfterSentence, onlyStatesTerm, replaceClause, replaceWords } from '../server/engine/fixes';

/**
 * An individual development budget, learning account or voucher needs a generous spending term:
 * people rarely act on a budget at short notice, and saving helps them afford a longer course.
 */
const rule = defineRule({
  meta: {
    id: 'budget-spending-period',
    intervention: 'zeggenschap-budget',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      nl: 'Een individueel ontwikkelbudget heeft een ruime bestedingstermijn of een spaarmogelijkheid.',
      en: 'An individual development budget has a generous spending period or can be saved.',
    },
    options: {
      minMonths: {
        type: 'integer',
        default: 24,
        minimum: 1,
        maximum: 120,
        description: { nl: 'Kortste aanvaardbare bestedingstermijn in maanden.', en: 'Shortest acceptable spending period in months.' },
      },
    },
  },
  messages: {
    lapses: {
      nl: '«{instrument}» vervalt al na {months} maanden. Geef een bestedingstermijn van minstens {min} maanden of laat sparen toe: medewerkers komen lang niet altijd op korte termijn in actie.',
      en: '«{instrument}» lapses after only {months} months. Allow at least {min} months to spend it, or let it be saved: employees by no means always act in the short term.',
    },
    lapsesUnstated: {
      nl: 'Wat van «{instrument}» niet besteed is, vervalt zonder dat een termijn van minstens {min} maanden of een spaarmogelijkheid genoemd wordt.',
      en: 'Unspent amounts of «{instrument}» lapse without a period of at least {min} months or a way to save them.',
    },
    shortPeriod: {
      nl: '«{instrument}» moet binnen {months} maanden besteed worden. Maak dat minstens {min} maanden of laat sparen toe.',
      en: '«{instrument}» must be spent within {months} months. Make that at least {min} months, or let it be saved.',
    },
    noPeriod: {
      nl: 'Er staat niet hoe lang «{instrument}» besteed kan worden. Noem een bestedingstermijn van minstens {min} maanden of een spaarmogelijkheid.',
      en: 'The draft does not say how long «{instrument}» can be spent. State a spending period of at least {min} months, or a way to save it.',
    },
    fixInsert: { nl: 'Voeg toe: niet-bestede bedragen blijven {min} maanden beschikbaar', en: 'Add: unspent amounts remain available for {min} months' },
    fixReplace: {
      nl: 'Vervang door: niet-bestede bedragen blijven {min} maanden beschikbaar',
      en: 'Replace with: unspent amounts remain available for {min} months',
    },
    fixPeriod: { nl: 'Maak de bestedingstermijn {min} maanden', en: 'Make the spending period {min} months' },
  },
  check({ doc, options, report, applies }) {
    const min = options.minMonths;
    for (const provision of provisions(doc, INDIVIDUAL_INSTRUMENTS)) {
      if (provision.inTime) continue;
      // Judged for every budget named, but the rule's condition is about a budget the draft grants.
      if (provision.granted) applies();
      const scope = provisionScope(doc, provision);
      const instrument = quotedName(provision);
      const savingClause = inDocumentLanguage(doc, {
        nl: `Niet-bestede bedragen blijven ${min} maanden beschikbaar.`,
        en: `Unspent amounts remain available for ${min} months.`,
      });
      const data = { instrument, min };
      // Added after a sentence that says nothing of the period, the saving clause contradicts nothing;
      // after one that states a lapse or a short period it would, so there it is never the preferred fix.
      const insertFix = (after: number, preferred: boolean) => ({
        titleId: 'fixInsert' as const,
        data,
        edits: [insertAfterSentence(doc, after, savingClause)],
        preferred,
      });

      // Statements count when they are said of this budget: in a sentence that names it, or that
      // speaks of money (a balance, what is not spent) rather than of days or of something else
      // ("bonussen komen te vervallen"). A lapse at the end of employment is no yearly lapse.
      // A statement that names neither money nor time ("Wat je niet gebruikt, blijft drie jaar
      // staan") is said of the instrument of its own article, named nearest before it ("Je hebt twee
      // ontwikkeldagen. Niet gebruikt? Dan schuiven ze door" speaks of the days, not of a budget named above).
      const mentionSentences = new Set(provision.mentions.map((m) => m.sentence));
      const ownUnits = new Set(provision.units.filter((u) => u !== null).map((u) => u.index));
      // In a draft without articles, "its own article" is the sentences right after the budget is named.
      const inOwnUnit = (sentence: number) =>
        ownUnits.has(unitOf(doc, doc.sentences[sentence])?.index ?? -1) ||
        (provision.units.includes(null) &&
          [1, 2].some((back) => mentionSentences.has(sentence - back) && doc.sentences[sentence - back].article === doc.sentences[sentence].article));
      // A sentence that names another instrument ("bouwt een IKB op") speaks of that one.
      const namesOther = (sentence: number) => namesOtherInstrument(doc, provision, sentence);
      const ofThisBudget = (f: LapseFact | SavingFact) =>
        mentionSentences.has(f.sentence) ||
        (!namesOther(f.sentence) &&
          ((f.aboutMoney && (!f.aboutTime || factsInSentence(doc, f.sentence, 'money').length > 0)) ||
            (!f.aboutMoney && !f.aboutTime && inOwnUnit(f.sentence) && [provision, null].includes(provisionBefore(doc, f.sentence)))));
      // Taking the balance to another employer is portability, not carrying it over in time.
      const portability = (sentence: number) => factsInSentence(doc, sentence, 'scheme-term').some((t) => t.term === 'portability' && !t.negated);
      const atEmploymentEnd = (sentence: number) => factsInSentence(doc, sentence, 'time-term').some((t) => t.term === 'employment-end' && !t.negated);
      // Money that lapses back to the fund and is added to next year's budget there ("vervallen aan het
      // fonds en worden toegevoegd aan het budget van het volgende jaar") is the fund's, not carried over for the employee.
      const returnedToFund = (sentence: number) =>
        factsInSentence(doc, sentence, 'scheme-term').some((t) => t.term === 'returns' && !t.negated) &&
        factsInSentence(doc, sentence, 'lapse').some((l) => !l.negated);
      const saving = factsInSentences(doc, scope, 'saving').filter(
        (f) => !f.negated && ofThisBudget(f) && !portability(f.sentence) && !returnedToFund(f.sentence),
      );
      // A lapse on leaving ("Bij vertrek naar een andere werkgever vervalt het saldo na zes maanden") is no yearly lapse.
      const allLapses = factsInSentences(doc, scope, 'lapse').filter((f) => ofThisBudget(f) && !atEmploymentEnd(f.sentence) && !portability(f.sentence));

      // Any sign of a long enough life satisfies the rule: saving or carrying over (unless its own
      // period is too short), a budget that does not lapse ("vervalt niet"), a stated long spending
      // period or validity, or a budget granted once per long period ("€ 5.000 per vijf jaar").
      // The first saving that is not too short decides, as before; only where the draft also states a
      // short validity (rare) are the others looked at. Reading every saving's period up front made a
      // sentence with thousands of them quadratic.
      // Time added on top ("blijft nog één jaar extra staan") counts from the end of the period the budget is granted for.
      const grantMonths = rateMonths(doc, [...mentionSentences]) ?? 12;
      const openSaving = saving.find((f) => carryOverPeriod(doc, f, min, grantMonths) !== 'short');
      if (openSaving && carryOverPeriod(doc, openSaving, min, grantMonths) === 'long') continue;
      // A bound on what is saved, said beside an open saving ("Je kunt je budget sparen. Let wel:
      // gespaard budget blijft maximaal 12 maanden na de toekenning staan"), bounds it.
      const boundedSaving = openSaving ? shortSavingBound(doc, saving, min, grantMonths) : undefined;
      // Open-ended saving with no lapse beside it is enough, as it always was.
      if (openSaving && !allLapses.some((f) => !f.negated) && !boundedSaving) continue;
      if (allLapses.some((f) => f.negated)) continue;
      // Only periods said of the budget or of spending count, not an eligibility period elsewhere.
      // A period counts when its clause speaks of spending or using the budget, or of its validity
      // ("binnen drie jaar besteden", "is drie jaar geldig"); who qualifies ("na zes maanden in
      // dienst"), when to apply or repay, or how long a course may last, is no spending period.
      const aboutSpending = (d: DurationFact) =>
        (mentionSentences.has(d.sentence) || factsInSentence(doc, d.sentence, 'purpose').length > 0) &&
        factsInSentence(doc, d.sentence, 'spending').some((s) => sameClause(doc, s, d));
      const periods = factsInSentences(doc, scope, 'duration').filter((d) => !d.negated && d.form !== 'per' && aboutSpending(d) && !saysWhatIsSaved(doc, d));
      const judged = periods.map((d) => ({ d, verdict: judge(doc, d, min, grantMonths) }));
      if (judged.some((j) => j.verdict === 'long')) continue;
      // Saving without a bound of its own ("het geld blijft in het fonds staan tot je het gebruikt")
      // satisfies the rule, unless the draft states a short validity and a lapse for the budget ("een
      // voucher is twaalf maanden geldig; gebruik je hem niet, dan vervalt hij"): the stated term decides.
      // So does a lapse that says in its own clause that it comes too soon ("mag de werknemer sparen;
      // gespaard budget vervalt echter twaalf maanden na de datum van toekenning").
      const lapseSaysShort = allLapses.some(
        (l) =>
          !l.negated &&
          factsInSentence(doc, l.sentence, 'duration').some(
            (d) => !d.negated && d.form !== 'per' && sameClause(doc, d, l) && judge(doc, d, min, grantMonths) === 'short',
          ),
      );
      const statedShort =
        (judged.some((j) => j.verdict === 'short' && (j.d.form === 'period' || j.d.form === 'until-year-end')) && allLapses.some((f) => !f.negated)) ||
        lapseSaysShort ||
        boundedSaving !== undefined;
      if (openSaving && (!statedShort || saving.some((f) => carryOverPeriod(doc, f, min, grantMonths) === 'long'))) continue;
      const lapses = allLapses.filter((f) => !f.negated);
      // A budget granted per long period ("€ 1.500 per periode van drie jaar") lives that long, unless
      // a lapse says in its own words that it ends sooner ("vervalt aan het einde van het kalenderjaar").
      const rates = factsInSentences(doc, [...mentionSentences], 'duration').filter((d) => d.form === 'per');
      const lapsesSooner = lapses.some((l) => (shortestMonths(doc, l) ?? Infinity) < min);
      if (rates.some((d) => (d.months ?? 0) >= min) && !lapsesSooner) continue;

      if (lapses.length > 0) {
        const lapse = lapses[0];
        const months = shortestMonths(doc, lapse) ?? rateMonths(doc, [...mentionSentences]);
        // "Wat aan het einde van de periode van drie jaar niet is besteed, vervalt": a lapse after a
        // long enough period is the generous term the guidance asks for.
        if (months !== null && months >= min) continue;
        // The clause that says the budget lapses is rewritten, not contradicted by one added after it;
        // but only when it says nothing else (a grant, an amount) and is the only lapse in its article,
        // or the rewritten text would still say both.
        const clause = clauseAround(doc, lapse.sentence, lapse.range);
        const unit = unitOf(doc, doc.sentences[lapse.sentence]);
        const within = (f: LapseFact) => f.sentence === lapse.sentence && f.range.start >= clause.start && f.range.end <= clause.end;
        const alone = lapses.every((f) => within(f) || unitOf(doc, doc.sentences[f.sentence]) !== unit);
        // It must be said of the budget too: of money, or in words that name it ("het budget vervalt"),
        // not of something else that ends ("het verlopen van de cao").
        const namesBudget = provision.mentions.some((m) => m.range.start >= clause.start && m.range.end <= clause.end);
        // Where that is not certain, the rewrite is still offered, not preferred, unless it would drop a grant or an amount.
        const replaceable = onlyStatesTerm(doc, lapse.sentence, clause, undefined, false);
        const preferred = replaceable && alone && (lapse.aboutMoney || namesBudget) && onlyStatesTerm(doc, lapse.sentence, clause);
        const replace = (p: boolean) => ({
          titleId: 'fixReplace' as const,
          data,
          edits: [replaceClause(doc, lapse.sentence, lapse.range, savingClause)],
          preferred: p,
        });
        report({
          range: sentenceRange(doc, lapse.sentence),
          messageId: months === null ? 'lapsesUnstated' : 'lapses',
          data: { ...data, months: months ?? '' },
          fixes: preferred
            ? [replace(true), insertFix(lapse.sentence, false)]
            : replaceable
              ? [replace(false), insertFix(lapse.sentence, false)]
              : [insertFix(lapse.sentence, false)],
        });
        continue;
      }

      const short = judged.find((j) => j.verdict === 'short' && (j.d.form === 'period' || j.d.form === 'until-year-end')) ?? boundedSaving;
      if (short) {
        // The short period itself is rewritten: "binnen twaalf maanden" becomes "binnen 24 maanden";
        // "tot het einde van het kalenderjaar" gives way to the saving clause. Only where the sentence is
        // about the budget's term: a period in a sentence on who qualifies ("ten minste 26 weken") is
        // left alone, and so is every other reading: then no fix is preferred, and adding the saving
        // clause after the sentence is offered for the author to weigh.
        const sentence = short.d.sentence;
        // It must name the budget as well: "within 3 months of starting the training" is about the course.
        const aboutTerm = mentionSentences.has(sentence) && onlyStatesTerm(doc, sentence, sentenceRange(doc, sentence), TERM_CONTEXT);
        const period = inDocumentLanguage(doc, { nl: `${min} maanden`, en: `${min} months` });
        const rewrite =
          short.d.form === 'period'
            ? { titleId: 'fixPeriod' as const, data, edits: [replaceWords(short.d.range, period)], preferred: true }
            : onlyStatesTerm(doc, sentence, clauseAround(doc, sentence, short.d.range))
              ? { titleId: 'fixReplace' as const, data, edits: [replaceClause(doc, sentence, short.d.range, savingClause)], preferred: true }
              : null;
        report({
          range: sentenceRange(doc, sentence),
          messageId: 'shortPeriod',
          data: { ...data, months: short.d.months ?? '' },
          fixes: aboutTerm && rewrite ? [rewrite, insertFix(sentence, false)] : [insertFix(sentence, false)],
        });
        continue;
      }

      // Silence on the period is a finding only for a budget the draft grants, not one it mentions in passing.
      if (!provision.granted) continue;
      report({
        range: sentenceRange(doc, provision.anchor.sentence),
        messageId: 'noPeriod',
        data,
        fixes: [insertFix(provision.anchor.sentence, true)],
        incomplete: scopeGap(doc, provision),
      });
    }
  },
});

/** Facts that show a sentence speaks of something besides the budget's term (who qualifies, how much, for what). */
const TERM_CONTEXT: ReadonlySet<FactKind> = new Set<FactKind>(['scheme-term', 'target-group', 'count', 'time-amount', 'reference', 'percent']);

function judge(doc: PolicyDocument, d: DurationFact, min: number, grantMonths: number): 'long' | 'short' | 'unknown' {
  const months = d.form === 'cao-term' ? doc.caoTermMonths : d.months;
  // An unknown cao term is given the benefit of the doubt: most cao's run two years or more.
  if (months === null) return d.form === 'cao-term' ? 'long' : 'unknown';
  return months + (d.extra ? grantMonths : 0) >= min ? 'long' : 'short';
}

/** The first saving bounded too short, with its bound ("gespaard budget blijft maximaal 12 maanden staan"). */
function shortSavingBound(
  doc: PolicyDocument,
  saving: readonly SavingFact[],
  min: number,
  grantMonths: number,
): { d: DurationFact; verdict: 'short' } | undefined {
  for (const f of saving) {
    const periods = savingPeriods(doc, f);
    if (periods.length > 0 && periods.every((d) => judge(doc, d, min, grantMonths) === 'short')) return { d: periods[0], verdict: 'short' };
  }
  return undefined;
}

/**
 * How long a carry-over lasts, from the periods of its sentence: "mag maximaal één jaar worden
 * meegenomen" limits it; the year end it happens at ("wat op 31 december over is, schuift door") does not.
 */
function carryOverPeriod(doc: PolicyDocument, saving: SavingFact, min: number, grantMonths: number): 'long' | 'short' | 'none' {
  const durations = savingPeriods(doc, saving);
  if (durations.length === 0) return 'none';
  return durations.some((d) => judge(doc, d, min, grantMonths) === 'long') ? 'long' : 'short';
}

/** The periods that bound a saving: in its clause, or a spending deadline added after it. */
function savingPeriods(doc: PolicyDocument, saving: SavingFact): DurationFact[] {
  // Only a period in the clause of the carry-over limits it: "Wat je in een jaar niet gebruikt, neem je mee" does not.
  // So does a deadline for spending added after it: "kan worden gespaard, met dien verstande dat ieder
  // bedrag uiterlijk twaalf maanden na toekenning moet zijn gedeclareerd". A clause before the saving
  // says what is saved ("Wat je in een jaar niet gebruikt, spaar je op"), not how long.
  const spendBy = (d: DurationFact) =>
    d.range.start > saving.range.end && factsInSentence(doc, saving.sentence, 'spending').some((u) => !u.negated && sameClause(doc, u, d));
  return factsInSentence(doc, saving.sentence, 'duration').filter(
    (d) => !d.negated && d.form !== 'until-year-end' && d.form !== 'per' && (sameClause(doc, d, saving) || spendBy(d)) && !saysWhatIsSaved(doc, d),
  );
}

/**
 * A period before a spending that comes before a saving says what is saved ("Het deel dat in een
 * kalenderjaar niet is besteed, wordt toegevoegd aan ..."), not how long it may be spent or kept.
 */
function saysWhatIsSaved(doc: PolicyDocument, d: DurationFact): boolean {
  const saved = factsInSentence(doc, d.sentence, 'saving').filter((s) => !s.negated && s.range.start >= d.range.end);
  return factsInSentence(doc, d.sentence, 'spending').some((u) => d.range.end <= u.range.start && saved.some((s) => u.range.end <= s.range.start));
}

/** The period the budget is granted per ("per jaar"), which is how long it lasts when unspent amounts lapse. */
function rateMonths(doc: PolicyDocument, sentences: number[]): number | null {
  const rates = factsInSentences(doc, sentences, 'duration').filter((d) => d.form === 'per' && d.months !== null);
  return rates.length > 0 ? Math.min(...rates.map((d) => d.months as number)) : null;
}

/**
 * After how many months a lapse takes effect: the period said in the lapse's own clause ("het saldo
 * vervalt na twee jaar"), before a rate that belongs to an amount beside it ("€ 800 per jaar; ...");
 * the shortest in the sentence when the clause names none.
 */
function shortestMonths(doc: PolicyDocument, lapse: LapseFact): number | null {
  const monthsOf = (ds: DurationFact[]) => ds.map((d) => (d.form === 'cao-term' ? doc.caoTermMonths : d.months)).filter((m): m is number => m !== null);
  const all = factsInSentence(doc, lapse.sentence, 'duration');
  const own = monthsOf(all.filter((d) => d.form !== 'per' && sameClause(doc, d, lapse)));
  const months = own.length > 0 ? own : monthsOf(all);
  return months.length > 0 ? Math.min(...months) : null;
}

export default rule;
