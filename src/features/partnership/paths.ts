// Where each part of the partnership space lives. Staff and carers reach it from the child's
// record (/children/:id/family/...); parents from their own pages (/family/:childId/...). Both
// are the same space: what each sees is decided by who they are, never by the address.
import type { Party } from './space.ts';

/** The root of a child's space for this side of the partnership. */
export function spaceRoot(party: Party, childId: string): string {
  return party === 'parent' ? `/family/${childId}` : `/children/${childId}/family`;
}

export const partnershipPaths = {
  home: (party: Party, childId: string) => spaceRoot(party, childId),
  members: (childId: string) => `/children/${childId}/family/members`,
  gettingStarted: (party: Party, childId: string) => `${spaceRoot(party, childId)}/getting-started`,
  messages: (party: Party, childId: string) => `${spaceRoot(party, childId)}/messages`,
  moderation: (childId: string) => `/children/${childId}/family/messages/waiting`,
  messageFile: (party: Party, childId: string, messageId: string) =>
    `${spaceRoot(party, childId)}/messages/${messageId}/file`,
  updates: (party: Party, childId: string) => `${spaceRoot(party, childId)}/updates`,
  update: (party: Party, childId: string, updateId: string) =>
    `${spaceRoot(party, childId)}/updates/${updateId}`,
  updatePhoto: (party: Party, childId: string, updateId: string) =>
    `${spaceRoot(party, childId)}/updates/${updateId}/photo`,
  familyTime: (party: Party, childId: string) => `${spaceRoot(party, childId)}/family-time`,
  familyTimeSession: (party: Party, childId: string, sessionId: string) =>
    `${spaceRoot(party, childId)}/family-time/${sessionId}`,
  familyTimeFeed: (token: string) => `/calendars/family-time/${token}.ics`,
  decisions: (party: Party, childId: string) => `${spaceRoot(party, childId)}/decisions`,
  decision: (party: Party, childId: string, requestId: string) =>
    `${spaceRoot(party, childId)}/decisions/${requestId}`,
  goingHome: (party: Party, childId: string) => `${spaceRoot(party, childId)}/going-home`,
};
