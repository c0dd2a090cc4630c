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

  /** The terms defined so far, in the order they were defined. */
  entries(): IterableIterator<[string, InstrumentType]> {
    return this.terms.entries();
  }

  /** Defines a term as `learn` would (the incremental build replays a sentence's definitions with it). */
  define(term: string, instrument: InstrumentType): void {
    this.terms.set(term, instrument);
  }

  /**
   * Registers the terms a sentence defines, when what it defines is a development instrument: the
   * definition's own head ("ontwikkeldeel: het deel van het IKB dat is bestemd voor ontwikkeling"),
   * not any instrument the sentence happens to name ("medewerker: degene die ...; b. IKB: ...").
   * A list of definitions in one sentence ("a. ...; b. ...") is read item by item; a term that is
   * itself an instrument word ("subsidie: ...") keeps its own meaning.
   */
  learn(sentence: Sentence, facts: readonly Fact[]): void {
    const instruments = facts.filter((f): f is InstrumentFact => f.kind === 'instrument' && !f.negated);
    if (instruments.length === 0) return;
    const named = new Set(instruments.map((f) => f.surface.toLowerCase()));
    for (const item of sentence.text.split(/;|\s(?=[a-z][.)]\s)/u)) {
      const definition = definedHead(item);
      if (!definition || definition.term.includes(' ') || named.has(definition.term) || this.terms.has(definition.term)) continue;
      const head = definition.head.toLowerCase();
      const instrument = instruments.find((f) => f.development && head.includes(f.surface.toLowerCase()));
      if (!instrument) continue;
      // A part of an IKB set aside for development is a development budget.
      this.terms.set(definition.term, instrument.instrument === 'choice-budget' ? 'individual-budget' : instrument.instrument);
    }
  }
}

/** Words of a definition's head: the first words after the colon or "verstaan", or the words before "(hierna: ...)". */
const HEAD_WORDS = 7;

function definedHead(text: string): { term: string; head: string } | null {
  const body = text.replace(LIST_MARK, '');
  const colon = COLON_DEFINITION.exec(body);
  const onder = colon ? null : ONDER_DEFINITION.exec(body);
  const match = colon ?? onder;
  if (match) {
    const rest = colon ? body.slice(body.indexOf(':') + 1) : body.slice(match[0].length);
    // A run of labels ("Van: ... Aan: ... Onderwerp: Opleidingspot 2025", a mail's header) defines
    // nothing by the words of the next label: each head ends where another label begins.
    const head = rest.split(NEXT_LABEL)[0];
    return { term: match[1].toLowerCase(), head: head.trim().split(/\s+/u).slice(0, HEAD_WORDS).join(' ') };
  }
  const hierna = HIERNA.exec(body);
  if (hierna) return { term: hierna[1].toLowerCase(), head: body.slice(0, hierna.index).split(/\s+/u).slice(-HEAD_WORDS).join(' ') };
  return null;
}

const LIST_MARK = /^\s*(?:[a-z]\.|[a-z]\)|\d+[.)]|[-*•])?\s*/iu;
const NEXT_LABEL = /\s[\p{L}][\p{L}\p{N}&'-]*\s*:\s/u;
const COLON_DEFINITION = /^([\p{L}][\p{L}\p{N}&'-]{2,})\s*:\s+\S/u;
const ONDER_DEFINITION = /^onder\s+(?:het\s+|de\s+|een\s+)?([\p{L}][\p{L}\p{N}&'-]{2,})\s+(?:wordt|worden)\s+(?:in\s+deze\s+\p{L}+\s+)?verstaan/iu;
const HIERNA = /\(hierna(?:\s+te\s+noemen)?:?\s+(?:het\s+|de\s+)?([\p{L}][\p{L}\p{N}&'-]{2,})\)/iu;

/** The one-word term a definition sentence defines, lower case; null when the sentence defines nothing. */
export function definedTerm(text: string): string | null {
  const body = text.replace(LIST_MARK, '');
  const match = COLON_DEFINITION.exec(body) ?? ONDER_DEFINITION.exec(body) ?? HIERNA.exec(body);
  return match ? match[1].toLowerCase() : null;
}
