// The base every fact extends, in a module below types.ts: types.ts re-exports the fact families of
// workFacts.ts and draftingFacts.ts, which extend FactBase, so FactBase in types.ts made a cycle.

export interface TextRange {
  start: number;
  end: number;
}

export interface FactBase {
  range: TextRange;
  sentence: number;
  /** True where the statement is negated ("kan niet worden gespaard", "geen budget"). */
  negated: boolean;
}
