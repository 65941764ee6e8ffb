// The rules of a plan for a child going home, as pure functions: how long the family is supported
// after the child goes home, when the next check-in falls due, when a review is overdue, and how
// the goals and steps of a plan read as one ordered list.
import { DateTime } from 'luxon';
import { ENGLAND } from '../../core/jurisdiction/england.ts';

const SUPPORT = ENGLAND.partnership.supportAfterReturn;

/** How many days ahead the home page starts to mention what is coming. */
export const DUE_SOON_DAYS = 7;

const plusDays = (isoDate: string, days: number) =>
  DateTime.fromISO(isoDate).plus({ days }).toISODate()!;

/**
 * The last day of the support after a child goes home: the same day of the month, 6 months on
 * (luxon keeps a month's end: 31 August goes to the last day of February).
 */
export function supportEndsOn(wentHomeOn: string): string {
  return DateTime.fromISO(wentHomeOn).plus({ months: SUPPORT.months }).toISODate()!;
}

/** The latest a check-in may be arranged after one held on `heldOn`: 4 weeks later. */
export function latestNextCheckIn(heldOn: string): string {
  return plusDays(heldOn, SUPPORT.checkInEveryWeeks * 7);
}

/** A review or check-in as the rules need it. */
export type Meeting = { kind: 'review' | 'check_in'; heldOn: string; nextOn: string | null };

/** The latest check-in since the child went home, or null before the first one. */
export function lastCheckIn(wentHomeOn: string, meetings: readonly Meeting[]): Meeting | null {
  let latest: Meeting | null = null;
  for (const meeting of meetings) {
    if (meeting.kind !== 'check_in' || meeting.heldOn < wentHomeOn) continue;
    if (!latest || meeting.heldOn > latest.heldOn) latest = meeting;
  }
  return latest;
}

/**
 * When the next check-in is due: within 4 weeks of going home, then within 4 weeks of the last
 * check-in, or sooner when the last check-in arranged an earlier date.
 */
export function nextCheckInDue(wentHomeOn: string, meetings: readonly Meeting[]): string {
  const last = lastCheckIn(wentHomeOn, meetings);
  if (!last) return latestNextCheckIn(wentHomeOn);
  const latest = latestNextCheckIn(last.heldOn);
  return last.nextOn && last.nextOn < latest ? last.nextOn : latest;
}

/** Whether a plan's review date has passed without a review. */
export function isReviewOverdue(nextReviewOn: string | null, today: string): boolean {
  return nextReviewOn !== null && nextReviewOn < today;
}

/** Whether something is due within the next week (or already overdue). */
export function isDueSoon(dueOn: string, today: string): boolean {
  return dueOn <= plusDays(today, DUE_SOON_DAYS);
}

/** Whether the support may be closed without saying why: its 6 months are over. */
export function isSupportOver(supportEnds: string, today: string): boolean {
  return today >= supportEnds;
}

/** A goal or step in its place in the plan. */
export type PlanItem = { kind: 'goal' | 'step'; position: number };

/** A goal and the steps that follow it; the first group's goal is null for steps under no goal. */
export type ItemGroup<Item> = { goal: Item | null; steps: Item[] };

/**
 * The plan's goals and steps as one ordered list read into groups: each step belongs to the goal
 * before it; steps before any goal stand on their own. The list is sorted by position first
 * (a stable sort, so items in the same position keep the order they came in).
 */
export function groupPlanItems<Item extends PlanItem>(items: readonly Item[]): ItemGroup<Item>[] {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const groups: ItemGroup<Item>[] = [];
  for (const item of sorted) {
    if (item.kind === 'goal') groups.push({ goal: item, steps: [] });
    else if (groups.length === 0) groups.push({ goal: null, steps: [item] });
    else groups.at(-1)!.steps.push(item);
  }
  return groups;
}

/** Where a new item goes when no position is given: after everything else. */
export function positionAtEnd(items: readonly PlanItem[]): number {
  return items.reduce((highest, item) => Math.max(highest, item.position), 0) + 10;
}
