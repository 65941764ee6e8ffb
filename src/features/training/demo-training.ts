// The demo agency's training programme: term dates for each demo area, two venues in each, the
// course catalogue and a dozen sessions coming up, all of which keep to the session rule.
import { DateTime } from 'luxon';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../core/context.ts';
import { areas, users } from '../../core/db/tables.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { checkClassroomSession, type AreaCalendar } from './session-rules.ts';
import * as store from './store.ts';

type DemoCourse = Omit<store.NewCourse, 'id'>;

const COURSES: DemoCourse[] = [
  {
    title: 'Attachment and therapeutic care',
    summary: 'Why early relationships shape how children trust, and how carers can rebuild that.',
    learningOutcomes: [
      'Recognise attachment patterns in children who have been hurt',
      'Use calm, predictable care to help a child feel safe',
    ],
    durationMinutes: 180,
    deliveryMode: 'classroom',
    isMandatory: true,
    audience: 'all_carers',
    refresherMonths: null,
    tsdsStandards: [1, 5],
  },
  {
    title: 'Managing behaviour',
    summary: 'Understanding what behaviour is telling you, and responding without escalating.',
    learningOutcomes: [
      'Spot the feelings behind difficult behaviour',
      'Set boundaries with warmth',
      'Record incidents clearly',
    ],
    durationMinutes: 180,
    deliveryMode: 'classroom',
    isMandatory: true,
    audience: 'all_carers',
    refresherMonths: null,
    tsdsStandards: [2, 4, 5],
  },
  {
    title: 'Relationships and family time',
    summary: 'Supporting children to keep the relationships that matter to them, including family.',
    learningOutcomes: [
      'Prepare a child for family time and support them afterwards',
      'Work alongside birth parents with respect',
    ],
    durationMinutes: 180,
    deliveryMode: 'classroom',
    isMandatory: false,
    audience: 'all_carers',
    refresherMonths: null,
    tsdsStandards: [1, 4],
  },
  {
    title: 'Safeguarding children',
    summary:
      'Keeping children safe from harm, online and offline, and what to do if you are worried.',
    learningOutcomes: [
      'Know the signs of abuse and exploitation',
      'Know who to tell and how to record a concern',
      'Keep children safe online',
    ],
    durationMinutes: 180,
    deliveryMode: 'both',
    isMandatory: true,
    audience: 'all_carers',
    refresherMonths: 36,
    tsdsStandards: [3, 6],
  },
  {
    title: 'Child development',
    summary: 'How children grow and learn from birth to adulthood, and how trauma can delay it.',
    learningOutcomes: [
      'Describe the main stages of development',
      'Support a child who is behind for their age',
    ],
    durationMinutes: 180,
    deliveryMode: 'both',
    isMandatory: true,
    audience: 'new_carers',
    refresherMonths: null,
    tsdsStandards: [5],
  },
  {
    title: 'Health and wellbeing',
    summary: 'Looking after children’s physical, mental and emotional health, and your own.',
    learningOutcomes: [
      'Keep health records and appointments up to date',
      'Notice when a child’s mental health needs help',
    ],
    durationMinutes: 120,
    deliveryMode: 'both',
    isMandatory: false,
    audience: 'all_carers',
    refresherMonths: null,
    tsdsStandards: [3],
  },
  {
    title: 'Identity, culture and faith',
    summary: 'Helping children understand and be proud of who they are and where they come from.',
    learningOutcomes: [
      'Support a child’s identity, culture, faith and language',
      'Keep life story memories safe',
    ],
    durationMinutes: 150,
    deliveryMode: 'classroom',
    isMandatory: false,
    audience: 'all_carers',
    refresherMonths: null,
    tsdsStandards: [1, 4],
  },
  {
    title: 'Skills to Foster',
    summary: 'The preparation course for people becoming foster carers.',
    learningOutcomes: [
      'Understand what fostering asks of the whole household',
      'Know how the agency and the child’s social worker work with you',
    ],
    durationMinutes: 240,
    deliveryMode: 'classroom',
    isMandatory: true,
    audience: 'new_carers',
    refresherMonths: null,
    tsdsStandards: [1, 2, 4],
  },
  {
    title: 'Training standards workbook support',
    summary: 'A friendly group for working through the training standards workbook together.',
    learningOutcomes: [
      'Know what evidence each standard asks for',
      'Plan how to finish the workbook in time',
    ],
    durationMinutes: 120,
    deliveryMode: 'classroom',
    isMandatory: false,
    audience: 'new_carers',
    refresherMonths: null,
    tsdsStandards: [1, 2, 3, 4, 5, 6, 7],
  },
  {
    title: 'Caring for a child in your family',
    summary:
      'For kinship carers: the changes in family relationships when you care for a relative.',
    learningOutcomes: [
      'Manage family time when you are family too',
      'Know the support and allowances kinship carers can ask for',
    ],
    durationMinutes: 150,
    deliveryMode: 'classroom',
    isMandatory: false,
    audience: 'kinship_carers',
    refresherMonths: null,
    tsdsStandards: [2, 4, 7],
  },
];

