import type { Fact, InstrumentFact, InstrumentType } from '../types';
import type { Token } from '../tokens';
import type { SentenceScope } from './scope';
import { DETERMINERS } from './determiners';
import { COUNT_UNITS } from '../lexicon/numbers';
import type { DefinedTerms } from './definedTerms';
import { aboutGroup } from './work-organisation';
import { readParties } from './parties';
import { TIME_INSTRUMENTS } from '../types';
import { classifyCompound, isBare, type InstrumentReading } from './compounds';
import { definiteBefore, namedPersonal, sharedPot } from './ownership';

interface Found {
  first: number;
  last: number;
  instrument: InstrumentReading;
  /** The word is a bare generic one ("budget", "tegoed") with no prefix of its own. */
  bare?: boolean;
  /** No instrument word: the granting words of a sentence that grants money for development. */
  implicit?: boolean;
}

/**
 * Training days a team gets under a heading that sets up a work design ("## Zelfsturende ploegen ...
 * Iedere ploeg krijgt een coach en twee trainingsdagen"): the time to learn the new way of working,
 * not a right of each employee to development days. The team is who the sentence names first, and
 * no employee is named beside it.
 */
function teamTrainingForDesign(scope: SentenceScope): boolean {
  if (scope.discourse.designsOver(scope.sentence.article).length === 0) return false;
  const parties = readParties(scope).filter((p) => !p.governed && p.via !== 'pronoun');
  return parties.length > 0 && (parties[0].value === 'team' || parties[0].value === 'group') && !parties.some((p) => p.value === 'employee');
}

/**
 * Development instruments, from Dutch compounds ("loopbaanontwikkelingsbudget", "O&O-fonds",
 * "scholingsverlof") and from phrases ("persoonlijk budget", "learning budget").
 * A budget without a development part ("basisbudget", "persoonlijk budget") is a development
 * budget only when its sentence speaks of development; an IKB only when earmarked for it.
 */
