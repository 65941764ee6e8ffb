// The family time page: what is coming up, then what has been. Parents see the sessions they are
// invited to and say "I'll be there" here; staff and carers see every session with the transport
// and who has said they will come.
import { Button, ButtonLink, Form } from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { FAMILY_TIME_KINDS, labelOf } from '../../partnership/vocabulary.ts';
import type { FamilyTimeList } from '../list-service.ts';
import type { SessionCard } from '../session-view.ts';
import { FamilyTimeFrame } from './frame.tsx';
import { familyTimePaths } from './paths.ts';
import { cancellationWords, SessionTag } from './session-facts.tsx';
import { describeWhen } from './when.ts';

/** The list of a child's family time for this reader. */
export function FamilyTimePage(props: { context: PageContext; list: FamilyTimeList }) {
  const { context, list } = props;
  const { child, party } = list;
  const isParent = party === 'parent';
  return (
    <FamilyTimeFrame
      context={context}
      child={child}
      party={party}
      title={isParent ? `Family time with ${child.knownAs}` : 'Family time'}
    >
      <p class="lead">
        {isParent
          ? `When you and ${child.knownAs} will see each other, and what happened last time.`
          : `Time ${child.knownAs} spends with their family: what is planned, and how it went.`}
      </p>
      <p>
        {list.abilities.canPlan ? (
          <>
            <ButtonLink href={familyTimePaths.plan(child.id)}>Plan family time</ButtonLink>{' '}
          </>
        ) : null}
        <a href={familyTimePaths.calendar(party, child.id)}>
          {isParent ? 'Add family time to your phone’s calendar' : 'Family time in your calendar'}
        </a>
      </p>

      {list.page === 1 ? (
        <section aria-labelledby="coming-up">
          <h2 id="coming-up">Coming up</h2>
          {list.coming.length === 0 ? (
            <p class="empty">
              {isParent
                ? 'No family time is planned yet. Your worker will let you know when it is.'
                : 'No family time is planned.'}
            </p>
          ) : (
            <ul class="list-plain">
              {list.coming.map((session) => (
                <li key={session.id}>
                  <SessionItem context={context} list={list} session={session} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="past">
        <h2 id="past">{list.page === 1 ? 'Past family time' : 'Earlier family time'}</h2>
        {list.past.length === 0 ? (
          <p class="empty">Nothing here yet.</p>
        ) : (
          <ul class="list-plain">
            {list.past.map((session) => (
              <li key={session.id}>
                <SessionItem context={context} list={list} session={session} />
              </li>
            ))}
          </ul>
        )}
        {list.page > 1 || list.hasEarlier ? (
          <nav class="pagination" aria-label="Earlier and later family time">
            {list.page > 1 ? (
              <a
                class="pagination__link"
                rel="prev"
                href={
                  list.page === 2
                    ? familyTimePaths.list(party, child.id)
                    : familyTimePaths.earlier(party, child.id, list.page - 1)
                }
              >
                Later
              </a>
            ) : null}
            {list.hasEarlier ? (
              <a
                class="pagination__link"
                rel="next"
                href={familyTimePaths.earlier(party, child.id, list.page + 1)}
              >
                Earlier
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </FamilyTimeFrame>
  );
}

function SessionItem(props: { context: PageContext; list: FamilyTimeList; session: SessionCard }) {
  const { context, list, session } = props;
  const { child, party } = list;
  return (
    <article>
      <h3 class="heading-m">
        <a href={familyTimePaths.session(party, child.id, session.id)}>
          {describeWhen(session.startsAt, session.endsAt, context.timeZone, context.locale)}
        </a>{' '}
        <SessionTag session={session} />
      </h3>
      <p>
        {labelOf(FAMILY_TIME_KINDS, session.kind)}
        {session.venue ? ` at ${session.venue}` : ''}
        {session.isSupervised
          ? `, supervised${session.supervisedBy ? ` by ${session.supervisedBy}` : ''}`
          : ', not supervised'}
      </p>
      {session.cancellation ? <p>{cancellationWords(session.cancellation)}</p> : null}
      {session.transport ? <p>Getting there: {session.transport}</p> : null}
      {session.invitees ? (
        <p class="muted">
          {session.invitees
            .map(
              (invitee) =>
                `${invitee.name}: ${invitee.confirmedAt ? 'said they’ll be there' : 'not answered yet'}`,
            )
            .join('; ')}
        </p>
      ) : null}
      {session.abilities.canConfirm ? (
        <Form
          action={familyTimePaths.confirm(party, child.id, session.id)}
          csrfToken={context.csrfToken}
        >
          <Button>
            I’ll be there
            <span class="visually-hidden">
              {' '}
              on {describeWhen(session.startsAt, session.endsAt, context.timeZone, context.locale)}
            </span>
          </Button>
        </Form>
      ) : null}
    </article>
  );
}
