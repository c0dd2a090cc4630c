import { defineRule, quotedName, sentenceRange } from './kit';
import type { LapseFact, PolicyDocument, TimeAmountFact } from '../server/model/types';
import { factsInSentence, factsInSentences, sameClause, TIME_INSTRUMENTS, unitOf } from '../server/model/query';
import { provisionBefore, provisions, provisionScope, type Provision, namesOtherInstrument } from '../server/model/provisions';
import { clauseAround, insertAfterSentence, onlyStatesTerm, replaceClause } from '../server/engine/fixes';

/**
 * A right to a number of development days or hours per period usually lapses when the days are
 * not taken. Lapsing days with no carry-over and nothing that makes sure they are taken leave a
 * right that exists on paper only.
 */
const rule = defineRule({
  meta: {
    id: 'development-days-lapse',
    intervention: 'opleidingsverlof',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      nl: 'Ontwikkeldagen of -uren vervallen niet zomaar: ze kunnen worden meegenomen of er is geregeld dat ze werkelijk worden opgenomen; en er staat een aantal.',
      en: 'Development days or hours do not simply lapse: they can be carried over or their use is arranged; and their number is stated.',
    },
    options: {},
  },
  messages: {
    lapses: {
      nl: 'Niet-opgenomen {unit} van «{instrument}» vervallen, zonder dat ze kunnen worden meegenomen en zonder afspraken die ervoor zorgen dat ze werkelijk worden opgenomen. Meestal vervallen zulke dagen als de medewerker ze niet opneemt: laat ze meenemen naar de volgende periode, of regel planning en vervanging.',
      en: 'Unused {unit} of «{instrument}» lapse, with no carry-over and no arrangement that makes sure they are actually taken. Such days usually lapse when not taken: let them be carried over to the next period, or arrange planning and replacement.',
    },
    noNumber: {
      nl: 'Er staat niet hoeveel dagen of uren «{instrument}» per jaar omvat. Noem een aantal per periode, bijvoorbeeld twee dagen per kalenderjaar.',
      en: 'The draft does not say how many days or hours «{instrument}» comes to a year. State a number per period, e.g. two days per calendar year.',
    },
    fixReplace: { nl: 'Vervang door: niet-opgenomen {unit} worden meegenomen naar {next}', en: 'Replace with: unused {unit} are carried over to {next}' },
    fixInsert: { nl: 'Voeg toe: niet-opgenomen {unit} worden meegenomen naar {next}', en: 'Add: unused {unit} are carried over to {next}' },
  },
  check({ doc, locale, report, applies }) {
    const en = doc.language === 'en';
    // The clause is written in the draft's language; the message and fix titles speak the user's.
    const userEn = locale === 'en';
    // Free development time (lummeltijd, innovation hours) counts too when it lapses; whether it has a
    // number at all is lummeltijd-terms' question (see lacksNumber).
    const timeProvisions = provisions(doc, TIME_INSTRUMENTS);
    for (const provision of timeProvisions) {
      applies();
      const scope = provisionScope(doc, provision);
      const instrument = quotedName(provision);
      const mentionSentences = new Set(provision.mentions.filter((m) => !doc.sentences[m.sentence].heading).map((m) => m.sentence));
      const amounts = factsInSentences(doc, scope, 'time-amount').filter((a) => !a.negated);
      const granted = amounts.filter((a) => a.value !== null && a.perMonths !== null && mentionSentences.has(a.sentence));

      const lapse = lapseOf(doc, provision, scope, mentionSentences) ?? (timeProvisions.length === 1 ? lapseElsewhere(doc, provision, scope) : null);
      // Carrying over money is not carrying over days: a statement that names neither belongs to the
      // instrument named nearest before it.
      // A sentence that names another instrument ("Het IKB bestaat uit ... waarvan 1% blijft gereserveerd") keeps that one.
      const namesOther = (sentence: number) => namesOtherInstrument(doc, provision, sentence);
      const carried = factsInSentences(doc, scope, 'saving').some(
        (f) => !f.negated && !namesOther(f.sentence) && (f.aboutTime || (!f.aboutMoney && [provision, null].includes(provisionBefore(doc, f.sentence)))),
      );
      // So does planning said of another instrument ("cursussen uit het persoonlijk budget worden in de winter gepland").
      // Planning must be of these days: in a sentence that counts days or hours, in the article that
      // grants them or lets them lapse, or pointing back to them. Planning a course "in werktijd" in
      // an article on shift work makes sure of the course, not of the days.
      const grantUnits = new Set(
        [...granted.map((a) => a.sentence), ...(lapse ? [lapse.sentence] : [])].map((s) => unitOf(doc, doc.sentences[s])?.index ?? -1),
      );
      const ofTheseDays = (s: number) =>
        factsInSentence(doc, s, 'time-amount').some((a) => !a.negated) ||
        grantUnits.has(unitOf(doc, doc.sentences[s])?.index ?? -1) ||
        (factsInSentence(doc, s, 'instrument').length === 0 && provisionBefore(doc, s) === provision);
      const takenUp = factsInSentences(doc, scope, 'time-term').some(
        (f) =>
          !f.negated && (f.term === 'planning' || f.term === 'replacement') && !namesOther(f.sentence) && (granted.length === 0 || ofTheseDays(f.sentence)),
      );
      const lapsesUnkept = lapse !== null && !carried && !takenUp && !longerToTake(doc, provision, scope, granted);

      if (granted.length === 0) {
        if (lacksNumber(doc, provision, amounts, mentionSentences)) {
          report({ range: sentenceRange(doc, provision.anchor.sentence), messageId: 'noNumber', data: { instrument } });
        } else if (lapsesUnkept && provision.anchor.granted && provision.instrument === 'development-time') {
          // Time granted without a figure ("ruimte om je te ontwikkelen") that lapses all the same:
          // no carry-over clause can be offered without a unit to carry over.
          report({
            range: sentenceRange(doc, lapse.sentence),
            messageId: 'lapses',
            data: { instrument, unit: userEn ? 'hours' : 'uren', next: nextPeriod(12, userEn) },
          });
        }
        continue;
      }
      if (!lapsesUnkept) continue;

      const grant = granted[0];
      const unit = unitWord(grant, en);
      const next = nextPeriod(grant.perMonths, en);
      const clause = en ? `Unused ${unit} are carried over to ${next}.` : `Niet-opgenomen ${unit} worden meegenomen naar ${next}.`;
      const data = { instrument, unit: unitWord(grant, userEn), next: nextPeriod(grant.perMonths, userEn) };
      // The clause that lets the days lapse is rewritten, not contradicted by one added after it; but
      // only when it says nothing else (how many days, for what) and is the only lapse of its
      // article, or the rewritten text would still say both.
      const at = lapse.sentence;
      const unitOfLapse = unitOf(doc, doc.sentences[at]);
      const clauseRange = clauseAround(doc, at, lapse.range);
      const within = (f: LapseFact) => f.sentence === at && f.range.start >= clauseRange.start && f.range.end <= clauseRange.end;
      const alone = positiveLapses(doc, scope).every((f) => within(f) || unitOf(doc, doc.sentences[f.sentence]) !== unitOfLapse);
      // Where that is not certain, the rewrite is still offered, not preferred, unless it would drop a number or a grant.
      const replaceable = onlyStatesTerm(doc, at, clauseRange, undefined, false);
      const preferred = replaceable && alone && onlyStatesTerm(doc, at, clauseRange);
      const insert = { titleId: 'fixInsert' as const, data, edits: [insertAfterSentence(doc, at, clause)], preferred: false };
      const replace = { titleId: 'fixReplace' as const, data, edits: [replaceClause(doc, at, lapse.range, clause)], preferred };
      report({
        range: sentenceRange(doc, at),
        messageId: 'lapses',
        data,
        fixes: replaceable ? [replace, insert] : [insert],
      });
    }
  },
});

