// What other features may use of family finding.
export { familyFindingRoutes } from './routes.tsx';
export { countCommittedAdults } from './committed-adults.ts';
export {
  summariseCommittedAdults,
  type CommittedAdultsEntry,
  type CommittedAdultsSummary,
} from './committed-adults-service.ts';
export {
  findYoungPeopleShortOfCommittedAdults,
  type ShortOfCommittedAdults,
} from './committed-adults-store.ts';
export { CommittedAdultsCard } from './views/committed-adults-card.tsx';
export { COMMITMENTS, commitmentLabel, type Commitment } from './commitments.ts';
export { personPath, pactPath } from './views/paths.ts';
export { seedDemoFamilyFinding } from './demo.ts';
