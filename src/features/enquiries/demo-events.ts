// Information events for the demo agency: a few coming up in its areas, some nearly full, so the
// public pages and the staff list have something true-looking to show.
import { DateTime } from 'luxon';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { recordEnquiry } from '../recruitment/index.ts';
import * as store from './events-store.ts';

type DemoEvent = {
  title: string;
  area: string | null;
  /** Days from today to the first such weekday (1 = Monday) on or after it. */
  inDays: number;
  weekday: number;
  starts: string;
  ends: string;
  venue: string;
  capacity: number;
  description: string;
  /** Places already booked, one booking each (four at most per booking). */
  booked: number[];
};

const DEMO_EVENTS: DemoEvent[] = [
  {
    title: 'Fostering information evening',
    area: 'Northfield',
    inDays: 6,
    weekday: 2,
    starts: '18:30',
    ends: '20:00',
    venue: 'Northfield Community Centre, 14 Mill Lane, Northfield',
    capacity: 20,
    description:
      'Hear from two of our foster carers and our recruitment team, then ask anything you like over a cup of tea. Step-free access and free parking.',
    booked: [4, 4, 3, 2, 2, 2],
  },
  {
    title: 'Coffee morning: meet our foster carers',
    area: 'Riverside',
    inDays: 12,
    weekday: 4,
    starts: '10:00',
    ends: '11:30',
    venue: 'The Quayside Café, 2 Wharf Street, Riverside',
    capacity: 12,
    description: 'A relaxed chat with carers who foster in Riverside. Children are welcome.',
    booked: [2],
  },
  {
    title: 'Online information session',
    area: null,
    inDays: 17,
    weekday: 3,
    starts: '19:00',
    ends: '20:00',
    venue: 'On Zoom. We email the link to everyone booked the day before.',
    capacity: 40,
    description:
      'An hour from home: what fostering involves, how we support carers, and your questions.',
    booked: [1, 2],
  },
  {
    title: 'Fostering information evening',
    area: 'Eastbrook',
    inDays: 24,
    weekday: 2,
    starts: '18:30',
    ends: '20:00',
    venue: 'Eastbrook Library, Market Square, Eastbrook',
    capacity: 15,
    description: 'Meet our team and carers from Eastbrook and Saltmoor.',
    booked: [4, 4, 3, 2],
  },
];

const BOOKERS: [string, string][] = [
  ['Hannah', 'Okafor'],
  ['Dev', 'Sharma'],
  ['Claire', 'Whitfield'],
  ['Tom', 'Baxter'],
  ['Amina', 'Yusuf'],
  ['Gareth', 'Lloyd'],
  ['Sofia', 'Marques'],
  ['Ben', 'Hughes'],
  ['Priya', 'Nair'],
  ['Joe', 'Kowalski'],
  ['Rachel', 'Green'],
  ['Sam', 'Adeyemi'],
  ['Lucy', 'Fernandes'],
];

/** Adds the demo agency's upcoming information events, with some places already booked. */
export async function seedDemoEvents(ctx: Ctx): Promise<void> {
  const settings = await getAgencySettings(ctx.db);
  const areas = await store.findAreas(ctx.db);
  const today = DateTime.fromJSDate(ctx.now, { zone: settings.timeZone }).startOf('day');
  let bookerIndex = 0;
  await inTransaction(ctx, async (tx) => {
    for (const demo of DEMO_EVENTS) {
      const earliest = today.plus({ days: demo.inDays });
      const day = earliest.plus({ days: (demo.weekday - earliest.weekday + 7) % 7 });
      const at = (time: string) =>
        DateTime.fromISO(`${day.toISODate()}T${time}`, { zone: settings.timeZone }).toJSDate();
      const eventId = await store.insertEvent(tx.db, {
        title: demo.title,
        startsAt: at(demo.starts),
        endsAt: at(demo.ends),
        isOnline: demo.area === null,
        venue: demo.venue,
        areaId: areas.find((area) => area.name === demo.area)?.id ?? null,
        description: demo.description,
        capacity: demo.capacity,
        isCancelled: false,
        createdBy: null,
      });
      for (const places of demo.booked) {
        const [firstName, lastName] = BOOKERS[bookerIndex % BOOKERS.length]!;
        bookerIndex += 1;
        const { prospectiveCarerId } = await recordEnquiry(tx, {
          kind: 'information_event',
          firstName,
          lastName,
          email: `${firstName}.${lastName}.${bookerIndex}@example.org`.toLowerCase(),
          sourceDetail: '/get-in-touch/events',
          answers: { event: demo.title, eventId, places: String(places) },
        });
        await store.insertBooking(tx.db, { eventId, prospectiveCarerId, places, bookedAt: tx.now });
      }
    }
  });
}
