import type { ScopeGap } from './types';
import type { Article, InstrumentFact, InstrumentType, PolicyDocument } from './types';
import { BUDGET_INSTRUMENTS, factsInSentence, factsOf, gapIn, scopeOf, sentencesOf, unitOf } from './query';
import { grantsMoneyAfter, groupByName, isGenericMention, nameKey, resolveBackReferences } from './provisionNames';

export { isGenericMention } from './provisionNames';

/**
 * Provisions: the instruments a draft provides, each with the mentions, articles and scope it is
 * read in. Built once per document from the instrument facts and the article tree (see
 * docs/architecture.md, "Provisions"); rules ask for them through `provisions` and `provisionScope`.
 */

/** One development instrument as the draft provides it: where it is granted and where it is spoken of. */
/** Instruments that may be granted in money or in time; the mention says which (InstrumentFact.inTime). */
const MONEY_OR_TIME: ReadonlySet<InstrumentType> = new Set<InstrumentType>(['individual-budget', 'voucher', 'learning-account']);

export interface Provision {
  /** The mention to report on: the first granting mention in the body, else the first mention. */
  anchor: InstrumentFact;
  /** Every mention of this instrument, by name or by back-reference ("het budget", "dit tegoed"). */
  mentions: InstrumentFact[];
  /** The unit of the anchor. */
  unit: Article | null;
  /** Every unit that speaks of the instrument (the article granting it, the one on saving, on information, ...). */
  units: Array<Article | null>;
  /**
   * The regulation or chapter named for this instrument alone ("Regeling individuele leerrekening"),
   * whose articles speak of it without naming it ("het saldo"); part of its scope. Null when there is none.
   */
  titled: Article | null;
  instrument: InstrumentType;
  /** Sentences that define the instrument (the definitions article). */
  definitions: number[];
  /** The instrument is measured in time (hours or days), not money ("35 uur per kalenderjaar"). */
  inTime: boolean;
  /** The draft grants it: a mention grants it, or the sentences right after a mention grant money for it ("Hierin storten werkgevers € 150 per jaar"). */
  granted: boolean;
  /**
   * A fund employees claim from themselves: a mention says so, or its own article does without
   * naming it ("Het Ontwikkelfonds ... Iedere medewerker kan een bijdrage aanvragen").
   */
  claimable: boolean;
}

const provisionCache = new WeakMap<PolicyDocument, Provision[]>();

/**
 * The development instruments of the draft. Mentions by name are grouped per kind of instrument
 * and per name: "ontwikkelbudget" and "persoonlijk ontwikkelbudget (POB)" are one budget, an
 * "ontwikkelbudget" and a "DI-budget" that are each granted are two. A name the draft uses without
 * granting it, beside a single granted instrument of the same kind, is a second name for that one.
 * Back-references ("het budget", "het tegoed") join the instrument named nearest before them in
 * their unit, else in the draft. A unit whose body grants a collective budget makes its heading's
 * budget collective too. Only positive mentions count, and an instrument counts only when some
 * mention is about development.
 */
