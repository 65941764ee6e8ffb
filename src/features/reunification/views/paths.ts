// The addresses of the going-home pages. The page itself is the partnership's (goingHome); the
// forms sit under the staff address, since only staff change the plan.
import { partnershipPaths } from '../../partnership/paths.ts';

/** The going-home page as staff and carers reach it. */
export const goingHomePath = (childId: string) => partnershipPaths.goingHome('staff', childId);

/** The going-home page as the child's parents reach it. */
export const familyGoingHomePath = (childId: string) =>
  partnershipPaths.goingHome('parent', childId);

export const planFormPath = (childId: string) => `${goingHomePath(childId)}/plan`;
export const newStepPath = (childId: string) => `${goingHomePath(childId)}/steps/new`;
export const stepPath = (childId: string, stepId: string) =>
  `${goingHomePath(childId)}/steps/${stepId}`;
export const newReviewPath = (childId: string) => `${goingHomePath(childId)}/reviews/new`;
export const newCheckInPath = (childId: string) => `${goingHomePath(childId)}/check-ins/new`;
export const wentHomePath = (childId: string) => `${goingHomePath(childId)}/went-home`;
export const closePath = (childId: string) => `${goingHomePath(childId)}/close`;
/** The child's homes, where their time in a foster home is ended. */
export const placementsPath = (childId: string) => `/children/${childId}/placements`;
