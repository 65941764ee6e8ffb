// What a recruitment officer (and the registered manager) should see first on their home page:
// what is overdue or due today, what is coming up, and their pipeline.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { addWorkingDays } from '../../core/time/working-days.ts';
import { deadlineState, type Deadline, type DeadlineState } from './deadlines.ts';
import { RECRUITMENT_JURISDICTION, withDeadlines } from './prospect-deadlines.ts';
import { OPEN_STAGES, type RecruitmentStage } from './stages.ts';
import * as store from './store.ts';
import { fullName } from './words.ts';

/** How far ahead "coming up" looks. */
const COMING_UP_WORKING_DAYS = 5;

export type WorkItem = {
  prospect: {
    id: string;
    name: string;
    reference: string;
    stage: RecruitmentStage;
    isMine: boolean;
  };
  deadline: Deadline;
  state: DeadlineState;
};

export type RecruitmentWorklist = {
  /** Overdue first, then due today; each says why it is due. */
  dueNow: WorkItem[];
  /** Due in the next few working days. */
  comingUp: WorkItem[];
  /** People at each open stage: the actor's own, and the whole team's. */
  stages: Array<{ stage: RecruitmentStage; mine: number; everyone: number }>;
  /** Open enquiries nobody looks after yet. */
  unassigned: number;
  /** People with something overdue, whoever looks after them. */
  overdueEveryone: number;
  today: string;
};

/**
 * The worklist of the person signed in: the deadlines of the people they look after and of
 * enquiries nobody has picked up yet (an enquiry must be answered whoever picks it up).
 */
export async function getRecruitmentWorklist(ctx: Ctx): Promise<RecruitmentWorklist> {
  const { actor } = await authorize(ctx, 'recruitment.list');
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = todayIn(timeZone, ctx.now);
  const horizon = addWorkingDays(today, COMING_UP_WORKING_DAYS, RECRUITMENT_JURISDICTION.holidays);
  return inTransaction(ctx, async (tx) => {
    const open = (await store.findProspectsInScope(tx.db, actor, { stages: OPEN_STAGES })).map(
      (row) => withDeadlines(row, timeZone, today),
    );
    const isMine = (row: (typeof open)[number]) => row.officerId === actor.userId;
    const watched = open.filter((row) => isMine(row) || row.officerId === null);
    const items = watched.flatMap((row) =>
      row.deadlines.map((deadline): WorkItem => ({
        prospect: {
          id: row.id,
          name: fullName(row),
          reference: row.reference,
          stage: row.stage,
          isMine: isMine(row),
        },
        deadline,
        state: deadlineState(deadline, today),
      })),
    );
    const byDate = (a: WorkItem, b: WorkItem) => a.deadline.dueOn.localeCompare(b.deadline.dueOn);
    await recordAudit(tx, {
      action: 'recruitment.list',
      recordType: 'prospective_carer',
      recordId: null,
      fields: ['name', 'stage', 'deadlines'],
    });
    return {
      dueNow: items.filter((item) => item.state !== 'upcoming').sort(byDate),
      comingUp: items
        .filter((item) => item.state === 'upcoming' && item.deadline.dueOn <= horizon)
        .sort(byDate),
      stages: OPEN_STAGES.map((stage) => ({
        stage,
        mine: open.filter((row) => row.stage === stage && isMine(row)).length,
        everyone: open.filter((row) => row.stage === stage).length,
      })),
      unassigned: open.filter((row) => row.officerId === null).length,
      overdueEveryone: open.filter((row) => row.isOverdue).length,
      today,
    };
  });
}