export function allProvisions(doc: PolicyDocument): Provision[] {
  const cached = provisionCache.get(doc);
  if (cached) return cached;
  // A fund the employer draws on (no development money of employees) never joins a budget's provision,
  // nor does a budget named to compare with other schemes.
  const mentions = factsOf(doc, 'instrument').filter((f) => !f.negated && !f.drawnByEmployer && !f.benchmark);
  const unitIndex = (f: InstrumentFact) => unitOf(doc, doc.sentences[f.sentence])?.index ?? -1;
  const collectiveUnits = new Set(mentions.filter((f) => f.instrument === 'collective-fund' && f.granted).map(unitIndex));
  const individualGrantUnits = new Set(
    mentions.filter((f) => f.instrument === 'individual-budget' && f.granted && !doc.sentences[f.sentence].heading).map(unitIndex),
  );
  // A name that is somewhere said to be collective ("Ontwikkelbudget voor bedrijven") is that
  // collective budget wherever the draft uses it: an individual budget is only the default reading.
  // An amount in euros granted with the name ("ontvangen docenten een basisbudget van € 600") is
  // what one person gets, and outweighs a collective reading elsewhere.
  // So is a name the draft gives as one person's ("heeft recht op een persoonlijk ontwikkelbudget"):
  // who announces its amount ("maakt de hoogte van het ontwikkelbudget bekend voor het personeel") does
  // not make it the organisation's, where it is read as collective only by such words of its sentence.
  // So is a name granted with an amount for one person ("heeft recht op een ontwikkelbudget van € 750").
  const personalNames = new Set(
    mentions
      .filter(
        (f) =>
          f.instrument === 'individual-budget' &&
          (f.personal === true || (f.granted && factsInSentence(doc, f.sentence, 'money').some((m) => !m.total && !m.negated && m.qualifier !== 'min'))),
      )
      .map((f) => nameKey(f.surface, doc.language)),
  );
  const individualNames = new Set(
    mentions
      .filter((f) => f.instrument === 'individual-budget' && (f.personal === true || factsInSentence(doc, f.sentence, 'money').some((m) => !m.total)))
      .map((f) => nameKey(f.surface, doc.language)),
  );
  const collectiveNames = new Set(
    mentions
      .filter((f) => f.instrument === 'collective-fund' && !individualNames.has(nameKey(f.surface, doc.language)))
      .map((f) => nameKey(f.surface, doc.language)),
  );
  const kindOf = (f: InstrumentFact): InstrumentType => {
    if (f.collectiveBySentence && personalNames.has(nameKey(f.surface, doc.language))) return 'individual-budget';
    if (f.instrument !== 'individual-budget') return f.instrument;
    if (collectiveNames.has(nameKey(f.surface, doc.language)) && !isGenericMention(f, doc.language)) return 'collective-fund';
    return collectiveUnits.has(unitIndex(f)) && !individualGrantUnits.has(unitIndex(f)) ? 'collective-fund' : f.instrument;
  };

  // Money granted to one person without a name ("Heb je geen diploma, dan krijg je € 1.500 per jaar"),
  // in a unit that names a personal budget, is that budget's amount for some; elsewhere it is read as before.
  const namedIndividual = (f: InstrumentFact) => !f.implicit && !isGenericMention(f, doc.language) && kindOf(f) === 'individual-budget';
  const joinsNamed = (f: InstrumentFact) =>
    f.implicit && kindOf(f) === 'individual-budget' && mentions.some((m) => namedIndividual(m) && unitIndex(m) === unitIndex(f));
  const named = mentions.filter((f) => !isGenericMention(f, doc.language) && !joinsNamed(f));
  const generic = mentions.filter((f) => isGenericMention(f, doc.language));
  const groups = groupByName(doc, named, kindOf);
  for (const f of mentions.filter(joinsNamed)) {
    groups.find((g) => g.instrument === 'individual-budget' && g.facts.some((m) => namedIndividual(m) && unitIndex(m) === unitIndex(f)))?.facts.push(f);
  }
  resolveBackReferences(groups, generic, kindOf, unitIndex, doc.language);

  const weight = (f: InstrumentFact) =>
    (f.granted ? 4 : 0) +
    (f.development ? 2 : 0) +
    (doc.sentences[f.sentence].heading ? 0 : 1) -
    (f.definition ? 3 : 0) -
    (isGenericMention(f, doc.language) ? 1 : 0);
  const result: Provision[] = [];
  for (const { instrument, facts: unsorted } of groups) {
    const facts = [...unsorted].sort((a, b) => a.range.start - b.range.start);
    if (!facts.some((m) => m.development)) continue;
    // The first mention with the highest weight: where the draft grants the instrument.
    const anchor = facts.reduce((best, f) => (weight(f) > weight(best) ? f : best));
    // A title ("Regeling loopbaanbudget") names the instrument for the whole draft: only body mentions widen the scope.
    const body = facts.filter((f) => {
      const unit = unitOf(doc, doc.sentences[f.sentence]);
      return f === anchor || !doc.sentences[f.sentence].heading || unit?.kind === 'article' || unit?.kind === 'annex';
    });
    const units = [...new Map(body.map((f) => [unitIndex(f), unitOf(doc, doc.sentences[f.sentence])] as const)).values()];
    const sentences = [...new Set(facts.map((f) => f.sentence))];
    const money = sentences.some((i) => factsInSentence(doc, i, 'money').length + factsInSentence(doc, i, 'percent').length > 0);
    // Hours in a sentence that names a budget only as where money comes from ("voor opleidingen uit je
    // budget krijg je 16 uur vrij") are leave beside it: the mention says whether it counts in time.
    const countedIn = (i: number) => facts.some((f) => f.sentence === i && (f.inTime || !MONEY_OR_TIME.has(f.instrument)));
    const hours = sentences.some((i) => countedIn(i) && factsInSentence(doc, i, 'count').some((c) => c.unit === 'hours' || c.unit === 'days'));
    // Reported at the granting mention, but named by the draft's own name for it: an answer in a FAQ
    // ("Je krijgt € 400 per jaar") grants the "ontwikkelbudget" of its title.
    const name = isGenericMention(anchor, doc.language) || anchor.implicit ? facts.find((f) => !isGenericMention(f, doc.language) && !f.implicit) : undefined;
    result.push({
      anchor: name ? { ...anchor, surface: name.surface } : anchor,
      inTime: !money && (hours || facts.some((f) => f.inTime)),
      mentions: facts,
      unit: unitOf(doc, doc.sentences[anchor.sentence]),
      units,
      titled: null,
      instrument,
      definitions: facts.filter((f) => f.definition).map((f) => f.sentence),
      // Money in the sentence of a mention grants it, unless another instrument is granted there (the
      // money is that one's: "een voucher van € 1.000 uit het sectorfonds").
      // A name in a list of definitions of other terms ("c. SVL: de Stichting ..., het opleidings- en
      // ontwikkelingsfonds van de branche") is explained there, not granted.
      granted: facts.some((f) => f.granted && !definesOtherTerm(doc, f)) || facts.some((f) => grantsMoneyAfter(doc, f.sentence) && !otherGrantIn(doc, f)),
      claimable: instrument === 'collective-fund' && (facts.some((f) => f.claimable) || claimedInOwnUnits(doc, units, mentions)),
    });
  }
  widenToTitles(doc, result);
  result.sort((a, b) => a.anchor.range.start - b.anchor.range.start);
  provisionCache.set(doc, result);
  return result;
}