// Two venues in each demo area, by the area's name.
const VENUES: Record<string, { name: string; address: string; postcode: string }[]> = {
  Northfield: [
    {
      name: 'Northfield Community Centre',
      address: '12 Mill Lane, Northfield',
      postcode: 'NF1 2AB',
    },
    { name: 'Ashby Cross Library', address: 'Market Square, Ashby Cross', postcode: 'NF4 7CD' },
  ],
  Riverside: [
    { name: 'Riverside Family Hub', address: '3 Quay Street, Riverside', postcode: 'RV2 1EF' },
    { name: 'Kingsford Methodist Hall', address: 'Church Road, Kingsford', postcode: 'RV6 3GH' },
  ],
  Eastbrook: [
    {
      name: 'Eastbrook Children’s Centre',
      address: '40 Station Road, Eastbrook',
      postcode: 'EB1 5JK',
    },
    { name: 'Cray Green Village Hall', address: 'The Green, Cray Green', postcode: 'EB3 8LM' },
  ],
  Hillcrest: [
    { name: 'Hillcrest Learning Centre', address: '7 Park View, Hillcrest', postcode: 'HC1 4NP' },
    { name: 'Bramleigh Scout Hut', address: 'Orchard Way, Bramleigh', postcode: 'HC5 2QR' },
  ],
};

/** Loads the demo training programme; run once, into the demo agency's database. */
export async function seedDemoTraining(ctx: Ctx): Promise<void> {
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = DateTime.fromJSDate(ctx.now, { zone: timeZone }).startOf('day');
  const calendars = await store.findAreaCalendars(ctx.db);
  const firstYear = today.month >= 8 ? today.year : today.year - 1;
  const venuesByArea = new Map<string, string[]>();
  for (const [index, area] of calendars.entries()) {
    for (const year of [firstYear, firstYear + 1]) {
      const calendar = schoolYear(year, index);
      for (const term of calendar.terms)
        await store.insertTerm(ctx.db, { areaId: area.id, ...term });
      for (const closure of calendar.excludedDates) {
        await store.insertClosure(ctx.db, { areaId: area.id, ...closure });
      }
    }
    const venueIds: string[] = [];
    // Venues sit in their area, a few kilometres apart, so "nearest venue" means something.
    const [centre] = await ctx.db
      .select({ latitude: areas.latitude, longitude: areas.longitude })
      .from(areas)
      .where(eq(areas.id, area.id));
    const baseLatitude = centre?.latitude ?? 52.4 + index * 0.12;
    const baseLongitude = centre?.longitude ?? -1.9 + index * 0.15;
    for (const [place, venue] of (VENUES[area.name] ?? defaultVenues(area.name)).entries()) {
      venueIds.push(
        await store.insertVenue(ctx.db, {
          areaId: area.id,
          ...venue,
          latitude: Math.round((baseLatitude + place * 0.03) * 100) / 100,
          longitude: Math.round((baseLongitude - place * 0.04) * 100) / 100,
          capacity: place === 0 ? 24 : 16,
          accessibilityNotes:
            place === 0
              ? 'Step-free entrance, accessible toilet and a hearing loop. Free parking.'
              : 'Two steps at the door with a portable ramp on request. On-street parking.',
        }),
      );
    }
    venuesByArea.set(area.id, venueIds);
  }
  const courseIds: { id: string; minutes: number }[] = [];
  for (const course of COURSES) {
    const id = await store.insertCourse(ctx.db, course);
    if (course.deliveryMode !== 'e_learning')
      courseIds.push({ id, minutes: course.durationMinutes });
  }
  const [trainer] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, 'training_coordinator'))
    .limit(1);
  await seedSessions(ctx, {
    today,
    timeZone,
    calendars: await store.findAreaCalendars(ctx.db),
    venuesByArea,
    courses: courseIds,
    trainerId: trainer?.id ?? null,
  });
}

