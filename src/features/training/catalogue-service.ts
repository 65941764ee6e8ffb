// The coordinator keeping the catalogue and the venues up to date. Titles and venue names are
// checked here for a friendly message, and the database's unique constraints settle a race.
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import * as catalogue from './catalogue-store.ts';
import type { TCourseInput, TVenueInput } from './catalogue-schemas.ts';
import * as store from './store.ts';

const TITLE_TAKEN = 'There is already a course with this title: choose another, or change that one';
const VENUE_TAKEN = 'There is already a venue with this name in the area: choose another name';

/** Checks the person may change the catalogue, before a form is shown. */
export async function checkCanManageTraining(ctx: Ctx): Promise<void> {
  await authorize(ctx, 'training.manage');
}

/** A course as it stands, for the edit form. */
export async function readCourseForEditing(ctx: Ctx, id: string): Promise<store.CourseRow> {
  await authorize(ctx, 'training.manage');
  const course = await catalogue.findCourseById(ctx.db, id);
  if (!course) throw new NotFound();
  return course;
}

/** Adds a course to the catalogue (id null) or changes one; returns its id. */
export async function saveCourse(
  ctx: Ctx,
  id: string | null,
  input: TCourseInput,
): Promise<string> {
  await authorize(ctx, 'training.manage');
  return savingUnique({ title: TITLE_TAKEN }, () =>
    inTransaction(ctx, async (tx) => {
      const before = id ? await catalogue.findCourseById(tx.db, id) : null;
      if (id && !before) throw new NotFound();
      if (await catalogue.findCourseByTitle(tx.db, input.title, id)) {
        throw new Invalid({ title: TITLE_TAKEN });
      }
      if (before) await catalogue.updateCourse(tx.db, before.id, input);
      const savedId = before ? before.id : await store.insertCourse(tx.db, input);
      await recordAudit(tx, {
        action: 'training.course_saved',
        recordType: 'training_course',
        recordId: savedId,
        fields: changedFields(before, input),
      });
      return savedId;
    }),
  );
}

/** Every venue with its area, for the venues page. */
export async function listVenues(ctx: Ctx): Promise<store.VenueRow[]> {
  await authorize(ctx, 'training.manage');
  return store.findVenues(ctx.db);
}

/** The areas a venue may be in, for the venue form. */
export async function listAreas(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  await authorize(ctx, 'training.manage');
  return catalogue.findAreas(ctx.db);
}

/** A venue as it stands, for the edit form. */
export async function readVenueForEditing(ctx: Ctx, id: string) {
  await authorize(ctx, 'training.manage');
  const venue = await catalogue.findVenueById(ctx.db, id);
  if (!venue) throw new NotFound();
  return venue;
}

/** Adds a venue (id null) or changes one; returns its id. */
export async function saveVenue(ctx: Ctx, id: string | null, input: TVenueInput): Promise<string> {
  await authorize(ctx, 'training.manage');
  return savingUnique({ name: VENUE_TAKEN }, () =>
    inTransaction(ctx, async (tx) => {
      const before = id ? await catalogue.findVenueById(tx.db, id) : null;
      if (id && !before) throw new NotFound();
      const errors: FieldErrors = {};
      const areas = await catalogue.findAreas(tx.db);
      if (!areas.some((area) => area.id === input.areaId)) {
        errors.areaId = 'Choose one of the areas';
      } else if (await catalogue.findVenueByName(tx.db, input.areaId, input.name, id)) {
        errors.name = VENUE_TAKEN;
      }
      // Its sessions were checked against the old area's term dates; moving them needs a new venue.
      if (
        before &&
        before.areaId !== input.areaId &&
        (await catalogue.countSessionsAt(tx.db, before.id)) > 0
      ) {
        errors.areaId =
          'Sessions are held at this venue, so it stays in its area: add the new place as another venue';
      }
      if (Object.keys(errors).length > 0) throw new Invalid(errors);
      if (before) await catalogue.updateVenue(tx.db, before.id, input);
      const savedId = before ? before.id : await store.insertVenue(tx.db, input);
      await recordAudit(tx, {
        action: 'training.venue_saved',
        recordType: 'training_venue',
        recordId: savedId,
        fields: changedFields(before, input),
      });
      return savedId;
    }),
  );
}

// The names of the fields that differ from what was there (all of them for a new record); the
// trail keeps names only, never values.
function changedFields(before: object | null, after: object): string[] {
  const old = before as Record<string, unknown> | null;
  return Object.entries(after)
    .filter(([field, value]) => !old || JSON.stringify(old[field]) !== JSON.stringify(value))
    .map(([field]) => field);
}

// Two people saving the same title at the same moment both pass the check; the database's unique
// constraint stops the second, and they are told as if the check had caught it.
async function savingUnique<T>(taken: FieldErrors, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error)) throw new Invalid(taken);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  // node-postgres and PGlite put the SQLSTATE on the error; drizzle wraps it as the cause.
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as Error & { code?: unknown }).code === '23505') return true;
  }
  return false;
}
