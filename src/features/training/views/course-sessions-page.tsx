import type { FieldErrors } from '../../../core/errors.ts';
import { Breadcrumbs, Card } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { NearbySession } from '../my-training.ts';
import type { listCourseSessions } from '../session-places.ts';
import { traineeName, type Trainee } from '../trainees.ts';
import { MY_TRAINING_PATH, sessionPath, TRAINING_PATH } from './paths.ts';
import { BookForm, SessionLines } from './session-bits.tsx';
import { sessionTimeWords } from './words.ts';

/** A course's sessions as the page lists them. */
export type CourseSessions = Awaited<ReturnType<typeof listCourseSessions>>;

/** Every session of one course still to come, with places left, to book or to join the queue. */
export function CourseSessionsPage(props: {
  context: PageContext;
  listing: CourseSessions;
  errors?: FieldErrors;
}) {
  const { context, listing } = props;
  const title = `${listing.course.title}: sessions`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.errors ? `Error: ${title}` : title}
      beforeHeading={
        <Breadcrumbs
          items={
            listing.me
              ? [{ href: MY_TRAINING_PATH, label: 'Your training' }]
              : [{ href: TRAINING_PATH, label: 'Training courses' }]
          }
        />
      }
    >
      <ErrorSummary errors={props.errors} />
      <p>{listing.course.summary}</p>
      {listing.me ? <p>The sessions nearest your home come first.</p> : null}
      {listing.sessions.length === 0 ? (
        <p class="empty">There are no sessions of this course coming up yet.</p>
      ) : null}
      {listing.sessions.map((session) => (
        <Card
          key={session.id}
          title={sessionTimeWords(session.startsAt, session.endsAt, context.timeZone)}
        >
          <SessionLines session={session} timeZone={context.timeZone} showWhen={false} />
          {listing.household.map((carer) => (
            <CarerPlace
              key={carer.id}
              context={context}
              session={session}
              carer={carer}
              isMe={carer.id === listing.me?.id}
              status={listing.held.get(`${session.id} ${carer.id}`)}
            />
          ))}
          {listing.canManage ? (
            <p>
              <a href={sessionPath(session.id)}>Who is booked</a>
            </p>
          ) : null}
        </Card>
      ))}
    </Page>
  );
}

function CarerPlace(props: {
  context: PageContext;
  session: NearbySession;
  carer: Trainee;
  isMe: boolean;
  status: string | undefined;
}) {
  const { session, carer, isMe, status } = props;
  const who = isMe ? 'You' : traineeName(carer);
  if (status === 'booked')
    return (
      <p>
        {who} {isMe ? 'have' : 'has'} a place.
      </p>
    );
  if (status === 'waiting')
    return (
      <p>
        {who} {isMe ? 'are' : 'is'} on the waiting list.
      </p>
    );
  const when = sessionTimeWords(session.startsAt, session.endsAt, props.context.timeZone);
  return (
    <BookForm
      context={props.context}
      session={session}
      carerId={carer.id}
      {...(isMe
        ? {}
        : { label: `${session.taken >= session.capacity ? 'Add' : 'Book'} ${traineeName(carer)}` })}
      about={
        isMe
          ? `on ${when}`
          : `${session.taken >= session.capacity ? 'to the waiting list' : 'a place'}, ${when}`
      }
    />
  );
}
