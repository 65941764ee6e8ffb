// The addresses of family time. The list and a session's page come from the partnership space's
// own paths; the rest hang off them. Planning and changing are staff pages only.
import { partnershipPaths } from '../../partnership/paths.ts';
import type { Party } from '../../partnership/space.ts';

export const familyTimePaths = {
  list: (party: Party, childId: string) => partnershipPaths.familyTime(party, childId),
  earlier: (party: Party, childId: string, page: number) =>
    `${partnershipPaths.familyTime(party, childId)}?page=${page}`,
  session: (party: Party, childId: string, sessionId: string) =>
    partnershipPaths.familyTimeSession(party, childId, sessionId),
  confirm: (party: Party, childId: string, sessionId: string) =>
    `${partnershipPaths.familyTimeSession(party, childId, sessionId)}/confirm`,
  notes: (party: Party, childId: string, sessionId: string) =>
    `${partnershipPaths.familyTimeSession(party, childId, sessionId)}/notes`,
  cancel: (party: Party, childId: string, sessionId: string) =>
    `${partnershipPaths.familyTimeSession(party, childId, sessionId)}/cancel`,
  calendar: (party: Party, childId: string) =>
    `${partnershipPaths.familyTime(party, childId)}/calendar`,
  plan: (childId: string) => `${partnershipPaths.familyTime('staff', childId)}/new`,
  change: (childId: string, sessionId: string) =>
    `${partnershipPaths.familyTimeSession('staff', childId, sessionId)}/edit`,
  feed: (token: string) => partnershipPaths.familyTimeFeed(token),
};
