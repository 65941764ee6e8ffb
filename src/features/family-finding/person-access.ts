// Every family finding use case is about one person on one child's map, for the staff who keep
// the child's record. A person on another child's map is a page that does not exist.
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { Locale } from '../../core/ui/terms.ts';
import { withBelongingChild, type BelongingScene } from '../belonging/child-access.ts';
import { findConnection, type Connection } from '../belonging/connection-store.ts';

/** The child's scene, the person, and the agency's locale for dates in messages. */
export type PersonScene = BelongingScene & { person: Connection; locale: Locale };

/**
 * Authorises 'belonging.manage' on the child (404 for strangers, 403 for those who may only look),
 * then runs `work` in one transaction with the person, or answers 404 when they are not on the map.
 */
export async function withPerson<T>(
  ctx: Ctx,
  childId: string,
  personId: string,
  work: (scene: PersonScene) => Promise<T>,
): Promise<T> {
  return withBelongingChild(ctx, 'belonging.manage', childId, async (scene) => {
    const person = await findConnection(scene.tx.db, childId, personId);
    if (!person) throw new NotFound();
    const { locale } = await getAgencySettings(scene.tx.db);
    return work({ ...scene, person, locale });
  });
}
