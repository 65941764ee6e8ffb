import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { VenueFields } from '../catalogue-store.ts';
import { VENUES_PATH } from './paths.ts';

/** The form's fields filled in from a venue, for changing it. */
export function venueFormValues(venue: VenueFields): FormValues {
  return {
    areaId: venue.areaId,
    name: venue.name,
    address: venue.address,
    postcode: venue.postcode,
    latitude: venue.latitude === null || venue.latitude === undefined ? '' : String(venue.latitude),
    longitude:
      venue.longitude === null || venue.longitude === undefined ? '' : String(venue.longitude),
    capacity: String(venue.capacity),
    accessibilityNotes: venue.accessibilityNotes ?? '',
  };
}

/** Adding a venue where classroom sessions are held, or changing one. */
export function VenueFormPage(props: {
  context: PageContext;
  action: string;
  isNew: boolean;
  areas: { id: string; name: string }[];
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, values = {}, errors } = props;
  const title = props.isNew ? 'Add a venue' : 'Change a venue';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: VENUES_PATH, label: 'Training venues' }]} />}
    >
      <ErrorSummary errors={errors} />
      <Form action={props.action} csrfToken={context.csrfToken}>
        <SelectField
          name="areaId"
          label="Area"
          hint="Sessions here keep to this area’s school term dates."
          options={[
            { value: '', label: 'Choose an area' },
            ...props.areas.map((area) => ({ value: area.id, label: area.name })),
          ]}
          value={values.areaId}
          error={errors?.areaId}
        />
        <TextField name="name" label="Name" value={values.name} error={errors?.name} />
        <TextAreaField
          name="address"
          label="Address"
          rows={3}
          value={values.address}
          error={errors?.address}
        />
        <TextField
          name="postcode"
          label="Postcode"
          width="medium"
          autocomplete="off"
          value={values.postcode}
          error={errors?.postcode}
        />
        <TextField
          name="latitude"
          label="Latitude (optional)"
          hint="For showing carers how far away it is. Give both latitude and longitude, or neither."
          width="medium"
          value={values.latitude}
          error={errors?.latitude}
        />
        <TextField
          name="longitude"
          label="Longitude (optional)"
          width="medium"
          value={values.longitude}
          error={errors?.longitude}
        />
        <TextField
          name="capacity"
          label="How many people it holds"
          hint="From 1 to 500. No session here can have more places."
          width="short"
          inputmode="numeric"
          value={values.capacity}
          error={errors?.capacity}
        />
        <TextAreaField
          name="accessibilityNotes"
          label="Accessibility (optional)"
          hint="Step-free access, toilets, hearing loop, parking and public transport."
          rows={3}
          value={values.accessibilityNotes}
          error={errors?.accessibilityNotes}
        />
        <Button>{props.isNew ? 'Add the venue' : 'Save the changes'}</Button>
      </Form>
    </Page>
  );
}
