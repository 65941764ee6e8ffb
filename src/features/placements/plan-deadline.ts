// When a placement plan is due, and where it stands: pure functions over civil dates, using the
// jurisdiction's rule and bank holidays, so every page that shows the deadline can say why.
import type { Jurisdiction } from '../../core/jurisdiction/england.ts';
import { addWorkingDays, countWorkingDaysBetween } from '../../core/time/working-days.ts';

/** The plan's deadline: the date, the rule in words, what it counts from, and its source. */
export type PlanDeadline = {
  dueOn: string;
  startedOn: string;
  workingDays: number;
  rule: string;
  source: string;
  citation: string;
  holidaysName: string;
};

/** Where a placement's plan stands today. */
export type PlanStatus =
  | { state: 'agreed'; agreedOn: string; isLate: boolean; deadline: PlanDeadline }
  | { state: 'due'; deadline: PlanDeadline }
  | { state: 'overdue'; workingDaysLate: number; deadline: PlanDeadline };

// How far before the start a plan can be agreed: plans are made for the move, not long before it.
export const PLAN_EARLIEST_DAYS_BEFORE_START = 30;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The placement plan is due a number of working days after the placement starts. */
export function placementPlanDeadline(startedOn: string, jurisdiction: Jurisdiction): PlanDeadline {
  const rule = jurisdiction.placements.placementPlan;
  return {
    dueOn: addWorkingDays(startedOn, rule.workingDaysAfterStart, jurisdiction.holidays),
    startedOn,
    workingDays: rule.workingDaysAfterStart,
    rule: `The placement plan, with delegated authority, is agreed before the placement or within ${plural(rule.workingDaysAfterStart, 'working day')} of its start`,
    source: rule.source,
    citation: rule.citation,
    holidaysName: jurisdiction.holidays.name,
  };
}

/** Agreed (and whether on time), still due, or overdue by how many working days. */
export function planStatus(
  startedOn: string,
  agreedOn: string | null,
  today: string,
  jurisdiction: Jurisdiction,
): PlanStatus {
  const deadline = placementPlanDeadline(startedOn, jurisdiction);
  if (agreedOn) return { state: 'agreed', agreedOn, isLate: agreedOn > deadline.dueOn, deadline };
  if (today <= deadline.dueOn) return { state: 'due', deadline };
  return {
    state: 'overdue',
    workingDaysLate: countWorkingDaysBetween(deadline.dueOn, today, jurisdiction.holidays),
    deadline,
  };
}
