import type { PageContext } from '../../../core/ui/page-context.ts';
import { Button, Form } from '../../../core/ui/components/forms.tsx';
import type { SessionDetails } from '../booking-store.ts';
import { distanceWords, isFull, placesWords } from './booking-words.ts';
import { bookSessionPath } from './paths.ts';
import { sessionTimeWords } from './words.ts';

/** "Northfield Community Centre, 12 Mill Lane, Northfield". */
export function venueWords(session: Pick<SessionDetails, 'venueName' | 'venueAddress'>): string {
  return `${session.venueName}, ${session.venueAddress}`;
}

/** When and where a session is, how far from home and how full, as a short list. */
export function SessionLines(props: {
  session: SessionDetails & { km?: number | null };
  timeZone: string;
  showPlaces?: boolean;
  /** Leave out the date when a heading already says it. */
  showWhen?: boolean;
}) {
  const { session } = props;
  const distance = distanceWords(session.km ?? null);
  return (
    <ul class="list-plain">
      {props.showWhen === false ? (
        session.isCatchUp ? (
          <li>A catch-up session</li>
        ) : null
      ) : (
        <li>
          <strong>{sessionTimeWords(session.startsAt, session.endsAt, props.timeZone)}</strong>
          {session.isCatchUp ? ' (catch-up session)' : null}
        </li>
      )}
      <li>
        {venueWords(session)}
        {distance ? ` (${distance.toLowerCase()})` : null}
      </li>
      {props.showPlaces === false ? null : <li>{placesWords(session)}</li>}
    </ul>
  );
}

/** The button that books a place, or a place in the queue when the session is full. */
export function BookForm(props: {
  context: PageContext;
  session: Pick<SessionDetails, 'id' | 'capacity' | 'taken'>;
  carerId?: string;
  label?: string;
  /** Read out after the label, so each of several buttons on a page says which session it books. */
  about?: string;
}) {
  const full = isFull(props.session);
  return (
    <Form action={bookSessionPath(props.session.id)} csrfToken={props.context.csrfToken}>
      {props.carerId ? <input type="hidden" name="carerId" value={props.carerId} /> : null}
      <Button variant={full ? 'secondary' : 'primary'}>
        {props.label ?? (full ? 'Join the waiting list' : 'Book a place')}
        {props.about ? <span class="visually-hidden"> {props.about}</span> : null}
      </Button>
    </Form>
  );
}
