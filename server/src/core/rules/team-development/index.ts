import type { Rule } from '../rule';
import { headOfProductMissing } from './headOfProductMissing';
import { hireBreaksSpan } from './hireBreaksSpan';
import { hiringPlanIncomplete } from './hiringPlanIncomplete';
import { juniorWithoutMentor } from './juniorWithoutMentor';
import { noGrowthAreas } from './noGrowthAreas';
import { noOneOnOne } from './noOneOnOne';
import { noOnboarding } from './noOnboarding';
import { noTraining } from './noTraining';
import { reportingLineMissing } from './reportingLineMissing';
import { spanOfControl } from './spanOfControl';
import { staleAssessment } from './staleAssessment';
import { unknownManager } from './unknownManager';

/** The rules of this responsibility area, in catalogue order. */
export const teamDevelopmentRules: Rule[] = [
  headOfProductMissing,
  reportingLineMissing,
  unknownManager,
  spanOfControl,
  noOneOnOne,
  staleAssessment,
  noGrowthAreas,
  juniorWithoutMentor,
  hiringPlanIncomplete,
  hireBreaksSpan,
  noOnboarding,
  noTraining,
];
