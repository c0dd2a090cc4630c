import type { Rule, RuleContext } from '../server/engine/types';
import type { Article, FactOf, InstrumentFact, PolicyDocument } from '../server/model/types';
import { BUDGET_INSTRUMENTS, factsInSentence, factsInSentences, INDIVIDUAL_INSTRUMENTS, positive, unitOf } from '../server/model/query';
import { allProvisions, provisionBefore, provisions, provisionScope, type Provision, scopeGap } from '../server/model/provisions';
import { inDocumentLanguage, inDocumentVoice, insertAfterSentence, instrumentName } from '../server/engine/fixes';


/** A budget says what it may be spent on, in its own article or in an annex or regulation it names. */
const rule: Rule = {
  meta: {
    id: 'budget-earmarking',
    intervention: 'zeggenschap-budget',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      nl: 'Een budget noemt zijn bestedingsdoelen, zodat medewerkers en leidinggevenden weten waarvoor het dient.',
      en: 'A budget states what it may be spent on, so employees and managers know what it is for.',
    },
    options: {},
  },
  messages: {
    noPurposes: {
      nl: 'Bij «{instrument}» staan geen bestedingsdoelen. Spreek af waarvoor het gebruikt kan worden (opleiding, cursus, loopbaanadvies, EVC, ...) of verwijs naar de bijlage of regeling die ze opsomt.',
      en: '«{instrument}» states no purposes. Agree what it can be used for (training, courses, career advice, accreditation of prior learning, ...) or refer to the annex or regulation that lists them.',
    },
    overlap: {
      nl: 'Naast «{instrument}» betaalt de werkgever functiegerichte scholing uit een ander budget, maar nergens staat welk budget waarvoor is of welk voorgaat. Leg die grens vast om verwarring te voorkomen.',
      en: 'Besides «{instrument}», the employer pays for job-related training from another budget, but the draft never says which budget covers what or which comes first. Draw that line to avoid confusion.',
    },
    sharedPurposes: {
      nl: '«{instrument}» en «{other}» kunnen allebei worden besteed aan {purpose}, maar nergens staat welk budget voorgaat of waarvoor elk bedoeld is. Leg vast welk budget eerst wordt gebruikt.',
      en: '«{instrument}» and «{other}» can both be spent on {purpose}, but the draft never says which budget comes first or what each is for. State which budget is used first.',
    },
    fixPurposes: { nl: 'Voeg bestedingsdoelen toe', en: 'Add spending purposes' },
    fixBoundary: { nl: 'Voeg toe: functiegerichte scholing gaat niet ten koste van het budget', en: 'Add: job-related training is not charged to the budget' },
  },
  check({ doc, report, applies }) {
    const budgets = provisions(doc, BUDGET_INSTRUMENTS);
    reportOverlap(doc, budgets, report);
    reportSharedPurposes(doc, budgets, report);
    for (const provision of budgets) {
      if (!provision.granted) continue;
      applies();
      const said = saidOfBudget(doc, provision);
      const purposes = factsInSentences(doc, provisionScope(doc, provision), 'purpose').filter((p) => !p.negated && said(p.sentence) && !ofJobTraining(doc, p));
      if (purposes.length > 0) continue;
      // The clause names the budget as the draft does ("Het POB", "De leerrekening", "je ontwikkelbudget").
      const name = instrumentName(doc, provision.anchor.surface);
      const skeleton = inDocumentVoice(doc, {
        nl: `${name.capitalized} kan worden besteed aan: opleidingen, cursussen en trainingen, loopbaanadvies en -coaching, EVC-trajecten en certificering.`,
        en: `${name.capitalized} can be spent on: training and courses, career advice and coaching, accreditation of prior learning and certification.`,
        personal: {
          nl: `Je kunt ${name.withArticle} besteden aan: opleidingen, cursussen en trainingen, loopbaanadvies en -coaching, EVC-trajecten en certificering.`,
          en: `You can spend ${name.withArticle} on: training and courses, career advice and coaching, accreditation of prior learning and certification.`,
        },
      });
      report({
        range: doc.sentences[provision.anchor.sentence].range,
        messageId: 'noPurposes',
        data: { instrument: provision.anchor.surface.toLowerCase() },
        incomplete: scopeGap(doc, provision),
        fixes: [{ titleId: 'fixPurposes', edits: [insertAfterSentence(doc, provision.anchor.sentence, skeleton)] }],
      });
    }
  },
};

