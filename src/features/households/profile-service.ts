// Keeping a household's profile: its terms of approval, skills, family life and location, and who
// supervises it. The allocated worker and the manager change the profile; only the manager
// allocates the worker.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { householdResource, requireAllocator } from './access.ts';
import type { THouseholdProfile } from './profile-schemas.ts';
import * as store from './profile-store.ts';

export type { HouseholdProfileRow } from './profile-store.ts';

/** The profile as the form shows it; refused as the record would be; the read is audited. */
export async function readHouseholdProfile(ctx: Ctx, id: string) {
  const { actor } = await authorize(ctx, 'household.update', await householdResource(ctx, id));
  return inTransaction(ctx, async (tx) => {
    const profile = await store.findProfile(tx.db, actor, id);
    if (!profile) throw new NotFound();
    await recordAudit(tx, {
      action: 'household.read',
      recordType: 'household',
      recordId: id,
      fields: ['terms_of_approval', 'profile'],
    });
    return profile;
  });
}

// The names of the fields a save changed, for the audit entry (never their values).
function changedFields(before: store.HouseholdProfileRow, after: THouseholdProfile): string[] {
  return (Object.keys(after) as Array<keyof THouseholdProfile>)
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
}

/** Saves the profile and terms; the change is audited with the names of the fields changed. */
export async function saveHouseholdProfile(
  ctx: Ctx,
  id: string,
  profile: THouseholdProfile,
): Promise<{ name: string }> {
  const { actor } = await authorize(ctx, 'household.update', await householdResource(ctx, id));
  return inTransaction(ctx, async (tx) => {
    const before = await store.findProfile(tx.db, actor, id);
    if (!before) throw new NotFound();
    await store.updateProfile(tx.db, id, profile);
    await recordAudit(tx, {
      action: 'household.profile_changed',
      recordType: 'household',
      recordId: id,
      fields: changedFields(before, profile),
    });
    return { name: before.name };
  });
}

/** The household and the workers who could supervise it, for the registered manager only; audited. */
export async function readWorkerChoice(ctx: Ctx, id: string) {
  const { actor } = await authorize(ctx, 'household.update', await householdResource(ctx, id));
  await requireAllocator(ctx, actor, id);
  return inTransaction(ctx, async (tx) => {
    const profile = await store.findProfile(tx.db, actor, id);
    if (!profile) throw new NotFound();
    await recordAudit(tx, {
      action: 'household.read',
      recordType: 'household',
      recordId: id,
      fields: ['name', 'supervising_worker'],
    });
    return {
      household: { id, name: profile.name, workerId: profile.workerId },
      workers: await store.findActiveWorkers(tx.db),
    };
  });
}

/** Allocates a supervising social worker to a household: the registered manager's decision. */
export async function changeSupervisingWorker(
  ctx: Ctx,
  id: string,
  workerId: string,
): Promise<{ name: string; workerName: string }> {
  const { actor } = await authorize(ctx, 'household.update', await householdResource(ctx, id));
  await requireAllocator(ctx, actor, id);
  return inTransaction(ctx, async (tx) => {
    const profile = await store.findProfile(tx.db, actor, id);
    if (!profile) throw new NotFound();
    const worker = (await store.findActiveWorkers(tx.db)).find((each) => each.id === workerId);
    if (!worker) {
      throw new Invalid({ workerId: 'Choose a supervising social worker from the list' });
    }
    await store.updateWorker(tx.db, id, workerId);
    await recordAudit(tx, {
      action: 'household.profile_changed',
      recordType: 'household',
      recordId: id,
      fields: ['supervising_worker'],
    });
    return { name: profile.name, workerName: worker.name };
  });
}
