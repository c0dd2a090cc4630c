import type { Article, FactOf, PolicyDocument, WorkCondition, WorkDesign, WorkDesignFact } from './types';
import { factsInSentences, factsOf, positive, scopeOf, sentencesOf, unitOf } from './query';

/**
 * Questions the task-redesign, dialogue and job-crafting rules ask: which designs the draft
 * arranges, where it speaks of them, and which conditions it addresses.
 */

const arrangementCache = new WeakMap<PolicyDocument, WorkDesignFact[]>();

/**
 * The mentions of the designs that set them up or allow them, in document order. A section whose
 * heading names a design arranges it too when no sentence under the heading does by name ("## Job
 * crafting" over "Operators die hun werk anders willen inrichten, kunnen ..."): that arrangement is
 * anchored on the first sentence of the body.
 */
export function arrangements(doc: PolicyDocument, designs: ReadonlySet<WorkDesign>): WorkDesignFact[] {
  return allArrangements(doc).filter((f) => designs.has(f.design));
}

function allArrangements(doc: PolicyDocument): WorkDesignFact[] {
  const cached = arrangementCache.get(doc);
  if (cached) return cached;
  const mentions = factsOf(doc, 'work-design');
  const explicit = mentions.filter((f) => f.arranged && !f.negated);
  const out = [...explicit];
  const headings = new Map<number, WorkDesign[]>();
  for (const f of positive(doc, 'work-design')) {
    if (!doc.sentences[f.sentence].heading) continue;
    const list = headings.get(f.sentence) ?? [];
    if (!list.includes(f.design)) list.push(f.design);
    headings.set(f.sentence, list);
  }
  for (const [heading, named] of headings) {
    const body = doc.sentences.filter((s) => !s.heading && s.topics.headings.includes(heading));
    if (body.length === 0) continue;
    for (const design of named) {
      // A body that names the design itself decides: by an arrangement, or as an explanation
      // ("## Wat is job crafting" over "Job crafting betekent ...") that arranges nothing; unless it
      // also says how it goes, with who decides what ("Je bespreekt je idee met je leidinggevende.
      // De leidinggevende beslist ..."): a procedure under the heading sets it up.
      const named = mentions.some((f) => f.design === design && !f.negated && body.some((s) => s.index === f.sentence));
      const procedure = factsInSentences(
        doc,
        body.map((s) => s.index),
        'authority',
      ).some((a) => !a.negated && a.holder !== null);
      // Arranged by name in the body, the arrangement is that mention; the heading adds nothing.
      const arrangedInBody = explicit.some((f) => f.design === design && body.some((s) => s.index === f.sentence));
      if (arrangedInBody || (named && !procedure)) continue;
      const first = body[0];
      out.push({ kind: 'work-design', design, arranged: true, via: 'heading', range: first.range, sentence: first.index, negated: false });
    }
  }
  out.sort((a, b) => a.range.start - b.range.start);
  arrangementCache.set(doc, out);
  return out;
}

/**
 * The sentences the arrangement of these designs can rely on: every article whose body speaks of
 * them or sits under a heading that names them (headings only name the topic), plus what those
 * articles refer to.
 */
export function designScope(doc: PolicyDocument, designs: ReadonlySet<WorkDesign>): number[] {
  const anchors = positive(doc, 'work-design')
    .filter((f) => designs.has(f.design) && !doc.sentences[f.sentence].heading)
    .map((f) => f.sentence);
  for (const s of doc.sentences) if (!s.heading && s.topics.designs.some((d) => designs.has(d))) anchors.push(s.index);
  const units = new Map<number, Article | null>();
  for (const s of anchors) {
    const unit = unitOf(doc, doc.sentences[s]);
    units.set(unit?.index ?? -1, unit);
  }
  if (units.has(-1)) return scopeOf(doc, null);
  const [first, ...rest] = [...units.values()];
  if (!first) return [];
  return scopeOf(
    doc,
    first,
    rest.flatMap((u) => sentencesOf(doc, u)),
  );
}

/**
 * The conditions the sentences (or the whole draft, when `sentences` is null) address, positively:
 * by their words, or by sitting under a heading that names the condition ("Artikel 5 Werkdruk").
 */
export function conditionsIn(doc: PolicyDocument, sentences: readonly number[] | null): Set<WorkCondition> {
  const facts: Array<FactOf<'work-condition'>> =
    sentences === null ? positive(doc, 'work-condition') : factsInSentences(doc, sentences, 'work-condition').filter((f) => !f.negated);
  const out = new Set(facts.map((f) => f.condition));
  const within = sentences === null ? doc.sentences : sentences.map((s) => doc.sentences[s]);
  for (const s of within) if (!s.heading) for (const c of s.topics.conditions) out.add(c);
  return out;
}

/** Whether a sentence names one of the designs. */
export function sentenceNames(doc: PolicyDocument, sentence: number, designs: ReadonlySet<WorkDesign>): boolean {
  return factsInSentences(doc, [sentence], 'work-design').some((f) => designs.has(f.design));
}

/** Whether a sentence names one of the designs or sits under a heading that does. */
export function sentenceIsAbout(doc: PolicyDocument, sentence: number, designs: ReadonlySet<WorkDesign>): boolean {
  return sentenceNames(doc, sentence, designs) || doc.sentences[sentence].topics.designs.some((d) => designs.has(d));
}
