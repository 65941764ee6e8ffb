// The addresses of permanency planning's pages, in one place so links and routes agree.

/** The young person's own page about their future. */
export const OWN_FUTURE_PATH = '/my/future';

/** Where the young person asks a question or says what they think. */
export const OWN_VOICE_PATH = '/my/voice';

/** A child's permanency page, for staff and carers. */
export function permanencyPath(childId: string): string {
  return `/children/${childId}/permanency`;
}

/** The form for recording a conversation with the young person. */
export function newConversationPath(childId: string): string {
  return `${permanencyPath(childId)}/conversations/new`;
}

/** The form for recording the young person's chosen direction and the decision. */
export function newDecisionPath(childId: string): string {
  return `${permanencyPath(childId)}/decisions/new`;
}

/** The form for recording a looked-after review. */
export function newReviewPath(childId: string): string {
  return `${permanencyPath(childId)}/reviews/new`;
}
