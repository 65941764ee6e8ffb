// The confidentiality check over each field of a family time form a parent will read, so the
// warning names the field that needs a look (the venue, the notes for the family) and the sender
// sees every warning at once.
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { assertSafeToSend } from '../partnership/confidentiality.ts';
import { findKnownLocatingDetails } from '../partnership/confidentiality-store.ts';
import type { PartnershipScene } from '../partnership/space.ts';

/**
 * Checks each named field's words; throws one Invalid with every warning, or returns whether the
 * sender sent anyway after a warning. Only staff's and carers' words are checked, and only while
 * the child's home is confidential.
 */
export async function assertFieldsSafeToSend(
  scene: Pick<PartnershipScene, 'tx' | 'party' | 'child' | 'home'>,
  fields: Record<string, string>,
  sendAnyway: boolean,
): Promise<boolean> {
  const isGuarded = scene.party !== 'parent' && (scene.home?.isConfidential ?? false);
  if (!isGuarded) return false;
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
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return wasWarned;
}
