import type { Ctx, SignedInCtx } from '../context.ts';
import { Forbidden, NotFound } from '../errors.ts';
import type { Action } from './actions.ts';
import { recordAudit, type AuditRecordType } from './audit.ts';
import { can, type Resource } from './policy.ts';

/** Narrows a context to a signed-in one; an anonymous caller is told nothing exists. */
export function requireActor(ctx: Ctx): SignedInCtx {
  if (!ctx.actor) throw new NotFound();
  return ctx as SignedInCtx;
}

/**
 * Asks the policy and, on refusal, writes the refusal to the audit trail and throws: NotFound
 * when the person may not know the record exists, Forbidden otherwise. Call it before opening the
 * use case's transaction, so a refusal's audit entry is not rolled back with it.
 */
export async function authorize(
  ctx: Ctx,
  action: Action,
  resource: Resource = { kind: 'agency' },
): Promise<SignedInCtx> {
  const signedIn = requireActor(ctx);
  const decision = can(signedIn.actor, action, resource);
  if (decision.allowed) return signedIn;
  await recordAudit(ctx, {
    action,
    recordType: auditTypeOf(resource),
    recordId: 'id' in resource ? resource.id : null,
    outcome: 'refused',
  });
  throw decision.isHidden ? new NotFound() : new Forbidden();
}

function auditTypeOf(resource: Resource): AuditRecordType {
  switch (resource.kind) {
    case 'agency':
      return 'settings';
    case 'user':
      return 'user';
    case 'household':
      return 'household';
    case 'child':
      return 'child';
  }
}
