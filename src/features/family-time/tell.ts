// Telling the people going to family time that something about it changed. The email says only
// "family time planned" or "a change to family time" and where to sign in; a parent who is not
// invited to the session hears nothing of it.
import { tellSpace, type NewThing } from '../partnership/notify.ts';
import type { SpaceMembers } from '../partnership/members.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import type { PartnershipScene } from '../partnership/space.ts';

/** Queues the emails to the parents named, the carers and the worker, except whoever acted. */
export async function tellAboutSession(
  scene: Pick<PartnershipScene, 'tx' | 'actor' | 'child' | 'settings'>,
  members: SpaceMembers,
  input: { what: NewThing; sessionId: string; parentIds: readonly string[]; publicUrl: string },
): Promise<void> {
  const { tx, actor, child, settings } = scene;
  await tellSpace(tx, {
    members: {
      ...members,
      parents: members.parents.filter((parent) => input.parentIds.includes(parent.userId)),
    },
    label: settings.emailLabel,
    what: input.what,
    exceptUserId: actor.userId,
    publicUrl: input.publicUrl,
    pathFor: (party) => partnershipPaths.familyTimeSession(party, child.id, input.sessionId),
  });
}
