import type { Rule } from '../server/engine/types';

/** Every rule caolint knows, in catalogue order. */
export const allRules: readonly Rule[] = [];
