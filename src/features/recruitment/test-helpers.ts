// Helpers for the recruitment tests: people enquiring through the real enquiry service, and moved
// along through the real services, so a test starts from a record made the way staff make it.
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import type { EnquiryKind } from '../../core/db/tables.ts';
import { moveToNextStage } from './changes-service.ts';
import { recordEnquiry } from './enquiries.ts';
import { addToAgenda, createPanel, readPanel, recordRecommendation } from './panel-service.ts';
import { ZRecommendation } from './terms-schemas.ts';
import { stageIndex, type RecruitmentStage } from './stages.ts';

let counter = 0;

/** Someone sends a form from the website; returns their record's id. */
export async function enquire(
  db: Db,
  at: Date,
  overrides: Partial<{
    firstName: string;
    lastName: string;
    email: string;
    kind: EnquiryKind;
  }> = {},
): Promise<string> {
  counter += 1;
  const firstName = overrides.firstName ?? `Person${counter}`;
  const lastName = overrides.lastName ?? 'Applicant';
  const { prospectiveCarerId } = await recordEnquiry(
    { actor: null, db, now: at, request: { id: `enquiry-${counter}`, ip: '203.0.113.50' } },
    {
      kind: overrides.kind ?? 'enquiry_form',
      firstName,
      lastName,
      email: overrides.email ?? `${firstName.toLowerCase()}.${counter}@example.com`,
      phone: '07700 900123',
      postcode: 'BW1 2AB',
      answers: { message: 'We have a spare room and would love to help.' },
    },
  );
  return prospectiveCarerId;
}

/**
 * Moves someone on, stage by stage, up to a stage (at most the agency decision): the buttons on
 * the record up to Stage 2, then a panel meeting's agenda and its recommendation to approve.
 */
export async function advanceTo(
  ctx: Ctx,
  id: string,
  target: RecruitmentStage,
  options: { appliedOn: string; panelOn: string },
): Promise<void> {
  const order: RecruitmentStage[] = [
    'initial_conversation',
    'home_visit',
    'application',
    'stage_one',
    'stage_two',
  ];
  for (const stage of order) {
    if (stageIndex(stage) > stageIndex(target)) return;
    await moveToNextStage(ctx, id, {
      fromStage: order[order.indexOf(stage) - 1] ?? 'enquiry',
      appliedOn: options.appliedOn,
    });
  }
  if (stageIndex(target) < stageIndex('panel')) return;
  const panelId = await createPanel(ctx, {
    meetsOn: options.panelOn,
    chair: 'Dr Marsh',
    members: [],
  });
  await addToAgenda(ctx, panelId, id);
  if (stageIndex(target) < stageIndex('agency_decision')) return;
  const panel = await readPanel(ctx, panelId);
  await recordRecommendation(
    ctx,
    panelId,
    panel.agenda[0]!.id,
    ZRecommendation.parse({
      recommendation: 'approve',
      reasons: 'A warm home with good support.',
      maxChildren: '2',
      ageFrom: '0',
      ageTo: '11',
      careType_short_term: 'yes',
    }),
  );
}
