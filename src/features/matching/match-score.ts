// How well an eligible household fits a child, factor by factor, each explained in a sentence with
// the points it gave. Pure: the same facts always give the same score, which is what makes the
// ranking something a worker can check and argue with. The worker decides; this only informs.
import { assess } from './assess-factors.ts';
import { FACTORS, weightSum, type FactorKey, type Weights } from './factors.ts';
import type { ChildProfile, HouseholdProfile } from './profiles.ts';
import { formatPoints } from './words.ts';

export { nearness } from './assess-factors.ts';
export { FAR_KM, MUCH_YOUNGER_YEARS, NEAR_KM, TRAINING_SHARE } from './profiles.ts';
export type { ChildProfile, HouseholdProfile } from './profiles.ts';

/** One factor's part of the score. */
export type FactorScore = {
  factor: FactorKey;
  /** How well the household does on this factor, from 0 to 1. */
  value: number;
  points: number;
  maxPoints: number;
  /** Why, in a sentence without the points. */
  readonly sentence: string;
};

export type MatchScore = { total: number; factors: FactorScore[] };

// A factor's part of a score. Its sentence is worked out the first time it is read, by the same
// assessment that gave the value, so the words always match the points.
class Part implements FactorScore {
  private written: string | null = null;

  constructor(
    readonly factor: FactorKey,
    readonly value: number,
    readonly points: number,
    readonly maxPoints: number,
    private readonly child: ChildProfile,
    private readonly household: HouseholdProfile,
  ) {}

  get sentence(): string {
    this.written ??= assess(this.factor, this.child, this.household, true).sentence;
    return this.written;
  }
}

/**
 * Scores a household for a child: each factor's value (0 to 1) times its weight, shared out of
 * 100 in proportion to the weights, so the total is 0 to 100 whatever the weights add up to.
 */
export function scoreHousehold(
  child: ChildProfile,
  household: HouseholdProfile,
  weights: Weights,
): MatchScore {
  const sum = weightSum(weights);
  const scale = sum > 0 ? 100 / sum : 0;
  const factors: FactorScore[] = [];
  let total = 0;
  for (const factor of FACTORS) {
    const { value } = assess(factor, child, household, false);
    const maxPoints = weights[factor] * scale;
    factors.push(new Part(factor, value, value * maxPoints, maxPoints, child, household));
    total += value * maxPoints;
  }
  return { total: Math.min(100, Math.max(0, total)), factors };
}

/** A factor's sentence with its points: "Has experience of 2 of 3 needs (…): 24 of 30". */
export function factorSummary(score: FactorScore): string {
  return `${score.sentence}: ${formatPoints(score.points)} of ${formatPoints(score.maxPoints)}`;
}
