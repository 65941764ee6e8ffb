// SQL for people on their way to approval: the list, one record, its notes and its history.
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { selectRows, toCount } from '../../core/db/rows.ts';
import {
  enquirySubmissions,
  prospectiveCarers,
  recruitmentNotes,
  recruitmentStageChanges,
  users,
  type EnquirySource,
} from '../../core/db/tables.ts';
import type { RecruitmentStage } from './stages.ts';

const prospectColumns = {
  id: prospectiveCarers.id,
  reference: prospectiveCarers.reference,
  firstName: prospectiveCarers.firstName,
  lastName: prospectiveCarers.lastName,
  email: prospectiveCarers.email,
  phone: prospectiveCarers.phone,
  postcode: prospectiveCarers.postcode,
  stage: prospectiveCarers.stage,
  source: prospectiveCarers.source,
  sourceDetail: prospectiveCarers.sourceDetail,
  officerId: prospectiveCarers.officerId,
  officerName: users.name,
  enquiredAt: prospectiveCarers.enquiredAt,
  appliedOn: prospectiveCarers.appliedOn,
  panelOn: prospectiveCarers.panelOn,
  decidedOn: prospectiveCarers.decidedOn,
  nextAction: prospectiveCarers.nextAction,
  nextActionOn: prospectiveCarers.nextActionOn,
  closedReason: prospectiveCarers.closedReason,
  householdId: prospectiveCarers.householdId,
  stageChangedAt: prospectiveCarers.stageChangedAt,
};

export type ProspectRow = NonNullable<Awaited<ReturnType<typeof findProspect>>>;

/** Which people a list asks for. */
export type ProspectFilter = {
  stages: readonly RecruitmentStage[];
  source?: EnquirySource | undefined;
  /** One person's, or nobody's (unassigned); everyone's when absent. */
  officer?: { kind: 'user'; id: string } | { kind: 'none' } | undefined;
  /** Enquired on or after this instant, and before the next. */
  enquiredFrom?: Date | undefined;
  enquiredBefore?: Date | undefined;
};

function filterConditions(actor: Actor, filter: ProspectFilter): SQL[] {
  const conditions: SQL[] = [
    scope(actor, 'prospective_carers'),
    inArray(prospectiveCarers.stage, [...filter.stages]),
  ];
  if (filter.source) conditions.push(eq(prospectiveCarers.source, filter.source));
  if (filter.officer?.kind === 'none') conditions.push(isNull(prospectiveCarers.officerId));
  if (filter.officer?.kind === 'user') {
    conditions.push(eq(prospectiveCarers.officerId, filter.officer.id));
  }
  if (filter.enquiredFrom) conditions.push(gte(prospectiveCarers.enquiredAt, filter.enquiredFrom));
  if (filter.enquiredBefore)
    conditions.push(lt(prospectiveCarers.enquiredAt, filter.enquiredBefore));
  return conditions;
}

/** The people the actor may see who match a filter, newest enquiry first. */
export async function findProspectsInScope(db: Db, actor: Actor, filter: ProspectFilter) {
  return db
    .select(prospectColumns)
    .from(prospectiveCarers)
    .leftJoin(users, eq(users.id, prospectiveCarers.officerId))
    .where(and(...filterConditions(actor, filter)))
    .orderBy(desc(prospectiveCarers.enquiredAt), asc(prospectiveCarers.reference));
}

/** One person's record, when the actor may see it. */
export async function findProspect(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select(prospectColumns)
    .from(prospectiveCarers)
    .leftJoin(users, eq(users.id, prospectiveCarers.officerId))
    .where(and(scope(actor, 'prospective_carers'), eq(prospectiveCarers.id, id)));
  return row ?? null;
}

/**
 * Locks one person's record for a change, so two people moving them on at once take turns and
 * the second sees the first's move; null when the actor may not see it.
 */
export async function lockProspect(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      id: prospectiveCarers.id,
      stage: prospectiveCarers.stage,
      appliedOn: prospectiveCarers.appliedOn,
      panelOn: prospectiveCarers.panelOn,
      firstName: prospectiveCarers.firstName,
      lastName: prospectiveCarers.lastName,
      email: prospectiveCarers.email,
      postcode: prospectiveCarers.postcode,
      reference: prospectiveCarers.reference,
    })
    .from(prospectiveCarers)
    .where(and(scope(actor, 'prospective_carers'), eq(prospectiveCarers.id, id)))
    .for('update');
  return row ?? null;
}

