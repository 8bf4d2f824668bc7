import type { Rule } from '../rule';
import { farDateCommitment } from './farDateCommitment';
import { needWithoutEvidence } from './needWithoutEvidence';
import { noEvangelism } from './noEvangelism';
import { noStakeholders } from './noStakeholders';
import { nowWithoutOutcome } from './nowWithoutOutcome';
import { outputKeyResult } from './outputKeyResult';
import { raciAccountable } from './raciAccountable';
import { teamOverload } from './teamOverload';
import { tooManyObjectives } from './tooManyObjectives';
import { unknownDependency } from './unknownDependency';
import { unknownObjective } from './unknownObjective';
import { unknownOwner } from './unknownOwner';
import { unknownTeam } from './unknownTeam';

/** The rules of this responsibility area, in catalogue order. */
export const executionRules: Rule[] = [
  nowWithoutOutcome,
  needWithoutEvidence,
  outputKeyResult,
  tooManyObjectives,
  raciAccountable,
  farDateCommitment,
  teamOverload,
  unknownObjective,
  unknownOwner,
  unknownTeam,
  noEvangelism,
  noStakeholders,
  unknownDependency,
];
