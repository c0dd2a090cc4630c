import { tokenize, type Token } from '../tokens';
import { clauseIds } from './clauses';
import type { LexiconTools } from './lexiconTools';
import { indexAnchors } from './phraseAnchors';

/**
 * A sentence's tokens as every reader sees them: split into clauses, with the verb lemmas the
 * lexicon's `@verb` entries match, and indexed by where each phrase set can start. The readers and
 * the purpose module read the same sentence this one way, so a cue matches in both or in neither.
 */
export function sentenceTokens(text: string, lex: LexiconTools): { tokens: Token[]; clauses: number[] } {
  const tokens = tokenize(text);
  const clauses = clauseIds(
    tokens,
    (t) => lex.auxiliaries.has(t.lower) || lex.morphology.isVerbForm(t),
    (t) => lex.auxiliaries.has(t.lower),
    (t) => lex.negators.has(t.lower),
  );
  lex.morphology.annotate(tokens, clauses);
  // The tokens are final now: index where each phrase set can start, so every reader's matching skips the rest.
  indexAnchors(tokens);
  return { tokens, clauses };
}