/**
 * "De leercheque staat los van de verplichte nascholing (tillen, ...)": what follows the job training
 * a sentence sets the budget apart from describes that training, not what the budget is for.
 */
function ofJobTraining(doc: PolicyDocument, purpose: FactOf<'purpose'>): boolean {
  return factsInSentence(doc, purpose.sentence, 'required-training').some((r) => !r.negated && r.range.start <= purpose.range.start);
}

/**
 * In a draft with articles, purposes anywhere in the budget's articles (and the annexes they refer
 * to) are its purposes. A text without structure (a web page, a news item) mentions training in
 * many places; there a purpose counts only in a sentence that names the budget, or in the few
 * sentences after one that names it or announces what it is for ("Je kunt het gebruiken voor:"),
 * unless a sentence naming another instrument stands between.
 */
function saidOfBudget(doc: PolicyDocument, provision: Provision): (sentence: number) => boolean {
  const mentions = new Set(provision.mentions.map((m) => m.sentence));
  // An article or section that speaks of several budgets (a personal budget and a fund) states a
  // purpose for the one named nearest before it.
  const shared =
    !provision.units.includes(null) &&
    allProvisions(doc).some(
      (other) =>
        other !== provision &&
        BUDGET_INSTRUMENTS.has(other.instrument) &&
        other.mentions.some((m) => !doc.sentences[m.sentence].heading && provision.units.includes(unitOf(doc, doc.sentences[m.sentence]))),
    );
  // Another instrument is one of another name: where two provisions share a name (a collective and a
  // personal "ontwikkelbudget"), a sentence naming it may be either's, and the purposes stay in play.
  const own = new Set(provision.mentions);
  const ownNames = new Set(provision.mentions.map((m) => m.surface.toLowerCase()));
  const other = (f: InstrumentFact) => !f.negated && !own.has(f) && !ownNames.has(f.surface.toLowerCase());
  const namesOther = (s: number) => factsInSentence(doc, s, 'instrument').some(other);
  const others = new Set(allProvisions(doc).filter((p) => p !== provision).flatMap((p) => p.mentions.filter(other).map((m) => m.sentence)));
  // Per unit of the provision: whether its heading names the budget, and where its body first does.
  const headed = new Set<Article>();
  const firstNamed = new Map<Article, number>();
  for (const m of provision.mentions) {
    const unit = unitOf(doc, doc.sentences[m.sentence]);
    if (!unit) continue;
    if (doc.sentences[m.sentence].heading) headed.add(unit);
    else firstNamed.set(unit, Math.min(firstNamed.get(unit) ?? Infinity, m.sentence));
  }
  return (sentence) => {
    // Under a title named for the budget, an article that never names it ("Artikel 4 Loopbaanadvies")
    // states a purpose only where it speaks of spending.
    const inNamedUnit = provision.units.some((u) => u !== null && sentence >= u.sentenceSpan[0] && sentence < u.sentenceSpan[1]);
    if (!inNamedUnit && provision.titled && !provision.definitions.includes(sentence)) {
      return factsInSentence(doc, sentence, 'spending').some((f) => !f.negated);
    }
    if (!provision.units.includes(null)) {
      if (mentions.has(sentence)) return true;
      // A sentence that names another instrument, also one employees do not control ("opleidingen die in
      // aanmerking komen voor een bijdrage van het O&O-fonds"), states that one's purposes.
      if (namesOther(sentence)) return false;
      // In a part whose heading does not name the budget, what comes before the budget is first named
      // is about something else: a memo's "1. De chauffeurs volgen een cursus ... 5. Iedereen krijgt een leerrekening".
      const unit = provision.units.find((u) => u !== null && sentence >= u.sentenceSpan[0] && sentence < u.sentenceSpan[1]);
      if (unit && !headed.has(unit) && sentence < (firstNamed.get(unit) ?? Infinity)) return false;
      return !shared || provisionBefore(doc, sentence) === provision;
    }
    for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
      if (mentions.has(s)) return true;
      // A sentence that names another instrument in between takes the purposes after it ("vier uur eigen ontwikkeltijd. Je kiest zelf: een certificering, ...").
      if (others.has(s)) return false;
      if (s < sentence && doc.sentences[s].form === 'lead-in') return true;
    }
    return false;
  };
}

