// The person's own family time calendar address: what it is for, the address itself, and a button
// to make one or a new one. Managers are told the calendar is for the people going.
import { Button, Form } from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { MyFeed } from '../feed-service.ts';
import { FamilyTimeFrame } from './frame.tsx';
import { familyTimePaths } from './paths.ts';

/** The calendar page; `address` is the full feed address when the person has one. */
export function CalendarPage(props: {
  context: PageContext;
  feed: MyFeed;
  address: string | null;
}) {
  const { context, feed, address } = props;
  const { child, party } = feed;
  const isParent = party === 'parent';
  return (
    <FamilyTimeFrame
      context={context}
      child={child}
      party={party}
      title="Family time in your calendar"
      isUnderList
    >
      {!feed.canHaveFeed ? (
        <p class="lead">
          The family time calendar is for the people going to family time: parents, carers and their
          supervising social workers. You can see every session on the family time pages.
        </p>
      ) : (
        <>
          <p class="lead">
            Add family time to the calendar on your phone or computer. It keeps itself up to date
            when family time is planned, changed or cancelled.
          </p>
          <p>
            {isParent
              ? 'It shows the family time you are invited to, for every child you keep in touch with here.'
              : 'It shows family time for every child you look after or support.'}
          </p>
          {address ? (
            <>
              <p>
                Copy this address into your calendar app (it is usually under “Add calendar from
                URL” or “Subscribe”):
              </p>
              <p class="secret" id="calendar-address">
                {address}
              </p>
              <p>
                <a href={address.replace(/^https?:/, 'webcal:')}>Open it in your calendar app</a>
              </p>
              <p class="field__hint">
                Keep the address to yourself: anyone with it can see when and where family time is.
                If you have shared it by mistake, make a new one and the old one will stop working.
              </p>
            </>
          ) : null}
          <Form action={familyTimePaths.calendar(party, child.id)} csrfToken={context.csrfToken}>
            <Button variant={address ? 'secondary' : 'primary'}>
              {address ? 'Make a new address' : 'Make my calendar address'}
            </Button>
          </Form>
        </>
      )}
    </FamilyTimeFrame>
  );
}
