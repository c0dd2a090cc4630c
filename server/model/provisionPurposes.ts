import type { Article, FactOf, InstrumentFact, PolicyDocument } from './types';
import { factsInSentence, factsInSentences, unitOf, BUDGET_INSTRUMENTS } from './query';
import type { Token } from './tokens';
import { sentenceTokens } from './facts/sentenceTokens';
import { lexiconTools } from './facts/lexiconTools';
import { allProvisions, provisionBefore, provisionScope, type Provision } from './provisions';

/**
 * Which purposes a provision states: the purpose facts read for it. A purpose word ("opleiding",
 * "loopbaancoaching") occurs in many sentences of a draft that are not about what a budget may be
 * spent on; this module decides, once per provision, which of them are. Rules (budget-earmarking)
 * and faces (compare, inspect) ask here instead of reading purposes from the scope themselves.
 */

const cache = new WeakMap<PolicyDocument, Map<Provision, readonly FactOf<'purpose'>[]>>();

/**
 * The tokens of a sentence, once per document: the cue words below are read for every provision.
 * They are read as the readers read them (facts/sentenceTokens.ts), verb lemmas included.
 */
const tokenCache = new WeakMap<PolicyDocument, Map<number, Token[]>>();
function tokensOf(doc: PolicyDocument, sentence: number): Token[] {
  let perDoc = tokenCache.get(doc);
  if (!perDoc) tokenCache.set(doc, (perDoc = new Map()));
  let tokens = perDoc.get(sentence);
  if (!tokens) perDoc.set(sentence, (tokens = sentenceTokens(doc.sentences[sentence].text, lexiconTools(doc.language)).tokens));
  return tokens;
}

/** The positive purposes stated for the provision, in document order; memoized per document. */
export function purposesOf(doc: PolicyDocument, provision: Provision): readonly FactOf<'purpose'>[] {
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  const known = perDoc.get(provision);
  if (known) return known;
  const said = statesPurposeFor(doc, provision);
  const scope = provisionScope(doc, provision);
  const keptOut = unitsKeptOut(doc, provision);
  const definedHere = definedTerms(doc);
  let found = factsInSentences(doc, scope, 'purpose').filter(
    (p) =>
      !p.negated &&
      said(p.sentence) &&
      !ofJobTraining(doc, p) &&
      !definedHere.has(`${p.sentence}:${doc.text.slice(p.range.start, p.range.end).toLowerCase()}`) &&
      !keptOut.has(unitOf(doc, doc.sentences[p.sentence])?.index ?? -1),
  );
  // Purposes left to later ("Waaraan het budget besteed kan worden, werkt de directie later uit") are not
  // stated by a course named in passing ("een cursus voor een parttimer is niet goedkoper"): only a list counts.
  if (factsInSentences(doc, scope, 'scheme-term').some((t) => t.term === 'purposes-deferred' && !t.negated)) {
    found = found.filter((p) => underLeadIn(doc, p.sentence) || doc.sentences[p.sentence].form === 'lead-in');
  }
  // Use left open ("Waar je het aan uitgeeft, bepaal je zelf") states no purposes; then only purposes
  // said as such count: two or more kinds in one sentence, an example, or items of a list.
  if (leftOpen(doc, provision, scope, said)) {
    const mentions = new Set(provision.mentions.map((m) => m.sentence));
    found = found.filter((p) => statedAsPurposes(doc, p, mentions.has(p.sentence)));
  }
  const purposes = Object.freeze(found);
  perDoc.set(provision, purposes);
  return purposes;
}

/**
 * Articles that name the budget only to keep their subject off it ("De kosten van de loopbaanscan
 * worden door het fonds vergoed en komen niet ten laste van het ontwikkelbudget"): what they speak of
 * is no purpose of the budget.
 */
function unitsKeptOut(doc: PolicyDocument, provision: Provision): Set<number> {
  const byUnit = new Map<number, boolean>();
  for (const m of provision.mentions) {
    const unit = unitOf(doc, doc.sentences[m.sentence]);
    if (!unit || doc.sentences[m.sentence].heading) continue;
    const kept = factsInSentence(doc, m.sentence, 'budget-boundary').some((b) => !b.negated);
    byUnit.set(unit.index, (byUnit.get(unit.index) ?? true) && kept);
  }
  return new Set([...byUnit].filter(([, kept]) => kept).map(([unit]) => unit));
}

/**
 * The terms the draft defines, by sentence: a purpose word that is itself the term defined
 * ("Loopbaanscan: een onafhankelijk loopbaangesprek ...") is explained there, not stated as a purpose
 * of the budget; the costs a definition lists ("Onder ontwikkelingskosten worden verstaan de kosten
 * van: een opleiding, ...") still are.
 */
