// What other features may use of permanency planning.
export { permanencyRoutes } from './routes.tsx';
export { summarisePermanencyDrift } from './drift-service.ts';
export { findPermanencyDrift, type DriftEntry } from './drift-store.ts';
export { PermanencyDriftCard } from './views/drift-card.tsx';
export { seedDemoPermanency } from './demo.ts';
export { OWN_FUTURE_PATH, permanencyPath } from './views/paths.ts';
