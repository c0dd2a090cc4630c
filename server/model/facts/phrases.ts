import { foldEmphasis, tokenize, type Token } from '../tokens';
import { anchorsOf, KEY, registerAnchors, setsStartingAt } from './phraseAnchors';

/**
 * A tiny phrase language for lexicon entries, matched token by token (never over raw text):
 *   `vervalt`            the word itself (lower case)
 *   `vervalt|vervallen`  any of these words
 *   `ontwikkel*`         a word starting with..., `*budget` ending with..., `*budget*` containing...
 *   `@vervallen`         any form of the verb (server/model/morphology): "vervalt", "verviel",
 *                        and for a separable verb ("@meenemen") also "neemt ... mee" in one clause
 *   `~`                  a gap of up to GAP words, not crossing , ; : ( )
 * Every phrase is tried only at tokens its first element can match, and gaps are bounded, so
 * matching is linear in the number of tokens. A sentence indexed by phraseAnchors.ts is not even
 * walked: a set visits only the tokens that can start one of its phrases.
 */
export interface PhraseMatch<T> {
  value: T;
  first: number;
  last: number;
}

type Test = (token: Token) => boolean;
type WordTest = (word: string, token: Token) => boolean;
type Element = { test: Test } | { gap: true };

interface Compiled<T> {
  elements: Element[];
  value: T;
  /** The first element's test where it depends on the word alone (no gap, no verb alternative); else null. */
  opensWith: Test | null;
}

const GAP = 6;

/**
 * Word forms whose candidates a set remembers at most; a long-running server meeting endless new
 * words starts over. The whole shared corpus (90 texts) leaves at most about 2,200 in one set.
 */
const CANDIDATE_LIMIT = 5_000;

function compileWord(spec: string): Test {
  const parts = spec.split('|');
  // Plain words are one lookup however many there are; only wildcards and lemmas need a test each.
  const plain = (alt: string) => !alt.startsWith('@') && !alt.startsWith('*') && !alt.endsWith('*');
  const words = parts.filter(plain);
  const alternatives = parts
    .filter((alt) => !plain(alt))
    .map((alt): WordTest => {
      if (alt.startsWith('@')) {
        const lemma = alt.slice(1);
        return (_w: string, token: Token) => token.lemmas?.includes(lemma) === true;
      }
      if (alt.startsWith('*') && alt.endsWith('*') && alt.length > 2) {
        const inner = alt.slice(1, -1);
        return (w: string) => w.includes(inner);
      }
      if (alt.startsWith('*')) {
        const suffix = alt.slice(1);
        return (w: string) => w.endsWith(suffix);
      }
      const prefix = alt.slice(0, -1);
      return (w: string) => w.startsWith(prefix);
    });
  if (words.length === 1) {
    const only = words[0];
    alternatives.unshift((w: string) => w === only);
  } else if (words.length > 1) {
    const set = new Set(words);
    alternatives.unshift((w: string) => set.has(w));
  }
  // Called for every token a phrase is tried at: one alternative is tested without a loop around it.
  if (alternatives.length === 1) {
    const only = alternatives[0];
    return (token) => only(token.lower, token);
  }
  return (token) => {
    for (const f of alternatives) if (f(token.lower, token)) return true;
    return false;
  };
}

const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '.']);

/**
 * Text is matched token by token, and the tokeniser cuts some written words in pieces: "t/m" is
 * "t", "/", "m"; "45-plusser" is "45", "-", "plusser"; "e.g." is four tokens. An alternative
 * written as such a word is matched as its pieces in a row: the phrase is repeated with the slot
 * holding the pieces, next to the phrase with the slot's one-token alternatives.
 */
function* withWholeWords<T>(entries: Iterable<[string, T]>): Iterable<[string, T]> {
  for (const [phrase, value] of entries) {
    // Written the way tokens are read: "privétijd" is met as "privetijd" (tokens.ts drops stress accents).
    const parts = phrase
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .map((part) => part.split('|').map(foldEmphasis).join('|'));
    for (const variant of spelledOut(parts)) yield [variant, value];
  }
}

