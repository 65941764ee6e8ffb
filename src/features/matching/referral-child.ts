// A referral turned into the child matching looks for a home for. Pure.
import type { CareType } from '../../core/db/tables.ts';
import { ageOn } from '../../core/time/dates.ts';
import { spotOf } from './distance.ts';
import { groupSizeOf } from './hard-rules.ts';
import type { MatchChild } from './ranking.ts';

/** What a referral says about the child and the home they need, with its areas' positions. */
export type ReferralFacts = {
  id: string;
  reference: string;
  childId: string | null;
  childFirstName: string;
  childLastName: string;
  childDateOfBirth: string;
  childLanguages: string[];
  childFaith: string;
  childEthnicity: string;
  siblingsCount: number;
  siblingsTogether: boolean;
  siblingsAges: number[];
  careType: CareType;
  neededBy: string | null;
  needs: string[];
  schoolName: string;
  schoolLatitude: number | null;
  schoolLongitude: number | null;
  schoolAreaLatitude: number | null;
  schoolAreaLongitude: number | null;
  familyTimeLatitude: number | null;
  familyTimeLongitude: number | null;
  familyTimeAreaLatitude: number | null;
  familyTimeAreaLongitude: number | null;
  avoidAreaId: string | null;
  prefersOnlyChild: boolean;
};

/** The day the child's age is taken on: when the home is needed, or today if that has passed. */
export function matchingDate(neededBy: string | null, today: string): string {
  return neededBy !== null && neededBy > today ? neededBy : today;
}

/** The child (and the brothers and sisters with them) as matching weighs them. */
export function matchChildFrom(referral: ReferralFacts, today: string): MatchChild {
  const together = referral.siblingsTogether;
  return {
    childId: referral.childId,
    firstName: referral.childFirstName,
    age: ageOn(referral.childDateOfBirth, matchingDate(referral.neededBy, today)),
    groupSize: groupSizeOf(referral),
    siblingAges: together ? referral.siblingsAges.slice(0, referral.siblingsCount) : [],
    careType: referral.careType,
    needs: referral.needs,
    avoidAreaId: referral.avoidAreaId,
    prefersOnlyChild: referral.prefersOnlyChild,
    languages: referral.childLanguages,
    faith: referral.childFaith,
    ethnicity: referral.childEthnicity,
    schoolName: referral.schoolName,
    school: spotOf(
      { latitude: referral.schoolLatitude, longitude: referral.schoolLongitude },
      { latitude: referral.schoolAreaLatitude, longitude: referral.schoolAreaLongitude },
    ),
    familyTime: spotOf(
      { latitude: referral.familyTimeLatitude, longitude: referral.familyTimeLongitude },
      { latitude: referral.familyTimeAreaLatitude, longitude: referral.familyTimeAreaLongitude },
    ),
    isKnownChild: referral.childId !== null,
  };
}
