import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChoicesField, TextAreaField } from '../../../core/ui/components/forms.tsx';
import { STAFF_EVENTS_PATH } from './staff-events-page.tsx';

/** Adding an event, or changing one (when it has an id). */
export function StaffEventFormPage(props: {
  context: PageContext;
  areas: { id: string; name: string }[];
  event?: { id: string; title: string };
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, values = {}, errors, event } = props;
  const title = event ? `Change ${event.title}` : 'Add an information event';
  const action = event ? `${STAFF_EVENTS_PATH}/${event.id}/edit` : `${STAFF_EVENTS_PATH}/new`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs items={[{ href: STAFF_EVENTS_PATH, label: 'Information events' }]} />
      }
    >
      <ErrorSummary errors={errors} />
      <Form action={action} csrfToken={context.csrfToken}>
        <TextField name="title" label="Title" value={values.title} error={errors?.title} />
        <TextField
          name="date"
          label="Date"
          type="date"
          width="medium"
          value={values.date}
          error={errors?.date}
        />
        <TextField
          name="startTime"
          label="Starts at"
          hint={`24-hour clock, ${context.timeZone} time, like 18:30.`}
          width="short"
          inputmode="numeric"
          value={values.startTime}
          error={errors?.startTime}
        />
        <TextField
          name="endTime"
          label="Ends at"
          hint="24-hour clock, like 20:00."
          width="short"
          inputmode="numeric"
          value={values.endTime}
          error={errors?.endTime}
        />
        <ChoicesField
          type="radio"
          name="isOnline"
          legend="Is it online?"
          options={[
            { value: 'no', label: 'No, people come to a venue' },
            { value: 'yes', label: 'Yes, people join online' },
          ]}
          chosen={values.isOnline ? [values.isOnline] : []}
          error={errors?.isOnline}
        />
        <TextField
          name="venue"
          label="Venue, or how to join"
          hint="Shown on the site and in the confirmation email. For an online event, say how people get the link."
          value={values.venue}
          error={errors?.venue}
        />
        <SelectField
          name="areaId"
          label="Area (optional)"
          options={[
            { value: '', label: 'No particular area' },
            ...props.areas.map((area) => ({ value: area.id, label: area.name })),
          ]}
          value={values.areaId}
          error={errors?.areaId}
        />
        <TextField
          name="capacity"
          label="Number of places"
          width="short"
          inputmode="numeric"
          value={values.capacity}
          error={errors?.capacity}
        />
        <TextAreaField
          name="description"
          label="Description (optional)"
          hint="What happens at the event, who will be there, parking or access."
          value={values.description}
          error={errors?.description}
        />
        {event ? (
          <Checkbox
            name="isCancelled"
            label="This event is cancelled"
            hint="It leaves the public site. Tell the people booked yourself."
            isChecked={values.isCancelled === 'yes'}
          />
        ) : null}
        <Button>{event ? 'Save changes' : 'Add event'}</Button>
      </Form>
    </Page>
  );
}