/**
 * Two budgets where one pays the training the job requires and the other is the employee's own,
 * with nothing that says which covers what, leave the boundary open.
 */
function reportOverlap(doc: PolicyDocument, budgets: Provision[], report: RuleContext['report']): void {
  const own = budgets.find((p) => INDIVIDUAL_INSTRUMENTS.has(p.instrument) && p.granted);
  if (!own) return;
  if (positive(doc, 'required-training').length === 0 || positive(doc, 'budget-boundary').length > 0) return;
  const name = instrumentName(doc, own.anchor.surface).withArticle;
  const clause = inDocumentLanguage(doc, {
    nl: `Scholing die nodig is voor de functie betaalt de werkgever; die gaat niet ten koste van ${name}.`,
    en: `Training required for the job is paid by the employer and is not charged to ${name}.`,
  });
  report({
    range: doc.sentences[own.anchor.sentence].range,
    messageId: 'overlap',
    data: { instrument: own.anchor.surface.toLowerCase() },
    fixes: [{ titleId: 'fixBoundary', edits: [insertAfterSentence(doc, own.anchor.sentence, clause)] }],
  });
}

export default rule;

/**
 * Two personal budgets of one employee (an ontwikkelbudget and a DI-budget) that may both pay for
 * the same purpose, with nothing in the second one's scope, or in a sentence naming both, that says
 * which goes first or where one ends ("gaat voor", "aanvullend op", "niet ten laste van"). A
 * purpose belongs to a budget when its sentence names that budget, or when it stands where no
 * other budget is in scope (its own article, its annex).
 */
function reportSharedPurposes(doc: PolicyDocument, budgets: Provision[], report: RuleContext['report']): void {
  const own = budgets.filter((p) => INDIVIDUAL_INSTRUMENTS.has(p.instrument) && p.granted);
  if (own.length < 2) return;
  const scopes = own.map((p) => new Set(provisionScope(doc, p)));
  const mentionedIn = own.map((p) => new Set(p.mentions.map((m) => m.sentence)));
  const purposesOf = (i: number): Map<string, number> => {
    const out = new Map<string, number>();
    const said = saidOfBudget(doc, own[i]);
    for (const f of factsInSentences(doc, [...scopes[i]], 'purpose')) {
      if (f.negated) continue;
      const named = mentionedIn.some((m) => m.has(f.sentence));
      const mine = named ? mentionedIn[i].has(f.sentence) : scopes.every((scope, j) => j === i || !scope.has(f.sentence));
      if (mine && said(f.sentence) && !out.has(f.purpose)) out.set(f.purpose, f.sentence);
    }
    return out;
  };
  const purposes = own.map((_, i) => purposesOf(i));
  const boundaries = positive(doc, 'budget-boundary');
  for (let b = 1; b < own.length; b++) {
    for (let a = 0; a < b; a++) {
      const shared = [...purposes[b].keys()].find((k) => purposes[a].has(k));
      if (shared === undefined) continue;
      const settled = boundaries.some((f) => scopes[b].has(f.sentence) || (mentionedIn[a].has(f.sentence) && mentionedIn[b].has(f.sentence)));
      if (settled) continue;
      report({
        range: doc.sentences[own[b].anchor.sentence].range,
        messageId: 'sharedPurposes',
        data: { instrument: own[b].anchor.surface.toLowerCase(), other: own[a].anchor.surface.toLowerCase(), purpose: shared },
      });
      return;
    }
  }
}
