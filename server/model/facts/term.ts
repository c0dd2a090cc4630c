import type { PolicyDocument } from '../types';

/** Sentences this close to the start are the title page, where a cao names its term ("juli 2024 tot en met juni 2026"). */
const TITLE_SENTENCES = 12;

/**
 * The cao's term in months, when the draft states it: a period on the title page or in a sentence
 * about a term ("Deze cao heeft een looptijd van 24 maanden", "loopt van 1 juli 2024 tot en met 30 juni 2026").
 */
export function caoTermMonths(doc: PolicyDocument): number | null {
  for (const fact of doc.facts) {
    if (fact.kind !== 'duration' || fact.form !== 'period' || fact.months === null || fact.months < 6 || fact.months > 120) continue;
    if (fact.sentence < TITLE_SENTENCES || fact.ofTerm) return fact.months;
  }
  return null;
}