export function readInstruments(scope: SentenceScope, quantities: Fact[], terms: DefinedTerms): Fact[] {
  const found: Found[] = [];
  scope.tokens.forEach((token, i) => {
    if (token.kind !== 'word') return;
    const compound = classifyCompound(token.lower, scope.lex.lexicon);
    if (compound) found.push({ first: i, last: i, instrument: compound, bare: compound === 'individual-generic' && isBare(token.lower, scope.lex.lexicon) });
  });
  // Training in working time for the members of a working group is time for the group's work, not development time.
  const groupSentence = aboutGroup(scope);
  for (const m of scope.lex.sets.instrumentPhrases.matchAll(scope.tokens)) {
    if (m.value === 'development-time' && groupSentence) continue;
    found.push({ first: m.first, last: m.last, instrument: m.value });
  }
  // A name the draft defined ("ontwikkeldeel") counts where the lexicon knows no instrument word.
  scope.tokens.forEach((token, i) => {
    if (token.kind !== 'word' || found.some((f) => f.first <= i && i <= f.last)) return;
    const defined = terms.instrumentOf(token.lower);
    if (defined) found.push({ first: i, last: i, instrument: defined });
  });
  const development = scope.has('developmentWords');
  if (found.length === 0) {
    const implicit = implicitGrant(scope, quantities, development) ?? allowance(scope, quantities, development);
    if (implicit) found.push(implicit);
  }
  // Costs paid from a budget the sentence names ("de kosten van examens worden uit het budget betaald")
  // are spending of that budget, not a reimbursement beside it.
  const otherMoney = found.some((f) => f.instrument !== 'reimbursement' && f.instrument !== 'subsidy');
  const kept = dropOverlaps(otherMoney ? found.filter((f) => f.instrument !== 'reimbursement' || f.first === f.last) : found);
  if (kept.length === 0) return [];

  // Per person outweighs the organisation ("1% van de loonsom, per werknemer een budget van ...").
  const individual = scope.has('individualCues');
  // A fund that gives the money ("het opleidingsfonds stelt werknemers een leerbudget beschikbaar")
  // is the provider; the budget it gives is still one person's.
  const fundGives = scope.has('fundProviders');
  const collective = !individual && !fundGives && (scope.has('collectiveCues') || payrollShare(quantities));
  const granted = scope.has('grants') || quantities.some((q) => q.kind === 'money' || q.kind === 'percent' || q.kind === 'count');
  // A budget of other schemes ("Het gemiddelde ontwikkelbudget in cao's ligt boven de € 700") is
  // named to compare: it is no instrument of this draft.
  const benchmark = (f: { first: number; last: number }) =>
    scope.lex.benchmarksBefore.has(scope.tokens[f.first - 1]?.lower ?? '') ||
    scope.lex.benchmarksBefore.has(scope.tokens[f.first - 2]?.lower ?? '') ||
    scope.lex.sets.benchmarksAfter.matchAll(scope.tokens.slice(f.last + 1, f.last + 8)).some((m) => m.first === 0);
  // Hours that size a contract ("voor iedereen met een contract van 12 uur per week") do not make a budget one in hours.
  const contracts = scope.lex.sets.timeTerms
    .matchAll(scope.tokens)
    .filter((m) => m.value === 'contract-size')
    .map((m) => scope.rangeOf(m.first, m.last));
  const sizesContract = (q: Fact) => contracts.some((r) => r.start <= q.range.start && q.range.end <= r.end);
  const inTime =
    quantities.some((q) => q.kind === 'count' && (q.unit === 'hours' || q.unit === 'days') && !sizesContract(q)) && !quantities.some((q) => q.kind === 'money');
  // An IKB one may also spend on training is still salary; one reserved for development is a development budget.
  const earmarked = scope.has('exclusiveCues') && development;
  const claimant = claimantOf(scope);
  const claimable = claimant !== 'employer' && scope.has('individualClaims');
  // A subsidy the employer applies for or receives ("werkgevers kunnen subsidie aanvragen") is no money employees control.
  const employerSide = claimant === 'employer' || (claimant === null && employerRecipient(scope));
  // "het budget dat aan het bevoegd gezag ter beschikking is gesteld": a plain budget made available
  // to the employer is the organisation's, not one employees hold.
  const heldByEmployer = claimant === null && !individual && employerRecipient(scope) && !scope.has('employeeRecipients');

  return kept.map((f): InstrumentFact => {
    let instrument: InstrumentType;
    let isDevelopment = true;
    if (f.instrument === 'individual-generic') {
      // "Daarnaast heeft de werknemer recht op een persoonlijk budget van € 350" under "Artikel 14 Scholing
      // en studieverlof": a named budget granted where learning is the subject of the article is for learning.
      const inContext = !f.bare && !f.implicit && scope.sentence.inDevelopmentContext && granted;
      instrument = collective || (f.bare === true && heldByEmployer) ? 'collective-fund' : 'individual-budget';
      isDevelopment = (development || inContext) && !(f.bare === true && heldByEmployer);
    } else if (f.instrument === 'collective-generic') {
      instrument = 'collective-fund';
      isDevelopment = development;
    } else if (f.instrument === 'individual-budget' && (collective || sharedPot(scope, f, individual))) {
      instrument = 'collective-fund';
    } else if (f.instrument === 'subsidy') {
      // A subsidy paid to the employees themselves is money they control; one paid to employers is not.
      // So is one that employees, named as such, apply for themselves ("medewerkers kunnen via de
      // stichting subsidie aanvragen"): a drawing right on a central budget. "Je" is left out: on a
      // fund's pages it is as often the employer.
      instrument = (scope.has('employeeRecipients') || claimant === 'employee-named') && !employerSide ? 'collective-fund' : 'reimbursement';
      if (employerSide) isDevelopment = false;
    } else if (f.instrument === 'choice-budget') {
      instrument = 'choice-budget';
      isDevelopment = earmarked;
    } else instrument = f.instrument;
    // A fund the employer draws on ("we doen een beroep op het O&O-fonds", "de werkgever vraagt een
    // bijdrage aan bij het sectorfonds") finances the employer, like a subsidy: no money employees control.
    const drawnByEmployer = instrument === 'collective-fund' && claimant === 'employer';
    const stateScheme = f.instrument === 'subsidy' && scope.has('stateSchemes');
    if (drawnByEmployer) isDevelopment = false;
    // A long phrase ("vergoeding van 50 procent ... studiekosten") is named by its last word.
    const named = f.implicit ? f.first : f.last - f.first > 3 || f.instrument === 'reimbursement' ? f.last : f.first;
    const surface = scope.sentence.text.slice(scope.tokens[named].start, scope.tokens[f.last].end);
    return {
      kind: 'instrument',
      instrument,
      surface,
      development: isDevelopment,
      // Hours given off to follow what the budget pays ("voor opleidingen uit je budget krijg je 16 uur vrij")
      // are leave, not the budget's size: a budget named as the source ("uit", "onder", "ten laste van") is not counted in them.
      inTime:
        (instrument === 'individual-budget' || instrument === 'voucher' || instrument === 'learning-account') &&
        ((inTime && !boundaryObject(scope, f.first)) || countsTime(scope, f)),
      granted:
        granted &&
        !(instrument === 'collective-fund' && (namedAsProvider(scope, f, kept, quantities) || sourceOfNamed(scope, kept, f) || givesNamed(scope, kept, f))) &&
        !(TIME_INSTRUMENTS.has(instrument) && teamTrainingForDesign(scope)),
      claimable: instrument === 'collective-fund' && claimable,
      ...(drawnByEmployer ? { drawnByEmployer: true as const } : {}),
      ...(stateScheme ? { stateScheme: true as const } : {}),
      ...(benchmark(f) ? { benchmark: true as const } : {}),
      ...(scope.lex.sets.unitHolders.matchAll(scope.tokens.slice(f.last + 1, f.last + 5)).some((m) => m.first === 0) ? { unitHeld: true as const } : {}),
      ...(instrument === 'individual-budget' && namedPersonal(scope, f.first) ? { personal: true as const } : {}),
      ...(f.instrument === 'individual-budget' && instrument === 'collective-fund' ? { collectiveBySentence: true as const } : {}),
      // "de pot", "het budget": a bare word after a definite determiner points back to what the draft
      // named before, whoever the sentence says the money is for ("uit de pot ... tot € 1.500 per persoon").
      generic: f.bare === true && instrument === 'individual-budget' && (f.implicit === true || !individual || definiteBefore(scope, f.first)),
      implicit: f.implicit === true,
      definition: isDefinition(scope, f),
      range: scope.rangeOf(f.first, f.last),
      sentence: scope.sentence.index,
      // A phrase with a gap carries its own negation: "de kosten van de opleiding worden niet vergoed".
      // A budget named as what something falls under or is paid from ("valt niet onder dit budget",
      // "komt niet ten laste van het budget") exists: the negation is of the other thing.
      negated:
        !boundaryObject(scope, f.first) &&
        (scope.negated(f.first, f.last, false) || scope.tokens.slice(f.first + 1, f.last).some((t) => scope.lex.negators.has(t.lower))),
    };
  });
}

