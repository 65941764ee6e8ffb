import { DateTime } from 'luxon';
import type { CareType, ReferralUrgency } from '../../core/db/tables.ts';
import type { NeedCode } from '../children/index.ts';

/**
 * What a local authority tells the agency about a child who needs a home: the same whether staff
 * type it in or the authority's system sends it. Areas are the agency's own (by id).
 */
export type ReferralDetails = {
  authorityReference: string;
  childFirstName: string;
  childLastName: string;
  childDateOfBirth: string;
  childGender: string;
  childEthnicity: string;
  childFaith: string;
  childLanguages: string[];
  siblingsCount: number;
  siblingsAges: number[];
  siblingsTogether: boolean;
  careType: CareType;
  urgency: ReferralUrgency;
  neededBy: string | null;
  needs: NeedCode[];
  needsSummary: string;
  schoolName: string;
  schoolAreaId: string | null;
  schoolLatitude: number | null;
  schoolLongitude: number | null;
  familyTimeAreaId: string | null;
  familyTimeLatitude: number | null;
  familyTimeLongitude: number | null;
  avoidAreaId: string | null;
  prefersOnlyChild: boolean;
  socialWorkerName: string;
  socialWorkerEmail: string;
  socialWorkerPhone: string;
};

/** A referral as staff enter it: the details, which authority sent it, and a child already known. */
export type StaffReferralInput = ReferralDetails & { authorityId: string; childId: string | null };

/** The oldest a child can be when referred: the agency cares for children under 18. */
export const MAX_CHILD_AGE = 17;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCivilDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text).isValid;
}

/** True when someone born on this day is 18 or older on the given day. */
export function isAdultOn(dateOfBirth: string, today: string): boolean {
  return DateTime.fromISO(dateOfBirth).plus({ years: 18 }).toISODate()! <= today;
}

/** Field names as the audit trail lists them (names only, never values): child_first_name. */
export function auditFieldNames(keys: readonly string[]): string[] {
  return keys.map((key) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
}
