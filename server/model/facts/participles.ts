import type { Token } from '../tokens';

/** A participle with the adjective ending, with or without a separable particle before "ge": "gedeclareerde", "ingediende", "ingeplande". */
const ADJECTIVAL_PARTICIPLE = /^[a-z]{0,5}ge[a-zëï]+[dt]e$/;

/**
 * A participle used as an adjective before a noun names a thing, not a step taken: "je
 * gedeclareerde kosten", "op een ingeplande ontwikkeldag".
 */
export function describesNoun(tokens: readonly Token[], at: number): boolean {
  return ADJECTIVAL_PARTICIPLE.test(tokens[at].lower) && tokens[at + 1]?.kind === 'word';
}
