// A household's training standards workbook: its carers side by side for the 7 standards, and
// whether they keep one shared workbook (two carers may; each is still signed off on their own).
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { findCompletionsOf } from './completions.ts';
import * as recordStore from './record-store.ts';
import { agencyToday, standardEntries, type StandardEntry } from './record-service.ts';
import { tsdsProgress, type TsdsProgress } from './requirements.ts';
import { findCourses } from './store.ts';
import { asResource, findTraineesOfHousehold, type Trainee } from './trainees.ts';

/** The household's carers with their standards, and what the reader may change. */
export type Workbook = {
  householdId: string;
  householdName: string;
  isShared: boolean;
  carers: { trainee: Trainee; tsds: TsdsProgress; standards: StandardEntry[] }[];
  canChangeSharing: boolean;
  canSignOff: boolean;
};

async function findCarersOr404(ctx: Ctx, householdId: string): Promise<Trainee[]> {
  const carers = await findTraineesOfHousehold(ctx.db, householdId);
  if (carers.length === 0) throw new NotFound();
  return carers;
}

/** Both (or all) carers of a household side by side; each carer's record read is audited. */
export async function readWorkbook(ctx: Ctx, householdId: string): Promise<Workbook> {
  const carers = await findCarersOr404(ctx, householdId);
  // The carers share a household, so the rule gives the same answer for each of them.
  const { actor } = await authorize(ctx, 'training.read_record', asResource(carers[0]!));
  const today = await agencyToday(ctx);
  const ids = carers.map((carer) => carer.id);
  return inTransaction(ctx, async (tx) => {
    const courses = await findCourses(tx.db);
    const completions = await findCompletionsOf(tx.db, ids);
    const signOffs = await recordStore.findSignOffsOf(tx.db, ids);
    for (const carer of carers) {
      await recordAudit(tx, {
        action: 'training.read_record',
        recordType: 'carer',
        recordId: carer.id,
        fields: ['workbook'],
      });
    }
    const canSignOff = carers.some(
      (carer) => can(actor, 'training.sign_off_tsds', asResource(carer)).allowed,
    );
    return {
      householdId,
      householdName: carers[0]!.householdName,
      isShared: carers[0]!.sharesWorkbook,
      carers: carers.map((trainee) => {
        const done = courses.filter((course) =>
          completions.some((row) => row.carerId === trainee.id && row.courseId === course.id),
        );
        const own = signOffs.filter((row) => row.carerId === trainee.id);
        return {
          trainee,
          tsds: tsdsProgress(
            trainee,
            own.map((row) => row.standard),
            done,
            today,
            ENGLAND,
          ),
          standards: standardEntries(own, done),
        };
      }),
      canChangeSharing: canSignOff && carers.length > 1,
      canSignOff,
    };
  });
}

/** Marks whether the household's carers keep one shared workbook. */
export async function changeWorkbookSharing(
  ctx: Ctx,
  householdId: string,
  isShared: boolean,
): Promise<void> {
  const carers = await findCarersOr404(ctx, householdId);
  await authorize(ctx, 'training.sign_off_tsds', asResource(carers[0]!));
  if (isShared && carers.length < 2) {
    throw new Invalid({ isShared: 'Only a household with two carers can share one workbook' });
  }
  await inTransaction(ctx, async (tx) => {
    await recordStore.updateSharedWorkbook(tx.db, householdId, isShared);
    await recordAudit(tx, {
      action: 'training.tsds_workbook_changed',
      recordType: 'household',
      recordId: householdId,
      fields: ['tsdsSharedWorkbook'],
    });
  });
}
