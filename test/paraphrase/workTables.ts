import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../../server/engine/parse';
import { lintText } from '../harness/lint';
import { buildPolicyDocument } from '../../server/model/build';
import { arrangements } from '../../server/model/work';
import type { Fact, FactKind, FactOf, PolicyDocument, WorkCondition, WorkDesign } from '../../server/model/types';

/**
 * Table helpers for the work-organisation paraphrase suites: each row is one sentence or short draft
 * and becomes one `it`, so a failure names the sentence; a failing row prints the facts the model read.
 */

export function model(markdown: string): PolicyDocument {
  return buildPolicyDocument(markdown, parseMarkdown(markdown));
}

export function facts<K extends FactKind>(doc: PolicyDocument, kind: K): FactOf<K>[] {
  return doc.facts.filter((f: Fact): f is FactOf<K> => f.kind === kind);
}

/** The facts of a draft in one line: kind, the value that matters for it, negated. */
export function show(doc: PolicyDocument): string {
  return JSON.stringify(
    doc.facts.map((f) => {
      const r = f as { design?: string; holder?: string; condition?: string; value?: number; months?: number };
      return [f.kind, r.design ?? r.holder ?? r.condition ?? r.value ?? r.months, f.negated];
    }),
  );
}

/** Whether the draft arranges the design, in body text or by a heading over the body. */
export function arranged(text: string, design: WorkDesign): boolean {
  return arrangements(model(text), new Set([design])).length > 0;
}

export function designTable(design: WorkDesign, yes: readonly string[], no: readonly string[]): void {
  for (const s of yes) it(`${design}: «${s}»`, () => assert.ok(arranged(s, design), `expected ${design} arranged in «${s}»; facts ${show(model(s))}`));
  for (const s of no) it(`near miss, no ${design}: «${s}»`, () => assert.ok(!arranged(s, design), `expected no ${design} in «${s}»; facts ${show(model(s))}`));
}

/** Whether the draft addresses the condition, by its words or a heading over it. */
export function addresses(text: string, condition: WorkCondition): boolean {
  const doc = model(text);
  return (
    facts(doc, 'work-condition').some((f) => f.condition === condition && !f.negated) ||
    doc.sentences.some((x) => !x.heading && x.topics.conditions.includes(condition))
  );
}

export function conditionTable(condition: WorkCondition, yes: readonly string[], no: readonly string[]): void {
  for (const s of yes) it(`${condition}: «${s}»`, () => assert.ok(addresses(s, condition), `expected ${condition} in «${s}»; facts ${show(model(s))}`));
  for (const s of no)
    it(`near miss, no ${condition}: «${s}»`, () => assert.ok(!addresses(s, condition), `expected no ${condition} in «${s}»; facts ${show(model(s))}`));
}

/** Rows of [draft, a word the finding's message must contain, or null for no finding of the rule]. */
export function findingsTable(rule: string, cases: ReadonlyArray<[draft: string, expected: string | null]>): void {
  for (const [draft, expected] of cases) {
    it(`${rule} on «${draft.replace(/\n+/g, ' ¶ ').slice(0, 90)}» -> ${expected ?? 'no finding'}`, () => {
      const found = lintText(draft).findings.filter((f) => f.ruleId === rule);
      if (expected === null) assert.equal(found.length, 0, `unexpected: ${found.map((f) => f.message).join(' | ')}`);
      else
        assert.ok(
          found.some((f) => f.message.includes(expected)),
          `expected «${expected}» in ${JSON.stringify(found.map((f) => f.message))}`,
        );
    });
  }
}
