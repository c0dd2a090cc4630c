import type { Fact, InstrumentFact, InstrumentType, Sentence } from '../types';

/**
 * Names a draft gives its own instruments: "ontwikkeldeel: het deel van het IKB dat is bestemd voor
 * ontwikkeling", "Onder leertegoed wordt verstaan: ...", "een persoonlijk budget (hierna: het
 * groeigeld)". Once defined, the name is that instrument wherever the draft uses it, though the
 * word itself says nothing of development. Definitions precede their use, so the terms are
 * collected sentence by sentence while the model is built.
 */
export class DefinedTerms {
  private readonly terms = new Map<string, InstrumentType>();

  /** The instrument a word names by definition ("ontwikkeldeel", "ontwikkeldelen"), or undefined. */
  instrumentOf(word: string): InstrumentType | undefined {
    if (this.terms.size === 0) return undefined;
    return this.terms.get(word) ?? this.terms.get(word.replace(/(en|s)$/, ''));
  }

  get size(): number {
    return this.terms.size;
  }

  /** Registers the term a sentence defines, when what it defines is a development instrument. */
  learn(sentence: Sentence, facts: readonly Fact[]): void {
    const term = definedTerm(sentence.text);
    if (!term || term.includes(' ')) return;
    const instrument = facts.find((f): f is InstrumentFact => f.kind === 'instrument' && f.development && !f.negated && f.surface.toLowerCase() !== term);
    if (instrument && !this.terms.has(term)) this.terms.set(term, instrument.instrument);
  }
}

const LIST_MARK = /^\s*(?:[a-z]\.|[a-z]\)|\d+[.)]|[-*•])?\s*/iu;
const COLON_DEFINITION = /^([\p{L}][\p{L}\p{N}&'-]{2,})\s*:\s+\S/u;
const ONDER_DEFINITION = /^onder\s+(?:het\s+|de\s+|een\s+)?([\p{L}][\p{L}\p{N}&'-]{2,})\s+(?:wordt|worden)\s+(?:in\s+deze\s+\p{L}+\s+)?verstaan/iu;
const HIERNA = /\(hierna(?:\s+te\s+noemen)?:?\s+(?:het\s+|de\s+)?([\p{L}][\p{L}\p{N}&'-]{2,})\)/iu;

/** The one-word term a definition sentence defines, lower case; null when the sentence defines nothing. */
export function definedTerm(text: string): string | null {
  const body = text.replace(LIST_MARK, '');
  const match = COLON_DEFINITION.exec(body) ?? ONDER_DEFINITION.exec(body) ?? HIERNA.exec(body);
  return match ? match[1].toLowerCase() : null;
}
