import type { PolicyDocument } from '../types';

const TERM_WORDS = /\b(looptijd|loopt|cao|collectieve arbeidsovereenkomst|geldig|term of (this|the) agreement)\b/i;

/**
 * The cao's term in months, when the draft states it: a period in a sentence about the term
 * ("Deze cao heeft een looptijd van 24 maanden", "juli 2024 tot en met juni 2026" on the title page).
 */
export function caoTermMonths(doc: PolicyDocument): number | null {
  for (const sentence of doc.sentences) {
    const nearTitle = sentence.index < 12;
    if (!nearTitle && !TERM_WORDS.test(sentence.text)) continue;
    for (const i of sentence.facts) {
      const fact = doc.facts[i];
      if (fact.kind === 'duration' && fact.form === 'period' && fact.months !== null && fact.months >= 6 && fact.months <= 120) {
        if (nearTitle || /looptijd|loopt|geldig|term/i.test(sentence.text)) return fact.months;
      }
    }
  }
  return null;
}
