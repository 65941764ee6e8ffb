// What other parts may use of family time.
export { familyTimeRoutes } from './routes.tsx';
export { seedDemoFamilyTime } from './demo.ts';
export {
  findParentUpcomingFamilyTime,
  findUpcomingFamilyTime,
  type ParentUpcomingFamilyTime,
  type UpcomingFamilyTime,
} from './upcoming.ts';
export { familyTimePaths } from './views/paths.ts';
export { describeWhen } from './views/when.ts';