const BOUNDARY_PREPOSITIONS = new Set(['onder', 'uit', 'buiten', 'under', 'from', 'outside']);

/** The mention is the object of "onder", "uit", "buiten" or "ten laste / ten koste van": a budget something falls under or is paid from. */
function boundaryObject(scope: SentenceScope, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && DETERMINERS.has(scope.tokens[i].lower)) i--;
  if (i < 0) return false;
  const word = scope.tokens[i].lower;
  if (BOUNDARY_PREPOSITIONS.has(word)) return true;
  return word === 'van' && i >= 1 && (scope.tokens[i - 1].lower === 'laste' || scope.tokens[i - 1].lower === 'koste');
}

/**
 * A fund named as where something comes from or who provides it ("een adviseur van het
 * opleidingsfonds", "vergoed via het O&O-fonds") is not what the sentence grants, unless an amount
 * stands in its clause.
 */
function namedAsProvider(
  scope: SentenceScope,
  fund: { first: number; last: number },
  kept: ReadonlyArray<{ first: number; last: number }>,
  quantities: Fact[],
): boolean {
  const { tokens, clauses } = scope;
  const start = nameStart(tokens, fund.first);
  if (start < 2 || !scope.lex.sets.providerCues.test(tokens.slice(start - 2, start))) return false;
  // An amount with another instrument between it and the fund is that instrument's, after the fund
  // ("van het fonds een voucher ter waarde van € 250") or before it ("stort € 350 op je leerrekening bij het fonds").
  const givenBetween = (at: number) => kept.some((o) => (o.first > fund.last && o.last < at) || (o.first > at && o.last < fund.first));
  return !quantities.some((q) => {
    if (q.kind !== 'money' && q.kind !== 'percent') return false;
    const at = scope.tokenAt(q.range.start);
    return clauses[at] === clauses[fund.first] && !givenBetween(at);
  });
}

/** Name words a fund's name may carry before its head ("Opleidings- en Ontwikkelingsfonds", "Sociaal Fonds"). */
const NAME_REACH = 6;

/**
 * Where the name a mention belongs to starts: before an elliptic compound ("Opleidings- en
 * Ontwikkelingsfonds": the fund is named from "Opleidings-"), and for an abbreviation in brackets
 * ("het Opleidingsfonds Kappers (O&O-fonds)") where the name it abbreviates starts, so both are read
 * in the role the full name has.
 */