function definedTerms(doc: PolicyDocument): Set<string> {
  return new Set(doc.definitions.map((d) => `${d.sentence}:${d.term}`));
}

/**
 * "De leercheque staat los van de verplichte nascholing (tillen, ...)": what follows the job training
 * a sentence sets the budget apart from describes that training, not what the budget is for.
 */
function ofJobTraining(doc: PolicyDocument, purpose: FactOf<'purpose'>): boolean {
  // Only where the sentence draws that line: "een afdelingsbudget voor opleidingen die nodig zijn voor het werk" is for job training.
  if (!factsInSentence(doc, purpose.sentence, 'budget-boundary').some((b) => !b.negated)) return false;
  return factsInSentence(doc, purpose.sentence, 'required-training').some((r) => !r.negated && r.range.start <= purpose.range.start);
}

/**
 * Whether a sentence in the provision's scope speaks of this provision's purposes. In a draft with
 * articles, purposes anywhere in the budget's articles (and the annexes they refer to) are its
 * purposes. A text without structure (a web page, a news item) mentions training in many places;
 * there a purpose counts only in a sentence that names the budget, or in the few sentences after one
 * that names it or announces what it is for ("Je kunt het gebruiken voor:"), unless a sentence naming
 * another instrument stands between.
 */
export function statesPurposeFor(doc: PolicyDocument, provision: Provision): (sentence: number) => boolean {
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
  const namesOwn = (s: number) => factsInSentence(doc, s, 'instrument').some((f) => !f.negated && ownNames.has(f.surface.toLowerCase()));
  const others = new Set(
    allProvisions(doc)
      .filter((p) => p !== provision)
      .flatMap((p) => p.mentions.filter(other).map((m) => m.sentence)),
  );
  // Per unit of the provision: whether its heading names the budget, and where its body first does.
  const headed = new Set<Article>();
  const firstNamed = new Map<Article, number>();
  for (const m of provision.mentions) {
    const unit = unitOf(doc, doc.sentences[m.sentence]);
    if (!unit) continue;
    if (doc.sentences[m.sentence].heading) headed.add(unit);
    else firstNamed.set(unit, Math.min(firstNamed.get(unit) ?? Infinity, m.sentence));
  }
  // The budget named nearest before a sentence in its unit, across the unit's members ("lid 3" after
  // "lid 1" named it); a member of its own stops provisionBefore.
  const budgets = allProvisions(doc).filter((p) => BUDGET_INSTRUMENTS.has(p.instrument));
  const namedBeforeInUnit = (sentence: number, unit: Article): Provision | null => {
    for (let s = sentence; s >= unit.sentenceSpan[0]; s--) {
      if (doc.sentences[s].heading) continue;
      const named = budgets.find((p) => p.mentions.some((m) => m.sentence === s && !m.negated));
      if (named) return named;
    }
    return null;
  };
  return (sentence) => {
    // Under a title named for the budget, an article that never names it ("Artikel 4 Loopbaanadvies")
    // states a purpose only where it speaks of spending.
    const inNamedUnit = provision.units.some((u) => u !== null && sentence >= u.sentenceSpan[0] && sentence < u.sentenceSpan[1]);
    if (!inNamedUnit && provision.titled && !provision.definitions.includes(sentence)) {
      return factsInSentence(doc, sentence, 'spending').some((f) => !f.negated);
    }
    if (!provision.units.includes(null)) {
      // A sentence naming the budget by its own name speaks of it, also where another provision of the
      // same name took the mention (two "POB"s in one section; a fix's clause naming it).
      if (mentions.has(sentence) || namesOwn(sentence)) return true;
      if (onlyInPassing(doc, sentence)) return false;
      // A sentence that names another instrument, also one employees do not control ("opleidingen die in
      // aanmerking komen voor een bijdrage van het O&O-fonds"), states that one's purposes.
      if (namesOther(sentence)) return false;
      // In a part whose heading does not name the budget, what comes before the budget is first named
      // is about something else: a memo's "1. De chauffeurs volgen een cursus ... 5. Iedereen krijgt een leerrekening".
      const unit = provision.units.find((u) => u !== null && sentence >= u.sentenceSpan[0] && sentence < u.sentenceSpan[1]);
      if (unit && !headed.has(unit) && sentence < (firstNamed.get(unit) ?? Infinity)) return false;
      if (!shared) return true;
      const before = provisionBefore(doc, sentence) ?? (unit ? namedBeforeInUnit(sentence, unit) : null);
      return before === provision || (before === null && unit != null && headed.has(unit));
    }
    if (!mentions.has(sentence) && onlyInPassing(doc, sentence)) return false;
    for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
      if (mentions.has(s)) return true;
      // A sentence that names another instrument in between takes the purposes after it ("vier uur eigen ontwikkeltijd. Je kiest zelf: een certificering, ...").
      if (others.has(s)) return false;
      if (s < sentence && doc.sentences[s].form === 'lead-in') return true;
    }
    return underPurposeQuestion(doc, sentence, mentions, others);
  };
}

