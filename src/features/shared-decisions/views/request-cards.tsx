import { Card, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { RequestSummary } from '../read-service.ts';
import { dayOf } from './decision-frame.tsx';

/** The answer so far, as a tag whose word says it (colour is never the only signal). */
export function OutcomeTag(props: { request: Pick<RequestSummary, 'outcome' | 'outcomeLabel'> }) {
  const { outcome, outcomeLabel } = props.request;
  if (!outcome) return <Tag tone="due">Waiting for an answer</Tag>;
  return <Tag tone={outcome === 'not_agreed' ? 'neutral' : 'good'}>{outcomeLabel}</Tag>;
}

/** When the answer is needed by, and whether that day has passed without one. */
export function NeededBy(props: { request: RequestSummary; context: PageContext }) {
  const { request, context } = props;
  if (!request.neededBy) return <>No date given</>;
  return (
    <>
      {formatDate(request.neededBy, context.locale)}
      {request.isPastNeededBy ? (
        <>
          {' '}
          <Tag tone="overdue">Date passed</Tag>
        </>
      ) : null}
    </>
  );
}

/** Requests for a decision as cards, each linking to its own page. */
export function RequestCards(props: {
  requests: RequestSummary[];
  context: PageContext;
  empty: string;
}) {
  const { requests, context } = props;
  if (requests.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <div class="cards">
      {requests.map((request) => (
        <Card key={request.id} title={request.topicLabel} href={request.href} headingLevel={3}>
          <p class="preserve-lines">{request.question}</p>
          <SummaryList
            rows={[
              {
                label: 'Asked by',
                value: `${request.askedBy}, ${dayOf(request.askedAt, context)}`,
              },
              { label: 'Needed by', value: <NeededBy request={request} context={context} /> },
              { label: 'Parents’ views', value: request.hasViews ? 'Given' : 'Not given yet' },
              { label: 'Answer', value: <OutcomeTag request={request} /> },
            ]}
          />
        </Card>
      ))}
    </div>
  );
}
