// The coordinator keeping each area's school calendar: adding and removing terms, half-terms and
// inset days by hand, or importing a council's file. Whatever the route, the dates pass the same
// check (term-dates.ts) before any is written, and all of a file's dates are written together.
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import type { TClosureInput, TTermInput, TTermsImportInput } from './catalogue-schemas.ts';
import * as store from './store.ts';
import { checkNewDates, type DateRow, type RowProblem } from './term-dates.ts';
import { exampleCsv, exampleIcs, exampleSchoolYear } from './terms-examples.ts';
import { readTermFile, type ReadFile } from './terms-import.ts';
import * as terms from './terms-store.ts';

type Area = { id: string; name: string };

/** What the preview shows: the dates that will be added and the lines that cannot be. */
export type ImportPreview = ReadFile & { area: Area; canImport: boolean };

/** One area, for the pages that add a term or a closure to it. */
export async function readArea(ctx: Ctx, areaId: string): Promise<Area> {
  await authorize(ctx, 'training.manage');
  const area = await terms.findArea(ctx.db, areaId);
  if (!area) throw new NotFound();
  return area;
}

/** Adds a term to an area; throws Invalid naming the field when it overlaps another. */
export async function addTerm(ctx: Ctx, areaId: string, input: TTermInput): Promise<void> {
  await authorize(ctx, 'training.manage');
  await inTransaction(ctx, async (tx) => {
    const area = await lockedArea(tx, areaId);
    const problems = await writeDates(tx, area, [{ line: 1, kind: 'term', ...input }]);
    if (problems.length > 0) throw new Invalid(fieldErrorsOf(problems));
    await recordAudit(tx, changed(area, ['school_terms']));
  });
}

/**
 * Adds a half-term or inset day inside one of the area's terms; returns how many sessions
 * already planned fall on those days, which now need moving.
 */
export async function addClosure(ctx: Ctx, areaId: string, input: TClosureInput): Promise<number> {
  await authorize(ctx, 'training.manage');
  const name = input.kind === 'half_term' ? 'Half-term' : 'Inset day';
  await inTransaction(ctx, async (tx) => {
    const area = await lockedArea(tx, areaId);
    const problems = await writeDates(tx, area, [{ line: 1, name, ...input }]);
    if (problems.length > 0) throw new Invalid(fieldErrorsOf(problems));
    await recordAudit(tx, changed(area, ['school_closures']));
  });
  return sessionsOnDays(ctx, [{ areaId, ...input }]);
}

/** A term and how many half-terms and inset days go with it, for confirming its removal. */
export async function readTermForRemoval(ctx: Ctx, termId: string) {
  await authorize(ctx, 'training.manage');
  const term = await terms.findTerm(ctx.db, termId);
  if (!term) throw new NotFound();
  return { term, closureCount: await terms.countClosuresWithin(ctx.db, term) };
}

/** Removes a term with the half-terms and inset days inside it. */
export async function removeTerm(ctx: Ctx, termId: string): Promise<void> {
  await authorize(ctx, 'training.manage');
  await inTransaction(ctx, async (tx) => {
    const term = await terms.findTerm(tx.db, termId);
    if (!term) throw new NotFound();
    await lockedArea(tx, term.areaId);
    await terms.deleteTerm(tx.db, term);
    await recordAudit(tx, changed({ id: term.areaId }, ['school_terms', 'school_closures']));
  });
}

/** A half-term or inset day, for confirming its removal. */
export async function readClosureForRemoval(ctx: Ctx, closureId: string) {
  await authorize(ctx, 'training.manage');
  const closure = await terms.findClosure(ctx.db, closureId);
  if (!closure) throw new NotFound();
  return closure;
}

/** Removes a half-term or inset day, so sessions may run on those days again. */
export async function removeClosure(ctx: Ctx, closureId: string): Promise<void> {
  await authorize(ctx, 'training.manage');
  await inTransaction(ctx, async (tx) => {
    const closure = await terms.findClosure(tx.db, closureId);
    if (!closure) throw new NotFound();
    await terms.deleteClosure(tx.db, closure.id);
    await recordAudit(tx, changed({ id: closure.areaId }, ['school_closures']));
  });
}

/** The areas a file may be imported for. */
export async function listImportAreas(ctx: Ctx): Promise<Area[]> {
  await authorize(ctx, 'training.manage');
  return (await store.findAreaCalendars(ctx.db)).map(({ id, name }) => ({ id, name }));
}

