// Where the getting-started forms post, under the space's getting-started page.
import { partnershipPaths } from './paths.ts';

/** The getting-started forms' addresses. */
export const startPaths = {
  arrangeIntro: (childId: string) =>
    `${partnershipPaths.gettingStarted('staff', childId)}/introductory-meeting`,
  introHeld: (childId: string) =>
    `${partnershipPaths.gettingStarted('staff', childId)}/introductory-meeting/held`,
  comfortCall: (childId: string) =>
    `${partnershipPaths.gettingStarted('staff', childId)}/comfort-call`,
  guide: (childId: string) => `${partnershipPaths.gettingStarted('parent', childId)}/guide`,
};
