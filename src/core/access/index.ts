// What features use of access control and the audit trail.
export { ACTIONS, type Action } from './actions.ts';
export { type Actor, type Reach, EMPTY_REACH, loadReach } from './actor.ts';
export { recordAudit, type AuditEntry, type AuditAction, type AuditRecordType } from './audit.ts';
export { authorize, requireActor } from './authorize.ts';
export { can, type Decision, type Resource } from './policy.ts';
export { ROLES, STAFF_ROLES, type Role, isRole, isStaff, isCarer } from './roles.ts';
export { scope, type ScopeTarget } from './scope.ts';
export { verifyAuditChain, type AuditVerification } from './verify-audit.ts';
