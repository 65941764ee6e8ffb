import { formatInstant } from '../../../core/time/dates.ts';
import { Card } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { MessagesWaiting } from '../waiting-service.ts';

/**
 * The home page's word on parents' messages waiting for a worker to read them: each child by
 * first name, how many wait and since when, linking to the page where the worker decides.
 */
export function MessagesWaitingCard(props: { waiting: MessagesWaiting; context: PageContext }) {
  const { waiting, context } = props;
  const more = waiting.total - waiting.children.length;
  return (
    <Card title="Messages waiting to be read">
      <span class="figure">{waiting.total}</span>
      {waiting.children.length === 0 ? (
        <p class="muted">No messages from parents are waiting to be read.</p>
      ) : (
        <>
          <ul class="list-plain">
            {waiting.children.map((child) => (
              <li key={child.childId}>
                <a href={partnershipPaths.moderation(child.childId)}>
                  {child.firstName}:{' '}
                  {child.waiting === 1 ? '1 message' : `${child.waiting} messages`}
                </a>
                , waiting since {formatInstant(child.since, context.timeZone, context.locale)}
              </li>
            ))}
          </ul>
          {more > 0 ? <p class="muted">and {more} more</p> : null}
        </>
      )}
    </Card>
  );
}
