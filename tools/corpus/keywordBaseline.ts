import type { CorpusLinter } from './score';

/**
 * The yardstick the accuracy work is measured against: a plain keyword list per rule, as a
 * Vale-style existence/absence style would write it from the rule catalogue. A rule "fires" on a
 * document when one of its trigger words occurs and none of the words that satisfy it does (or one
 * of its violation words occurs). It knows no sentences, scope, negation or word forms beyond the
 * stems written here. caolint must beat it clearly on every rule; if it comes close, caolint is
 * reading words, not Dutch.
 */
interface KeywordRule {
  /** The rule applies: the draft grants what the rule is about. */
  applies: RegExp;
  /** Words that satisfy the rule when the draft has them anywhere. */
  satisfied?: RegExp;
  /** Words that break the rule wherever they occur (fires even when satisfied words exist). */
  violates?: RegExp;
}

const budget = /\b(\w*budget\w*|leerrekening|ontwikkelrekening|pob|plb|scholingsvoucher\w*|voucher\w*)\b/i;
const devBudget =
  /\b(opleidings|ontwikkel|scholings|loopbaan|leer|persoonlijk ontwikkel|studie)\w*budget\w*|\b(pob|plb|leerrekening|ontwikkelrekening|\w*voucher\w*)\b/i;
const days = /\b(ontwikkel|opleidings|scholings|studie|leer)(dag|dagen|uren|uur|verlof)\b/i;
const entitlement = /\b(\w*budget\w*|\w*verlof|\w*dagen|\w*uren|voucher\w*|\w*fonds|vergoeding|recht op)\b/i;

