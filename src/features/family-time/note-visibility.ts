// Who reads which note after family time. A worker's notes are professional judgement: staff
// only. A carer's notes are for the people looking after the child. A parent's own note goes to
// the people caring for the child, and back to that parent; other parents never see it. The
// child's own words, written down by a carer or worker, stay with the adults caring for them.
import type { FamilyTimeParty } from '../../core/db/tables.ts';
import type { Party } from '../partnership/space.ts';

/** Whether this reader sees this note. */
export function isNoteVisible(
  reader: { party: Party; userId: string },
  note: { party: FamilyTimeParty; authorId: string },
): boolean {
  if (reader.party === 'staff') return true;
  switch (note.party) {
    case 'worker':
      return false;
    case 'carer':
    case 'child':
      return reader.party === 'carer';
    case 'parent':
      return reader.party === 'carer' || reader.userId === note.authorId;
  }
}
