// Recruitment reports: the dashboard's funnel, and the CSV export of the list.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { parseInput } from '../../core/http/validation.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { formatDate, todayIn } from '../../core/time/dates.ts';
import { toCsv, type CsvValue } from '../../core/csv.ts';
import { buildFunnel, type Funnel } from './funnel.ts';
import { periodInstants } from './period.ts';
import { withDeadlines } from './prospect-deadlines.ts';
import { ZExportQuery, type TExportQuery, type TPeriod } from './schemas.ts';
import { filterOf } from './service.ts';
import { ALL_STAGES } from './stages.ts';
import * as store from './store.ts';
import { fullName, sourceLabel, stageLabel } from './words.ts';

/** The funnel of everyone who enquired in a period (everyone when no dates are given). */
export async function getDashboard(ctx: Ctx, period: TPeriod): Promise<Funnel> {
  const { actor } = await authorize(ctx, 'recruitment.list');
  const { timeZone } = await getAgencySettings(ctx.db);
  const filter = { stages: ALL_STAGES, ...periodInstants(period, timeZone) };
  return inTransaction(ctx, async (tx) => {
    const prospects = await store.findProspectsInScope(tx.db, actor, filter);
    const changes = await store.findStageChangesInScope(tx.db, actor, filter);
    await recordAudit(tx, {
      action: 'recruitment.list',
      recordType: 'prospective_carer',
      recordId: null,
      fields: ['funnel'],
    });
    return buildFunnel(
      prospects.map(({ id, stage, source, enquiredAt }) => ({ id, stage, source, enquiredAt })),
      changes,
    );
  });
}

const COLUMNS = [
  'Reference',
  'Name',
  'Email',
  'Phone',
  'Postcode',
  'Stage',
  'Way in',
  'Came from',
  'Officer',
  'Enquired on',
  'Applied on',
  'Panel on',
  'Decided on',
  'Next action',
  'Next action on',
  'Next due',
  'Due on',
  'Why it is due',
  'Overdue',
  'Reason closed',
];

/**
 * The people the list's filters select, as CSV for a spreadsheet: scoped like the list, and the
 * export itself audited, since it takes people's contact details out of Kinfold. The filters come
 * from a link's query, checked after the person is known to be allowed an export at all.
 */
export async function exportPipelineCsv(ctx: Ctx, rawQuery: unknown): Promise<string> {
  const { actor } = await authorize(ctx, 'recruitment.export');
  const query: TExportQuery = parseInput(ZExportQuery, rawQuery);
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = todayIn(timeZone, ctx.now);
  const filter = { ...filterOf(actor.userId, query), ...periodInstants(query, timeZone) };
  return inTransaction(ctx, async (tx) => {
    const rows = (await store.findProspectsInScope(tx.db, actor, filter))
      .map((row) => withDeadlines(row, timeZone, today))
      .filter((row) => query.overdue !== 'yes' || row.isOverdue);
    await recordAudit(tx, {
      action: 'recruitment.export',
      recordType: 'prospective_carer',
      recordId: null,
      fields: ['name', 'email', 'phone', 'postcode', 'stage', 'source', 'officer', 'dates'],
    });
    return toCsv(
      COLUMNS,
      rows.map((row): CsvValue[] => {
        const due = row.deadlines[0];
        return [
          row.reference,
          fullName(row),
          row.email,
          row.phone,
          row.postcode,
          stageLabel(row.stage),
          sourceLabel(row.source),
          row.sourceDetail,
          row.officerName ?? '',
          todayIn(timeZone, row.enquiredAt),
          row.appliedOn,
          row.panelOn,
          row.decidedOn,
          row.nextAction,
          row.nextActionOn,
          due?.task,
          due?.dueOn,
          due ? `${due.rule} (${due.source})` : '',
          row.isOverdue ? 'Yes' : 'No',
          row.closedReason,
        ];
      }),
    );
  });
}

/** The export's file name: what it is and the day it was made. */
export function exportFileName(today: string): string {
  return `recruitment-${today}.csv`;
}

/** A period in words: "enquired 1 January 2026 to 31 March 2026", or "every enquiry". */
export function describePeriod(period: TPeriod, locale: 'en-GB' | 'en-US'): string {
  if (period.from && period.to) {
    return `enquired ${formatDate(period.from, locale)} to ${formatDate(period.to, locale)}`;
  }
  if (period.from) return `enquired on or after ${formatDate(period.from, locale)}`;
  if (period.to) return `enquired on or before ${formatDate(period.to, locale)}`;
  return 'every enquiry';
}
