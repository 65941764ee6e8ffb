// What other features may use of the partnership space's own pages.
export { partnershipRoutes } from './routes.tsx';
export { partnershipPaths } from './paths.ts';
export {
  loadGettingStartedDue,
  type GettingStartedDue,
  type GettingStartedDueItem,
} from './start-due.ts';
export { GettingStartedCard } from './views/getting-started-card.tsx';
export { seedDemoPartnershipSpace } from './demo.ts';
export { findPartSummaries, type PartSummaries } from './hub-store.ts';
