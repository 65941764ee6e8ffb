// One carer's training record: reading it (audited), recording training done elsewhere, and the
// supervising social worker signing off the Training, Support and Development Standards.
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import type { Actor } from '../../core/access/actor.ts';
import { can } from '../../core/access/policy.ts';
import { isCarer, isStaff } from '../../core/access/roles.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { Forbidden, Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { findCompletionsOf, insertCompletion, type CompletionRow } from './completions.ts';
import * as recordStore from './record-store.ts';
import type { TCompletionInput, TSignOffInput } from './record-schemas.ts';
import {
  courseStandings,
  tsdsProgress,
  TSDS_STANDARDS,
  type CourseStanding,
  type TsdsProgress,
} from './requirements.ts';
import { findCourses } from './store.ts';
import {
  asResource,
  findTrainee,
  findTraineeByUser,
  findTraineesOfHousehold,
  traineeName,
  type Trainee,
} from './trainees.ts';
import { carerRecordPath } from './views/paths.ts';

/** One of the 7 standards for one carer: signed off, evidenced by courses, or not yet. */
export type StandardEntry = {
  standard: number;
  name: string;
  signOff: recordStore.SignOffRow | null;
  /** Titles of completed courses that give evidence towards it. */
  evidencedBy: string[];
};

export type CompletedCourse = CompletionRow & { venueName: string | null };

/** Everything the record page shows, and what the reader may do on it. */
export type TrainingRecord = {
  trainee: Trainee;
  coCarers: Trainee[];
  today: string;
  standings: CourseStanding[];
  completions: CompletedCourse[];
  tsds: TsdsProgress;
  standards: StandardEntry[];
  courses: { id: string; title: string }[];
  /** Standards some carer of the household still needs signed off, for a shared workbook. */
  householdOpenStandards: number[];
  abilities: { canRecordCompletion: boolean; canSignOff: boolean; canSignOffBoth: boolean };
};

/** The agency's today, on its own clock. */
export async function agencyToday(ctx: Pick<Ctx, 'db' | 'now'>): Promise<string> {
  const { timeZone } = await getAgencySettings(ctx.db);
  return todayIn(timeZone, ctx.now);
}

async function findTraineeOr404(db: Db, carerId: string): Promise<Trainee> {
  const trainee = await findTrainee(db, carerId);
  if (!trainee) throw new NotFound();
  return trainee;
}

/** A carer's whole training record; the reading is audited in the same transaction. */
export async function readTrainingRecord(ctx: Ctx, carerId: string): Promise<TrainingRecord> {
  const trainee = await findTraineeOr404(ctx.db, carerId);
  const { actor } = await authorize(ctx, 'training.read_record', asResource(trainee));
  const today = await agencyToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const courses = await findCourses(tx.db);
    const completionRows = await findCompletionsOf(tx.db, [trainee.id]);
    const venues = await recordStore.findCompletionVenues(
      tx.db,
      completionRows.filter((row) => row.source === 'classroom').map((row) => row.id),
    );
    const household = await findTraineesOfHousehold(tx.db, trainee.householdId);
    const householdSignOffs = await recordStore.findSignOffsOf(
      tx.db,
      household.map((carer) => carer.id),
    );
    const signOffs = householdSignOffs.filter((row) => row.carerId === trainee.id);
    await recordAudit(tx, {
      action: 'training.read_record',
      recordType: 'carer',
      recordId: trainee.id,
    });
    const completedCourses = courses.filter((course) =>
      completionRows.some((row) => row.courseId === course.id),
    );
    const coCarers = household.filter((other) => other.id !== trainee.id);
    const canSignOff = can(actor, 'training.sign_off_tsds', asResource(trainee)).allowed;
    return {
      trainee,
      coCarers,
      today,
      standings: courseStandings(trainee, courses, completionRows, today, ENGLAND),
      completions: completionRows.map((row) => ({ ...row, venueName: venues.get(row.id) ?? null })),
      tsds: tsdsProgress(
        trainee,
        signOffs.map((row) => row.standard),
        completedCourses,
        today,
        ENGLAND,
      ),
      standards: standardEntries(signOffs, completedCourses),
      courses: courses.map(({ id, title }) => ({ id, title })),
      householdOpenStandards: openStandards(household, householdSignOffs),
      abilities: {
        canRecordCompletion: canRecordFor(actor, trainee),
        canSignOff,
        canSignOffBoth: canSignOff && trainee.sharesWorkbook && coCarers.length > 0,
      },
    };
  });
}

