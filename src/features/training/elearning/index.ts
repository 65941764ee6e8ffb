// What other parts may use of e-learning: carers' progress for the training record, the modules
// suggested to a carer, the demo content, and the routes.
export { findElearningProgressOf, findSuggestedModules } from './carer-progress.ts';
export type { ElearningProgress, SuggestedModule } from './carer-progress.ts';
export type { ModuleStatus } from './progress-rules.ts';
export { seedDemoElearning } from './demo-elearning.ts';
export { elearningRoutes } from './routes.tsx';
