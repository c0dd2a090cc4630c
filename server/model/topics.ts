import type { Fact, PolicyDocument, WorkCondition, WorkDesign } from './types';

/**
 * What a sentence is about by position: the ways of organising work and the conditions that the
 * headings enclosing it name. A section headed "Zelfroosteren" or "Artikel 4 Job crafting" is about
 * that design even where its sentences do not repeat the word; one headed "Doel" or "Werkdruk"
 * addresses that condition. Headings are found through the article tree (an article's first
 * sentence when it is a heading, and the same for each ancestor), so a sentence inherits from every
 * level above it: "Hoofdstuk 5 Zelfroosteren" > "5.2 Bevoegdheden".
 */
export function assignTopics(doc: PolicyDocument): void {
  /** The distinct positive values a sentence's facts of one kind state (its designs, its conditions). */
  const valuesOf = <T>(sentence: number, pick: (f: Fact) => T | null): T[] => {
    const out: T[] = [];
    for (const i of doc.sentences[sentence].facts) {
      const f = doc.facts[i];
      const value = f.negated ? null : pick(f);
      if (value !== null && !out.includes(value)) out.push(value);
    }
    return out;
  };
  const designsOf = (sentence: number) => valuesOf<WorkDesign>(sentence, (f) => (f.kind === 'work-design' ? f.design : null));
  const conditionsOf = (sentence: number) => valuesOf<WorkCondition>(sentence, (f) => (f.kind === 'work-condition' ? f.condition : null));
  const headingOf = (article: number): number | null => {
    const first = doc.articles[article].sentenceSpan[0];
    const s = doc.sentences[first];
    return s && s.heading && s.range.start >= doc.articles[article].headingRange.start - 1 ? first : null;
  };
  for (const sentence of doc.sentences) {
    const designs: WorkDesign[] = [];
    const conditions: WorkCondition[] = [];
    const headings: number[] = [];
    for (let a = sentence.article; a !== null; a = doc.articles[a].parent) {
      const h = headingOf(a);
      if (h === null || h === sentence.index) continue;
      headings.push(h);
      for (const d of designsOf(h)) if (!designs.includes(d)) designs.push(d);
      for (const c of conditionsOf(h)) if (!conditions.includes(c)) conditions.push(c);
    }
    sentence.topics = { designs, conditions, headings };
  }
}
