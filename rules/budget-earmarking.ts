import { defineRule, type ReportFn, quotedName, sentenceRange } from './kit';
import type { PolicyDocument, ReferenceFact } from '../server/model/types';
import { BUDGET_INSTRUMENTS, factsInSentences, INDIVIDUAL_INSTRUMENTS, positive, sameClause } from '../server/model/query';
import { provisions, provisionScope, type Provision, scopeGap } from '../server/model/provisions';
import { purposesOf, statesPurposeFor, underLeadIn } from '../server/model/provisionPurposes';
import { inDocumentLanguage, inDocumentVoice, insertAfterSentence, instrumentName } from '../server/engine/fixes';

/** Every text this rule shows the reader (helpers below report with these ids). */
const messages = {
  noPurposes: {
    nl: 'Bij «{instrument}» staan geen bestedingsdoelen. Spreek af waarvoor het gebruikt kan worden (opleiding, cursus, loopbaanadvies, EVC, ...) of verwijs naar de bijlage of regeling die ze opsomt.',
    en: '«{instrument}» states no purposes. Agree what it can be used for (training, courses, career advice, accreditation of prior learning, ...) or refer to the annex or regulation that lists them.',
  },
  overlap: {
    nl: 'Naast «{instrument}» betaalt de werkgever functiegerichte scholing uit een ander budget, maar nergens staat welk budget waarvoor is of welk voorgaat. Leg die grens vast om verwarring te voorkomen.',
    en: 'Besides «{instrument}», the employer pays for job-related training from another budget, but the draft never says which budget covers what or which comes first. Draw that line to avoid confusion.',
  },
  sharedPurposes: {
    nl: '«{instrument}» en «{other}» kunnen allebei worden besteed aan «{purpose}», maar nergens staat welk budget voorgaat of waarvoor elk bedoeld is. Leg vast welk budget eerst wordt gebruikt.',
    en: '«{instrument}» and «{other}» can both be spent on «{purpose}», but the draft never says which budget comes first or what each is for. State which budget is used first.',
  },
  dualSource: {
    nl: 'Volgens deze zin kan hetzelfde worden betaald uit «{instrument}» en uit «{other}», maar nergens staat welke voorgaat. Leg vast welk budget eerst wordt gebruikt, zodat medewerkers en leidinggevenden niet gaan schuiven.',
    en: 'This sentence lets the same cost be paid from «{instrument}» and from «{other}», but the draft never says which comes first. State which budget is used first, so employees and managers do not shift costs between them.',
  },
  fixPurposes: { nl: 'Voeg bestedingsdoelen toe', en: 'Add spending purposes' },
  fixBoundary: { nl: 'Voeg toe: functiegerichte scholing gaat niet ten koste van het budget', en: 'Add: job-related training is not charged to the budget' },
};

/** A budget says what it may be spent on, in its own article or in an annex or regulation it names. */
const rule = defineRule({
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
  messages,
  check({ doc, report, applies }) {
    const budgets = provisions(doc, BUDGET_INSTRUMENTS);
    reportOverlap(doc, budgets, report);
    reportSharedPurposes(doc, budgets, report);
    reportDualSources(doc, budgets, report);
    for (const provision of budgets) {
      if (!provision.granted) continue;
      applies();
      if (purposesOf(doc, provision).length > 0 || onlyAsReturnPool(doc, provision)) continue;
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
        range: sentenceRange(doc, provision.anchor.sentence),
        messageId: 'noPurposes',
        data: { instrument: quotedName(provision) },
        incomplete: scopeGap(doc, provision),
        fixes: [{ titleId: 'fixPurposes', edits: [insertAfterSentence(doc, provision.anchor.sentence, skeleton)] }],
      });
    }
  },
});

/**
 * A pot named only as where another instrument's unused rights go ("niet gebruikte vouchers vallen
 * terug in het gezamenlijke opleidingspotje") is that instrument's pool: its purposes are the
 * instrument's, and it asks for none of its own.
 */
