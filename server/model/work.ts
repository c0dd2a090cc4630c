import type { Article, FactOf, PolicyDocument, WorkCondition, WorkDesign, WorkDesignFact } from './types';
import { factsInSentences, positive, scopeOf, sentencesOf, unitOf } from './query';

/**
 * Questions the task-redesign, dialogue and job-crafting rules ask: which designs the draft
 * arranges, where it speaks of them, and which conditions it addresses.
 */

/** The mentions of the designs that set them up or allow them, in document order. */
export function arrangements(doc: PolicyDocument, designs: ReadonlySet<WorkDesign>): WorkDesignFact[] {
  return positive(doc, 'work-design').filter((f) => f.arranged && designs.has(f.design));
}

/**
 * The sentences the arrangement of these designs can rely on: every article whose body speaks of
 * them (headings only name the topic), plus what those articles refer to.
 */
export function designScope(doc: PolicyDocument, designs: ReadonlySet<WorkDesign>): number[] {
  const mentions = positive(doc, 'work-design').filter((f) => designs.has(f.design) && !doc.sentences[f.sentence].heading);
  const units = new Map<number, Article | null>();
  for (const m of mentions) {
    const unit = unitOf(doc, doc.sentences[m.sentence]);
    units.set(unit?.index ?? -1, unit);
  }
  if (units.has(-1)) return scopeOf(doc, null);
  const [first, ...rest] = [...units.values()];
  if (!first) return [];
  return scopeOf(doc, first, rest.flatMap((u) => sentencesOf(doc, u)));
}

/** The conditions the sentences (or the whole draft, when `sentences` is null) address, positively. */
export function conditionsIn(doc: PolicyDocument, sentences: readonly number[] | null): Set<WorkCondition> {
  const facts: Array<FactOf<'work-condition'>> = sentences === null ? positive(doc, 'work-condition') : factsInSentences(doc, sentences, 'work-condition').filter((f) => !f.negated);
  return new Set(facts.map((f) => f.condition));
}

/** Whether a sentence names one of the designs. */
export function sentenceNames(doc: PolicyDocument, sentence: number, designs: ReadonlySet<WorkDesign>): boolean {
  return factsInSentences(doc, [sentence], 'work-design').some((f) => designs.has(f.design));
}

/** Joins localised parts into a readable list: "a, b en c" / "a, b and c". */
export function joinList(parts: readonly string[], locale: 'nl' | 'en'): string {
  if (parts.length <= 1) return parts.join('');
  const and = locale === 'en' ? 'and' : 'en';
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}