function spelledOut(parts: readonly string[]): string[] {
  const at = parts.findIndex((part) => part !== '~' && part.split('|').some((alt) => piecesOf(alt) !== null));
  if (at < 0) return [parts.join(' ')];
  const alternatives = parts[at].split('|');
  const single = alternatives.filter((alt) => piecesOf(alt) === null);
  const slots = [...(single.length > 0 ? [single.join('|')] : []), ...alternatives.map(piecesOf).filter((p): p is string => p !== null)];
  const before = parts.slice(0, at);
  return slots.flatMap((slot) => spelledOut([...before, ...slot.split(' '), ...parts.slice(at + 1)]));
}

/** The pieces of a multi-token alternative, space-separated, its wildcards kept at its ends; null for one token. */
function piecesOf(alternative: string): string | null {
  if (alternative.startsWith('@')) return null;
  const lead = alternative.startsWith('*') ? '*' : '';
  const tail = alternative.endsWith('*') && alternative.length > 1 ? '*' : '';
  const core = alternative.slice(lead.length, alternative.length - tail.length);
  if (core === '') return null;
  // A wildcard goes on with letters: "mbo-*" is one token in "mbo-4-diploma", so it is read with a letter in its place.
  const pieces = tokenize(`${lead ? 'x' : ''}${core}${tail ? 'x' : ''}`).map((t) => t.lower);
  if (pieces.length <= 1) return null;
  if (lead) pieces[0] = pieces[0].slice(1);
  if (tail) pieces[pieces.length - 1] = pieces[pieces.length - 1].slice(0, -1);
  if (pieces.some((p) => p === '')) return null;
  pieces[0] = lead + pieces[0];
  pieces[pieces.length - 1] += tail;
  return pieces.join(' ');
}

export class PhraseSet<T> {
  private readonly byFirstWord = new Map<string, Compiled<T>[]>();
  private readonly byPrefix = new Map<string, Compiled<T>[]>();
  private readonly bySuffix = new Map<string, Compiled<T>[]>();
  private readonly byLemma = new Map<string, Compiled<T>[]>();
  /** Phrases whose first word is a short or inner wildcard: tried at every token. */
  private readonly anywhere: Compiled<T>[] = [];

