import type { Rule } from '../rule';
import { externalOwnership } from './externalOwnership';
import { goalWithoutMetric } from './goalWithoutMetric';
import { horizonOutOfRange } from './horizonOutOfRange';
import { itemWithoutTheme } from './itemWithoutTheme';
import { noPrimaryTargetGroup } from './noPrimaryTargetGroup';
import { noVisual } from './noVisual';
import { ownerMissing } from './ownerMissing';
import { solutionInStatement } from './solutionInStatement';
import { staleReview } from './staleReview';
import { statementTooLong } from './statementTooLong';
import { unknownVisionRef } from './unknownVisionRef';
import { untracedGoal } from './untracedGoal';
import { weakPositioning } from './weakPositioning';

/** The rules of this responsibility area, in catalogue order. */
export const visionRules: Rule[] = [
  ownerMissing,
  statementTooLong,
  solutionInStatement,
  horizonOutOfRange,
  noVisual,
  noPrimaryTargetGroup,
  goalWithoutMetric,
  staleReview,
  weakPositioning,
  externalOwnership,
  untracedGoal,
  unknownVisionRef,
  itemWithoutTheme,
];
