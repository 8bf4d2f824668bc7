import type { Rule } from '../rule';
import { engineerRatio } from './engineerRatio';
import { lowConfidenceNow } from './lowConfidenceNow';
import { noCelebration } from './noCelebration';
import { noDiscoveryRitual } from './noDiscoveryRitual';
import { noLearningRitual } from './noLearningRitual';
import { noWorkingAgreements } from './noWorkingAgreements';
import { peerChemistry } from './peerChemistry';
import { singleSolution } from './singleSolution';
import { teamWithoutDesigner } from './teamWithoutDesigner';
import { untestedAssumptions } from './untestedAssumptions';

/** The rules of this responsibility area, in catalogue order. */
export const cultureRules: Rule[] = [
  noDiscoveryRitual,
  noLearningRitual,
  untestedAssumptions,
  singleSolution,
  lowConfidenceNow,
  teamWithoutDesigner,
  engineerRatio,
  peerChemistry,
  noWorkingAgreements,
  noCelebration,
];
