import { extractFacts } from '../../model/facts/extract';
import { before, contextKey, effectsSince, replay, type Effects } from '../../model/facts/readingContext';
import type { SentenceReader } from '../../model/build';
import type { Fact, Sentence } from '../../model/types';

/**
 * A sentence reader with a memory: the facts read from a sentence are kept, with offsets from the
 * sentence's start, under the sentence's words, the way they map onto the source (markup between
 * them), its place (heading, question, development context) and what it could read of the context
 * (readingContext.ts). A later build that meets the same sentence in the same context takes the
 * kept facts, moved to where the sentence now stands, and replays what reading it did to the
 * context, instead of reading it again. Reading the facts is ~90 % of building the model.
 *
 * What a build did not meet is forgotten when it ends (`sweep`), so the memory holds one version of
 * the document.
 */
export class SentenceMemo {
  private entries = new Map<string, Entry>();
  private used = new Map<string, Entry>();

  readonly read: SentenceReader = (sentence, offsets, language, terms, discourse) => {
    const key = `${language}|${sentence.heading ? 1 : 0}${sentence.inDevelopmentContext ? 1 : 0}|${contextKey(discourse, terms, sentence.article)}|${shape(offsets)}|${sentence.text}`;
    const base = sentence.range.start;
    const known = this.used.get(key) ?? this.entries.get(key);
    if (known) {
      this.used.set(key, known);
      replay(known.effects, discourse, terms, sentence.article);
      Object.assign(sentence, copy(known.sentence), { clauseStarts: known.sentence.clauseStarts.map((at) => at + base) });
      return known.facts.map((fact) => ({ ...copy(fact), range: { start: fact.range.start + base, end: fact.range.end + base }, sentence: sentence.index }));
    }
    const was = before(discourse, terms, sentence.article);
    const facts = extractFacts(sentence, offsets, language, terms, discourse);
    const effects = effectsSince(was, discourse, terms, sentence.article);
    if (effects) {
      this.used.set(key, {
        facts: facts.map((fact) => ({ ...copy(fact), range: { start: fact.range.start - base, end: fact.range.end - base } })),
        sentence: {
          clauseStarts: sentence.clauseStarts.map((at) => at - base),
          aboutDevelopment: sentence.aboutDevelopment,
          ...('employeesClaim' in sentence ? { employeesClaim: sentence.employeesClaim } : {}),
        },
        effects,
      });
    }
    return facts;
  };

  /** Ends a build: what it did not meet is forgotten. */
  sweep(): void {
    this.entries = this.used;
    this.used = new Map();
  }
}

/** The properties of a sentence that reading its facts sets. */
type ReadProperties = Pick<Sentence, 'clauseStarts' | 'aboutDevelopment' | 'employeesClaim'>;

interface Entry {
  /** The facts, with ranges from the sentence's start. */
  facts: Fact[];
  /** What reading set on the sentence, clause starts from the sentence's start. */
  sentence: ReadProperties;
  effects: Effects;
}

/**
 * How a sentence's characters map onto the source, from its first character: only the places where
 * the next character is not the next in the source (markup, an escape, a line break) are written.
 */
function shape(offsets: readonly number[]): string {
  let out = '';
  for (let i = 1; i < offsets.length; i++) if (offsets[i] !== offsets[i - 1] + 1) out += `${i}:${offsets[i] - offsets[0]},`;
  return out;
}

/** A deep copy of plain data (facts hold objects and arrays, no class instances). */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copy(v);
  return out as T;
}
