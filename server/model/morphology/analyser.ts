import type { Token } from '../tokens';
import { verbForms, type VerbKnowledge } from './dutchVerbs';

/** Folds letters with diacritics ("geïnformeerd", "beëindigd") so forms match however they are typed. */
export function fold(word: string): string {
  // Most words have no diacritics and fold to themselves; normalising every token again was a visible cost.
  if (isAscii(word)) return word;
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Gives every token the verb lemmas it is a form of, for the verbs the lexicon names (`@lemma`).
 * A base form of a separable verb ("neemt") is that verb only when its particle ("mee") stands in
 * the same clause: main-clause order puts the particle at the end ("neem je niet mee"), a modal
 * puts it before the infinitive ("mee kunnen nemen", "mee te nemen").
 */
export class MorphologyAnalyser {
  private readonly joined = new Map<string, string[]>();
  private readonly split = new Map<string, Array<{ particle: string; lemma: string }>>();
  private readonly determiners: ReadonlySet<string>;

  constructor(lemmas: Iterable<string>, knowledge: VerbKnowledge | null) {
    this.determiners = new Set(knowledge?.determiners ?? []);
    for (const lemma of lemmas) {
      if (!knowledge) {
        // A language without verb knowledge still matches the lemma as written.
        add(this.joined, lemma, lemma);
        continue;
      }
      const forms = verbForms(lemma, knowledge);
      for (const form of forms.joined) add(this.joined, fold(form), lemma);
      if (forms.split) for (const form of forms.split.forms) addSplit(this.split, fold(form), { particle: forms.split.particle, lemma });
    }
  }

  /** Whether the token is a form of a known verb (written whole, or the base of a separable one). */
  isVerbForm(token: Token): boolean {
    const word = fold(token.lower);
    return this.joined.has(word) || this.split.has(word);
  }

  /** Sets `lemmas` on every token that is a form of a known verb; `clauses` gives each token's clause. */
  annotate(tokens: Token[], clauses: readonly number[]): void {
    if (this.split.size === 0 && this.joined.size === 0) return;
    // The words of each clause are counted only for a sentence with a separable verb's base form in it (few are).
    let wordsOfClause: Map<number, Map<string, number>> | null = null;
    const countWords = () => {
      const counted = new Map<number, Map<string, number>>();
      tokens.forEach((t, i) => {
        // A particle right before a determiner heads a phrase of its own: "door de werkgever betaald" is no "doorbetaald".
        if (this.determiners.has(tokens[i + 1]?.lower ?? '')) return;
        const words = counted.get(clauses[i]) ?? new Map<string, number>();
        words.set(t.lower, (words.get(t.lower) ?? 0) + 1);
        counted.set(clauses[i], words);
      });
      return counted;
    };
    // The particle must be another token than the verb itself.
    const particleInClause = (at: number, particle: string) => {
      wordsOfClause ??= countWords();
      const count = wordsOfClause.get(clauses[at])?.get(particle) ?? 0;
      const self = tokens[at].lower === particle && !this.determiners.has(tokens[at + 1]?.lower ?? '');
      return count > (self ? 1 : 0);
    };
    for (let i = 0; i < tokens.length; i++) {
      const word = fold(tokens[i].lower);
      const joined = this.joined.get(word);
      const split = this.split.get(word);
      // Most words are no form of a known verb.
      if (joined === undefined && split === undefined) continue;
      const noun = i > 0 && this.determiners.has(tokens[i - 1].lower);
      // A bare stem after a determiner is the noun made from it: "het verloop onder het personeel",
      // "na de afloop", "het verval"; a participle there stays the verb ("de vervallen dagen").
      const stemOf = (lemma: string) => this.joined.get(`${word}t`)?.includes(lemma) ?? false;
      const lemmas = (joined ?? []).filter((lemma) => !(noun && stemOf(lemma)));
      for (const { particle, lemma } of split ?? []) {
        if (!noun && !lemmas.includes(lemma) && particleInClause(i, particle)) lemmas.push(lemma);
      }
      if (lemmas.length > 0) tokens[i].lemmas = lemmas;
    }
  }
}

function add(map: Map<string, string[]>, key: string, lemma: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [lemma]);
  else if (!list.includes(lemma)) list.push(lemma);
}

function addSplit(map: Map<string, Array<{ particle: string; lemma: string }>>, key: string, entry: { particle: string; lemma: string }): void {
  const list = map.get(key) ?? [];
  if (!list.some((e) => e.lemma === entry.lemma)) list.push(entry);
  map.set(key, list);
}
