// Builders for tests of referrals and the referrals API: councils, keys and referrals with
// sensible details, each overridable.
import type { Db } from '../../core/db/connect.ts';
import { apiKeys } from '../../core/db/tables.ts';
import { newApiKey } from './api-keys.ts';
import * as authorities from './authorities-store.ts';
import type { ReferralDetails } from './input.ts';
import * as store from './store.ts';

/** A local authority. */
export async function buildAuthority(db: Db, name = 'Northshire County Council'): Promise<string> {
  return authorities.insertAuthority(db, { name, email: '' });
}

/** An API key for an authority; returns the key itself, as it was shown once. */
export async function buildApiKey(
  db: Db,
  authorityId: string,
  overrides: { label?: string; revokedAt?: Date } = {},
): Promise<{ id: string; key: string }> {
  const { key, keyHash, keyPrefix } = newApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({
      authorityId,
      label: overrides.label ?? 'Children’s services system',
      keyPrefix,
      keyHash,
      revokedAt: overrides.revokedAt ?? null,
    })
    .returning({ id: apiKeys.id });
  return { id: row!.id, key };
}

/** A referral's details: Mia Price, 9, planned long-term care. */
export function referralDetails(overrides: Partial<ReferralDetails> = {}): ReferralDetails {
  return {
    authorityReference: 'NCC-1',
    childFirstName: 'Mia',
    childLastName: 'Price',
    childDateOfBirth: '2017-03-14',
    childGender: 'Girl',
    childEthnicity: '',
    childFaith: '',
    childLanguages: ['English'],
    siblingsCount: 0,
    siblingsAges: [],
    siblingsTogether: true,
    careType: 'long_term',
    urgency: 'planned',
    neededBy: null,
    needs: ['attachment'],
    needsSummary: '',
    schoolName: '',
    schoolAreaId: null,
    schoolLatitude: null,
    schoolLongitude: null,
    familyTimeAreaId: null,
    familyTimeLatitude: null,
    familyTimeLongitude: null,
    avoidAreaId: null,
    prefersOnlyChild: false,
    socialWorkerName: 'Joanne Whitfield',
    socialWorkerEmail: '',
    socialWorkerPhone: '',
    ...overrides,
  };
}

/** A referral from an authority, entered by staff; returns its id. */
export async function buildReferral(
  db: Db,
  authorityId: string,
  overrides: Partial<ReferralDetails> & { receivedAt?: Date; childId?: string | null } = {},
): Promise<string> {
  const { receivedAt, childId, ...details } = overrides;
  const { id } = await store.insertReferral(
    db,
    {
      ...referralDetails(details),
      authorityId,
      childId: childId ?? null,
      receivedVia: 'staff',
      receivedAt: receivedAt ?? new Date('2026-11-20T09:00:00Z'),
      createdBy: null,
    },
    '2026',
  );
  return id;
}

/** The staff form's fields for a good referral, each overridable. */
export function referralFormFields(
  authorityId: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    authorityId,
    authorityReference: 'NCC-77',
    childFirstName: 'Ellie',
    childLastName: 'Shaw',
    childDateOfBirth: '2016-05-02',
    childGender: 'Girl',
    childEthnicity: '',
    childFaith: '',
    childLanguages: 'English',
    siblingsCount: '0',
    siblingsAges: '',
    siblingsTogether: 'yes',
    careType: 'long_term',
    urgency: 'planned',
    neededBy: '2027-01-10',
    needs: 'attachment',
    needsSummary: 'Needs a calm home.',
    schoolName: 'Northfield Primary School',
    schoolAreaId: '',
    schoolLatitude: '',
    schoolLongitude: '',
    familyTimeAreaId: '',
    familyTimeLatitude: '',
    familyTimeLongitude: '',
    avoidAreaId: '',
    socialWorkerName: 'Joanne Whitfield',
    socialWorkerEmail: 'joanne@northshire.example.gov.uk',
    socialWorkerPhone: '01632 960418',
    childId: '',
    ...overrides,
  };
}

/** A referral as an authority's system sends it, each field overridable. */
export function referralJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    authorityReference: 'RCC-5521',
    childFirstName: 'Kai',
    childLastName: 'Brennan',
    childDateOfBirth: '2012-07-30',
    careType: 'emergency',
    urgency: 'immediate',
    neededBy: '2026-11-23',
    needs: ['behaviour', 'teenager'],
    socialWorkerName: 'Amir Haddad',
    socialWorkerEmail: 'amir.haddad@riverbank.example.gov.uk',
    ...overrides,
  };
}
