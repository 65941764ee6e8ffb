// Making and keeping a child's record: identity, legal status, social worker, school, health and
// needs. Placing staff make records; the staff who may change a child's record keep them.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { agencyToday } from './child-access.ts';
import { dateOfBirthProblem } from './child-rules.ts';
import { isListedLegalStatus, type TChildProfile } from './profile-schemas.ts';
import * as store from './profile-store.ts';
import { childName } from './views/words.ts';

export type { ChildProfileRow } from './profile-store.ts';

/** Refuses (403) anyone who may not make a child's record, before the form is shown. */
export async function checkCanCreateChild(ctx: Ctx): Promise<void> {
  await authorize(ctx, 'child.create');
}

/** What the child form chooses from: the agency's areas and the authorities it works with. */
export async function readChildFormChoices(ctx: Ctx) {
  return {
    areas: await store.findAreas(ctx.db),
    authorityNames: await store.findAuthorityNames(ctx.db),
  };
}

// Checks that need today or the database; each names its field.
async function profileErrors(
  ctx: Ctx,
  profile: TChildProfile,
  before: store.ChildProfileRow | null,
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const isNewOrChanged = !before || before.dateOfBirth !== profile.dateOfBirth;
  const birth = dateOfBirthProblem(profile.dateOfBirth, await agencyToday(ctx), isNewOrChanged);
  if (birth) errors.dateOfBirth = birth;
  // A status typed before the list existed may be kept as it is; a new one comes from the list.
  if (!isListedLegalStatus(profile.legalStatus) && profile.legalStatus !== before?.legalStatus) {
    errors.legalStatus = 'Choose the legal status from the list';
  }
  const areas = await store.findAreas(ctx.db);
  if (profile.schoolAreaId && !areas.some((area) => area.id === profile.schoolAreaId)) {
    errors.schoolAreaId = 'Choose an area from the list';
  }
  return errors;
}

/**
 * Makes a child's record. A child not yet living in a home is in no worker's scope, so the
 * answer says whether the person who made it may open it now.
 */
export async function createChild(
  ctx: Ctx,
  profile: TChildProfile,
): Promise<{ id: string; name: string; canRead: boolean }> {
  const { actor } = await authorize(ctx, 'child.create');
  const errors = await profileErrors(ctx, profile, null);
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return inTransaction(ctx, async (tx) => {
    const id = await store.insertChild(tx.db, profile);
    await recordAudit(tx, {
      action: 'child.created',
      recordType: 'child',
      recordId: id,
      fields: Object.keys(profile).map(snakeCase),
    });
    return {
      id,
      name: childName(profile),
      canRead: can(actor, 'child.read', { kind: 'child', id }).allowed,
    };
  });
}

/** A child's profile as the form shows it; the read is audited. */
export async function readChildProfile(ctx: Ctx, id: string): Promise<store.ChildProfileRow> {
  const { actor } = await authorize(ctx, 'child.update', { kind: 'child', id });
  return inTransaction(ctx, async (tx) => {
    const profile = await store.findChildProfile(tx.db, actor, id);
    if (!profile) throw new NotFound();
    await recordAudit(tx, {
      action: 'child.read',
      recordType: 'child',
      recordId: id,
      fields: ['profile'],
    });
    return profile;
  });
}

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Saves a child's profile; audited with the names of the fields that changed. */
export async function saveChildProfile(
  ctx: Ctx,
  id: string,
  profile: TChildProfile,
): Promise<{ name: string }> {
  const { actor } = await authorize(ctx, 'child.update', { kind: 'child', id });
  const before = await store.findChildProfile(ctx.db, actor, id);
  if (!before) throw new NotFound();
  const errors = await profileErrors(ctx, profile, before);
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return inTransaction(ctx, async (tx) => {
    await store.updateChild(tx.db, id, profile);
    const changed = (Object.keys(profile) as Array<keyof TChildProfile>).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(profile[key]),
    );
    await recordAudit(tx, {
      action: 'child.profile_changed',
      recordType: 'child',
      recordId: id,
      fields: changed.map(snakeCase),
    });
    return { name: childName(profile) };
  });
}
