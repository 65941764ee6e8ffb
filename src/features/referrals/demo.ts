// The demo agency's referrals: two councils, and four children waiting for a home in different
// ways, so matching has something true to life to work on.
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { ReferralStatus } from '../../core/db/tables.ts';
import type { ReferralDetails } from './input.ts';
import { agencyToday } from './service.ts';
import * as authorities from './authorities-store.ts';
import * as choices from './choices-store.ts';
import * as store from './store.ts';

/** The demo's councils. */
export const DEMO_AUTHORITIES = [
  { name: 'Northshire County Council', email: 'placements@northshire.example.gov.uk' },
  { name: 'Riverbank City Council', email: 'childrens.placements@riverbank.example.gov.uk' },
] as const;

type DemoReferral = {
  authority: 0 | 1;
  via: 'staff' | 'api';
  receivedDaysAgo: number;
  age: { years: number; days: number };
  status: ReferralStatus;
  response?: { text: string; daysAgo: number };
  neededInDays: number | null;
  areas: { school?: string; familyTime?: string; avoid?: string };
  details: Omit<
    ReferralDetails,
    | 'childDateOfBirth'
    | 'neededBy'
    | 'schoolAreaId'
    | 'familyTimeAreaId'
    | 'avoidAreaId'
    | 'schoolLatitude'
    | 'schoolLongitude'
    | 'familyTimeLatitude'
    | 'familyTimeLongitude'
  >;
};

const NO_SIBLINGS = { siblingsCount: 0, siblingsAges: [], siblingsTogether: true };

const DEMO_REFERRALS: DemoReferral[] = [
  {
    authority: 1,
    via: 'api',
    receivedDaysAgo: 0,
    age: { years: 14, days: 120 },
    status: 'new',
    neededInDays: 0,
    areas: { familyTime: 'Riverside', avoid: 'Eastbrook' },
    details: {
      authorityReference: 'RCC-EDT-5521',
      childFirstName: 'Kai',
      childLastName: 'Brennan',
      childGender: 'Boy',
      childEthnicity: 'White British',
      childFaith: '',
      childLanguages: ['English'],
      ...NO_SIBLINGS,
      careType: 'emergency',
      urgency: 'immediate',
      needs: ['behaviour', 'exploitation', 'teenager'],
      needsSummary:
        'Kai needs somewhere safe tonight after his mum’s partner was arrested. He has gone missing twice this year and was found with older young people the police are worried about. He loves football and talks more when doing something side by side.',
      schoolName: 'Riverside Academy',
      prefersOnlyChild: true,
      socialWorkerName: 'Amir Haddad (emergency duty team)',
      socialWorkerEmail: 'edt@riverbank.example.gov.uk',
      socialWorkerPhone: '0161 555 0199',
    },
  },
  {
    authority: 0,
    via: 'staff',
    receivedDaysAgo: 5,
    age: { years: 10, days: 200 },
    status: 'matching',
    neededInDays: 42,
    areas: { school: 'Northfield', familyTime: 'Northfield' },
    details: {
      authorityReference: 'NCC-LAC-20931',
      childFirstName: 'Ellie',
      childLastName: 'Shaw',
      childGender: 'Girl',
      childEthnicity: 'Mixed White and Black Caribbean',
      childFaith: 'Christian',
      childLanguages: ['English'],
      ...NO_SIBLINGS,
      careType: 'long_term',
      urgency: 'planned',
      needs: ['attachment', 'trauma'],
      needsSummary:
        'Ellie has had three moves in two years and finds it hard to trust adults; she can push carers away when she starts to feel settled. A calm, predictable home with carers who have therapeutic parenting training would help most. She should stay at her school, where she is doing well.',
      schoolName: 'Northfield Primary School',
      prefersOnlyChild: false,
      socialWorkerName: 'Joanne Whitfield',
      socialWorkerEmail: 'joanne.whitfield@northshire.example.gov.uk',
      socialWorkerPhone: '01632 960 418',
    },
  },
  {
    authority: 0,
    via: 'api',
    receivedDaysAgo: 1,
    age: { years: 7, days: 30 },
    status: 'new',
    neededInDays: 6,
    areas: { school: 'Hillcrest', familyTime: 'Hillcrest' },
    details: {
      authorityReference: 'NCC-LAC-21007',
      childFirstName: 'Ruby',
      childLastName: 'Patel',
      childGender: 'Girl',
      childEthnicity: 'Asian British (Indian)',
      childFaith: 'Hindu',
      childLanguages: ['English', 'Gujarati'],
      siblingsCount: 1,
      siblingsAges: [5],
      siblingsTogether: true,
      careType: 'short_term',
      urgency: 'within_week',
      needs: ['trauma', 'education'],
      needsSummary:
        'Ruby and her brother Arjun (5) must stay together: Ruby looks after him and he is anxious when she is out of sight. Ruby has missed a lot of school and needs help to catch up. Their grandmother sees them every week.',
      schoolName: 'Hillcrest Infant and Junior School',
      prefersOnlyChild: false,
      socialWorkerName: 'Priyanka Desai',
      socialWorkerEmail: 'priyanka.desai@northshire.example.gov.uk',
      socialWorkerPhone: '',
    },
  },
  {
    authority: 1,
    via: 'staff',
    receivedDaysAgo: 12,
    age: { years: 16, days: 90 },
    status: 'declined',
    response: {
      text: 'We are sorry: none of our households approved for remand care has room in the next month. We will tell you straight away if that changes.',
      daysAgo: 10,
    },
    neededInDays: null,
    areas: { familyTime: 'Riverside' },
    details: {
      authorityReference: 'RCC-YJ-0412',
      childFirstName: 'Owen',
      childLastName: 'Hughes',
      childGender: 'Boy',
      childEthnicity: 'White Welsh',
      childFaith: '',
      childLanguages: ['English', 'Welsh'],
      ...NO_SIBLINGS,
      careType: 'remand',
      urgency: 'within_week',
      needs: ['behaviour', 'substance_use', 'teenager'],
      needsSummary:
        'Owen is remanded to local authority accommodation until his trial. He wants to keep his college place and his part-time job.',
      schoolName: 'Riverbank College',
      prefersOnlyChild: true,
      socialWorkerName: 'Carys Morgan',
      socialWorkerEmail: 'carys.morgan@riverbank.example.gov.uk',
      socialWorkerPhone: '0161 555 0142',
    },
  },
];

