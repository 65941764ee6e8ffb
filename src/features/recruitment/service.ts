// Reading recruitment: the list (board and table), one person's record, and the CSV export.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { ASSESSMENT_SECTIONS } from './assessment-sections.ts';
import * as checks from './checks-store.ts';
import * as decisions from './decision-store.ts';
import * as panels from './panel-store.ts';
import { withDeadlines, type WithDeadlines } from './prospect-deadlines.ts';
import type { TPipelineQuery } from './schemas.ts';
import { ALL_STAGES, OPEN_STAGES, type RecruitmentStage } from './stages.ts';
import * as store from './store.ts';

export type PipelineItem = WithDeadlines<store.ProspectRow>;

/** The list as asked for: everyone matching for the board, one page for the table. */
export type Pipeline = {
  /** The stages shown, in order: the board's columns. */
  stages: readonly RecruitmentStage[];
  items: PipelineItem[];
  total: number;
  page: number;
  pageSize: number;
  staff: Array<{ id: string; name: string }>;
  today: string;
};

/** Which people a list's filters select. */
export function filterOf(
  actorId: string,
  query: Omit<TPipelineQuery, 'page' | 'view'>,
): store.ProspectFilter {
  const stages =
    query.stage === 'all'
      ? ALL_STAGES
      : query.stage
        ? [query.stage as RecruitmentStage]
        : OPEN_STAGES;
  const officer =
    query.officer === 'none'
      ? ({ kind: 'none' } as const)
      : query.officer
        ? ({ kind: 'user', id: query.officer === 'me' ? actorId : query.officer } as const)
        : undefined;
  return { stages, source: query.source, officer };
}

/** The people on their way to approval whom the actor may see, filtered; the list seen is audited. */
export async function listPipeline(
  ctx: Ctx,
  query: TPipelineQuery,
  pageSize: number,
): Promise<Pipeline> {
  const { actor } = await authorize(ctx, 'recruitment.list');
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = todayIn(timeZone, ctx.now);
  const filter = filterOf(actor.userId, query);
  return inTransaction(ctx, async (tx) => {
    // Deadlines count working days, which SQL does not know, so the overdue filter runs here.
    const rows = (await store.findProspectsInScope(tx.db, actor, filter))
      .map((row) => withDeadlines(row, timeZone, today))
      .filter((row) => query.overdue !== 'yes' || row.isOverdue);
    const isTable = query.view === 'table';
    const items = isTable ? rows.slice((query.page - 1) * pageSize, query.page * pageSize) : rows;
    await recordAudit(tx, {
      action: 'recruitment.list',
      recordType: 'prospective_carer',
      recordId: null,
      fields: ['name', 'stage', 'source', 'officer', 'next_action'],
    });
    const staff = await store.findRecruitmentStaff(tx.db);
    return {
      stages: filter.stages,
      items,
      total: rows.length,
      page: isTable ? query.page : 1,
      pageSize,
      staff: staff.map(({ id, name }) => ({ id, name })),
      today,
    };
  });
}

/** Everything the record page shows about one person, with what the reader may do. */
export type ProspectRecord = Awaited<ReturnType<typeof readProspect>>;

// What a read of the record shows, for the audit entry.
const SHOWN = ['contact', 'stage', 'forms', 'notes', 'history', 'checks', 'assessment', 'panel'];

/** One person's record: 404 for anyone outside recruitment; the read is audited. */
export async function readProspect(ctx: Ctx, id: string) {
  const resource = { kind: 'prospective_carer', id } as const;
  const { actor } = await authorize(ctx, 'recruitment.read', resource);
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = todayIn(timeZone, ctx.now);
  return inTransaction(ctx, async (tx) => {
    const row = await store.findProspect(tx.db, actor, id);
    if (!row) throw new NotFound();
    const sections = await checks.findAssessmentSections(tx.db, id);
    const record = {
      prospect: withDeadlines(row, timeZone, today),
      submissions: await store.findSubmissions(tx.db, id),
      notes: await store.findNotes(tx.db, id),
      stageChanges: await store.findStageChanges(tx.db, id),
      adults: await checks.findAdults(tx.db, id),
      checks: await checks.findChecks(tx.db, id),
      assessment: ASSESSMENT_SECTIONS.map((section) => {
        const saved = sections.find((entry) => entry.section === section.code);
        return {
          ...section,
          progress: saved?.progress ?? 'not_started',
          updatedAt: saved?.updatedAt ?? null,
        };
      }),
      panelItems: await panels.findPanelItemsOf(tx.db, id),
      decision: await decisions.findDecision(tx.db, id),
      staff: (await store.findRecruitmentStaff(tx.db)).map(({ id: staffId, name }) => ({
        id: staffId,
        name,
      })),
      today,
      abilities: {
        canUpdate: can(actor, 'recruitment.update', resource).allowed,
        canDecide: can(actor, 'recruitment.decide', resource).allowed,
        canManagePanels: can(actor, 'recruitment.manage_panels').allowed,
        // A household made by an approval starts approved; its own page checks again when opened.
        canSeeHousehold:
          row.householdId !== null &&
          can(actor, 'household.read', {
            kind: 'household',
            id: row.householdId,
            status: 'approved',
          }).allowed,
      },
    };
    await recordAudit(tx, {
      action: 'recruitment.read',
      recordType: 'prospective_carer',
      recordId: id,
      fields: record.decision ? [...SHOWN, 'decision'] : SHOWN,
    });
    return record;
  });
}
