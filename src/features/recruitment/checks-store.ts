// SQL for Stage 1 and Stage 2: the adults in an applying household, the statutory checks on each,
// and how far the assessment report has got. Callers authorise the record first.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import {
  assessmentSections,
  recruitmentAdults,
  statutoryChecks,
  type SectionProgress,
} from '../../core/db/tables.ts';

/** The adults in an applying household, the applicant first. */
export async function findAdults(db: Db, prospectId: string) {
  const rows = await db
    .select({
      id: recruitmentAdults.id,
      firstName: recruitmentAdults.firstName,
      lastName: recruitmentAdults.lastName,
      relationship: recruitmentAdults.relationship,
      dateOfBirth: recruitmentAdults.dateOfBirth,
    })
    .from(recruitmentAdults)
    .where(eq(recruitmentAdults.prospectiveCarerId, prospectId))
    .orderBy(asc(recruitmentAdults.createdAt), asc(recruitmentAdults.firstName));
  const order = { applicant: 0, joint_applicant: 1, adult_in_household: 2 } as const;
  return rows.sort((a, b) => order[a.relationship] - order[b.relationship]);
}

/** Adds an adult to an applying household; returns the id. */
export async function insertAdult(
  db: Db,
  values: typeof recruitmentAdults.$inferInsert,
): Promise<string> {
  const [row] = await db
    .insert(recruitmentAdults)
    .values(values)
    .returning({ id: recruitmentAdults.id });
  return row!.id;
}

/** The statutory checks on a household's adults, by adult and kind. */
export async function findChecks(db: Db, prospectId: string) {
  return db
    .select({
      id: statutoryChecks.id,
      adultId: statutoryChecks.adultId,
      adultFirstName: recruitmentAdults.firstName,
      adultLastName: recruitmentAdults.lastName,
      kind: statutoryChecks.kind,
      detail: statutoryChecks.detail,
      requestedOn: statutoryChecks.requestedOn,
      receivedOn: statutoryChecks.receivedOn,
      outcome: statutoryChecks.outcome,
    })
    .from(statutoryChecks)
    .innerJoin(recruitmentAdults, eq(recruitmentAdults.id, statutoryChecks.adultId))
    .where(eq(statutoryChecks.prospectiveCarerId, prospectId))
    .orderBy(
      asc(recruitmentAdults.createdAt),
      asc(statutoryChecks.kind),
      asc(statutoryChecks.requestedOn),
    );
}

/** One check of a household, or null when it is not theirs. */
export async function findCheck(db: Db, prospectId: string, checkId: string) {
  const [row] = await db
    .select()
    .from(statutoryChecks)
    .where(
      and(eq(statutoryChecks.id, checkId), eq(statutoryChecks.prospectiveCarerId, prospectId)),
    );
  return row ?? null;
}

/** Records a check; returns its id. */
export async function insertCheck(
  db: Db,
  values: typeof statutoryChecks.$inferInsert,
): Promise<string> {
  const [row] = await db
    .insert(statutoryChecks)
    .values(values)
    .returning({ id: statutoryChecks.id });
  return row!.id;
}

/** Changes a check. */
export async function updateCheck(
  db: Db,
  checkId: string,
  values: Partial<typeof statutoryChecks.$inferInsert>,
): Promise<void> {
  await db.update(statutoryChecks).set(values).where(eq(statutoryChecks.id, checkId));
}

/** How far each section of a household's assessment report has got (sections not yet touched are absent). */
export async function findAssessmentSections(db: Db, prospectId: string) {
  return db
    .select({
      section: assessmentSections.section,
      progress: assessmentSections.progress,
      updatedAt: assessmentSections.updatedAt,
    })
    .from(assessmentSections)
    .where(eq(assessmentSections.prospectiveCarerId, prospectId));
}

/** Sets how far sections have got, adding those not yet recorded. */
export async function saveAssessmentSections(
  db: Db,
  prospectId: string,
  sections: Array<{ section: string; progress: SectionProgress }>,
  by: { userId: string; at: Date },
): Promise<void> {
  for (const { section, progress } of sections) {
    await db
      .insert(assessmentSections)
      .values({
        prospectiveCarerId: prospectId,
        section,
        progress,
        updatedAt: by.at,
        updatedBy: by.userId,
      })
      .onConflictDoUpdate({
        target: [assessmentSections.prospectiveCarerId, assessmentSections.section],
        set: { progress, updatedAt: by.at, updatedBy: by.userId },
      });
  }
}
