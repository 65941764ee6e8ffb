// What other features may use of placements.
export { startPlacement, type NewPlacement } from './start.ts';
export { placementTasksFor, type PlacementTask } from './tasks.ts';
export { PlacementPlansCard } from './views/placement-plans-card.tsx';
export { seedDemoPlacementRecords } from './demo-records.ts';
export { END_REASON_KINDS, endReasonLabel, endingWords } from './words.ts';
export {
  placementPlanDeadline,
  planStatus,
  type PlanDeadline,
  type PlanStatus,
} from './plan-deadline.ts';