/** Reads a pasted file and checks it against the area's calendar, writing nothing. */
export async function previewTermsImport(
  ctx: Ctx,
  input: TTermsImportInput,
): Promise<ImportPreview> {
  await authorize(ctx, 'training.manage');
  const area = await terms.findArea(ctx.db, input.areaId);
  if (!area) throw new Invalid({ areaId: 'Choose one of the areas' });
  const read = readTermFile(input.contents);
  const known = await terms.findAreaDates(ctx.db, area);
  return previewOf(area, read, checkNewDates(known, read.rows));
}

/**
 * Adds every date in the file to the area in one transaction, or none: when anything is wrong
 * (the file, or a date someone added since the preview) it answers with the preview again.
 */
export async function importTerms(
  ctx: Ctx,
  input: TTermsImportInput,
): Promise<
  { ok: true; added: number; sessionsOnNewClosures: number } | { ok: false; preview: ImportPreview }
> {
  await authorize(ctx, 'training.manage');
  const read = readTermFile(input.contents);
  const outcome = await inTransaction(ctx, async (tx) => {
    const area = await terms.lockArea(tx.db, input.areaId);
    if (!area) throw new Invalid({ areaId: 'Choose one of the areas' });
    const known = await terms.findAreaDates(tx.db, area);
    const preview = previewOf(area, read, checkNewDates(known, read.rows));
    if (!preview.canImport) return preview;
    await insertDates(tx, area, read.rows);
    await recordAudit(tx, {
      action: 'training.terms_imported',
      recordType: 'training_terms',
      recordId: area.id,
      fields: [
        ...new Set(
          read.rows.map((row) => (row.kind === 'term' ? 'school_terms' : 'school_closures')),
        ),
      ],
    });
    return null;
  });
  if (outcome) return { ok: false, preview: outcome };
  const closures = read.rows.filter((row) => row.kind !== 'term');
  return {
    ok: true,
    added: read.rows.length,
    sessionsOnNewClosures: await sessionsOnDays(
      ctx,
      closures.map((row) => ({ areaId: input.areaId, ...row })),
    ),
  };
}

/** An example file to fill in, for the area's next school year without term dates. */
export async function exampleTermsFile(ctx: Ctx, areaId: string | null, format: 'csv' | 'ics') {
  await authorize(ctx, 'training.manage');
  const calendars = await store.findAreaCalendars(ctx.db);
  const area = calendars.find((each) => each.id === areaId);
  const { timeZone } = await getAgencySettings(ctx.db);
  const lastEnd =
    area?.terms
      .map((term) => term.endsOn)
      .sort()
      .at(-1) ?? null;
  const year = exampleSchoolYear(todayIn(timeZone, ctx.now), lastEnd);
  const filename = `term-dates-${year}-${year + 1}.${format}`;
  return format === 'csv'
    ? { filename, contentType: 'text/csv; charset=utf-8', body: exampleCsv(year) }
    : { filename, contentType: 'text/calendar; charset=utf-8', body: exampleIcs(year, ctx.now) };
}

function previewOf(area: Area, read: ReadFile, checked: RowProblem[]): ImportPreview {
  const problems = [...read.problems, ...checked].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...read, problems, area, canImport: problems.length === 0 && read.rows.length > 0 };
}

async function lockedArea(ctx: Ctx, areaId: string): Promise<Area> {
  const area = await terms.lockArea(ctx.db, areaId);
  if (!area) throw new NotFound();
  return area;
}

// Checks the rows against the area's calendar as it is now (the area is locked) and writes them
// all when they pass; returns the problems otherwise, having written nothing.
async function writeDates(ctx: Ctx, area: Area, rows: DateRow[]): Promise<RowProblem[]> {
  const problems = checkNewDates(await terms.findAreaDates(ctx.db, area), rows);
  if (problems.length === 0) await insertDates(ctx, area, rows);
  return problems;
}

async function insertDates(ctx: Ctx, area: Area, rows: DateRow[]): Promise<void> {
  for (const row of rows) {
    const dates = { areaId: area.id, startsOn: row.startsOn, endsOn: row.endsOn };
    if (row.kind === 'term') await store.insertTerm(ctx.db, { ...dates, name: row.name });
    else await store.insertClosure(ctx.db, { ...dates, kind: row.kind });
  }
}

function changed(area: { id: string }, fields: string[]) {
  return {
    action: 'training.terms_changed' as const,
    recordType: 'training_terms' as const,
    recordId: area.id,
    fields,
  };
}

function fieldErrorsOf(problems: RowProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) errors[problem.field] ??= problem.reason;
  return errors;
}

async function sessionsOnDays(
  ctx: Ctx,
  ranges: { areaId: string; startsOn: string; endsOn: string }[],
): Promise<number> {
  const { timeZone } = await getAgencySettings(ctx.db);
  let count = 0;
  for (const range of ranges)
    count += await terms.countSessionsOnDays(ctx.db, { ...range, timeZone });
  return count;
}
