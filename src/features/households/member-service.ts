// The people who live in a household, and the checks on each of them (DBS, medical, references,
// local authority checks), kept by the staff who keep the household's record.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { ageOn } from '../../core/time/dates.ts';
import { agencyToday, householdResource } from './access.ts';
import { checkDateErrors, defaultRenewBy } from './check-rules.ts';
import type { TMemberCheck, TNewMember } from './profile-schemas.ts';
import * as store from './profile-store.ts';

/** The household a member is being added to, for the form's heading; the read is audited. */
export async function readHouseholdForNewMember(ctx: Ctx, id: string) {
  const { actor } = await authorize(ctx, 'household.update', await householdResource(ctx, id));
  return inTransaction(ctx, async (tx) => {
    const profile = await store.findProfile(tx.db, actor, id);
    if (!profile) throw new NotFound();
    await recordAudit(tx, {
      action: 'household.read',
      recordType: 'household',
      recordId: id,
      fields: ['name'],
    });
    return { id, name: profile.name };
  });
}

// Carers and other adults are adults; a birth child may be any age.
function memberErrors(member: TNewMember, today: string): Record<string, string> {
  if (member.dateOfBirth > today) {
    return { dateOfBirth: 'The date of birth must be today or in the past' };
  }
  if (member.memberRole !== 'birth_child' && ageOn(member.dateOfBirth, today) < 18) {
    return {
      dateOfBirth:
        'A carer or another adult must be 18 or over: check the date of birth, or choose child of the family',
    };
  }
  return {};
}

/** Adds someone to a household; audited as a new household member. */
export async function addMember(ctx: Ctx, id: string, member: TNewMember): Promise<string> {
  const { actor } = await authorize(ctx, 'household.update', await householdResource(ctx, id));
  const errors = memberErrors(member, await agencyToday(ctx));
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return inTransaction(ctx, async (tx) => {
    if (!(await store.findProfile(tx.db, actor, id))) throw new NotFound();
    const memberId = await store.insertMember(tx.db, { householdId: id, ...member });
    await recordAudit(tx, {
      action: 'household.member_added',
      recordType: 'household_member',
      recordId: memberId,
      fields: ['first_name', 'last_name', 'member_role', 'date_of_birth'],
    });
    return memberId;
  });
}

/** A member of a household, for recording a check on them; the read is audited. */
export async function readMemberForCheck(ctx: Ctx, householdId: string, memberId: string) {
  const { actor } = await authorize(
    ctx,
    'household.update',
    await householdResource(ctx, householdId),
  );
  return inTransaction(ctx, async (tx) => {
    const household = await store.findProfile(tx.db, actor, householdId);
    const member = await store.findMember(tx.db, householdId, memberId);
    if (!household || !member) throw new NotFound();
    await recordAudit(tx, {
      action: 'household.read',
      recordType: 'household_member',
      recordId: memberId,
      fields: ['name'],
    });
    return { household: { id: householdId, name: household.name }, member };
  });
}

/**
 * Records a check on a member. A DBS check left without a renew-by date gets the agency's
 * three-year renewal (HOUSEHOLD_RULES.checks).
 */
export async function recordCheck(
  ctx: Ctx,
  householdId: string,
  memberId: string,
  check: TMemberCheck,
): Promise<{ renewBy: string | null }> {
  const { actor } = await authorize(
    ctx,
    'household.update',
    await householdResource(ctx, householdId),
  );
  const renewBy = check.renewBy ?? defaultRenewBy(check.kind, check.completedOn);
  const errors = checkDateErrors({ ...check, renewBy }, await agencyToday(ctx));
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return inTransaction(ctx, async (tx) => {
    const household = await store.findProfile(tx.db, actor, householdId);
    const member = await store.findMember(tx.db, householdId, memberId);
    if (!household || !member) throw new NotFound();
    await store.insertCheck(tx.db, { memberId, ...check, renewBy, recordedBy: actor.userId });
    await recordAudit(tx, {
      action: 'household.check_recorded',
      recordType: 'household_member',
      recordId: memberId,
      fields: [check.kind],
    });
    return { renewBy };
  });
}
