/**
 * Remembers what a pure reading of one word gave, per word form. The readers ask the same words
 * (a number word, a person noun, a compound) sentence after sentence; the answer depends only on the
 * word and on lexicon data that never changes once loaded, so it is worked out once per word form.
 * The context (a language, or one of the lexicon's own objects) is a key too, so a reading of the
 * same word under another lexicon is its own.
 */

/** Word forms remembered per context at most; a long-running server meeting endless new words starts over. */
const LIMIT = 50_000;

/** The words remembered per context. */
class WordMemo<C, R> {
  private readonly byContext = new Map<C, Map<string, R>>();
  // The context asked last: a document is read under one language and one lexicon.
  private lastContext: C | undefined;
  private lastWords: Map<string, R> | undefined;

  words(context: C): Map<string, R> {
    let words = context === this.lastContext ? this.lastWords : this.byContext.get(context);
    if (!words) this.byContext.set(context, (words = new Map()));
    else if (words.size >= LIMIT) words.clear();
    this.lastContext = context;
    this.lastWords = words;
    return words;
  }
}

/** `read(context, word)`, remembered per context and word form. `read` must be pure. */
export function memoPerWord<C, R>(read: (context: C, word: string) => R): (context: C, word: string) => R {
  const memo = new WordMemo<C, R>();
  return (context, word) => {
    const words = memo.words(context);
    const known = words.get(word);
    // `has` only on a miss: a reading may itself be undefined.
    if (known !== undefined || words.has(word)) return known as R;
    const value = read(context, word);
    words.set(word, value);
    return value;
  };
}

/** `read(word, context)`, remembered per context and word form. `read` must be pure. */
export function memoPerWordFirst<C, R>(read: (word: string, context: C) => R): (word: string, context: C) => R {
  const memo = memoPerWord((context: C, word: string) => read(word, context));
  return (word, context) => memo(context, word);
}