/**
 * On a page without articles, a question asking what the budget is for ("Waarvoor?") heads its
 * answer as a heading would, however long the answer's list: a sentence belongs to it up to the
 * next question, provided the budget is named just before the question and no other instrument
 * is named in between.
 */
function underPurposeQuestion(doc: PolicyDocument, sentence: number, mentions: ReadonlySet<number>, others: ReadonlySet<number>): boolean {
  const lex = lexiconTools(doc.language);
  for (let s = sentence - 1; s >= Math.max(0, sentence - LIST_REACH); s--) {
    if (others.has(s)) return false;
    if (doc.sentences[s].form !== 'question') continue;
    if (!lex.sets.purposeQuestions.test(tokensOf(doc, s))) return false;
    for (let back = s; back >= Math.max(0, s - 4); back--) if (mentions.has(back)) return true;
    return false;
  }
  return false;
}

/** How far back a lead-in ("Je kunt het budget gebruiken voor:") still announces the items after it. */
const LIST_REACH = 10;

/**
 * The sentence is an item of a list a lead-in announces ("Je kunt het budget gebruiken voor:"): the
 * sentences between it and the lead-in are items too (each names a purpose), in the same article.
 */
export function underLeadIn(doc: PolicyDocument, sentence: number): boolean {
  const article = doc.sentences[sentence].article;
  for (let s = sentence - 1; s >= Math.max(0, sentence - LIST_REACH) && doc.sentences[s].article === article; s--) {
    if (doc.sentences[s].form === 'lead-in') return true;
    if (factsInSentence(doc, s, 'purpose').length === 0) return false;
  }
  return false;
}

/**
 * "Wie een cursus wil doen, kan dat bespreken met de chef": a sentence that names only "a course" or
 * "a training", without speaking of spending, an example ("bijvoorbeeld", "zoals") or a list it
 * belongs to, is about something else (a procedure, planning) and states no purpose of the budget.
 */
function onlyInPassing(doc: PolicyDocument, sentence: number): boolean {
  const purposes = factsInSentence(doc, sentence, 'purpose');
  if (purposes.length === 0 || factsInSentence(doc, sentence, 'spending').some((f) => !f.negated)) return false;
  const lex = lexiconTools(doc.language);
  const generic = new Set(lex.lexicon.genericPurposes);
  if (!purposes.every((p) => generic.has(doc.text.slice(p.range.start, p.range.end).toLowerCase()))) return false;
  const own = doc.sentences[sentence];
  if (own.heading || own.form === 'lead-in' || underLeadIn(doc, sentence)) return false;
  const tokens = tokensOf(doc, sentence);
  return !lex.sets.purposeCues.test(tokens) && !lex.sets.exampleCues.test(tokens);
}

/** The draft leaves the use of the budget open in a sentence said of it ("U kunt de voucher naar eigen inzicht inzetten"). */
function leftOpen(doc: PolicyDocument, provision: Provision, scope: readonly number[], said: (sentence: number) => boolean): boolean {
  const lex = lexiconTools(doc.language);
  const mentions = new Set(provision.mentions.map((m) => m.sentence));
  return scope.some((s) => (mentions.has(s) || said(s)) && !doc.sentences[s].heading && lex.sets.openUse.test(tokensOf(doc, s)));
}

/**
 * A purpose stated as such: in a sentence with two kinds or more, an example or an item of a list,
 * or after "voor" / "aan" in a sentence naming the budget ("een vrij te besteden budget voor scholing").
 */
function statedAsPurposes(doc: PolicyDocument, purpose: FactOf<'purpose'>, named: boolean): boolean {
  const sentence = purpose.sentence;
  if (named) {
    const prepositions = new Set(lexiconTools(doc.language).lexicon.purposePrepositions);
    // Within the sentence: a heading or question before it ("Mag ik de cursus in werktijd volgen?") says nothing of this purpose.
    const before = doc.text
      .slice(Math.max(doc.sentences[sentence].range.start, purpose.range.start - 40), purpose.range.start)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .slice(-3);
    if (before.some((w) => prepositions.has(w))) return true;
  }
  const kinds = new Set(
    factsInSentence(doc, sentence, 'purpose')
      .filter((p) => !p.negated && p.purpose !== 'list')
      .map((p) => p.purpose),
  );
  if (kinds.size >= 2 || underLeadIn(doc, sentence) || doc.sentences[sentence].form === 'lead-in') return true;
  return lexiconTools(doc.language).sets.exampleCues.test(tokensOf(doc, sentence));
}