  private readonly lemmaNames = new Set<string>();
  /** The most tokens one match can cover (a gap covers up to GAP): matching at a token looks no further. */
  readonly span: number = 0;
  /** This set's id among the sets phraseAnchors.ts knows. */
  private readonly id: number;
  /** Per word form met at a candidate position, the phrases it can start by its spelling. */
  private readonly candidates = new Map<string, readonly Compiled<T>[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of withWholeWords(entries)) {
      const parts = phrase.trim().toLowerCase().split(/\s+/);
      for (const part of parts) for (const alt of part.split('|')) if (alt.startsWith('@')) this.lemmaNames.add(alt.slice(1));
      const elements: Element[] = parts.map((p) => (p === '~' ? { gap: true as const } : { test: compileWord(p) }));
      this.span = Math.max(
        this.span,
        elements.reduce((n, e) => n + ('gap' in e ? GAP : 1), 0),
      );
      const alternatives = parts[0].split('|');
      const first = elements[0];
      const opensWith = 'test' in first && !alternatives.some((a) => a.startsWith('@')) ? first.test : null;
      const compiled: Compiled<T> = { elements, value, opensWith };
      // Verb alternatives are found through the token's lemmas, the others through their words.
      for (const alt of alternatives.filter((a) => a.startsWith('@'))) {
        const list = listIn(this.byLemma, alt.slice(1));
        if (!list.includes(compiled)) list.push(compiled);
      }
      const words = alternatives.filter((a) => !a.startsWith('@'));
      if (words.length === 0) continue;
      const placeable = words.every((alt) => !alt.includes('*') || (/^[^*]+\*$|^\*[^*]+$/.test(alt) && alt.length > KEY));
      if (!placeable) {
        this.anywhere.push(compiled);
        continue;
      }
      for (const alt of words) {
        const list = alt.endsWith('*')
          ? listIn(this.byPrefix, alt.slice(0, KEY))
          : alt.startsWith('*')
            ? listIn(this.bySuffix, alt.slice(-KEY))
            : listIn(this.byFirstWord, alt);
        if (!list.includes(compiled)) list.push(compiled);
      }
    }
    this.id = registerAnchors(
      this.byFirstWord.keys(),
      this.byPrefix.keys(),
      this.bySuffix.keys(),
      this.anywhere.length > 0,
      (word) => this.phrasesAt(word),
      this.byLemma.keys(),
    );
  }

  /** All matches in the tokens, leftmost first; overlapping matches are all returned. */
  matchAll(tokens: Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    this.scan(tokens, found, false);
    return dropRepeats(found);
  }

  /** Whether any phrase matches anywhere in the tokens (stops at the first match). */
  test(tokens: Token[]): boolean {
    const found: PhraseMatch<T>[] = [];
    this.scan(tokens, found, true);
    return found.length > 0;
  }

  /**
   * Tries the phrases at every token where one can start, in token order. A token where none can
   * start by its word or its lemmas gives no match (matchAt finds no candidate there, and the first
   * word of every phrase tried everywhere fails on it), so skipping it changes nothing.
   */
  private scan(tokens: Token[], found: PhraseMatch<T>[], firstOnly: boolean): void {
    const anchors = anchorsOf(tokens);
    if (anchors !== undefined && this.id < anchors.sets) {
      const positions = anchors.bySet[this.id];
      if (positions === undefined) return;
      // The index holds this set's own phrases, filed by this set's phrasesAt.
      const phrases = anchors.phrasesBySet[this.id] as ReadonlyArray<readonly Compiled<T>[]>;
      for (let k = 0; k < positions.length; k++) {
        this.matchAt(tokens, positions[k], phrases[k], found);
        if (firstOnly && found.length > 0) return;
      }
      return;
    }
    for (let i = 0; i < tokens.length; i++) {
      if (!this.mayStartAt(tokens[i])) continue;
      this.matchAt(tokens, i, this.candidatesFor(tokens[i].lower), found);
      if (firstOnly && found.length > 0) return;
    }
  }

  /**
   * The phrases tried at a word by its spelling (its candidates), where a phrase can start there:
   * a candidate of the word, or a phrase tried everywhere whose first word takes it; else null. A
   * verb alternative needs the token's lemmas: a token is also visited where one of its lemmas opens
   * a phrase of the set (byLemma, registered with the anchors).
   */
  private phrasesAt(word: string): readonly Compiled<T>[] | null {
    const candidates = this.candidatesFor(word);
    if (candidates.length > 0) return candidates;
    if (this.anywhere.length > 0) {
      const token = asToken(word);
      if (this.anywhere.some((c) => c.opensWith === null || c.opensWith(token))) return candidates;
    }
    return null;
  }

  /** Whether a phrase of this set can start at the token, by its word or its verb lemmas. */
  private mayStartAt(token: Token): boolean {
    return setsStartingAt(token.lower).includes(this.id) || (token.lemmas !== undefined && token.lemmas.some((lemma) => this.byLemma.has(lemma)));
  }

  /** Tries at token i its candidates (`spelled`, the phrases its word can start), the phrases of its lemmas, and those tried everywhere. */
  private matchAt(tokens: Token[], i: number, spelled: readonly Compiled<T>[], found: PhraseMatch<T>[]): void {
    for (const c of spelled) this.tryAt(c, tokens, i, found);
    for (const lemma of tokens[i].lemmas ?? []) for (const c of this.byLemma.get(lemma) ?? []) this.tryAt(c, tokens, i, found);
    for (const c of this.anywhere) this.tryAt(c, tokens, i, found);
  }

  /** The phrases a word can start by its spelling, in the order they are tried; worked out once per word form. */
  private candidatesFor(word: string): readonly Compiled<T>[] {
    let list = this.candidates.get(word);
    if (list === undefined) {
      if (this.candidates.size >= CANDIDATE_LIMIT) this.candidates.clear();
      const exact = this.byFirstWord.get(word);
      const prefixed = word.length >= KEY ? this.byPrefix.get(word.slice(0, KEY)) : undefined;
      const suffixed = word.length >= KEY ? this.bySuffix.get(word.slice(-KEY)) : undefined;
      // Most words asked here (a lemma's form, any word for a set with phrases tried everywhere) start nothing by their spelling.
      if (!exact && !prefixed && !suffixed) return NO_CANDIDATES;
      const merged = [...(exact ?? [])];
      // A phrase listed under two of its alternatives ("ontwikkel*|ontwikkelings*") is tried once.
      if (prefixed) for (const c of prefixed) if (!exact?.includes(c)) merged.push(c);
      if (suffixed) for (const c of suffixed) if (!exact?.includes(c) && !prefixed?.includes(c)) merged.push(c);
      // A phrase whose first word does not take this word ("ontvangt" under "ont" for "ontwikkel*")
      // would fail at its first token: it is left out, and the order of the others stays.
      const token = asToken(word);
      const kept = merged.filter((c) => c.opensWith === null || c.opensWith(token));
      // Most of these words start nothing after all: they share one empty list.
      list = kept.length > 0 ? kept : NO_CANDIDATES;
      this.candidates.set(word, list);
    }
    return list;
  }

  /** The verb lemmas (`@lemma`) this set's phrases name, for the morphology layer. */
  lemmas(): string[] {
    return [...this.lemmaNames];
  }

  private tryAt(c: Compiled<T>, tokens: Token[], start: number, found: PhraseMatch<T>[]): void {
    const last = matchFrom(c.elements, 0, tokens, start);
    if (last >= 0) found.push({ value: c.value, first: start, last });
  }
}

