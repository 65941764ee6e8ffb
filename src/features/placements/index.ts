// What other features may use of placements.
export { startPlacement, type NewPlacement } from './start.ts';
