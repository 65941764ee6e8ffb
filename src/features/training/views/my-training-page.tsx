import type { FieldErrors } from '../../../core/errors.ts';
import { Card, Tag } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { readMyTraining } from '../my-training.ts';
import { standingStatus } from './booking-words.ts';
import {
  BookingsSection,
  FeedSection,
  PastSection,
  type FeedAddresses,
} from './my-training-sections.tsx';
import { carerRecordPath, courseSessionsPath, TRAINING_PATH } from './paths.ts';
import { BookForm, SessionLines } from './session-bits.tsx';
import { civilDateWords, sessionTimeWords } from './words.ts';

/** Everything "Your training" shows. */
export type MyTraining = Awaited<ReturnType<typeof readMyTraining>>;

/** A carer's own training: catch-ups, courses needed, places booked, past sessions, calendar. */
export function MyTrainingPage(props: {
  context: PageContext;
  training: MyTraining;
  feed: FeedAddresses | null;
  errors?: FieldErrors;
}) {
  const { context, training } = props;
  return (
    <Page
      context={context}
      title="Your training"
      documentTitle={props.errors ? 'Error: Your training' : 'Your training'}
    >
      <ErrorSummary errors={props.errors} isUnlinked />
      <p class="lead">
        Book the courses you need, see your places and add your training to your own calendar.{' '}
        <a href={TRAINING_PATH}>See every course</a>, or{' '}
        <a href={carerRecordPath(training.trainee.id)}>your training record</a> with your
        certificates.
      </p>
      <CatchUpSection context={context} catchUps={training.catchUps} />
      <NeedsSection context={context} needs={training.needs} />
      <BookingsSection context={context} upcoming={training.upcoming} />
      <PastSection context={context} past={training.past} />
      <FeedSection context={context} feed={props.feed} />
    </Page>
  );
}

function CatchUpSection(props: { context: PageContext; catchUps: MyTraining['catchUps'] }) {
  if (props.catchUps.length === 0) return null;
  return (
    <section>
      <h2 class="heading-l">Catch-up sessions for you</h2>
      {props.catchUps.map((offer) => (
        <Card key={offer.id} title={offer.courseTitle} headingLevel={3}>
          <p>
            {offer.reason === 'absent'
              ? 'You missed this course, and you still need it.'
              : 'You cancelled close to the day, so here is another chance to take this course.'}
          </p>
          {offer.session ? (
            <>
              <SessionLines session={offer.session} timeZone={props.context.timeZone} />
              {offer.isAlreadyOn ? (
                <p>You are booked on this session.</p>
              ) : (
                <BookForm
                  context={props.context}
                  session={offer.session}
                  about={`on ${offer.courseTitle}, ${sessionTimeWords(offer.session.startsAt, offer.session.endsAt, props.context.timeZone)}`}
                />
              )}
            </>
          ) : (
            <p>
              There is no catch-up session with a free place yet. We will email you as soon as one
              is arranged.
            </p>
          )}
          <p>
            <a href={courseSessionsPath(offer.courseId)}>Every session of {offer.courseTitle}</a>
          </p>
        </Card>
      ))}
    </section>
  );
}

function NeedsSection(props: { context: PageContext; needs: MyTraining['needs'] }) {
  const { timeZone } = props.context;
  return (
    <section>
      <h2 class="heading-l">Courses you need</h2>
      {props.needs.length === 0 ? (
        <p class="empty">You are up to date with the courses you need. Thank you.</p>
      ) : null}
      {props.needs.map(({ standing, booking, sessions, isOnlineOnly }) => {
        const status = standingStatus(standing.status);
        return (
          <Card key={standing.courseId} title={standing.title} headingLevel={3}>
            <p>
              <Tag tone={status.tone}>{status.words}</Tag>{' '}
              {standing.dueOn ? `Due by ${civilDateWords(standing.dueOn)}` : null}
            </p>
            <p class="muted">Why: {standing.why}</p>
            {booking ? (
              <p>
                {booking.status === 'booked' ? 'You have a place on ' : 'You are waiting for '}
                {sessionTimeWords(booking.session.startsAt, booking.session.endsAt, timeZone)}, at{' '}
                {booking.session.venueName}.
              </p>
            ) : null}
            {isOnlineOnly ? <p>This course is taken online.</p> : null}
            {!isOnlineOnly && booking?.status !== 'booked' && sessions.length === 0 ? (
              <p>There are no sessions coming up yet. We will add more each term.</p>
            ) : null}
            {sessions.length > 0 ? (
              <>
                <h4>
                  {booking ? 'Other sessions, nearest first' : 'Sessions to book, nearest first'}
                </h4>
                {sessions.map((session) => (
                  <div key={session.id}>
                    <SessionLines session={session} timeZone={timeZone} />
                    <BookForm
                      context={props.context}
                      session={session}
                      about={`on ${standing.title}, ${sessionTimeWords(session.startsAt, session.endsAt, timeZone)}`}
                    />
                  </div>
                ))}
              </>
            ) : null}
            {isOnlineOnly ? null : (
              <p>
                <a href={courseSessionsPath(standing.courseId)}>
                  Every session of {standing.title}
                </a>
              </p>
            )}
          </Card>
        );
      })}
    </section>
  );
}