/**
 * The sentence in which the days lapse: a positive lapse said of the days themselves (a sentence
 * that names them or counts days or hours), or a lapse in the granting article that names no other
 * instrument. A lapse at the end of employment is no yearly lapse.
 */
function lapseOf(doc: PolicyDocument, provision: Provision, scope: number[], mentions: ReadonlySet<number>): LapseFact | null {
  for (const fact of positiveLapses(doc, scope)) {
    const s = fact.sentence;
    const instruments = factsInSentence(doc, s, 'instrument');
    const aboutDays = mentions.has(s) || factsInSentence(doc, s, 'time-amount').length > 0;
    // A lapse that names nothing ("Zij kunnen niet worden meegenomen", "Het vervalt") is said of the
    // instrument its member named last; with none named before it, of the granting article's days.
    const before = instruments.length === 0 ? provisionBefore(doc, s) : undefined;
    const inGrantingUnit = before === null && unitOf(doc, doc.sentences[s]) === provision.unit;
    const saidOfDaysBefore = before === provision && !fact.aboutMoney && namedJustBefore(doc, provision, s);
    if (aboutDays || inGrantingUnit || saidOfDaysBefore) return fact;
  }
  return null;
}

/**
 * Time to take the days that outlasts the period they are granted for ("kunnen tot twee jaar na
 * toekenning worden opgenomen", "nog tot het einde van het volgende kalenderjaar") carries them over,
 * whatever lapses after it. The period must be said of taking these days: in a clause that speaks
 * of taking or using them, in a sentence that names them or points back to them.
 */
function longerToTake(doc: PolicyDocument, provision: Provision, scope: number[], granted: TimeAmountFact[]): boolean {
  const grantedFor = Math.max(12, ...granted.map((a) => a.perMonths ?? 0));
  const ownUnits = new Set(provision.units.map((u) => u?.index ?? -1));
  const saidOfThese = (s: number) =>
    provision.mentions.some((m) => m.sentence === s) ||
    factsInSentence(doc, s, 'time-amount').length > 0 ||
    (factsInSentence(doc, s, 'instrument').length === 0 &&
      [provision, null].includes(provisionBefore(doc, s)) &&
      ownUnits.has(unitOf(doc, doc.sentences[s])?.index ?? -1));
  return factsInSentences(doc, scope, 'duration').some(
    (d) =>
      !d.negated &&
      (d.form === 'period' || d.form === 'until-year-end') &&
      (d.months ?? 0) > grantedFor &&
      saidOfThese(d.sentence) &&
      factsInSentence(doc, d.sentence, 'spending').some((u) => !u.negated && sameClause(doc, u, d)),
  );
}

