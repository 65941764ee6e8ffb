// SQL for fostering panel meetings, their agendas and recommendations.
import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { panelAgendaItems, panelMeetings, prospectiveCarers } from '../../core/db/tables.ts';

/** Every panel meeting, the latest first, with how many people each hears. */
export async function findPanelMeetings(db: Db) {
  // The table is named in full: drizzle leaves a lone table's columns unqualified, which inside the
  // subquery would mean the agenda item's own id.
  const rows = await db
    .select({
      id: panelMeetings.id,
      meetsOn: panelMeetings.meetsOn,
      chair: panelMeetings.chair,
      members: panelMeetings.members,
      items: sql<number>`(SELECT count(*) FROM panel_agenda_items i WHERE i.panel_meeting_id = panel_meetings.id)`,
      recorded: sql<number>`(SELECT count(*) FROM panel_agenda_items i WHERE i.panel_meeting_id = panel_meetings.id AND i.recommendation IS NOT NULL)`,
    })
    .from(panelMeetings)
    .orderBy(desc(panelMeetings.meetsOn));
  return rows.map((row) => ({
    ...row,
    items: toCount(row.items),
    recorded: toCount(row.recorded),
  }));
}

/** One meeting, or null. */
export async function findPanelMeeting(db: Db, id: string) {
  const [row] = await db.select().from(panelMeetings).where(eq(panelMeetings.id, id));
  return row ?? null;
}

/** Adds a meeting; returns its id. */
export async function insertPanelMeeting(
  db: Db,
  values: typeof panelMeetings.$inferInsert,
): Promise<string> {
  const [row] = await db.insert(panelMeetings).values(values).returning({ id: panelMeetings.id });
  return row!.id;
}

/** A meeting's agenda in order, with who each item is about (those the actor may see). */
export async function findAgenda(db: Db, actor: Actor, panelId: string) {
  return db
    .select({
      id: panelAgendaItems.id,
      position: panelAgendaItems.position,
      prospectiveCarerId: prospectiveCarers.id,
      reference: prospectiveCarers.reference,
      firstName: prospectiveCarers.firstName,
      lastName: prospectiveCarers.lastName,
      stage: prospectiveCarers.stage,
      recommendation: panelAgendaItems.recommendation,
      maxChildren: panelAgendaItems.maxChildren,
      ageFrom: panelAgendaItems.ageFrom,
      ageTo: panelAgendaItems.ageTo,
      careTypes: panelAgendaItems.careTypes,
      reasons: panelAgendaItems.reasons,
      recordedAt: panelAgendaItems.recordedAt,
    })
    .from(panelAgendaItems)
    .innerJoin(prospectiveCarers, eq(prospectiveCarers.id, panelAgendaItems.prospectiveCarerId))
    .where(and(eq(panelAgendaItems.panelMeetingId, panelId), scope(actor, 'prospective_carers')))
    .orderBy(asc(panelAgendaItems.position));
}

/** One agenda item of a meeting, or null. */
export async function findAgendaItem(db: Db, panelId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(panelAgendaItems)
    .where(and(eq(panelAgendaItems.id, itemId), eq(panelAgendaItems.panelMeetingId, panelId)));
  return row ?? null;
}

/** Puts someone at the end of a meeting's agenda; null when they are on it already. */
export async function insertAgendaItem(
  db: Db,
  panelId: string,
  prospectId: string,
): Promise<string | null> {
  const [last] = await db
    .select({ position: max(panelAgendaItems.position) })
    .from(panelAgendaItems)
    .where(eq(panelAgendaItems.panelMeetingId, panelId));
  const rows = await db
    .insert(panelAgendaItems)
    .values({
      panelMeetingId: panelId,
      prospectiveCarerId: prospectId,
      position: (last?.position ?? 0) + 1,
    })
    .onConflictDoNothing()
    .returning({ id: panelAgendaItems.id });
  return rows[0]?.id ?? null;
}

/** Records the panel's recommendation on an item. */
export async function saveRecommendation(
  db: Db,
  itemId: string,
  values: Pick<
    typeof panelAgendaItems.$inferInsert,
    | 'recommendation'
    | 'maxChildren'
    | 'ageFrom'
    | 'ageTo'
    | 'careTypes'
    | 'reasons'
    | 'recordedAt'
    | 'recordedBy'
  >,
): Promise<void> {
  await db.update(panelAgendaItems).set(values).where(eq(panelAgendaItems.id, itemId));
}

/** The meetings someone has been on the agenda of, the latest first, with what was recommended. */
export async function findPanelItemsOf(db: Db, prospectId: string) {
  return db
    .select({
      id: panelAgendaItems.id,
      panelId: panelMeetings.id,
      meetsOn: panelMeetings.meetsOn,
      recommendation: panelAgendaItems.recommendation,
      maxChildren: panelAgendaItems.maxChildren,
      ageFrom: panelAgendaItems.ageFrom,
      ageTo: panelAgendaItems.ageTo,
      careTypes: panelAgendaItems.careTypes,
      reasons: panelAgendaItems.reasons,
    })
    .from(panelAgendaItems)
    .innerJoin(panelMeetings, eq(panelMeetings.id, panelAgendaItems.panelMeetingId))
    .where(eq(panelAgendaItems.prospectiveCarerId, prospectId))
    .orderBy(desc(panelMeetings.meetsOn));
}

/** People ready to be heard at panel (Stage 2 done or booked), whom the actor may see. */
export async function findReadyForPanel(db: Db, actor: Actor) {
  return db
    .select({
      id: prospectiveCarers.id,
      reference: prospectiveCarers.reference,
      firstName: prospectiveCarers.firstName,
      lastName: prospectiveCarers.lastName,
      stage: prospectiveCarers.stage,
    })
    .from(prospectiveCarers)
    .where(
      and(
        scope(actor, 'prospective_carers'),
        inArray(prospectiveCarers.stage, ['stage_two', 'panel']),
      ),
    )
    .orderBy(asc(prospectiveCarers.lastName), asc(prospectiveCarers.firstName));
}
