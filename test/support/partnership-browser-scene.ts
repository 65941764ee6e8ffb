// The plan for Mia going home, for the partnership's browser journey: what Hannah and Dani agreed,
// already written down when the journey starts. Dani works on two steps and shares a third with
// everyone; the agency has one; one is done. Last week's review has words for the family and notes
// for staff only, so the journey can see Dani reads the first and never the second.
import { DateTime } from 'luxon';
import type { Db } from '../../src/core/db/connect.ts';
import {
  reunificationCheckins,
  reunificationPlans,
  reunificationSteps,
} from '../../src/core/db/tables.ts';
import type { PartnershipScene } from './partnership-scene.ts';

/** What the plan says, for the journey to look for on Dani's page. */
export const MIAS_PLAN = {
  aim: 'Mia comes home to live with Dani, settled and safe, by the summer.',
  support: 'A parenting course paid for by the agency, and help with the move to a bigger flat.',
  danisStep: 'Finish the parenting course',
  danisStepDetail: 'Tuesday mornings at the family hub, twelve sessions in all.',
  danisOtherStep: 'Keep every family time, and tell Hannah early if one is hard to make',
  togetherStep: 'Agree bedtimes and screen time with Mia’s carers',
  agencyStep: 'Write to the housing team in support of the move',
  doneStep: 'Go to the first appointment with the housing team',
  forFamily: 'A good review. You have come to every family time and Mia talks about them all week.',
  staffNotes: 'Rent arrears still to be checked with the housing officer before the next review.',
} as const;

/** Writes Mia's plan, its steps and last week's review, as Hannah left them. */
export async function seedMiasPlan(db: Db, scene: PartnershipScene): Promise<void> {
  const today = DateTime.now().setZone('Europe/London').startOf('day');
  const day = (days: number) => today.plus({ days }).toISODate()!;
  await db.insert(reunificationPlans).values({
    childId: scene.miaId,
    aim: MIAS_PLAN.aim,
    supportOffered: MIAS_PLAN.support,
    targetOn: day(180),
    nextReviewOn: day(28),
    updatedBy: scene.hannah.id,
  });
  const steps = [
    {
      title: MIAS_PLAN.danisStep,
      who: 'family',
      status: 'going',
      detail: MIAS_PLAN.danisStepDetail,
    },
    { title: MIAS_PLAN.danisOtherStep, who: 'family', status: 'going', detail: '' },
    { title: MIAS_PLAN.togetherStep, who: 'together', status: 'not_started', detail: '' },
    { title: MIAS_PLAN.agencyStep, who: 'agency', status: 'not_started', detail: '' },
    { title: MIAS_PLAN.doneStep, who: 'family', status: 'done', detail: '' },
  ] as const;
  await db.insert(reunificationSteps).values(
    steps.map((step, position) => ({
      childId: scene.miaId,
      kind: 'step' as const,
      title: step.title,
      detail: step.detail,
      who: step.who,
      status: step.status,
      dueOn: step.status === 'done' ? null : day(42),
      position,
      updatedBy: scene.hannah.id,
    })),
  );
  await db.insert(reunificationCheckins).values({
    childId: scene.miaId,
    kind: 'review',
    heldOn: day(-7),
    howItIs: 'going_well',
    forFamily: MIAS_PLAN.forFamily,
    staffNotes: MIAS_PLAN.staffNotes,
    nextOn: day(28),
    recordedBy: scene.hannah.id,
  });
}
