import type { Rule } from '../rule';

/** The rules of this responsibility area, in catalogue order. */
export const executionRules: Rule[] = [];
