// Information events as staff run them: adding and changing them, and seeing who has booked.
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { TEventInput } from './event-schemas.ts';
import { describeEventTime, instantFromLocal, localPartsOf } from './event-times.ts';
import * as store from './events-store.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event as staff see it in the list. */
export type StaffEvent = {
  id: string;
  title: string;
  when: string;
  venue: string;
  isOnline: boolean;
  areaName: string | null;
  capacity: number;
  placesBooked: number;
  isCancelled: boolean;
  hasStarted: boolean;
};

/** Every event, newest first, with how full each is. */
export async function listEventsForStaff(ctx: Ctx): Promise<StaffEvent[]> {
  await authorize(ctx, 'event.manage');
  const settings = await getAgencySettings(ctx.db);
  const rows = await store.findAllEvents(ctx.db);
  return rows.map((row) => toStaffEvent(row, settings, ctx.now));
}

/** The areas to choose from, after checking the person may run events. */
export async function startEventForm(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  await authorize(ctx, 'event.manage');
  return store.findAreas(ctx.db);
}

/**
 * One event with the people booked on it. Reading who has booked is reading people's records, so
 * it is audited, in the same transaction as the read.
 */
export async function getEventWithBookings(ctx: Ctx, id: string) {
  if (!UUID.test(id)) throw new NotFound();
  await authorize(ctx, 'event.manage', { kind: 'agency' });
  const settings = await getAgencySettings(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const row = await store.findEvent(tx.db, id);
    if (!row) throw new NotFound();
    const bookings = await store.findBookings(tx.db, id);
    await recordAudit(tx, {
      action: 'event.manage',
      recordType: 'information_event',
      recordId: id,
      fields: ['bookings'],
    });
    return {
      event: { ...toStaffEvent(row, settings, ctx.now), description: row.description },
      bookings,
    };
  });
}

/** An event's current values as its form shows them, for changing it. */
export async function getEventForChange(ctx: Ctx, id: string) {
  if (!UUID.test(id)) throw new NotFound();
  await authorize(ctx, 'event.manage');
  const settings = await getAgencySettings(ctx.db);
  const row = await store.findEvent(ctx.db, id);
  if (!row) throw new NotFound();
  const start = localPartsOf(row.startsAt, settings.timeZone);
  return {
    id: row.id,
    title: row.title,
    values: {
      title: row.title,
      date: start.date,
      startTime: start.time,
      endTime: localPartsOf(row.endsAt, settings.timeZone).time,
      isOnline: row.isOnline ? 'yes' : 'no',
      venue: row.venue,
      areaId: row.areaId ?? '',
      capacity: String(row.capacity),
      description: row.description,
      isCancelled: row.isCancelled ? 'yes' : '',
    },
    areas: await store.findAreas(ctx.db),
  };
}

/** Adds an event; throws Invalid naming the field when its times cannot be. */
export async function createEvent(ctx: Ctx, input: TEventInput): Promise<string> {
  const { actor } = await authorize(ctx, 'event.manage');
  const fields = await eventFields(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const id = await store.insertEvent(tx.db, { ...fields, createdBy: actor.userId });
    await recordAudit(tx, {
      action: 'event.create',
      recordType: 'information_event',
      recordId: id,
      fields: Object.keys(fields),
    });
    return id;
  });
}

/** Changes an event. Its bookings stay, even when there are now fewer places than booked. */
export async function changeEvent(ctx: Ctx, id: string, input: TEventInput): Promise<void> {
  if (!UUID.test(id)) throw new NotFound();
  await authorize(ctx, 'event.manage');
  const fields = await eventFields(ctx, input);
  await inTransaction(ctx, async (tx) => {
    const existing = await store.findEvent(tx.db, id);
    if (!existing) throw new NotFound();
    await store.updateEvent(tx.db, id, { ...fields, updatedAt: tx.now });
    await recordAudit(tx, {
      action: 'event.update',
      recordType: 'information_event',
      recordId: id,
      fields: Object.keys(fields),
    });
  });
}

async function eventFields(ctx: Ctx, input: TEventInput): Promise<store.EventFields> {
  const settings = await getAgencySettings(ctx.db);
  const startsAt = instantFromLocal(input.date, input.startTime, settings.timeZone);
  const endsAt = instantFromLocal(input.date, input.endTime, settings.timeZone);
  if (!startsAt) throw new Invalid({ date: 'Enter a real date, like 2026-03-10' });
  if (!endsAt || endsAt <= startsAt) {
    throw new Invalid({ endTime: 'Enter an end time after the start time' });
  }
  if (input.areaId) {
    const areas = await store.findAreas(ctx.db);
    if (!areas.some((area) => area.id === input.areaId)) {
      throw new Invalid({ areaId: 'Choose one of the areas' });
    }
  }
  return {
    title: input.title,
    startsAt,
    endsAt,
    isOnline: input.isOnline === 'yes',
    venue: input.venue,
    areaId: input.areaId || null,
    description: input.description,
    capacity: input.capacity,
    isCancelled: input.isCancelled === 'yes',
  };
}

function toStaffEvent(
  row: store.EventRow,
  settings: { timeZone: string; locale: 'en-GB' | 'en-US' },
  now: Date,
): StaffEvent {
  return {
    id: row.id,
    title: row.title,
    when: describeEventTime(row.startsAt, row.endsAt, settings.timeZone, settings.locale),
    venue: row.venue,
    isOnline: row.isOnline,
    areaName: row.areaName,
    capacity: row.capacity,
    placesBooked: row.placesBooked,
    isCancelled: row.isCancelled,
    hasStarted: row.startsAt <= now,
  };
}