/** The mention stands in a sentence of definitions, none of which defines it. */
function definesOtherTerm(doc: PolicyDocument, f: InstrumentFact): boolean {
  const here = doc.definitions.filter((d) => d.sentence === f.sentence);
  return here.length > 0 && !here.some((d) => nameKey(f.surface, doc.language).includes(d.term.replace(/[\s-]+/g, '')));
}

/** Employees apply for money in a body sentence of the provision's own articles that names no instrument. */
function claimedInOwnUnits(doc: PolicyDocument, units: Array<Article | null>, mentions: readonly InstrumentFact[]): boolean {
  const named = new Set(mentions.map((m) => m.sentence));
  // A page without articles: the claim follows the fund's name in the next sentence or the one after,
  // pointing back to it ("een opleidingspot van € 6.000. Iedereen mag daaruit € 1.200 aanvragen"),
  // naming no instrument of its own.
  if (units.includes(null))
    return mentions.some((m) =>
      [1, 2].some((after) => {
        const i = m.sentence + after;
        const s = doc.sentences[i];
        return (
          s !== undefined &&
          !s.heading &&
          s.article === doc.sentences[m.sentence].article &&
          s.employeesClaim === true &&
          factsInSentence(doc, i, 'instrument').every((f) => isGenericMention(f, doc.language))
        );
      }),
    );
  return units.some((u) => sentencesOf(doc, u).some((i) => !named.has(i) && !doc.sentences[i].heading && doc.sentences[i].employeesClaim === true));
}

/**
 * A regulation or chapter named for its instrument ("Regeling individuele leerrekening") is about
 * that instrument throughout: its articles on spending or information speak of "het saldo" without
 * naming it again. When no other budget is named in the body under such a title, the titled part
 * is the provision's scope. With two budgets under one title, each keeps the articles that name it.
 */
