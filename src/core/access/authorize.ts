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
    recordType: auditTypeOf(action, resource),
    recordId: 'id' in resource ? resource.id : null,
    outcome: 'refused',
  });
  throw decision.isHidden ? new NotFound() : new Forbidden();
}

// An agency-wide refusal (a list, the audit trail) is filed under the kind of record it was about.
function auditTypeOf(action: Action, resource: Resource): AuditRecordType {
  if (resource.kind !== 'agency') return resource.kind;
  const subject = action.split('.')[0];
  switch (subject) {
    case 'child':
    case 'household':
    case 'user':
    case 'audit':
    case 'article':
      return subject;
    case 'recruitment':
      return 'prospective_carer';
    case 'event':
      return 'information_event';
    default:
      return 'settings';
  }
}
