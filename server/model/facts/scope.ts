import type { Language, Sentence } from '../types';
import type { Token } from '../tokens';
import type { LexiconTools } from './lexiconTools';
import type { Discourse } from './discourse';

// The readers' shared input, in a module of its own below them: extract.ts builds it and imports
// every reader, so a reader importing it from extract.ts made an import cycle.

/** What every extractor gets: the sentence's tokens and how to turn token spans into facts. */
export interface SentenceScope {
  sentence: Sentence;
  tokens: Token[];
  clauses: number[];
  lex: LexiconTools;
  language: Language;
  /** Source range of tokens [first, last]. */
  rangeOf(first: number, last: number): { start: number; end: number };
  /** Index of the token whose source range holds `offset` (for facts read by an earlier extractor), or -1. */
  tokenAt(offset: number): number;
  negated(first: number, last: number, lookAhead?: boolean): boolean;
  /** Whether any phrase of the set matches in the sentence. */
  has(set: keyof LexiconTools['sets']): boolean;
  /** What the sentences before said that this one can refer to (the party a pronoun stands for). */
  discourse: Discourse;
}