/**
 * Loads two demo councils and four referrals: an emergency tonight, a planned long-term home for
 * a 10-year-old, a brother and sister to keep together, and one already declined. No API keys:
 * a person makes those.
 */
export async function seedDemoReferrals(tx: Ctx): Promise<void> {
  const today = DateTime.fromISO(await agencyToday(tx));
  const authorityIds: string[] = [];
  for (const authority of DEMO_AUTHORITIES) {
    const existing = (await choices.findAuthorityOptions(tx.db)).find(
      (each) => each.name.toLowerCase() === authority.name.toLowerCase(),
    );
    authorityIds.push(existing?.id ?? (await authorities.insertAuthority(tx.db, authority)));
  }
  const areas = await choices.findAreaOptions(tx.db);
  const areaId = (name: string | undefined) => areas.find((area) => area.name === name)?.id ?? null;
  const daysAgo = (days: number) => new Date(tx.now.getTime() - days * 86_400_000);
  for (const demo of DEMO_REFERRALS) {
    const { id } = await store.insertReferral(
      tx.db,
      {
        ...demo.details,
        childDateOfBirth: today.minus(demo.age).toISODate()!,
        neededBy:
          demo.neededInDays === null ? null : today.plus({ days: demo.neededInDays }).toISODate(),
        schoolAreaId: areaId(demo.areas.school),
        schoolLatitude: null,
        schoolLongitude: null,
        familyTimeAreaId: areaId(demo.areas.familyTime),
        familyTimeLatitude: null,
        familyTimeLongitude: null,
        avoidAreaId: areaId(demo.areas.avoid),
        authorityId: authorityIds[demo.authority]!,
        childId: null,
        receivedVia: demo.via,
        receivedAt: daysAgo(demo.receivedDaysAgo),
        createdBy: null,
      },
      today.toFormat('yyyy'),
    );
    if (demo.response) {
      const at = daysAgo(demo.response.daysAgo);
      const outcome = { status: demo.status, response: demo.response.text, handledBy: null };
      await store.updateReferralResponse(tx.db, id, outcome, at);
    } else if (demo.status !== 'new') {
      await store.updateReferralStatus(tx.db, id, demo.status, daysAgo(demo.receivedDaysAgo));
    }
  }
}