function nameStart(tokens: readonly Token[], first: number): number {
  let start = first;
  if (start >= 1 && tokens[start - 1].text === '(') {
    // Back over the capitalised words of the name the brackets follow.
    let at = start - 2;
    while (at > 0 && start - at <= NAME_REACH && (/^\p{Lu}/u.test(tokens[at].text) || tokens[at].text === '-' || tokens[at].lower === 'en')) at--;
    start = at + 1;
  }
  // The tokenizer splits the hyphen of an elliptic compound off: "Opleidings", "-", "en", "Ontwikkelingsfonds".
  while (
    start >= 3 &&
    (tokens[start - 1].lower === 'en' || tokens[start - 1].lower === 'of') &&
    tokens[start - 2].text === '-' &&
    tokens[start - 3].kind === 'word'
  )
    start -= 3;
  return start;
}

/**
 * A fund named as where another instrument of the sentence comes from: "krijgt een ontwikkelvoucher
 * van € 1.000 uit het sectorfonds". The voucher is granted; the fund is its source, not a second grant.
 */
function sourceOfNamed(scope: SentenceScope, kept: ReadonlyArray<{ first: number; last: number; instrument: string }>, fund: { first: number }): boolean {
  const { tokens } = scope;
  const from = tokens.slice(Math.max(0, fund.first - 3), fund.first).some((t) => t.lower === 'uit' || t.lower === 'from');
  return from && kept.some((o) => o.last < fund.first && PERSONAL_READINGS.has(o.instrument));
}

/**
 * A fund that opens the sentence and grants a personal instrument named after it ("Het Sectorfonds
 * Ambulante Handel heeft besloten een Ontwikkelvoucher beschikbaar te stellen") is its provider: what
 * employees get is the voucher, not a grant of the fund.
 */
function givesNamed(
  scope: SentenceScope,
  kept: ReadonlyArray<{ first: number; last: number; instrument: string }>,
  fund: { first: number; last: number },
): boolean {
  const start = nameStart(scope.tokens, fund.first);
  const opens = start === 0 || (start === 1 && DETERMINERS.has(scope.tokens[0].lower));
  return opens && scope.has('grants') && kept.some((o) => o.first > fund.last && PERSONAL_READINGS.has(o.instrument));
}

/** Readings of money one person holds, which a fund named beside them provides. */
const PERSONAL_READINGS: ReadonlySet<string> = new Set(['voucher', 'individual-budget', 'individual-generic', 'learning-account']);

/** A share of the payroll ("1,5% van de loonsom") is a budget of the organisation. */
function payrollShare(quantities: Fact[]): boolean {
  return quantities.some((q) => q.kind === 'percent' && q.base === 'payroll');
}

/**
 * Who claims or receives the money in the sentence: the first party named before (or, after "door",
 * right behind) the claim ("werkgevers kunnen subsidie aanvragen", "je kunt een vergoeding aanvragen").
 */
const PRONOUNS = new Set(['je', 'jij', 'u', 'you']);

function claimantOf(scope: SentenceScope): 'employer' | 'employee' | 'employee-named' | null {
  const { sets } = scope.lex;
  const claim =
    sets.individualClaims.matchAll(scope.tokens)[0] ??
    sets.grants.matchAll(scope.tokens).find((g) => scope.tokens[g.first].lower === 'aanmerking' || scope.tokens[g.first].lower === 'in');
  if (!claim) return null;
  const before = scope.tokens.slice(0, claim.last + 1);
  const employer = sets.employerClaimants.matchAll(before)[0];
  const employee = sets.employeeClaimants.matchAll(before)[0];
  if (employer && (!employee || employer.first < employee.first)) return 'employer';
  if (employee) return PRONOUNS.has(scope.tokens[employee.first].lower) ? 'employee' : 'employee-named';
  // The agent of a passive, to the end of the claim's clause: "Aanvragen voor scholing uit het
  // opleidingsfonds worden ingediend door de leidinggevende".
  let end = claim.last + 1;
  while (end < scope.tokens.length && scope.clauses[end] === scope.clauses[claim.last]) end++;
  const after = scope.tokens.slice(claim.last + 1, Math.max(end, claim.last + 5));
  const by = after.findIndex((t) => t.lower === 'door');
  if (by >= 0 && sets.employerClaimants.test(after.slice(by + 1))) return 'employer';
  return null;
}

/** Employees, named as such, claim money in this sentence ("Iedere medewerker kan een bijdrage van € 1.000 aanvragen"). */
export function employeesClaim(scope: SentenceScope): boolean {
  return scope.has('individualClaims') && claimantOf(scope) === 'employee-named' && !scope.tokens.some((t) => scope.lex.negators.has(t.lower));
}

