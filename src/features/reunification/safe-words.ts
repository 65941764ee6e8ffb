// The confidentiality check over the words of a plan that a parent will read, field by field, so
// each box that might say where the child lives carries its own warning.
import type { FieldErrors } from '../../core/errors.ts';
import { Invalid } from '../../core/errors.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import { assertSafeToSend } from '../partnership/confidentiality.ts';
import type { PartnershipScene } from '../partnership/space.ts';

/** What the check found: each field's warning, and whether the writer chose to send anyway. */
export type WordsCheck = { errors: FieldErrors; wasWarned: boolean };

/**
 * Checks each field's words for anything that would locate the child while their home is
 * confidential. Returns the warnings rather than throwing, so the form can show them with its
 * other problems.
 */
export async function checkWordsForFamily(
  scene: Pick<PartnershipScene, 'tx' | 'party' | 'child' | 'home'>,
  fields: Record<string, string>,
  sendAnyway: boolean,
): Promise<WordsCheck> {
  const isGuarded = scene.party !== 'parent' && (scene.home?.isConfidential ?? false);
  if (!isGuarded) return { errors: {}, wasWarned: false };
  const known = await findKnownLocatingDetails(scene.tx.db, scene.child.id, scene.home);
  const errors: FieldErrors = {};
  let wasWarned = false;
  for (const [field, text] of Object.entries(fields)) {
    try {
      const warned = assertSafeToSend({
        field,
        texts: [text],
        known,
        isGuarded,
        sendAnyway,
        childName: scene.child.knownAs,
      });
      wasWarned ||= warned;
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      Object.assign(errors, error.fieldErrors);
    }
  }
  return { errors, wasWarned };
}

/** Throws the form's problems, if it has any. */
export function throwIfAny(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
}