function widenToTitles(doc: PolicyDocument, provisions: Provision[]): void {
  const budgets = provisions.filter((p) => BUDGET_INSTRUMENTS.has(p.instrument));
  for (const provision of budgets) {
    if (provision.units.includes(null)) continue;
    for (const mention of provision.mentions) {
      const sentence = doc.sentences[mention.sentence];
      const title = sentence.heading ? unitOf(doc, sentence) : null;
      if (!title || (title.kind !== 'section' && title.kind !== 'chapter') || provision.units.includes(title)) continue;
      const [from, to] = title.sentenceSpan;
      const inside = (f: InstrumentFact) => f.sentence >= from && f.sentence < to && !doc.sentences[f.sentence].heading;
      if (budgets.some((other) => other !== provision && other.mentions.some(inside))) continue;
      provision.titled = title;
      break;
    }
  }
}

/**
 * Money granted right after a mention, in the same article, before another instrument is named:
 * "De cao kent een ontwikkelbudget. Hierin storten werkgevers € 150 per jaar per werknemer."
 */
function otherGrantIn(doc: PolicyDocument, mention: InstrumentFact): boolean {
  return factsInSentence(doc, mention.sentence, 'instrument').some((o) => o !== mention && o.granted && !o.negated && o.instrument !== mention.instrument);
}

/**
 * The provision a sentence that names no instrument speaks of, where its unit holds several: the
 * one mentioned nearest before it in the same unit ("Je krijgt een budget van € 500. Wat je niet
 * opmaakt, mag je meenemen. Daarnaast krijg je een ontwikkeldag."). Null when none is mentioned before it.
 */
export function provisionBefore(doc: PolicyDocument, sentence: number): Provision | null {
  const owners = mentionOwners(doc);
  const article = doc.sentences[sentence].article;
  for (let s = sentence; s >= 0 && doc.sentences[s].article === article; s--) {
    const owner = owners.get(s);
    if (owner) return owner;
  }
  return null;
}

const ownerCache = new WeakMap<PolicyDocument, Map<number, Provision>>();

/** Per body sentence, the first provision (in document order) mentioned in it; built once per document. */
function mentionOwners(doc: PolicyDocument): Map<number, Provision> {
  let owners = ownerCache.get(doc);
  if (owners) return owners;
  owners = new Map();
  for (const provision of allProvisions(doc)) {
    for (const m of provision.mentions) if (!doc.sentences[m.sentence].heading && !owners.has(m.sentence)) owners.set(m.sentence, provision);
  }
  ownerCache.set(doc, owners);
  return owners;
}

/**
 * Whether a sentence that does not mention the provision names another instrument ("Het IKB bestaat
 * uit ... waarvan 1% blijft gereserveerd"): what it keeps, plans or lets lapse is that one's.
 */
export function namesOtherInstrument(doc: PolicyDocument, provision: Provision, sentence: number): boolean {
  if (provision.mentions.some((m) => m.sentence === sentence)) return false;
  return factsInSentence(doc, sentence, 'instrument').some((i) => !i.negated);
}

/** The provisions whose instrument is one of `types`. */
export function provisions(doc: PolicyDocument, types: ReadonlySet<InstrumentType>): Provision[] {
  return allProvisions(doc).filter((p) => types.has(p.instrument));
}

/** The sentences a provision can rely on: every unit that speaks of it, its definitions, and what they refer to. */
export function provisionScope(doc: PolicyDocument, provision: Provision): number[] {
  if (provision.units.includes(null)) return scopeOf(doc, null);
  const [first, ...rest] = provision.units;
  const extra = [...provision.definitions, ...rest.flatMap((u) => sentencesOf(doc, u)), ...(provision.titled ? sentencesOf(doc, provision.titled) : [])];
  return scopeOf(doc, first, extra);
}

/** The first gap in the provision's scope, or undefined when the scope is complete as far as the model can tell. */
export function scopeGap(doc: PolicyDocument, provision: Provision): ScopeGap | undefined {
  return gapIn(doc, provisionScope(doc, provision));
}