const NO_CANDIDATES: readonly never[] = [];

/** A word as a token without lemmas, for the tests that depend on the word alone. */
function asToken(word: string): Token {
  return { text: word, lower: word, start: 0, end: word.length, kind: 'word' };
}

function listIn<T>(map: Map<string, Compiled<T>[]>, key: string): Compiled<T>[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** Two phrases of the same value over the same words are one statement: keep the first. */
function dropRepeats<T>(found: PhraseMatch<T>[]): PhraseMatch<T>[] {
  // Most sets find nothing or one match in a sentence: nothing can repeat there.
  if (found.length < 2) return found;
  const kept: PhraseMatch<T>[] = [];
  // Matches come leftmost first, so a kept match never starts after this one: it overlaps when it
  // reaches this one's first token, and the furthest-reaching kept match of a value says whether
  // one does (a scan over all kept matches made long sentences quadratic).
  const reach = new Map<T, number>();
  let ordered = true;
  let previous = -Infinity;
  for (const match of found) {
    ordered &&= match.first >= previous && match.first <= match.last;
    previous = match.first;
    const repeat = ordered
      ? (reach.get(match.value) ?? -Infinity) >= match.first
      : kept.some((k) => k.value === match.value && match.first <= k.last && k.first <= match.last);
    if (repeat) continue;
    kept.push(match);
    reach.set(match.value, Math.max(reach.get(match.value) ?? -Infinity, match.last));
  }
  return kept;
}

/** Index of the last token matched by elements[e..] starting at token i, or -1. */
function matchFrom(elements: Element[], e: number, tokens: Token[], i: number): number {
  if (e === elements.length) return i - 1;
  const element = elements[e];
  if ('gap' in element) {
    for (let skip = 0; skip <= GAP && i + skip <= tokens.length; skip++) {
      if (skip > 0 && CLAUSE_BREAK.has(tokens[i + skip - 1].text)) break;
      const end = matchFrom(elements, e + 1, tokens, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= tokens.length || !element.test(tokens[i])) return -1;
  return matchFrom(elements, e + 1, tokens, i + 1);
}

/** Builds a PhraseSet from a record of value -> phrases. */
export function phraseSet<T extends string>(groups: Partial<Record<T, readonly string[]>>): PhraseSet<T> {
  const entries: Array<[string, T]> = [];
  for (const [value, phrases] of Object.entries(groups) as Array<[T, readonly string[]]>) {
    for (const phrase of phrases) entries.push([phrase, value]);
  }
  return new PhraseSet(entries);
}
