// The shared updates' own addresses, beside the space's (partnership/paths.ts): posting is on the
// child's record only; reacting and replying sit under each side's address of the update.
import { partnershipPaths } from '../../partnership/paths.ts';
import type { Party } from '../../partnership/space.ts';

/** Posting an update (carers and staff). */
export const newUpdatePath = (childId: string) => `/children/${childId}/family/updates/new`;

/** Reacting to an update. */
export const reactPath = (party: Party, childId: string, updateId: string) =>
  `${partnershipPaths.update(party, childId, updateId)}/react`;

/** Replying to an update. */
export const replyPath = (party: Party, childId: string, updateId: string) =>
  `${partnershipPaths.update(party, childId, updateId)}/reply`;

/** Adding an update to the child's life story (carers and staff). */
export const toLifeStoryPath = (childId: string, updateId: string) =>
  `/children/${childId}/family/updates/${updateId}/life-story`;
