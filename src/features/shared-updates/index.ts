// What other features may use of the shared updates.
import type { Db } from '../../core/db/connect.ts';
import type { UpdateTopic } from '../../core/db/tables.ts';
import * as store from './store.ts';

export { sharedUpdateRoutes } from './routes.tsx';
export { seedDemoUpdates } from './demo.ts';
export { newUpdatePath } from './views/paths.ts';

/** An update in brief, for the space's home pages. */
export type LatestUpdate = {
  id: string;
  topic: UpdateTopic;
  happenedOn: string;
  authorId: string;
  createdAt: Date;
};

/**
 * The newest updates about a child, in brief. The caller has already decided the reader may see
 * the child's space (every update there is for everyone in it) and names authors via nameAsSeenBy.
 */
export async function findLatestUpdates(
  db: Db,
  childId: string,
  limit: number,
): Promise<LatestUpdate[]> {
  return store.findLatestUpdates(db, childId, limit);
}
