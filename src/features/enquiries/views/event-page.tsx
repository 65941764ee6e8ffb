import { NotificationBanner } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, SelectField } from '../../../core/ui/components/forms.tsx';
import type { PublicEvent } from '../events-service.ts';
import { textOf } from '../form-input.ts';
import {
  EnquiryPage,
  NameAndEmailFields,
  PhoneField,
  type FormPageProps,
} from './enquiry-page.tsx';
import { EventFacts, EVENTS_PATH } from './events-page.tsx';
import { FormProblem, GetInTouchForm, PrivacyNote } from './fields.tsx';
import { OtherOptions } from './other-options.tsx';

const MAX_PLACES_PER_BOOKING = 4;

/** One event: what it is, and booking a place (or, when it is full, the other ways in). */
export function EventPage(props: FormPageProps & { event: PublicEvent }) {
  const { context, event, values, errors } = props;
  const path = `${EVENTS_PATH}/${event.id}`;
  const isBookable = event.isOpen && event.placesLeft > 0;
  const most = Math.min(MAX_PLACES_PER_BOOKING, Math.max(1, event.placesLeft));
  return (
    <EnquiryPage
      context={context}
      title={event.title}
      description={`An information event about fostering: ${event.when}.`}
      path={path}
      hasErrors={Boolean(errors || props.problem)}
    >
      <EventFacts event={event} />
      {event.description ? <p class="preserve-lines">{event.description}</p> : null}
      {!event.isOpen ? (
        <NotificationBanner kind="warning" title="This event is not taking bookings">
          <p>It has already happened or has been cancelled. Please choose another way in below.</p>
        </NotificationBanner>
      ) : event.placesLeft === 0 ? (
        <NotificationBanner kind="warning" title="This event is full">
          <p>
            Sorry, every place has been taken. <a href={EVENTS_PATH}>See our other events</a>, or
            choose another way to get in touch below.
          </p>
        </NotificationBanner>
      ) : null}
      {isBookable ? (
        <>
          <h2 class="heading-m">Book a place</h2>
          <FormProblem message={props.problem} />
          <ErrorSummary errors={errors} />
          <GetInTouchForm
            action={path}
            csrfToken={context.page.csrfToken}
            stamp={props.stamp}
            source={props.source}
            funnel="get-in-touch:events:book"
          >
            <NameAndEmailFields
              values={values}
              errors={errors}
              emailHint="We will email you to confirm your place, with your reference."
            />
            <PhoneField
              values={values}
              errors={errors}
              isOptional
              hint="In case we need to tell you about a change on the day."
            />
            <SelectField
              name="places"
              label="How many places do you need?"
              hint="Including yourself. Up to 4 people can come on one booking."
              options={Array.from({ length: most }, (_, index) => ({
                value: String(index + 1),
                label: index === 0 ? '1 place (just me)' : `${index + 1} places`,
              }))}
              value={textOf(values, 'places')}
              error={errors?.places}
            />
            <PrivacyNote />
            <Button>Book my place</Button>
          </GetInTouchForm>
        </>
      ) : null}
      <OtherOptions except={EVENTS_PATH} heading="Other ways to get in touch" />
    </EnquiryPage>
  );
}
