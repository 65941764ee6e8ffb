// What the score reads about a child and a household, and the numbers its factors use.
import type { Spot } from './distance.ts';

/** Training a carer has completed counts for this share of a need; experience counts in full. */
export const TRAINING_SHARE = 0.4;
/** Within this distance a household gets full points for being near; beyond FAR_KM, none. */
export const NEAR_KM = 3;
export const FAR_KM = 40;
/** A child this many years younger than a child whose behaviour can challenge is "much younger". */
export const MUCH_YOUNGER_YEARS = 4;
/** What a factor gives when it cannot tell households apart (an unknown place, say). */
export const NEUTRAL = 0.5;

/** What the score needs to know about the child (and the brothers and sisters with them). */
export type ChildProfile = {
  firstName: string;
  age: number;
  siblingAges: readonly number[];
  needs: readonly string[];
  prefersOnlyChild: boolean;
  languages: readonly string[];
  faith: string;
  ethnicity: string;
  schoolName: string;
  school: Spot | null;
  familyTime: Spot | null;
  /** Known to the agency already (a child record), so a household may have cared for them. */
  isKnownChild: boolean;
};

/** What the score needs to know about a household. */
export type HouseholdProfile = {
  spot: Spot | null;
  skills: readonly string[];
  /** The child's needs that completed training of the household's carers prepares for. */
  trainedNeeds: readonly string[];
  /** Children with attachment or trauma needs the household has cared for with us. */
  attachmentChildren: number;
  languages: readonly string[];
  faith: string;
  ethnicity: string;
  /** The ages of the children living there now: placed with them, and their own under 18. */
  childrenAges: readonly number[];
  /** Of the children placed there now, the ages of those who show sexualised behaviour. */
  sexualisedBehaviourAges: readonly number[];
  hasCaredForChild: boolean;
};