/** Changes fields of a record. */
export async function updateProspect(
  db: Db,
  id: string,
  values: Partial<typeof prospectiveCarers.$inferInsert>,
): Promise<void> {
  await db.update(prospectiveCarers).set(values).where(eq(prospectiveCarers.id, id));
}

/** The forms someone sent, newest first. */
export async function findSubmissions(db: Db, prospectId: string) {
  return db
    .select({
      id: enquirySubmissions.id,
      kind: enquirySubmissions.kind,
      answers: enquirySubmissions.answers,
      submittedAt: enquirySubmissions.submittedAt,
    })
    .from(enquirySubmissions)
    .where(eq(enquirySubmissions.prospectiveCarerId, prospectId))
    .orderBy(desc(enquirySubmissions.submittedAt));
}

/** Adds a note. */
export async function insertNote(
  db: Db,
  values: { prospectiveCarerId: string; authorId: string | null; body: string; createdAt: Date },
): Promise<void> {
  await db.insert(recruitmentNotes).values(values);
}

/** The notes on a record with who wrote them, newest first. */
export async function findNotes(db: Db, prospectId: string) {
  return db
    .select({
      id: recruitmentNotes.id,
      body: recruitmentNotes.body,
      createdAt: recruitmentNotes.createdAt,
      authorName: users.name,
    })
    .from(recruitmentNotes)
    .leftJoin(users, eq(users.id, recruitmentNotes.authorId))
    .where(eq(recruitmentNotes.prospectiveCarerId, prospectId))
    .orderBy(desc(recruitmentNotes.createdAt));
}

/** Records a move between stages. */
export async function insertStageChange(
  db: Db,
  values: typeof recruitmentStageChanges.$inferInsert,
): Promise<void> {
  await db.insert(recruitmentStageChanges).values(values);
}

/** A record's moves between stages with who made them, newest first. */
export async function findStageChanges(db: Db, prospectId: string) {
  return db
    .select({
      id: recruitmentStageChanges.id,
      fromStage: recruitmentStageChanges.fromStage,
      toStage: recruitmentStageChanges.toStage,
      reason: recruitmentStageChanges.reason,
      changedAt: recruitmentStageChanges.changedAt,
      changedByName: users.name,
    })
    .from(recruitmentStageChanges)
    .leftJoin(users, eq(users.id, recruitmentStageChanges.changedBy))
    .where(eq(recruitmentStageChanges.prospectiveCarerId, prospectId))
    .orderBy(desc(recruitmentStageChanges.changedAt));
}

/** The moves between stages of the people a filter selects (for the funnel), oldest first. */
export async function findStageChangesInScope(db: Db, actor: Actor, filter: ProspectFilter) {
  return db
    .select({
      prospectId: recruitmentStageChanges.prospectiveCarerId,
      fromStage: recruitmentStageChanges.fromStage,
      changedAt: recruitmentStageChanges.changedAt,
    })
    .from(recruitmentStageChanges)
    .innerJoin(
      prospectiveCarers,
      eq(prospectiveCarers.id, recruitmentStageChanges.prospectiveCarerId),
    )
    .where(and(...filterConditions(actor, filter)))
    .orderBy(asc(recruitmentStageChanges.changedAt));
}

/** The staff who may look after someone's recruitment: recruitment officers and the manager. */
export async function findRecruitmentStaff(db: Db) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.isActive, true),
        inArray(users.role, ['recruitment_officer', 'registered_manager']),
      ),
    )
    .orderBy(asc(users.name));
}

/** Adds a person with the next reference number (ENQ-00042); returns their id. */
export async function insertProspect(
  db: Db,
  values: Omit<typeof prospectiveCarers.$inferInsert, 'reference'>,
): Promise<{ id: string; reference: string }> {
  const [numbered] = await selectRows<{ n: unknown }>(
    db,
    sql`SELECT nextval('prospective_carer_numbers') AS n`,
  );
  const reference = `ENQ-${String(toCount(numbered?.n)).padStart(5, '0')}`;
  const [row] = await db
    .insert(prospectiveCarers)
    .values({ ...values, reference })
    .returning({ id: prospectiveCarers.id, reference: prospectiveCarers.reference });
  return row!;
}

/** Active accounts with a role, by name (for sharing out the demo's people among the team). */
export async function findActiveUsersWithRole(db: Db, role: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.isActive, true), eq(users.role, role)))
    .orderBy(asc(users.name));
}