/** Each standard with its sign-off, or the completed courses that give evidence towards it. */
export function standardEntries(
  signOffs: recordStore.SignOffRow[],
  completedCourses: { title: string; tsdsStandards: number[] }[],
): StandardEntry[] {
  return TSDS_STANDARDS.map((name, index) => {
    const standard = index + 1;
    return {
      standard,
      name,
      signOff: signOffs.find((row) => row.standard === standard) ?? null,
      evidencedBy: completedCourses
        .filter((course) => course.tsdsStandards.includes(standard))
        .map((course) => course.title),
    };
  });
}

function openStandards(carers: Trainee[], signOffs: recordStore.SignOffRow[]): number[] {
  return TSDS_STANDARDS.map((_name, index) => index + 1).filter((standard) =>
    carers.some(
      (carer) => !signOffs.some((row) => row.carerId === carer.id && row.standard === standard),
    ),
  );
}

// Booking is open to a carer's household too, but a record of training done elsewhere is staff's
// word that they saw the certificate.
function canRecordFor(actor: Actor, trainee: Trainee): boolean {
  return isStaff(actor.role) && can(actor, 'training.book', asResource(trainee)).allowed;
}

/** Records a course completed elsewhere (from a certificate); returns the completion's id. */
export async function recordCompletionElsewhere(
  ctx: Ctx,
  carerId: string,
  input: TCompletionInput,
): Promise<string> {
  const trainee = await findTraineeOr404(ctx.db, carerId);
  const { actor } = await authorize(ctx, 'training.book', asResource(trainee));
  if (!canRecordFor(actor, trainee)) {
    await recordAudit(ctx, {
      action: 'training.completion_recorded',
      recordType: 'carer',
      recordId: trainee.id,
      outcome: 'refused',
    });
    throw new Forbidden('Only staff record training done elsewhere; ask your supervising worker');
  }
  const errors: FieldErrors = {};
  const courses = await findCourses(ctx.db);
  if (!courses.some((course) => course.id === input.courseId)) {
    errors.courseId = 'Choose one of the courses';
  }
  const today = await agencyToday(ctx);
  if (input.completedOn > today) {
    errors.completedOn =
      'The date completed cannot be in the future: enter today or an earlier date';
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return inTransaction(ctx, async (tx) => {
    const id = await insertCompletion(tx.db, {
      carerId: trainee.id,
      courseId: input.courseId,
      completedOn: input.completedOn,
      source: 'recorded',
      recordedBy: actor.userId,
    });
    await recordAudit(tx, {
      action: 'training.completion_recorded',
      recordType: 'carer',
      recordId: trainee.id,
      fields: ['courseId', 'completedOn', 'source'],
    });
    return id!;
  });
}

/**
 * Signs off one standard for a carer, or for both carers of a household that keeps one shared
 * workbook (each still gets their own sign-off). Returns the names of the carers signed off.
 */
export async function signOffStandard(
  ctx: Ctx,
  carerId: string,
  input: TSignOffInput,
): Promise<string[]> {
  const trainee = await findTraineeOr404(ctx.db, carerId);
  const { actor } = await authorize(ctx, 'training.sign_off_tsds', asResource(trainee));
  const household = await findTraineesOfHousehold(ctx.db, trainee.householdId);
  const errors: FieldErrors = {};
  if (input.both === 'yes' && !(trainee.sharesWorkbook && household.length > 1)) {
    errors.both =
      'This household does not keep a shared workbook: sign off each carer on their own record';
  }
  if (input.signedOffOn > (await agencyToday(ctx))) {
    errors.signedOffOn =
      'The date signed off cannot be in the future: enter today or an earlier date';
  }
  const targets = input.both === 'yes' ? household : [trainee];
  const signed = await recordStore.findSignOffsOf(
    ctx.db,
    targets.map((target) => target.id),
  );
  const unsigned = targets.filter(
    (target) => !signed.some((row) => row.carerId === target.id && row.standard === input.standard),
  );
  if (unsigned.length === 0) {
    errors.standard = `Standard ${input.standard} is already signed off for ${targets.map(traineeName).join(' and ')}`;
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return inTransaction(ctx, async (tx) => {
    for (const target of unsigned) {
      await recordStore.insertSignOff(tx.db, {
        carerId: target.id,
        standard: input.standard,
        signedOffOn: input.signedOffOn,
        signedOffBy: actor.userId,
        evidence: input.evidence,
      });
      await recordAudit(tx, {
        action: 'training.tsds_signed_off',
        recordType: 'carer',
        recordId: target.id,
        fields: ['standard', 'signedOffOn', 'evidence'],
      });
    }
    return unsigned.map(traineeName);
  });
}

/** Where a signed-in carer's own training record is, or null for anyone who is not a carer. */
export async function trainingRecordPathFor(db: Db, actor: Actor): Promise<string | null> {
  if (!isCarer(actor.role)) return null;
  const trainee = await findTraineeByUser(db, actor.userId);
  return trainee ? carerRecordPath(trainee.id) : null;
}
