// What other features may use of the stability figures.
export {
  computeStabilityFigures,
  countPlacementsInYear,
  isDuringYear,
  shareOf,
  stabilityYearFrom,
  type ChildFacts,
  type PlacementFacts,
  type Share,
  type StabilityFigures,
} from './stability-figures.ts';