function onlyAsReturnPool(doc: PolicyDocument, provision: Provision): boolean {
  const returns = positive(doc, 'scheme-term').filter((t) => t.term === 'returns');
  const body = provision.mentions.filter((m) => !doc.sentences[m.sentence].heading);
  return body.length > 0 && body.every((m) => returns.some((r) => r.sentence === m.sentence && r.range.start <= m.range.start && m.range.end <= r.range.end));
}

/**
 * Two budgets where one pays the training the job requires and the other is the employee's own,
 * with nothing that says which covers what, leave the boundary open.
 */
function reportOverlap(doc: PolicyDocument, budgets: Provision[], report: ReportFn<keyof typeof messages>): void {
  const own = budgets.find((p) => INDIVIDUAL_INSTRUMENTS.has(p.instrument) && p.granted);
  if (!own) return;
  const required = positive(doc, 'required-training');
  if (required.length === 0) return;
  // Job training listed among the budget's own purposes, while the draft also has the employer pay
  // for it, is an overlap however many lines are drawn elsewhere.
  const listed = jobTrainingListed(doc, own);
  // A line drawn by pointing at another article counts when that article is about the job training.
  // A line drawn for one named item only ("De loopbaanscan komt niet ten laste van het loopbaanbudget":
  // the help it keeps out is what it denies) says nothing of job training.
  const ofOtherItem = (sentence: number) =>
    factsInSentences(doc, [sentence], 'required-training').length === 0 && factsInSentences(doc, [sentence], 'support').some((f) => f.negated);
  const boundaries = positive(doc, 'budget-boundary').filter((b) => {
    if (ofOtherItem(b.sentence)) return false;
    const references = factsInSentences(doc, [b.sentence], 'reference').filter((r) => r.range.start >= b.range.start && r.range.start < b.range.end);
    return (
      references.length === 0 || references.some((r) => r.resolution.status === 'resolved' && required.some((t) => withinUnit(doc, t.sentence, r.resolution)))
    );
  });
  if (listed !== null && required.some((r) => r.sentence !== listed)) {
    // Only a line drawn for job training itself settles it ("Scholing die nodig is voor de functie
    // betaalt de werkgever; die gaat niet ten koste van het POB", the fix's own sentence).
    // The list itself may draw other lines ("opleidingen buiten de eigen functie"); those do not count.
    if (boundaries.some((b) => b.sentence !== listed && factsInSentences(doc, [b.sentence], 'required-training').some((r) => !r.negated))) return;
  } else if (listed !== null || boundaries.length > 0) return;
  const name = instrumentName(doc, own.anchor.surface).withArticle;
  const clause = inDocumentLanguage(doc, {
    nl: `Scholing die nodig is voor de functie betaalt de werkgever; die gaat niet ten koste van ${name}.`,
    en: `Training required for the job is paid by the employer and is not charged to ${name}.`,
  });
  report({
    range: sentenceRange(doc, own.anchor.sentence),
    messageId: 'overlap',
    data: { instrument: quotedName(own) },
    fixes: [{ titleId: 'fixBoundary', edits: [insertAfterSentence(doc, own.anchor.sentence, clause)] }],
  });
}

/** Whether a sentence stands in the unit a reference resolved to. */
function withinUnit(doc: PolicyDocument, sentence: number, resolution: ReferenceFact['resolution']): boolean {
  if (resolution.status !== 'resolved') return false;
  for (let a = doc.sentences[sentence].article; a !== null; a = doc.articles[a].parent) if (a === resolution.unit) return true;
  return false;
}

/**
 * The sentence in which job training ("functiegerichte scholing") is itself one of the budget's
 * purposes: a purpose statement of the budget (it speaks of spending, or is an item after a lead-in
 * "kan worden besteed aan:") with no line drawn in it. Null when there is none.
 */
