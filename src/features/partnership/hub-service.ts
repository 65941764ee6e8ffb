// The space's front page: who is in it, how getting started is going, and a line about each part.
// Staff and carers see everyone and why each parent is at their level; a parent sees the carers by
// first name while the home is confidential, and nothing of the home itself.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import type { SpaceLevel } from '../../core/db/tables.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { findGuide } from './guide-store.ts';
import {
  findCarerNames,
  findPartSummaries,
  findPlacingAuthority,
  type PartSummaries,
} from './hub-store.ts';
import { findSpaceMembers, nameAsSeenBy, type SpaceMembers } from './members.ts';
import { withPartnershipChild, type PartnershipScene } from './space.ts';
import { loadStartOverview, type StartOverview } from './start-service.ts';

/** A parent as staff and carers see them in the space. */
export type HubParent = {
  userId: string;
  name: string;
  relationship: string;
  level: SpaceLevel;
  levelReason: string;
};

/** The front page for staff and carers. */
export type RecordHub = {
  side: 'record';
  child: { id: string; knownAs: string; fullName: string };
  careKind: 'foster' | 'kinship' | null;
  parents: HubParent[];
  carers: string[];
  worker: { name: string; label: string } | null;
  childSocialWorker: { name: string; placingAuthority: string } | null;
  carersRelationship: string;
  start: StartOverview | null;
  hasGuide: boolean;
  parts: PartSummaries;
  canManage: boolean;
};

/** The front page for a parent: nothing here may say where the child lives. */
export type FamilyHub = {
  side: 'family';
  child: { id: string; knownAs: string };
  yourLevel: SpaceLevel;
  carers: string[];
  worker: { name: string; label: string } | null;
  childSocialWorkerName: string;
  carersRelationship: string;
  hasHome: boolean;
  start: { introAt: Date | null; introHeldOn: string | null; comfortCallHeldOn: string | null };
  hasGuide: boolean;
  parts: PartSummaries;
};

// What both sides of the front page share: the people, named for this reader, and the parts.
type Shared = {
  members: SpaceMembers;
  carers: string[];
  worker: { name: string; label: string } | null;
  carersRelationship: string;
  start: StartOverview | null;
  hasGuide: boolean;
  parts: PartSummaries;
};

async function loadShared(scene: PartnershipScene): Promise<Shared> {
  const { tx, actor, party, child, home, settings, today } = scene;
  const members = await findSpaceMembers(tx.db, child.id, home);
  const isConfidential = home?.isConfidential ?? false;
  const carers = home
    ? (await findCarerNames(tx.db, home.householdId)).map((carer) =>
        nameAsSeenBy(party, carer, isConfidential),
      )
    : [];
  const worker = members.worker
    ? {
        name: members.worker.name,
        label: nameAsSeenBy(
          party,
          { name: members.worker.name, role: 'supervising_social_worker' },
          false,
        ),
      }
    : null;
  const { timeZone } = await getAgencySettings(tx.db);
  return {
    members,
    carers,
    worker,
    carersRelationship: home?.careKind === 'kinship' ? settings.carersRelationship : '',
    start: home ? await loadStartOverview(tx.db, home, today) : null,
    hasGuide: (await findGuide(tx.db, child.id)) !== null,
    parts: await findPartSummaries(
      tx.db,
      child.id,
      { userId: actor.userId, party },
      { now: tx.now, timeZone },
    ),
  };
}

/** The space's front page as this person may see it; the read is audited. */
export async function readHub(ctx: Ctx, childId: string): Promise<RecordHub | FamilyHub> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    await recordAudit(scene.tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: childId,
      fields: ['partnership_space'],
    });
    const shared = await loadShared(scene);
    return scene.party === 'parent' ? familyHubOf(scene, shared) : recordHubOf(scene, shared);
  });
}

// Only what a parent may know: no levels or reasons of others, no notes, nothing of the home.
function familyHubOf(scene: PartnershipScene, shared: Shared): FamilyHub {
  const { actor, child, home } = scene;
  const own = shared.members.parents.find((parent) => parent.userId === actor.userId);
  const row = shared.start?.row;
  return {
    side: 'family',
    child: { id: child.id, knownAs: child.knownAs },
    yourLevel: own?.level ?? 'reviewed',
    carers: shared.carers,
    worker: shared.worker,
    childSocialWorkerName: shared.members.childSocialWorkerName,
    carersRelationship: shared.carersRelationship,
    hasHome: home !== null,
    start: {
      introAt: row?.introScheduledAt ?? null,
      introHeldOn: row?.introHeldOn ?? null,
      comfortCallHeldOn: row?.comfortCallHeldOn ?? null,
    },
    hasGuide: shared.hasGuide,
    parts: shared.parts,
  };
}

async function recordHubOf(scene: PartnershipScene, shared: Shared): Promise<RecordHub> {
  const { tx, actor, child, home } = scene;
  const { members } = shared;
  return {
    side: 'record',
    child: { id: child.id, knownAs: child.knownAs, fullName: child.fullName },
    careKind: home?.careKind ?? null,
    parents: members.parents.map(({ userId, name, relationship, level, levelReason }) => ({
      userId,
      name,
      relationship,
      level,
      levelReason,
    })),
    carers: shared.carers,
    worker: shared.worker,
    childSocialWorker: members.childSocialWorkerName
      ? {
          name: members.childSocialWorkerName,
          placingAuthority: await findPlacingAuthority(tx.db, child.id),
        }
      : null,
    carersRelationship: shared.carersRelationship,
    start: shared.start,
    hasGuide: shared.hasGuide,
    parts: shared.parts,
    canManage: can(actor, 'partnership.manage', { kind: 'child', id: child.id }).allowed,
  };
}
