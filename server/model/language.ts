import type { Language } from './types';

const DUTCH = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'is',
  'voor',
  'werknemer',
  'werkgever',
  'medewerker',
  'wordt',
  'niet',
  'op',
  'aan',
  'bij',
  'zijn',
  'je',
]);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'you', 'your', 'are', 'with', 'employee', 'employer', 'not', 'on', 'be']);

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
