// The deadlines of one person's record, worked out in the agency's time zone.
import { ENGLAND, type Jurisdiction } from '../../core/jurisdiction/england.ts';
import { todayIn } from '../../core/time/dates.ts';
import { deadlinesFor, hasOverdue, type Deadline } from './deadlines.ts';
import type { RecruitmentStage } from './stages.ts';

/** The rules recruitment follows. Kinfold's agencies are in England so far. */
export const RECRUITMENT_JURISDICTION: Jurisdiction = ENGLAND;

type Timed = {
  stage: RecruitmentStage;
  enquiredAt: Date;
  stageChangedAt: Date;
  appliedOn: string | null;
  panelOn: string | null;
  nextAction: string;
  nextActionOn: string | null;
};

/** A record with its deadlines, and whether any has passed. */
export type WithDeadlines<Row> = Row & {
  deadlines: Deadline[];
  isOverdue: boolean;
};

/** Works out a record's deadlines: "today" and the days things happened are the agency's. */
export function withDeadlines<Row extends Timed>(
  row: Row,
  timeZone: string,
  today: string,
): WithDeadlines<Row> {
  const deadlines = deadlinesFor(
    {
      stage: row.stage,
      enquiredOn: todayIn(timeZone, row.enquiredAt),
      stageStartedOn: todayIn(timeZone, row.stageChangedAt),
      appliedOn: row.appliedOn,
      panelOn: row.panelOn,
      nextAction: row.nextAction,
      nextActionOn: row.nextActionOn,
    },
    RECRUITMENT_JURISDICTION,
  );
  return { ...row, deadlines, isOverdue: hasOverdue(deadlines, today) };
}
