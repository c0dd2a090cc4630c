import { tokenize, type Token } from './tokens';
import { NUMBER_WORDS, PER_WORDS, RATE_PERIOD_LINKS, RATE_PERIOD_NOUNS, TIME_UNITS } from './lexicon/numbers';
import type { DefinedTerm, DurationFact, Fact, Language, Sentence } from './types';

/**
 * Periods a draft names and defines itself: "budgetperiode: een aaneengesloten periode van twee
 * kalenderjaren". Where the draft then says "per budgetperiode" or "binnen de budgetperiode", it
 * speaks of that many months, as if it had written them: a rate ("€ 900 per budgetperiode" is € 900
 * per 24 months) or a period ("moet binnen de budgetperiode zijn besteed"). The readers do not know
 * the draft's own words, so these durations are added once the definitions are read.
 */
export function definedPeriodFacts(
  text: string,
  sentences: readonly Sentence[],
  definitions: readonly DefinedTerm[],
  facts: Fact[],
  language: Language,
): Fact[] {
  const periods = new Map<string, { months: number; from: number }>();
  // A list of definitions is often one sentence: it is tokenised once, not once per term it defines.
  const tokensOf = new Map<number, Token[]>();
  for (const d of definitions) {
    if (!PERIOD_NOUN_IN.test(sentences[d.sentence].text)) continue;
    let tokens = tokensOf.get(d.sentence);
    if (!tokens) tokensOf.set(d.sentence, (tokens = tokenize(sentences[d.sentence].text)));
    const months = periodLength(tokens, d.term, language);
    if (months !== null) periods.set(d.term, { months, from: d.sentence });
  }
  if (periods.size === 0) return [];
  const lowered = text.toLowerCase();
  const out: Fact[] = [];
  const names = [...periods.keys()];
  for (const sentence of sentences) {
    const lower = sentence.text.toLowerCase();
    if (!names.some((name) => lower.includes(name))) continue;
    const tokens = tokensOf.get(sentence.index) ?? tokenize(sentence.text);
    tokens.forEach((token, i) => {
      const period = periods.get(token.lower) ?? periods.get(token.lower.replace(/(n|s)$/, ''));
      if (!period || sentence.index <= period.from) return;
      const at = lowered.indexOf(token.lower, sentence.range.start);
      if (at < 0 || at >= sentence.range.end) return;
      const per = PER_WORDS.has(tokens[i - 1]?.lower ?? '');
      const duration: DurationFact = {
        kind: 'duration',
        months: period.months,
        form: per ? 'per' : 'period',
        ofTerm: false,
        range: { start: at, end: at + token.lower.length },
        sentence: sentence.index,
        negated: false,
      };
      out.push(duration);
      // "heeft per budgetperiode recht op een ontwikkelbudget van € 900": the sum is per that period.
      if (per) for (const f of facts) if (f.sentence === sentence.index && f.kind === 'money' && f.perMonths === null && !f.total) f.perMonths = period.months;
    });
  }
  return out;
}

/** A cheap first look: no period noun in the sentence, no period defined in it. */
const PERIOD_NOUN_IN = new RegExp(`(?:${[...RATE_PERIOD_NOUNS].join('|')})\\s`, 'iu');

/** The months of "term: (een) (aaneengesloten) periode van N (kalender)jaren", or null. */
function periodLength(tokens: readonly Token[], term: string, language: Language): number | null {
  const start = tokens.findIndex((t, i) => t.lower === term && tokens[i + 1]?.text === ':');
  if (start < 0) return null;
  for (let i = start + 2; i < Math.min(tokens.length - 3, start + 8); i++) {
    if (!RATE_PERIOD_NOUNS.has(tokens[i].lower) || !RATE_PERIOD_LINKS.has(tokens[i + 1].lower)) continue;
    const count = /^\d+$/.test(tokens[i + 2].text) ? Number(tokens[i + 2].text) : (NUMBER_WORDS[language].get(tokens[i + 2].lower) ?? null);
    const unit = TIME_UNITS[language].get(tokens[i + 3].lower);
    return count !== null && unit !== undefined ? count * unit : null;
  }
  return null;
}
