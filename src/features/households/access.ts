// What every use case on one household needs first: the facts the policy decides on, and today.
import { recordAudit } from '../../core/access/audit.ts';
import type { Actor } from '../../core/access/actor.ts';
import type { Resource } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { Forbidden, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { unsafeFindHouseholdStatus } from './store.ts';

/** The household as the policy sees it; 404 when there is no such household. */
export async function householdResource(ctx: Ctx, id: string): Promise<Resource> {
  const status = await unsafeFindHouseholdStatus(ctx.db, id);
  if (!status) throw new NotFound();
  return { kind: 'household', id, status };
}

/** The agency's today, on its own clock. */
export async function agencyToday(ctx: Pick<Ctx, 'db' | 'now'>): Promise<string> {
  const { timeZone } = await getAgencySettings(ctx.db);
  return todayIn(timeZone, ctx.now);
}

/** Whether this person allocates supervising social workers: the registered manager alone. */
export function isAllocator(actor: Actor): boolean {
  return actor.role === 'registered_manager';
}

/**
 * Refuses anyone but the registered manager, after the policy has allowed household.update: the
 * allocated worker keeps the profile but does not choose who supervises the household. The
 * refusal is audited like the policy's own.
 */
export async function requireAllocator(ctx: Ctx, actor: Actor, householdId: string) {
  if (isAllocator(actor)) return;
  await recordAudit(ctx, {
    action: 'household.update',
    recordType: 'household',
    recordId: householdId,
    fields: ['supervising_worker'],
    outcome: 'refused',
  });
  throw new Forbidden('Only the registered manager allocates a supervising social worker');
}
