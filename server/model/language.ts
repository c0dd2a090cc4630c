import type { Language } from './types';

// Words of one language only: "of", "is", "in" and "over" are both and count for neither, so a short
// Dutch sentence with "of" ("... geen diploma of vinden rekenen moeilijk") is not taken for English.
const DUTCH = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'voor',
  'werknemer',
  'werknemers',
  'werkgever',
  'medewerker',
  'medewerkers',
  'wordt',
  'worden',
  'niet',
  'geen',
  'op',
  'aan',
  'bij',
  'zijn',
  'je',
  'hebben',
  'heeft',
  'met',
  'die',
  'dat',
  'ook',
  'kan',
  'naar',
]);
const ENGLISH = new Set([
  'the',
  'a',
  'an',
  'and',
  'to',
  'for',
  'you',
  'your',
  'are',
  'with',
  'employee',
  'employees',
  'employer',
  'not',
  'on',
  'be',
  'will',
  'can',
  'have',
  'has',
  'that',
]);

/** Dutch or English, by counting common function words in the first blocks of the draft. */
export function detectLanguage(texts: string[]): Language {
  let nl = 0;
  let en = 0;
  let seen = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (DUTCH.has(word)) nl++;
      if (ENGLISH.has(word)) en++;
      if (++seen > 4000) return en > nl ? 'en' : 'nl';
    }
  }
  return en > nl ? 'en' : 'nl';
}