/** The days are named in the sentence, or one or two sentences before it in the same part (a pronoun reaches no further). */
function namedJustBefore(doc: PolicyDocument, provision: Provision, s: number): boolean {
  const part = doc.sentences[s].article;
  return [0, 1, 2].some((back) =>
    provision.mentions.some((m) => m.sentence === s - back && !doc.sentences[m.sentence].heading && doc.sentences[m.sentence].article === part),
  );
}

/** Positive lapses in the scope, not counting a lapse on leaving ("Ga je uit dienst, dan vervalt het resterende saldo"). */
function positiveLapses(doc: PolicyDocument, scope: number[]): LapseFact[] {
  return factsInSentences(doc, scope, 'lapse').filter((f) => !f.negated && !onLeaving(doc, f.sentence));
}

/** The sentence speaks of the end of employment or of leaving for another employer. */
function onLeaving(doc: PolicyDocument, sentence: number): boolean {
  return (
    factsInSentence(doc, sentence, 'time-term').some((t) => t.term === 'employment-end' && !t.negated) ||
    factsInSentence(doc, sentence, 'scheme-term').some((t) => t.term === 'portability' && !t.negated)
  );
}

/**
 * On a page about one kind of development time, a lapse of lone days or hours in a section of its
 * own beside the granting one ("En als je ze niet opmaakt? Uren die je niet hebt gebruikt, vervallen") is theirs too,
 * provided the sentence names no instrument and speaks of time, not money.
 */
function lapseElsewhere(doc: PolicyDocument, provision: Provision, scope: number[]): LapseFact | null {
  const inScope = new Set(scope);
  // A section beside the granting one, under the same page heading.
  const parentOf = (s: number) => {
    const article = doc.sentences[s].article;
    return article === null ? undefined : doc.articles[article].parent;
  };
  const parent = parentOf(provision.anchor.sentence);
  for (const fact of factsInSentences(
    doc,
    doc.sentences.map((s) => s.index),
    'lapse',
  )) {
    const s = fact.sentence;
    if (fact.negated || inScope.has(s) || !fact.aboutTime || fact.aboutMoney || parent === undefined || parentOf(s) !== parent) continue;
    if (factsInSentence(doc, s, 'instrument').length > 0) continue;
    if (onLeaving(doc, s)) continue;
    if (factsInSentence(doc, s, 'time-amount').some((a) => !a.negated && a.value === null)) return fact;
  }
  return null;
}

/**
 * Days or hours granted without a figure: development days named as days or hours with no number
 * anywhere in their articles, or leave granted per period ("jaarlijks recht op studieverlof")
 * without saying how much. Leave tied to a course or exam is not counted per period and is left alone.
 */
function lacksNumber(doc: PolicyDocument, provision: Provision, amounts: TimeAmountFact[], mentions: ReadonlySet<number>): boolean {
  // Free development time without a quantity is lummeltijd-terms' finding.
  if (provision.instrument === 'free-time' || !provision.anchor.granted || amounts.some((a) => a.value !== null)) return false;
  const scopeSentences = provisionScope(doc, provision);
  // How much is left to an agreement, right at the grant ("Je krijgt tijd om te leren. Hoeveel, dat
  // spreek je af met je werkgever"): no number, whatever other figures the text has.
  const atGrant = (s: number) => mentions.has(s) || mentions.has(s - 1);
  if (factsInSentences(doc, scopeSentences, 'time-term').some((t) => t.term === 'amount-open' && !t.negated && atGrant(t.sentence))) return true;
  // "een tiende deel van de arbeidsduur", "10% van de werktijd" is a number too. (Counts are read
  // as time amounts; a count in a heading is an article number.)
  if (factsInSentences(doc, scopeSentences, 'percent').some((p) => !doc.sentences[p.sentence].heading)) return false;
  if (provision.instrument === 'training-leave') {
    return factsInSentences(doc, [...mentions], 'duration').some((d) => d.form === 'per' && !d.negated);
  }
  // A named day or hour entitlement ("ontwikkeldagen"), not learning "in werktijd".
  return amounts.some((a) => a.value === null && mentions.has(a.sentence));
}

function unitWord(amount: TimeAmountFact, en: boolean): string {
  if (en) return amount.unit === 'days' ? 'days' : 'hours';
  return amount.unit === 'days' ? 'dagen' : 'uren';
}

function nextPeriod(months: number | null, en: boolean): string {
  if (months === 1) return en ? 'the next month' : 'de volgende maand';
  if (months === 12) return en ? 'the next year' : 'het volgende jaar';
  return en ? 'the next period' : 'de volgende periode';
}

export default rule;
