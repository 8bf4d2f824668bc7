/** What the three tree views show, as data: the editor only draws these nodes. */
export type { NodeKind, TreeNode } from './treeNode';
export { teamTree } from './teamTree';
export { roadmapTree } from './roadmapTree';
export { fileNameOf, findingSummary, responsibilityTree } from './responsibilityTree';