async function seedSessions(
  ctx: Ctx,
  plan: {
    today: DateTime;
    timeZone: string;
    calendars: (AreaCalendar & { id: string })[];
    venuesByArea: Map<string, string[]>;
    courses: { id: string; minutes: number }[];
    trainerId: string | null;
  },
): Promise<void> {
  if (plan.calendars.length === 0 || plan.courses.length === 0) return;
  for (let index = 0; index < 12; index += 1) {
    const area = plan.calendars[index % plan.calendars.length]!;
    const venueId = plan.venuesByArea.get(area.id)?.[Math.floor(index / 4) % 2];
    const course = plan.courses[index % plan.courses.length]!;
    if (!venueId) continue;
    const startTime = index % 3 === 1 ? '10:30' : '10:00';
    // The first school day on or after a date a few days apart for each session.
    for (let offset = 2 + index * 3; offset < 2 + index * 3 + 120; offset += 1) {
      const start = DateTime.fromISO(
        `${plan.today.plus({ days: offset }).toISODate()}T${startTime}`,
        {
          zone: plan.timeZone,
        },
      );
      const end = start.plus({ minutes: Math.min(course.minutes, 210) });
      const startsAt = start.toJSDate();
      const endsAt = end.toJSDate();
      if (!checkClassroomSession({ startsAt, endsAt, timeZone: plan.timeZone, area }).ok) continue;
      await store.insertSession(ctx.db, {
        courseId: course.id,
        venueId,
        startsAt,
        endsAt,
        trainerId: plan.trainerId,
        capacity: index % 4 === 0 ? 12 : 16,
        isCatchUp: index >= 10,
        createdBy: null,
      });
      break;
    }
  }
}

/**
 * An England-like school year starting in September of the given year. Councils choose different
 * half-term weeks, so the area's place in the list moves them by a week.
 */
export function schoolYear(year: number, areaIndex: number) {
  const shift = { weeks: areaIndex % 2 };
  const later = { weeks: areaIndex >= 2 ? 1 : 0 };
  const iso = (day: DateTime) => day.toISODate()!;
  const autumnStart = weekdayOnOrAfter(`${year}-09-02`);
  const springStart = weekdayOnOrAfter(`${year + 1}-01-05`);
  const halfTerm = (from: string, move: { weeks: number }) => {
    const monday = mondayOnOrAfter(from).plus(move);
    return {
      kind: 'half_term' as const,
      startsOn: iso(monday),
      endsOn: iso(monday.plus({ days: 4 })),
    };
  };
  const insetDay = (day: DateTime) => ({
    kind: 'inset_day' as const,
    startsOn: iso(day),
    endsOn: iso(day),
  });
  return {
    terms: [
      {
        name: `Autumn ${year}`,
        startsOn: iso(autumnStart),
        endsOn: iso(weekdayOnOrBefore(`${year}-12-18`)),
      },
      {
        name: `Spring ${year + 1}`,
        startsOn: iso(springStart),
        endsOn: iso(weekdayOnOrBefore(`${year + 1}-03-27`)),
      },
      {
        name: `Summer ${year + 1}`,
        startsOn: iso(mondayOnOrAfter(`${year + 1}-04-13`)),
        endsOn: iso(weekdayOnOrBefore(`${year + 1}-07-21`)),
      },
    ],
    excludedDates: [
      insetDay(autumnStart),
      halfTerm(`${year}-10-19`, shift),
      areaIndex % 2 === 0
        ? insetDay(springStart)
        : insetDay(mondayOnOrAfter(`${year}-11-23`).plus({ days: 4 })),
      halfTerm(`${year + 1}-02-09`, shift),
      halfTerm(`${year + 1}-05-25`, later),
    ],
  };
}

function weekdayOnOrAfter(date: string): DateTime {
  let day = DateTime.fromISO(date);
  while (day.weekday > 5) day = day.plus({ days: 1 });
  return day;
}

function weekdayOnOrBefore(date: string): DateTime {
  let day = DateTime.fromISO(date);
  while (day.weekday > 5) day = day.minus({ days: 1 });
  return day;
}

function mondayOnOrAfter(date: string): DateTime {
  const day = DateTime.fromISO(date);
  return day.plus({ days: (8 - day.weekday) % 7 });
}

function defaultVenues(areaName: string) {
  return [
    { name: `${areaName} Community Centre`, address: `High Street, ${areaName}`, postcode: '' },
    { name: `${areaName} Library`, address: `Market Place, ${areaName}`, postcode: '' },
  ];
}
