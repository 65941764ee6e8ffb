import { ENGLAND } from '../../../core/jurisdiction/england.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { PermanencyView } from '../read-service.ts';
import { WhyDue } from './why-due.tsx';

const { conversationGap, decisionTarget } = ENGLAND.belonging;

/**
 * Whether planning has drifted: a conversation overdue, or no decision after the agency's target.
 * Each line says what is due, by when, and why.
 */
export function DriftSection(props: { view: PermanencyView; locale: Locale }) {
  const { view, locale } = props;
  const { drift, child } = view;
  const date = (iso: string) => formatDate(iso, locale);
  const last = view.conversations[0]?.heldOn ?? null;
  if (drift.conversationDueOn === null && drift.decisionDueOn === null) {
    return (
      <p>
        Drift cannot be checked until the date {child.knownAs} became looked after is recorded. It
        can be added with the next review.
      </p>
    );
  }
  return (
    <ul class="list-plain">
      {drift.conversationDueOn ? (
        <li>
          {drift.isConversationOverdue ? (
            <p>
              <Tag tone="overdue">Overdue</Tag>{' '}
              {last
                ? `No conversation with ${child.knownAs} since ${date(last)}: one was due by ${date(drift.conversationDueOn)}`
                : `No conversation with ${child.knownAs} yet: the first was due by ${date(drift.conversationDueOn)}`}
            </p>
          ) : (
            <p>
              <Tag tone="neutral">Due</Tag> The next conversation with {child.knownAs} is due by{' '}
              {date(drift.conversationDueOn)}
            </p>
          )}
          <WhyDue citation={conversationGap.citation}>
            Permanency is talked through with {child.knownAs} at least once every{' '}
            {conversationGap.months} months.{' '}
            {last
              ? `The last conversation was on ${date(last)}`
              : `${child.knownAs} became looked after on ${date(child.lookedAfterSince ?? '')}`}
            , so the next was due by {date(drift.conversationDueOn)}.
          </WhyDue>
        </li>
      ) : null}
      {view.decision === null && drift.decisionDueOn ? (
        <li>
          {drift.isDecisionOverdue ? (
            <p>
              <Tag tone="overdue">Overdue</Tag> No decision yet: the agency’s target was{' '}
              {date(drift.decisionDueOn)}
            </p>
          ) : (
            <p>
              <Tag tone="neutral">Due</Tag> A decision is due by {date(drift.decisionDueOn)}
            </p>
          )}
          <WhyDue citation={decisionTarget.citation}>
            The agency aims for a decision within {view.decisionTargetMonths} months of a child
            becoming looked after. {child.knownAs} became looked after on{' '}
            {date(child.lookedAfterSince ?? '')}, so a decision was due by{' '}
            {date(drift.decisionDueOn)}.
          </WhyDue>
        </li>
      ) : null}
    </ul>
  );
}
