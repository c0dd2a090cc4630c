import type { PolicyDocument, WorkCondition, WorkDesign } from './types';

/**
 * What a sentence is about by position: the ways of organising work and the conditions that the
 * headings enclosing it name. A section headed "Zelfroosteren" or "Artikel 4 Job crafting" is about
 * that design even where its sentences do not repeat the word; one headed "Doel" or "Werkdruk"
 * addresses that condition. Headings are found through the article tree (an article's first
 * sentence when it is a heading, and the same for each ancestor), so a sentence inherits from every
 * level above it: "Hoofdstuk 5 Zelfroosteren" > "5.2 Bevoegdheden".
 */
export function assignTopics(doc: PolicyDocument): void {
  const designsOf = (sentence: number): WorkDesign[] => {
    const out: WorkDesign[] = [];
    for (const i of doc.sentences[sentence].facts) {
      const f = doc.facts[i];
      if (f.kind === 'work-design' && !f.negated && !out.includes(f.design)) out.push(f.design);
    }
    return out;
  };
  const conditionsOf = (sentence: number): WorkCondition[] => {
    const out: WorkCondition[] = [];
    for (const i of doc.sentences[sentence].facts) {
      const f = doc.facts[i];
      if (f.kind === 'work-condition' && !f.negated && !out.includes(f.condition)) out.push(f.condition);
    }
    return out;
  };
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