const rules: Record<string, KeywordRule> = {
  'budget-spending-period': {
    applies: devBudget,
    satisfied: /\b(sparen|gespaard|opsparen|meenemen|meegenomen|overgeheveld|drie jaar|\d+ jaar|36 maanden|24 maanden)\b/i,
    violates: /\b(vervalt|vervallen|kalenderjaar)\b/i,
  },
  'budget-earmarking': {
    applies: budget,
    satisfied: /\b(besteed(?:en)? aan|bestemd voor|te besteden aan|bestedingsdoel\w*|gebruiken voor|opleiding\w*|cursus\w*|training\w*)\b/i,
  },
  'support-lower-educated': {
    applies: devBudget,
    satisfied: /\b(laag opgeleid\w*|lager opgeleid\w*|laaggeletterd\w*|mbo|praktisch geschoold\w*|ouder\w* medewerker\w*)\b/i,
  },
  'entitlement-communication': {
    applies: entitlement,
    satisfied: /\b(informeert|ge[ïi]nformeerd|voorlichting|onder de aandacht|intranet|loonstrook|jaargesprek|ontwikkelgesprek|overzicht)\b/i,
  },
  'budget-amount': {
    applies: devBudget,
    satisfied: /€\s?\d|\b(eur|euro)\b/i,
    // An amount in the hundreds below the reference figure, or under a hundred.
    violates: /(€|\beur)\s?([1-6]\d{2}|[1-9]\d)(,-|,00)?(?![\d.])/i,
  },
  'budget-consistency': {
    applies: /\b(totaal|in totaal|pot|fonds)\b/i,
    violates: /\bmaximaal\s+€/i,
  },
  'learning-account-terms': {
    applies: /\b(leerrekening|ontwikkelrekening)\b/i,
    satisfied: /\b(meeneembaar|andere werkgever|uitzendkracht\w*|fiscaal|fiscale)\b/i,
  },
  'voucher-terms': {
    applies: /\b(\w*voucher\w*|trekkingsrecht\w*)\b/i,
    satisfied: /\b(terug naar|aanvraag|aanvragen)\b/i,
  },
  'subsidy-conditions': {
    applies: /\b(subsidie\w*|tegemoetkoming|stap-budget|slim|o&o-fonds|sectorfonds|fiscale aftrek)\b/i,
    satisfied: /\b(voorwaarden|aantonen|verantwoording)\b/i,
  },
  'budget-needs-time': {
    applies: devBudget,
    satisfied: /\b(werktijd|studieverlof|opleidingsverlof|ontwikkeldag\w*|scholingsdag\w*|ontwikkeluren|studie-uren|betaald verlof)\b/i,
  },
  'development-days-lapse': {
    applies: days,
    violates: /\b(vervallen|vervalt|niet worden meegenomen)\b/i,
  },
  'development-days-support': {
    applies: days,
    satisfied: /\b(gesprek|advies|vervanging|planning|ingeroosterd)\b/i,
  },
  'lummeltijd-terms': {
    applies: /\b(lummeltijd|innovatie-uren|innovatietijd|eigen ontwikkeltijd)\b/i,
    satisfied: /\b(uur|uren) per (maand|week)\b/i,
  },
  'combination-project-terms': {
    applies: /\b(combinatieproject\w*|leerwerkplek\w*|leerwerktraject\w*)\b/i,
    satisfied: /\b(diploma|certificaat|inwerk\w*|gedeeltelijk inzetbaar)\b/i,
  },
  'rotation-pace': {
    applies: /\b(rotatie|roulatie|rouleren|rouleert|taakroulatie)\b/i,
    satisfied: /\b(\d+|drie|vier|zes) maanden\b/i,
  },
  'enrichment-authority': {
    applies: /\b(taakverrijking|zelfroosteren|zelfsturend\w*|zelforganiserend\w*)\b/i,
    satisfied: /\b(bevoegdhe\w*|mandaat|mag beslissen|mogen beslissen)\b/i,
  },
  'task-change-workload': {
    applies: /\b(taakherontwerp|nieuwe taken|taken veranderen|functiewijziging)\b/i,
    satisfied: /\b(werkdruk)\b/i,
  },
  'meeting-group-size': {
    applies: /\b(werkoverleg|werkgroep|verbeterteam)\b/i,
    violates: /\b([2-9]\d|1\d\d) (deelnemers|medewerkers|personen|leden)\b/i,
  },
  'working-group-mandate': {
    applies: /\bwerkgroep\w*\b/i,
    satisfied: /\b(advies wordt|reageert|beantwoordt|besluit)\b/i,
  },
  'participation-conditions': {
    applies: /\b(werkgroep\w*|verbeterteam\w*)\b/i,
    satisfied: /\b(tijd|ondersteuning|samenstelling|veilig\w*)\b/i,
  },
  'job-crafting-ownership': {
    applies: /\bjob ?crafting\b/i,
    violates: /\b(leidinggevende bepaalt|leidinggevende beslist)\b/i,
  },
  // The drafting rules as a word list would write them: it cannot look a reference up, count
  // articles or know which word is defined, so it can only guess from the words.
  'article-reference': {
    applies: /\b(artikel|art\.|bijlage)\s+\d/i,
    violates: /\b(zie|bedoeld in|genoemd in|volgens)\s+(artikel|bijlage)\s+\d/i,
  },
  'article-numbering': {
    applies: /^\W*artikel\s+\d/im,
    violates: /\b(vervallen|hernummerd)\b/i,
  },
  'defined-term-consistency': {
    applies: /\b(verstaan onder|begripsbepaling\w*)\b/i,
    violates: /\bmedewerker\w*\b/i,
  },
  'amount-format': {
    applies: /€\s?\d/,
    violates: /\bEUR\s?\d|\d\s?euro\b/,
  },
};

/** The keyword-list yardstick as a corpus linter: one document-level finding per rule that fires. */
export const keywordBaseline: CorpusLinter = (text) =>
  Object.entries(rules)
    .filter(([, rule]) => rule.applies.test(text) && (rule.violates?.test(text) || (rule.satisfied !== undefined && !rule.satisfied.test(text))))
    .map(([ruleId]) => ({ ruleId, range: { start: 0, end: 0 }, message: 'keyword list' }));
