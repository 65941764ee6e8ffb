// What other features may use of shared decisions.
import type { Db } from '../../core/db/connect.ts';
import { countOpen } from './store.ts';

export { sharedDecisionRoutes } from './routes.tsx';
export { seedDemoDecisions } from './demo.ts';
export { mayDecide } from './rules.ts';

/** How many requests for a decision about a child wait for an answer (callers authorise the child). */
export async function countOpenDecisions(db: Db, childId: string): Promise<number> {
  return countOpen(db, childId);
}
