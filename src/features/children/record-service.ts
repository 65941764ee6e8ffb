// The child's whole record as its page shows it: who they are, their needs, the people around
// them and who decides what. Matching exclusions are for the staff who keep the record.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { findChildProfile, type ChildProfileRow } from './profile-store.ts';
import * as relations from './relations-store.ts';
import { findHomesAndFamily, type CurrentHome, type PastOrPresentHome } from './service.ts';
import type { BirthParent } from './store.ts';

/** A brother or sister as the record shows them: linked when the reader may open their record. */
export type SiblingEntry = Awaited<ReturnType<typeof relations.findSiblings>>[number] & {
  isReadable: boolean;
};

/** The child's whole record. */
export type ChildFullRecord = Omit<ChildProfileRow, 'photoFileId'> & {
  hasPhoto: boolean;
  home: CurrentHome | null;
  homes: PastOrPresentHome[];
  birthParents: BirthParent[];
  siblings: SiblingEntry[];
  importantPeople: Awaited<ReturnType<typeof relations.findImportantPeople>>;
  delegatedAuthority: Awaited<ReturnType<typeof relations.findDelegatedAuthority>>;
  /** Null when the reader may not see them (carers). */
  exclusions: Awaited<ReturnType<typeof relations.findExclusions>> | null;
  abilities: { canSeeAuditTrail: boolean; canEdit: boolean };
};

// What a read of the whole record shows, for the audit entry.
const SHOWN = [
  'names',
  'date_of_birth',
  'gender',
  'identity',
  'legal_status',
  'placing_authority',
  'social_worker',
  'school',
  'health',
  'needs',
  'homes',
  'birth_parents',
  'siblings',
  'important_people',
  'delegated_authority',
  'photo',
];

/** Reads a child's whole record: 404 for anyone unrelated, 403 for their family; audited. */
export async function readChildRecord(ctx: Ctx, id: string): Promise<ChildFullRecord> {
  const { actor } = await authorize(ctx, 'child.read', { kind: 'child', id });
  // The same rule that lets a person change the record lets them see who it must never meet.
  const canEdit = can(actor, 'child.update', { kind: 'child', id }).allowed;
  return inTransaction(ctx, async (tx) => {
    const profile = await findChildProfile(tx.db, actor, id);
    if (!profile) throw new NotFound();
    const siblings = (await relations.findSiblings(tx.db, id)).map((sibling) => ({
      ...sibling,
      isReadable: can(actor, 'child.read', { kind: 'child', id: sibling.id }).allowed,
    }));
    const record = {
      ...(await findHomesAndFamily(tx.db, actor, id)),
      siblings,
      importantPeople: await relations.findImportantPeople(tx.db, id),
      delegatedAuthority: await relations.findDelegatedAuthority(tx.db, id),
      exclusions: canEdit ? await relations.findExclusions(tx.db, id) : null,
    };
    await recordAudit(tx, {
      action: 'child.read',
      recordType: 'child',
      recordId: id,
      fields: canEdit ? [...SHOWN, 'matching_exclusions'] : SHOWN,
    });
    const { photoFileId, ...rest } = profile;
    return {
      ...rest,
      ...record,
      hasPhoto: photoFileId !== null,
      abilities: { canSeeAuditTrail: can(actor, 'audit.read').allowed, canEdit },
    };
  });
}
