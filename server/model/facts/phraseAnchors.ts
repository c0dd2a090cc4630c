import type { Token } from '../tokens';

/**
 * Where a phrase set can start, so matching skips the tokens that start nothing.
 *
 * A phrase set finds its candidates at a token from the token's word alone (the first word, its
 * first or last KEY letters) or from its verb lemmas (`@lemma`); phrases whose first word is a
 * short or inner wildcard ("*opleiding*") are tried everywhere, and start only where that first
 * word matches, which depends on the word alone too. The sets used to ask every token of a sentence,
 * once per set, and most tokens start nothing in most sets: that was the model's largest cost.
 * Here every set registers the words that can start its phrases; which sets a word can start is
 * worked out once per word form, and once per sentence the tokens are sorted by the sets they can
 * start. A set with verb phrases (`@lemma`) registers its lemmas too, and a token is filed under it
 * only when it carries one of them (filing every token with any lemma under every such set made half
 * of all visits find nothing). Matching then tries exactly the tokens it would have found candidates
 * at before, in the same order, so every match is the same.
 */

/** Wildcards index by their first or last KEY letters (`ontwikkel*` under "ont", `*budget` under "get"). */
export const KEY = 3;

/** Word forms remembered at most; a long-running server meeting endless new words starts over. */
const MEMO_LIMIT = 100_000;

const byWord = new Map<string, number[]>();
const byPrefix = new Map<string, number[]>();
const bySuffix = new Map<string, number[]>();
/** Per verb lemma, the ids (ascending) of the sets with a phrase that opens on it. */
const byLemma = new Map<string, number[]>();
/** Ids of the sets with phrases tried everywhere. */
const anywhere: number[] = [];
/**
 * Per set id, the phrases of the set a word can start by its spelling, or null where none can start
 * there (the keys above only narrow the sets to ask). The phrases are the set's own, opaque here.
 */
const phrasesAt: Array<(word: string) => readonly unknown[] | null> = [];
let setCount = 0;

/**
 * What one word form can start, worked out once: the sets (ids ascending) and, aligned with them,
 * each set's phrases. A set visiting the word takes its phrases from here, so matching looks up no
 * word in the set's own tables (a lookup per set and token was the largest part of matching).
 */
interface WordAnchors {
  readonly sets: readonly number[];
  readonly phrases: ReadonlyArray<readonly unknown[]>;
}

let memo = new Map<string, WordAnchors>();

/**
 * Registers a phrase set by the words, prefixes and suffixes (each of KEY letters) its phrases can
 * start with, whether it has phrases tried everywhere, and `phrases`: the phrases it would try at a
 * word by its spelling, or null where none of its phrases can start there (it may say yes too often,
 * never too seldom; a verb alternative is found through the token's lemmas: `lemmas`, the verbs its
 * phrases can open on). Returns the set's id. Sets are registered once, when a lexicon is compiled.
 */
export function registerAnchors(
  words: Iterable<string>,
  prefixes: Iterable<string>,
  suffixes: Iterable<string>,
  everywhere: boolean,
  phrases: (word: string) => readonly unknown[] | null,
  lemmas: Iterable<string>,
): number {
  const id = setCount++;
  for (const lemma of lemmas) listIn(byLemma, lemma).push(id);
  for (const word of words) listIn(byWord, word).push(id);
  for (const prefix of prefixes) listIn(byPrefix, prefix).push(id);
  for (const suffix of suffixes) listIn(bySuffix, suffix).push(id);
  if (everywhere) anywhere.push(id);
  phrasesAt[id] = phrases;
  // Word forms worked out before did not know this set.
  memo = new Map();
  return id;
}

const NONE: readonly number[] = [];
const NO_PHRASES: readonly unknown[] = [];

/** The ids (ascending) of the sets in which a phrase can start at this word by its spelling. */
export function setsStartingAt(word: string): readonly number[] {
  return anchorsOfWord(word).sets;
}

function anchorsOfWord(word: string): WordAnchors {
  let known = memo.get(word);
  if (known === undefined) {
    if (memo.size >= MEMO_LIMIT) memo = new Map();
    const sets: number[] = [];
    const phrases: Array<readonly unknown[]> = [];
    const asked = unionOf(
      byWord.get(word),
      word.length >= KEY ? byPrefix.get(word.slice(0, KEY)) : undefined,
      word.length >= KEY ? bySuffix.get(word.slice(-KEY)) : undefined,
      anywhere,
    );
    for (const id of asked) {
      const list = phrasesAt[id](word);
      if (list === null) continue;
      sets.push(id);
      phrases.push(list);
    }
    known = { sets, phrases };
    memo.set(word, known);
  }
  return known;
}

function unionOf(...lists: Array<number[] | undefined>): readonly number[] {
  const present = lists.filter((l): l is number[] => l !== undefined && l.length > 0);
  if (present.length === 0) return NONE;
  if (present.length === 1) return present[0];
  return [...new Set(present.flat())].sort((a, b) => a - b);
}

function listIn(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** A sentence's tokens sorted by the phrase sets they can start. */
export interface SentenceAnchors {
  /** How many sets were registered when the sentence was indexed; a set registered later is not in it. */
  readonly sets: number;
  /** Per set id, the positions (ascending) of the tokens whose word or one of whose verb lemmas can start one of its phrases. */
  readonly bySet: ReadonlyArray<readonly number[] | undefined>;
  /** Per set id, aligned with `bySet`: the set's phrases each of those tokens can start by its spelling (none where only a lemma opens one). */
  readonly phrasesBySet: ReadonlyArray<ReadonlyArray<readonly unknown[]> | undefined>;
}

const indexed = new WeakMap<readonly Token[], SentenceAnchors>();

/**
 * Indexes a sentence's tokens for matching. Call it once the tokens are final (after the morphology
 * has set their lemmas); the array and its tokens must not change afterwards.
 */
export function indexAnchors(tokens: readonly Token[]): void {
  const bySet: Array<number[] | undefined> = new Array<number[] | undefined>(setCount);
  const phrasesBySet: Array<Array<readonly unknown[]> | undefined> = new Array<Array<readonly unknown[]> | undefined>(setCount);
  for (let i = 0; i < tokens.length; i++) {
    const word = anchorsOfWord(tokens[i].lower);
    for (let k = 0; k < word.sets.length; k++) {
      const id = word.sets[k];
      (bySet[id] ??= []).push(i);
      (phrasesBySet[id] ??= []).push(word.phrases[k]);
    }
    const lemmas = tokens[i].lemmas;
    if (lemmas === undefined) continue;
    for (const lemma of lemmas) {
      for (const id of byLemma.get(lemma) ?? NONE) {
        const positions = (bySet[id] ??= []);
        // The token is filed once per set, though its word and several lemmas may all open phrases there.
        if (positions[positions.length - 1] === i) continue;
        positions.push(i);
        (phrasesBySet[id] ??= []).push(NO_PHRASES);
      }
    }
  }
  indexed.set(tokens, { sets: setCount, bySet, phrasesBySet });
}

/** The index of a token array indexAnchors was given, if any. */
export function anchorsOf(tokens: readonly Token[]): SentenceAnchors | undefined {
  return indexed.get(tokens);
}
