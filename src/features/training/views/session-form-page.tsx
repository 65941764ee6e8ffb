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
import { NEW_SESSION_PATH, SESSIONS_PATH, TERMS_PATH } from './paths.ts';

type Choice = { id: string; name: string };

/** Adding a classroom session: which course, where, when and who leads it. */
export function SessionFormPage(props: {
  context: PageContext;
  courses: { id: string; title: string }[];
  venues: (Choice & { areaName: string; capacity: number })[];
  trainers: Choice[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, values = {}, errors } = props;
  const title = 'Add a training session';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: SESSIONS_PATH, label: 'Training sessions' }]} />}
    >
      <ErrorSummary errors={errors} />
      <p>
        Sessions run on a school day in the venue’s area, in term and not in half-term or on an
        inset day, starting at 10am or later and finishing by 2pm.{' '}
        <a href={TERMS_PATH}>Check the term dates</a>.
      </p>
      <Form action={NEW_SESSION_PATH} csrfToken={context.csrfToken}>
        <SelectField
          name="courseId"
          label="Course"
          options={[
            { value: '', label: 'Choose a course' },
            ...props.courses.map((course) => ({ value: course.id, label: course.title })),
          ]}
          value={values.courseId}
          error={errors?.courseId}
        />
        <SelectField
          name="venueId"
          label="Venue"
          options={[
            { value: '', label: 'Choose a venue' },
            ...props.venues.map((venue) => ({
              value: venue.id,
              label: `${venue.name}, ${venue.areaName} (holds ${venue.capacity})`,
            })),
          ]}
          value={values.venueId}
          error={errors?.venueId}
        />
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
          hint={`24-hour clock, ${context.timeZone} time, 10:00 or later.`}
          width="short"
          inputmode="numeric"
          value={values.startTime}
          error={errors?.startTime}
        />
        <TextField
          name="endTime"
          label="Ends at"
          hint="24-hour clock, 14:00 at the latest."
          width="short"
          inputmode="numeric"
          value={values.endTime}
          error={errors?.endTime}
        />
        <SelectField
          name="trainerId"
          label="Trainer"
          options={[
            { value: '', label: 'Not yet chosen' },
            ...props.trainers.map((trainer) => ({ value: trainer.id, label: trainer.name })),
          ]}
          value={values.trainerId}
          error={errors?.trainerId}
        />
        <TextField
          name="capacity"
          label="Number of places"
          width="short"
          inputmode="numeric"
          value={values.capacity}
          error={errors?.capacity}
        />
        <Checkbox
          name="isCatchUp"
          label="This is a catch-up session, for carers who missed the course"
          isChecked={values.isCatchUp === 'yes'}
        />
        <Button>Add session</Button>
      </Form>
    </Page>
  );
}
