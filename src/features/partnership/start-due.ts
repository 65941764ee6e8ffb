// For the home page of the staff who place children: children who came to a new home in the last
// month whose introductory meeting or comfort call is not yet recorded, overdue first.
import type { Actor } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { partnershipPaths } from './paths.ts';
import {
  addDays,
  comfortCallDeadline,
  introMeetingDeadline,
  startStatus,
  type StartStatus,
} from './start-rules.ts';
import { findStartsToRecord } from './start-store.ts';

/** How far back a new home counts as new. */
export const NEW_HOME_DAYS = 30;
/** How many children the card lists before saying how many more there are. */
export const DUE_LIST_LIMIT = 10;

/** A child whose first days still have something to record; a part already held is null. */
export type GettingStartedDueItem = {
  childId: string;
  /** The name the child is known by and an initial: "Mia P.". */
  childLabel: string;
  startedOn: string;
  intro: StartStatus | null;
  comfortCall: StartStatus | null;
  isOverdue: boolean;
  href: string;
};

/** The card's list, and how many more there are beyond it. */
export type GettingStartedDue = { items: GettingStartedDueItem[]; moreCount: number };

const PLACING_STAFF = ['registered_manager', 'supervising_social_worker'];

/**
 * The children in the actor's scope (the manager: all; a supervising social worker: the homes
 * they supervise) whose first days still have the meeting or the call to record. Nothing for anyone
 * else. Works in the caller's transaction; a list that names any child is audited.
 */
export async function loadGettingStartedDue(
  tx: Ctx,
  actor: Actor,
  today: string,
): Promise<GettingStartedDue> {
  if (!PLACING_STAFF.includes(actor.role)) return { items: [], moreCount: 0 };
  const rows = await findStartsToRecord(tx.db, actor, {
    since: addDays(today, -NEW_HOME_DAYS),
    today,
  });
  if (rows.length === 0) return { items: [], moreCount: 0 };
  await recordAudit(tx, {
    action: 'partnership.read',
    recordType: 'child',
    recordId: null,
    fields: ['getting_started_due'],
  });
  const items = rows.map((row): GettingStartedDueItem => {
    const intro = row.introHeldOn
      ? null
      : startStatus(introMeetingDeadline(row.startedOn, ENGLAND), null, today);
    const comfortCall = row.comfortCallHeldOn
      ? null
      : startStatus(comfortCallDeadline(row.startedOn, ENGLAND), null, today);
    const knownAs = row.preferredName ?? row.firstName;
    return {
      childId: row.childId,
      childLabel: `${knownAs} ${row.lastName.charAt(0)}.`,
      startedOn: row.startedOn,
      intro,
      comfortCall,
      isOverdue: intro?.state === 'overdue' || comfortCall?.state === 'overdue',
      href: partnershipPaths.gettingStarted('staff', row.childId),
    };
  });
  items.sort(
    (a, b) =>
      Number(b.isOverdue) - Number(a.isOverdue) ||
      firstDue(a).localeCompare(firstDue(b)) ||
      a.childLabel.localeCompare(b.childLabel),
  );
  return {
    items: items.slice(0, DUE_LIST_LIMIT),
    moreCount: Math.max(0, items.length - DUE_LIST_LIMIT),
  };
}

// The earliest date still to meet, which orders children within overdue and within due.
function firstDue(item: GettingStartedDueItem): string {
  const dates = [item.intro, item.comfortCall].flatMap((part) =>
    part ? [part.deadline.dueOn] : [],
  );
  return dates.sort()[0] ?? item.startedOn;
}
