// Words staff share with a child's birth family go through the partnership's confidentiality check
// first: while the child's home is confidential, the story must not tell the family where it is.
import type { Db } from '../../core/db/connect.ts';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { assertSafeToSend } from '../partnership/confidentiality.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import { findCurrentHome } from '../partnership/space.ts';

/** What is about to be shared, and the form field the warning belongs to. */
export type Sharing = {
  child: { id: string; knownAs: string };
  /** The field the warning is shown on: the words themselves, or the choice to share them. */
  field: string;
  texts: readonly string[];
  sendAnyway: boolean;
};

/**
 * The warning, by field, when the words look as if they locate the child in a confidential home,
 * and whether the worker shared them anyway after seeing it (to be kept in the audit trail).
 */
export async function problemsWithSharing(
  db: Db,
  sharing: Sharing,
): Promise<{ errors: FieldErrors; wasWarned: boolean }> {
  const home = await findCurrentHome(db, sharing.child.id);
  const isGuarded = home?.isConfidential ?? false;
  try {
    const wasWarned = assertSafeToSend({
      field: sharing.field,
      texts: sharing.texts,
      known: isGuarded ? await findKnownLocatingDetails(db, sharing.child.id, home) : [],
      isGuarded,
      sendAnyway: sharing.sendAnyway,
      childName: sharing.child.knownAs,
    });
    return { errors: {}, wasWarned };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { errors: error.fieldErrors, wasWarned: false };
  }
}

/** Refuses with the warning (Invalid) when sharing needs the worker's "send anyway" first. */
export async function assertSafeToShare(db: Db, sharing: Sharing): Promise<boolean> {
  const { errors, wasWarned } = await problemsWithSharing(db, sharing);
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return wasWarned;
}

/** The audit fields that say the worker shared after the warning. */
export function warnedFields(wasWarned: boolean): string[] {
  return wasWarned ? ['send_anyway'] : [];
}
