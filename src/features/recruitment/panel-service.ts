// Fostering panel meetings: arranging them, their agendas, and recording each recommendation,
// which moves the applicant on to the agency decision.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { recordStageMove } from './changes-service.ts';
import * as panels from './panel-store.ts';
import type { TNewPanel } from './schemas.ts';
import type { TRecommendation } from './terms-schemas.ts';
import * as store from './store.ts';
import { fullName, stageLabel } from './words.ts';

/** Every panel meeting, the latest first. */
export async function listPanels(ctx: Ctx) {
  await authorize(ctx, 'recruitment.manage_panels');
  const { timeZone } = await getAgencySettings(ctx.db);
  return { meetings: await panels.findPanelMeetings(ctx.db), today: todayIn(timeZone, ctx.now) };
}

/** Arranges a panel meeting; returns its id. */
export async function createPanel(ctx: Ctx, input: TNewPanel): Promise<string> {
  const { actor } = await authorize(ctx, 'recruitment.manage_panels');
  return inTransaction(ctx, async (tx) => {
    const id = await panels.insertPanelMeeting(tx.db, { ...input, createdBy: actor.userId });
    await recordAudit(tx, {
      action: 'recruitment.panel_created',
      recordType: 'panel_meeting',
      recordId: id,
      fields: ['meets_on', 'chair', 'members'],
    });
    return id;
  });
}

/** A meeting with its agenda and who could be added to it; the agenda seen is audited. */
export async function readPanel(ctx: Ctx, panelId: string) {
  const { actor } = await authorize(ctx, 'recruitment.manage_panels');
  const { timeZone } = await getAgencySettings(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const meeting = await panels.findPanelMeeting(tx.db, panelId);
    if (!meeting) throw new NotFound();
    const agenda = await panels.findAgenda(tx.db, actor, panelId);
    const onAgenda = new Set(agenda.map((item) => item.prospectiveCarerId));
    const ready = (await panels.findReadyForPanel(tx.db, actor)).filter(
      (person) => !onAgenda.has(person.id),
    );
    await recordAudit(tx, {
      action: 'recruitment.list',
      recordType: 'prospective_carer',
      recordId: null,
      fields: ['panel_agenda', 'recommendations'],
    });
    return { meeting, agenda, ready, today: todayIn(timeZone, ctx.now) };
  });
}

async function authorizeItem(ctx: Ctx, prospectId: string) {
  const { actor } = await authorize(ctx, 'recruitment.manage_panels');
  await authorize(ctx, 'recruitment.update', { kind: 'prospective_carer', id: prospectId });
  return actor;
}

/**
 * Puts someone on a meeting's agenda. Someone finishing Stage 2 moves on to "fostering panel";
 * the meeting's date becomes their panel date.
 */
export async function addToAgenda(ctx: Ctx, panelId: string, prospectId: string): Promise<void> {
  const actor = await authorizeItem(ctx, prospectId);
  await inTransaction(ctx, async (tx) => {
    const meeting = await panels.findPanelMeeting(tx.db, panelId);
    if (!meeting) throw new NotFound();
    const current = await store.lockProspect(tx.db, actor, prospectId);
    if (!current) throw new Invalid({ prospectiveCarerId: 'Choose who the panel will hear' });
    if (current.stage !== 'stage_two' && current.stage !== 'panel') {
      throw new Invalid({
        prospectiveCarerId: `${fullName(current)} is at ${stageLabel(current.stage)}: the panel hears people who have finished Stage 2`,
      });
    }
    if (!(await panels.insertAgendaItem(tx.db, panelId, prospectId))) {
      throw new Invalid({ prospectiveCarerId: `${fullName(current)} is on this agenda already` });
    }
    if (current.stage === 'stage_two') {
      await recordStageMove(tx, actor, current, 'panel', null, { panelOn: meeting.meetsOn });
    } else {
      await store.updateProspect(tx.db, prospectId, { panelOn: meeting.meetsOn });
    }
    await recordAudit(tx, {
      action: 'recruitment.panel_item_added',
      recordType: 'prospective_carer',
      recordId: prospectId,
      fields:
        current.stage === 'stage_two' ? ['panel', 'panel_on', 'stage'] : ['panel', 'panel_on'],
    });
  });
}

/** An agenda item with its meeting and the person it is about, for the recommendation's page. */
export async function readAgendaItem(ctx: Ctx, panelId: string, itemId: string) {
  const { actor } = await authorize(ctx, 'recruitment.manage_panels');
  const { timeZone } = await getAgencySettings(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const meeting = await panels.findPanelMeeting(tx.db, panelId);
    const item = await panels.findAgendaItem(tx.db, panelId, itemId);
    if (!meeting || !item) throw new NotFound();
    const prospect = await store.findProspect(tx.db, actor, item.prospectiveCarerId);
    if (!prospect) throw new NotFound();
    await recordAudit(tx, {
      action: 'recruitment.read',
      recordType: 'prospective_carer',
      recordId: prospect.id,
      fields: ['name', 'stage', 'recommendation'],
    });
    return {
      meeting,
      item,
      prospect,
      today: todayIn(timeZone, ctx.now),
      canRecord: can(actor, 'recruitment.update', { kind: 'prospective_carer', id: prospect.id })
        .allowed,
    };
  });
}

/**
 * Records what the panel recommended, and moves the applicant on to the agency decision, which
 * is then due within the jurisdiction's working days of the meeting.
 */
export async function recordRecommendation(
  ctx: Ctx,
  panelId: string,
  itemId: string,
  input: TRecommendation,
): Promise<string> {
  const item = await panels.findAgendaItem(ctx.db, panelId, itemId);
  if (!item) throw new NotFound();
  const actor = await authorizeItem(ctx, item.prospectiveCarerId);
  const { timeZone } = await getAgencySettings(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const meeting = await panels.findPanelMeeting(tx.db, panelId);
    const current = await store.lockProspect(tx.db, actor, item.prospectiveCarerId);
    if (!meeting || !current) throw new NotFound();
    if (meeting.meetsOn > todayIn(timeZone, tx.now)) {
      throw new Invalid({
        recommendation:
          'The panel has not met yet: record its recommendation on or after the day it meets',
      });
    }
    if (current.stage !== 'panel') {
      throw new Conflict(
        `${fullName(current)} is at ${stageLabel(current.stage)}: the panel’s recommendation has been recorded already.`,
      );
    }
    const isApproval = input.recommendation === 'approve';
    await panels.saveRecommendation(tx.db, itemId, {
      recommendation: input.recommendation,
      maxChildren: isApproval ? (input.maxChildren ?? null) : null,
      ageFrom: isApproval ? (input.ageFrom ?? null) : null,
      ageTo: isApproval ? (input.ageTo ?? null) : null,
      careTypes: isApproval ? input.careTypes : [],
      reasons: input.reasons,
      recordedAt: tx.now,
      recordedBy: actor.userId,
    });
    await recordStageMove(tx, actor, current, 'agency_decision', null, {
      panelOn: meeting.meetsOn,
    });
    await recordAudit(tx, {
      action: 'recruitment.recommendation_recorded',
      recordType: 'prospective_carer',
      recordId: current.id,
      fields: ['recommendation', 'terms', 'reasons', 'stage', 'panel_on'],
    });
    return current.id;
  });
}
