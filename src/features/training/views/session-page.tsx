import { DateTime } from 'luxon';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs, SummaryList, Table, Tag } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ButtonLink,
  ErrorSummary,
  Form,
  SelectField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { SessionBooking } from '../booking-store.ts';
import type { readSessionPlaces } from '../session-places.ts';
import { traineeName } from '../trainees.ts';
import { bookingStatus } from './booking-words.ts';
import { cancelBookingPath, registerPath, SESSIONS_PATH, sessionPath } from './paths.ts';
import { venueWords } from './session-bits.tsx';
import { sessionTimeWords } from './words.ts';

/** One session as its page shows it. */
export type SessionPlaces = Awaited<ReturnType<typeof readSessionPlaces>>;

/** One session for the staff running it: its places, its waiting list, and booking a carer. */
export function SessionPage(props: {
  context: PageContext;
  places: SessionPlaces;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, places } = props;
  const { session } = places;
  const when = sessionTimeWords(session.startsAt, session.endsAt, context.timeZone);
  return (
    <Page
      context={context}
      title={session.courseTitle}
      documentTitle={props.errors ? `Error: ${session.courseTitle}` : session.courseTitle}
      beforeHeading={
        places.canManage ? (
          <Breadcrumbs items={[{ href: SESSIONS_PATH, label: 'Training sessions' }]} />
        ) : undefined
      }
    >
      <ErrorSummary errors={props.errors} />
      <SummaryList
        rows={[
          { label: 'When', value: when },
          { label: 'Where', value: `${venueWords(session)} (${session.areaName})` },
          { label: 'Trainer', value: session.trainerName ?? 'Not yet chosen' },
          {
            label: 'Places',
            value: `${session.taken} of ${session.capacity} taken; ${session.waiting} waiting`,
          },
          { label: 'Catch-up session', value: session.isCatchUp ? 'Yes' : 'No' },
        ]}
      />
      <ButtonLink href={registerPath(session.id)} variant="secondary">
        Take the register
      </ButtonLink>
      <h2 class="heading-l">Booked</h2>
      <BookingTable
        rows={places.places}
        caption="Carers with a place"
        empty="Nobody has booked yet."
        timeZone={context.timeZone}
        canCancel={places.canBook}
      />
      <h2 class="heading-l">Waiting list</h2>
      <BookingTable
        rows={places.waiting}
        caption="Carers waiting for a place, first in the queue first"
        empty="Nobody is waiting."
        timeZone={context.timeZone}
        canCancel={places.canBook}
        isNumbered
      />
      <h2 class="heading-l">Book a carer</h2>
      {places.canBook ? (
        <Form action={sessionPath(session.id)} csrfToken={context.csrfToken}>
          <SelectField
            name="carerId"
            label="Carer"
            hint="When the session is full, the carer joins the waiting list. They are emailed either way."
            options={[
              { value: '', label: 'Choose a carer' },
              ...places.carers.map((carer) => ({
                value: carer.id,
                label: `${traineeName(carer)} (${carer.householdName}${carer.areaName ? `, ${carer.areaName}` : ''})`,
              })),
            ]}
            value={props.values?.carerId}
            error={props.errors?.carerId}
          />
          <Button>Book</Button>
        </Form>
      ) : (
        <p>This session has started, so places can no longer be booked.</p>
      )}
    </Page>
  );
}

function BookingTable(props: {
  rows: SessionBooking[];
  caption: string;
  empty: string;
  timeZone: string;
  canCancel: boolean;
  isNumbered?: boolean;
}) {
  const numbered = props.rows.map((row, index) => ({ ...row, number: index + 1 }));
  return (
    <Table
      caption={props.caption}
      captionHidden
      rows={numbered}
      empty={props.empty}
      columns={[
        ...(props.isNumbered
          ? [
              {
                heading: 'Number',
                isNumeric: true,
                cell: (row: (typeof numbered)[number]) => row.number,
              },
            ]
          : []),
        { heading: 'Carer', cell: (row) => traineeName(row) },
        {
          heading: 'Booked',
          cell: (row) =>
            DateTime.fromJSDate(row.createdAt, { zone: props.timeZone }).toFormat('d LLLL yyyy'),
        },
        {
          heading: 'Status',
          cell: (row) => {
            const status = bookingStatus(row.status);
            return <Tag tone={status.tone}>{status.words}</Tag>;
          },
        },
        ...(props.canCancel
          ? [
              {
                heading: 'Change',
                cell: (row: (typeof numbered)[number]) =>
                  row.status === 'booked' || row.status === 'waiting' ? (
                    <a href={cancelBookingPath(row.id)}>
                      Cancel<span class="visually-hidden"> {traineeName(row)}’s place</span>
                    </a>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