/** The employer receives the money ("subsidie voor werkgevers", "aan het bevoegd gezag ter beschikking gesteld"). */
function employerRecipient(scope: SentenceScope): boolean {
  const { tokens } = scope;
  return tokens.some((t, i) => {
    if (t.lower !== 'aan' && t.lower !== 'voor') return false;
    let at = i + 1;
    while (at < tokens.length && DETERMINERS.has(tokens[at].lower)) at++;
    const party = tokens.slice(at, at + 2);
    return (
      scope.lex.sets.employerClaimants.matchAll(party).some((m) => m.first === 0) &&
      !scope.lex.sets.employeeClaimants.matchAll(party).some((m) => m.first === 0)
    );
  });
}

/**
 * Money for development granted without naming an instrument: "De werkgever stelt jaarlijks 1,5% van
 * de loonsom beschikbaar voor opleiding", "Werkgevers storten € 150 per jaar voor elke werknemer".
 * Precision first: an amount per period or a share of the payroll, a development word, granting
 * words, and nothing that makes it a cost, a fee or pay.
 */
function implicitGrant(scope: SentenceScope, quantities: Fact[], development: boolean): Found | null {
  if (scope.has('costCues')) return null;
  const share = payrollShare(quantities);
  const perPeriod = quantities.some((q) => q.kind === 'money' && !q.negated && q.perMonths !== null);
  const perPerson = scope.has('individualCues');
  if (!share && !(perPeriod && (perPerson || scope.has('collectiveCues')))) return null;
  // Without a development word ("Hierin storten werkgevers € 150 per jaar voor elke werknemer") the
  // money can only be the instrument in scope: a generic mention, never a new instrument.
  if (!development && !(perPerson && perPeriod)) return null;
  const grant = scope.lex.sets.implicitGrants.matchAll(scope.tokens)[0];
  if (!grant) return null;
  return {
    first: grant.first,
    last: grant.last,
    instrument: share || !perPerson ? 'collective-generic' : 'individual-generic',
    implicit: true,
    bare: !development,
  };
}

/**
 * A fixed sum for learning under a general money noun: "Alle medewerkers hebben recht op een
 * vergoeding van 2.500 euro waarmee zij opleidingen kunnen volgen". The amount stands right after
 * the noun, the sentence speaks of learning, and no costs or share of costs are reimbursed (that is
 * a study-costs scheme): a budget of one person, named by its noun.
 */
function allowance(scope: SentenceScope, quantities: Fact[], development: boolean): Found | null {
  if (!development && !scope.has('purposes')) return null;
  const grant = scope.lex.sets.allowanceGrants.matchAll(scope.tokens)[0];
  if (!grant) return null;
  if (grant.last + 1 >= scope.tokens.length) return null;
  const after = scope.rangeOf(grant.last + 1, grant.last + 1).start;
  const amount = quantities.find((q) => q.kind === 'money' && !q.negated && q.range.start === after);
  if (!amount) return null;
  const costs =
    scope.tokens.some((t) => t.lower === 'kosten' || t.lower.endsWith('kosten') || t.lower === 'costs') || quantities.some((q) => q.kind === 'percent');
  if (costs) return null;
  const noun = grant.last - 1;
  // Unnamed money: right after a fund employees claim from it is that fund's grant, elsewhere a budget of its own.
  return { first: noun, last: noun, instrument: 'individual-generic', implicit: true, bare: true };
}

/** "ontwikkelbudget: het budget dat ..." or "Onder ontwikkelbudget wordt verstaan ...". */
function isDefinition(scope: SentenceScope, f: Found): boolean {
  const { tokens } = scope;
  const { definitionOpeners, definitionVerbs } = scope.lex.lexicon;
  if (f.first <= 3 && tokens[f.last + 1]?.text === ':') return true;
  return (
    f.first <= 3 &&
    tokens.slice(0, f.first).some((t) => definitionOpeners.includes(t.lower)) &&
    tokens.slice(f.last + 1, f.last + 5).some((t) => definitionVerbs.includes(t.lower))
  );
}

/** The instrument's own words name a unit of time ("ontwikkelbudget in uren"). */
function countsTime(scope: SentenceScope, f: Found): boolean {
  return scope.tokens.slice(f.first, f.last + 1).some((t) => COUNT_UNITS[scope.language].has(t.lower));
}

/** Keeps the longest of overlapping matches (a phrase over the compound it contains). */
function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.first - b.first || b.last - b.first - (a.last - a.first));
  const kept: Found[] = [];
  for (const f of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && f.first <= previous.last) {
      if (f.last - f.first > previous.last - previous.first) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
}
