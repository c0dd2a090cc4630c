import type { InstrumentFact, MoneyFact, PercentFact, PolicyDocument, SchemeTermFact } from './types';
import { BUDGET_INSTRUMENTS, continuation, factsInSentence, factsInSentences, INDIVIDUAL_INSTRUMENTS, positive } from './query';
import { provisions, provisionScope, type Provision } from './provisions';

/**
 * What the draft says about the size of its development budgets: the amounts and percentages
 * stated with a budget, and budgets stated without any figure. Read from facts and the article
 * tree only.
 */

export type Figure = MoneyFact | PercentFact;

/** One sentence that speaks of a development budget, with the figures that size it. */
export interface BudgetStatement {
  sentence: number;
  /** The budget mentioned (the first development budget of the sentence). */
  instrument: InstrumentFact;
  /** The budget belongs to one person (budget, account, voucher) rather than to the organisation. */
  individual: boolean;
  figures: Figure[];
}

/**
 * The figures that size the budget of sentence `s`: the amounts and percentages in the sentence,
 * or, when it has none, in the sentences right after it in the same member or article ("Dat
 * budget bedraagt ten minste 1% van de loonsom", "Het bedraagt ..."), up to the next sentence
 * that speaks of another instrument.
 */
export function figuresNear(doc: PolicyDocument, s: number, ahead = 2): Figure[] {
  const own = figuresIn(doc, s);
  if (own.length > 0) return own;
  const kinds = new Set(factsInSentence(doc, s, 'instrument').map((f) => f.instrument));
  // A sentence that names no instrument ("Hoeveel geld er is, staat hieronder.") speaks of the one named next.
  for (const n of continuation(doc, s, kinds.size > 0 ? kinds : null, ahead)) {
    const found = figuresIn(doc, n);
    if (found.length > 0) return found;
  }
  return [];
}

function figuresIn(doc: PolicyDocument, s: number): Figure[] {
  // A maximum inside the list of what the budget may be spent on ("besteed aan: ... d. vakliteratuur,
  // tot € 250 per jaar") caps one use; it does not size the budget.
  const listStart = factsInSentence(doc, s, 'purpose').find((p) => p.purpose === 'list' && !p.negated)?.range.start ?? Infinity;
  const capsAnItem = (f: Figure) => f.kind === 'money' && f.qualifier === 'max' && f.range.start > listStart;
  return [...factsInSentence(doc, s, 'money'), ...factsInSentence(doc, s, 'percent')]
    .filter((f) => !f.negated && !capsAnItem(f))
    .sort((a, b) => a.range.start - b.range.start);
}

/** Every sentence that speaks of a development budget (not one in hours), with its figures. */
export function budgetStatements(doc: PolicyDocument): BudgetStatement[] {
  const out: BudgetStatement[] = [];
  const seen = new Set<number>();
  // A mention whose own sentence says nothing of learning ("elke locatie krijgt een teambudget van
  // 0,8% van de loonsom") is a development budget when its provision is ("Dat budget is bedoeld voor training").
  const ofDevelopmentProvision = new Set(provisions(doc, BUDGET_INSTRUMENTS).flatMap((p) => p.mentions));
  for (const instrument of positive(doc, 'instrument')) {
    if (!BUDGET_INSTRUMENTS.has(instrument.instrument) || !(instrument.development || ofDevelopmentProvision.has(instrument)) || instrument.inTime) continue;
    if (seen.has(instrument.sentence)) continue;
    seen.add(instrument.sentence);
    out.push({
      sentence: instrument.sentence,
      instrument,
      individual: INDIVIDUAL_INSTRUMENTS.has(instrument.instrument),
      figures: figuresNear(doc, instrument.sentence),
    });
  }
  sizeFromScope(doc, out);
  return out;
}

/**
 * A budget whose mentions carry no figure nearby, in a scope that states exactly one amount per
 * person per period, is sized by that amount: a mail that announces "een persoonlijk
 * opleidingsbudget" and answers "Hoeveel?" further down with "Iedereen krijgt € 500 per
 * kalenderjaar". Two amounts in the scope leave it open (a cap on one use, a second budget).
 */
function sizeFromScope(doc: PolicyDocument, statements: BudgetStatement[]): void {
  for (const provision of provisions(doc, BUDGET_INSTRUMENTS)) {
    if (!provision.granted || provision.inTime) continue;
    const own = statements.filter((st) => provision.mentions.includes(st.instrument));
    if (own.length === 0 || own.some((st) => st.figures.length > 0)) continue;
    // A cap on one use ("vakliteratuur tot maximaal € 150 per jaar") sizes no budget and leaves the size to the other.
    const amounts = factsInSentences(doc, provisionScope(doc, provision), 'money').filter((m) => !m.negated && m.qualifier !== 'max');
    if (new Set(amounts.map((m) => `${m.amount}/${m.perMonths}`)).size !== 1) continue;
    const [only] = amounts;
    if (only.perPerson && only.perMonths !== null && only.qualifier === 'exact') own[0].figures = [only];
  }
}

/** The yearly value of an amount stated per period; null when no period is stated. */
export function yearly(money: MoneyFact): number | null {
  return money.perMonths === null || money.perMonths <= 0 ? null : (money.amount * 12) / money.perMonths;
}

/** Statements of a budget without a figure ("een bedrag van beschikbaar", "een jaarlijks te bepalen budget") that no nearby figure fills in. */
export function figurelessStatements(doc: PolicyDocument): SchemeTermFact[] {
  return positive(doc, 'scheme-term').filter((f) => f.term === 'unquantified' && figuresNear(doc, f.sentence).length === 0);
}

/** Granted development budgets in money whose whole scope (units, definitions, referenced articles) states no figure. */
export function budgetsWithoutFigures(doc: PolicyDocument): Provision[] {
  return budgetsGranted(doc).filter((p) => {
    const scope = provisionScope(doc, p);
    const figures = [...factsInSentences(doc, scope, 'money'), ...factsInSentences(doc, scope, 'percent')].filter((f) => !f.negated);
    return figures.length === 0;
  });
}

/** The development budgets in money the draft grants (not a budget in hours, not a passing mention), in document order. */
export function budgetsGranted(doc: PolicyDocument): Provision[] {
  return provisions(doc, BUDGET_INSTRUMENTS).filter((p) => p.granted && !p.inTime);
}
