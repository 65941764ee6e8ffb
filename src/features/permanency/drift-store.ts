// Which children's permanency planning has drifted, across everyone the actor works with: one
// scoped query with aggregates, then the same pure rule the child's own page uses.
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { children, permanencyConversations } from '../../core/db/tables.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { permanencyDrift, type Drift } from '../belonging/review-due.ts';

/** A child whose planning has drifted: what is overdue, and since when. */
export type DriftEntry = Drift & {
  childId: string;
  /** The name staff know the child by: "Jay Walsh". */
  childName: string;
  knownAs: string;
  lastConversationOn: string | null;
  lookedAfterSince: string | null;
};

/**
 * Children in the actor's scope, living with the agency's carers now, with no conversation for
 * longer than the gap allows or no decision after the agency's target. The SQL states the rule to
 * keep the rows few; `permanencyDrift` has the last word, so this list and the child's page agree.
 */
export async function findPermanencyDrift(
  db: Db,
  actor: Actor,
  today: string,
  decisionTargetMonths: number,
): Promise<DriftEntry[]> {
  const gapMonths = ENGLAND.belonging.conversationGap.months;
  const lastConversationOn = sql<string | null>`max(${permanencyConversations.heldOn})`;
  const hasDecision = sql<boolean>`EXISTS (SELECT 1 FROM permanency_decisions d
    WHERE d.child_id = ${children.id})`;
  const rows = await db
    .select({
      id: children.id,
      firstName: children.firstName,
      preferredName: children.preferredName,
      lastName: children.lastName,
      lookedAfterSince: children.lookedAfterSince,
      lastConversationOn: sql<string | null>`to_char(${lastConversationOn}, 'YYYY-MM-DD')`,
      hasDecision,
    })
    .from(children)
    .leftJoin(permanencyConversations, eq(permanencyConversations.childId, children.id))
    .where(
      and(
        scope(actor, 'children'),
        // A child who has left the agency's care is no longer planned for here.
        sql`EXISTS (SELECT 1 FROM placements p
          WHERE p.child_id = ${children.id} AND p.ended_on IS NULL)`,
      ),
    )
    .groupBy(children.id)
    .having(
      sql`(coalesce(${lastConversationOn}, ${children.lookedAfterSince})
            + make_interval(months => ${gapMonths}::int))::date < ${today}::date
        OR (NOT ${hasDecision} AND (${children.lookedAfterSince}
            + make_interval(months => ${decisionTargetMonths}::int))::date < ${today}::date)`,
    );
  return rows
    .map((row): DriftEntry => {
      const knownAs = row.preferredName ?? row.firstName;
      const drift = permanencyDrift(
        {
          lookedAfterSince: row.lookedAfterSince,
          lastConversationOn: row.lastConversationOn,
          hasDecision: Boolean(row.hasDecision),
          decisionTargetMonths,
        },
        today,
      );
      return {
        ...drift,
        childId: row.id,
        childName: `${knownAs} ${row.lastName}`,
        knownAs,
        lastConversationOn: row.lastConversationOn,
        lookedAfterSince: row.lookedAfterSince,
      };
    })
    .filter((entry) => entry.isConversationOverdue || entry.isDecisionOverdue)
    .sort(
      (a, b) => earliestDue(a).localeCompare(earliestDue(b)) || a.childId.localeCompare(b.childId),
    );
}

// The longest overdue first: the date the oldest overdue thing fell due.
function earliestDue(entry: DriftEntry): string {
  const dates = [
    entry.isConversationOverdue ? entry.conversationDueOn : null,
    entry.isDecisionOverdue ? entry.decisionDueOn : null,
  ].filter((date): date is string => date !== null);
  return dates.sort()[0] ?? '';
}