function jobTrainingListed(doc: PolicyDocument, own: Provision): number | null {
  const said = statesPurposeFor(doc, own);
  const scope = new Set(provisionScope(doc, own));
  for (const r of positive(doc, 'required-training')) {
    const s = r.sentence;
    // A line drawn in the clause of the job training ("geen functiegerichte scholing") keeps it out.
    if (!scope.has(s) || !said(s) || factsInSentences(doc, [s], 'budget-boundary').some((b) => !b.negated && sameClause(doc, b, r))) continue;
    const spends = factsInSentences(doc, [s], 'spending').some((f) => !f.negated);
    if (spends || underLeadIn(doc, s)) return s;
  }
  return null;
}

/**
 * A sentence that lets one cost be paid from the budget or from another source ("kunnen zowel uit de
 * studiekostenregeling als uit het POB worden betaald"), with no line drawn in its article.
 */
function reportDualSources(doc: PolicyDocument, budgets: Provision[], report: ReportFn<keyof typeof messages>): void {
  for (const own of budgets.filter((p) => INDIVIDUAL_INSTRUMENTS.has(p.instrument) && p.granted)) {
    // The budget named in the sentence by one of its names, also where another provision took that mention.
    const names = new Set(own.mentions.map((m) => m.surface.toLowerCase()));
    const named = (f: { surface: string; negated: boolean }) => !f.negated && names.has(f.surface.toLowerCase());
    for (const dual of positive(doc, 'dual-source')) {
      const instruments = factsInSentences(doc, [dual.sentence], 'instrument');
      if (!instruments.some(named)) continue;
      const other = instruments.find((f) => !f.negated && !named(f));
      if (!other) continue;
      const unit = doc.sentences[dual.sentence].article;
      const settled = positive(doc, 'budget-boundary').some((b) => doc.sentences[b.sentence].article === unit);
      if (settled) continue;
      report({
        range: sentenceRange(doc, dual.sentence),
        messageId: 'dualSource',
        data: { instrument: quotedName(own), other: other.surface.toLowerCase() },
      });
      return;
    }
  }
}

export default rule;

/**
 * Two personal budgets of one employee (an ontwikkelbudget and a DI-budget) that may both pay for
 * the same purpose, with nothing in the second one's scope, or in a sentence naming both, that says
 * which goes first or where one ends ("gaat voor", "aanvullend op", "niet ten laste van"). A
 * purpose belongs to a budget when its sentence names that budget, or when it stands where no
 * other budget is in scope (its own article, its annex).
 */
function reportSharedPurposes(doc: PolicyDocument, budgets: Provision[], report: ReportFn<keyof typeof messages>): void {
  const own = budgets.filter((p) => INDIVIDUAL_INSTRUMENTS.has(p.instrument) && p.granted);
  if (own.length < 2) return;
  const scopes = own.map((p) => new Set(provisionScope(doc, p)));
  const mentionedIn = own.map((p) => new Set(p.mentions.map((m) => m.sentence)));
  // Per purpose, the words that state it in the draft: the message quotes them, since the purpose's
  // own key ('loopbaanadvies') is a Dutch word whatever the UI language.
  const purposesOf = (i: number): Map<string, string> => {
    const out = new Map<string, string>();
    const said = statesPurposeFor(doc, own[i]);
    for (const f of factsInSentences(doc, [...scopes[i]], 'purpose')) {
      if (f.negated) continue;
      const named = mentionedIn.some((m) => m.has(f.sentence));
      const mine = named ? mentionedIn[i].has(f.sentence) : scopes.every((scope, j) => j === i || !scope.has(f.sentence));
      if (mine && said(f.sentence) && !out.has(f.purpose)) out.set(f.purpose, doc.text.slice(f.range.start, f.range.end).replace(/\s+/g, ' '));
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
        range: sentenceRange(doc, own[b].anchor.sentence),
        messageId: 'sharedPurposes',
        data: { instrument: own[b].anchor.surface.toLowerCase(), other: own[a].anchor.surface.toLowerCase(), purpose: purposes[b].get(shared) ?? shared },
      });
      return;
    }
  }
}
