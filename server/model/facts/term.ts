import type { PolicyDocument } from '../types';

/** The cao's term in months, when the draft states it. */
export function caoTermMonths(_doc: PolicyDocument): number | null {
  return null;
}
