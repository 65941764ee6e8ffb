import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { careTypeLabel, NEEDS } from '../../children/index.ts';
import { CARE_TYPES } from '../profile-schemas.ts';
import type { HouseholdProfileRow } from '../profile-service.ts';

const text = (value: number | null) => (value === null ? '' : String(value));

/** The form's fields filled in from the household's record. */
export function profileFormValues(profile: HouseholdProfileRow): FormValues {
  return {
    bedrooms: text(profile.bedrooms),
    maxChildren: text(profile.maxChildren),
    ageFrom: text(profile.ageFrom),
    ageTo: text(profile.ageTo),
    siblingGroupMax: String(profile.siblingGroupMax),
    careTypes: profile.careTypes.join(','),
    skills: profile.skills.join(','),
    excludedNeeds: profile.excludedNeeds.join(','),
    experienceNotes: profile.experienceNotes,
    languages: profile.languages.join(', '),
    faith: profile.faith,
    ethnicity: profile.ethnicity,
    cultureNotes: profile.cultureNotes,
    pets: profile.pets,
    isSmoking: profile.isSmoking ? 'yes' : 'no',
    hasCar: profile.hasCar ? 'yes' : 'no',
    latitude: text(profile.latitude),
    longitude: text(profile.longitude),
  };
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** One form for a household's profile and terms of approval. */
export function ProfileFormPage(props: {
  context: PageContext;
  household: { id: string; name: string };
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, household, values, errors } = props;
  const title = `Change the profile of the ${household.name}`;
  const number = (name: string, label: string, hint?: string) => (
    <TextField
      name={name}
      label={label}
      {...(hint ? { hint } : {})}
      width="short"
      inputmode="numeric"
      value={values[name]}
      error={errors?.[name]}
    />
  );
  const ticked = (name: string) => (values[name] ?? '').split(',');
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/households', label: 'Households' },
            { href: `/households/${household.id}`, label: household.name },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      <Form action={`/households/${household.id}/edit`} csrfToken={context.csrfToken}>
        <h2>Terms of approval</h2>
        {number('maxChildren', 'How many children they are approved for', 'From 0 to 10.')}
        {number('ageFrom', 'Youngest age', 'From 0 to 21.')}
        {number('ageTo', 'Oldest age', 'From 0 to 21, and no younger than the youngest age.')}
        {number(
          'siblingGroupMax',
          'Largest group of brothers and sisters they can take together',
          'From 1 to 10, and no more than the number of children. 1 means one child at a time.',
        )}
        <ChoicesField
          type="checkbox"
          name="careTypes"
          legend="Kinds of care"
          hint="Choose all they are approved for."
          options={CARE_TYPES.map((value) => ({ value, label: careTypeLabel(value) }))}
          chosen={ticked('careTypes')}
          error={errors?.careTypes}
        />
        {number('bedrooms', 'Bedrooms', 'From 0 to 20.')}

        <h2>Skills and experience</h2>
        <ChoicesField
          type="checkbox"
          name="skills"
          legend="Skills"
          hint="What the carers have done or trained for. Matching sets these against a child’s needs."
          options={NEEDS.map((need) => ({ value: need.code, label: need.skill }))}
          chosen={ticked('skills')}
          error={errors?.skills}
        />
        <TextAreaField
          name="experienceNotes"
          label="Experience, in their words"
          rows={4}
          value={values.experienceNotes}
          error={errors?.experienceNotes}
        />
        <ChoicesField
          type="checkbox"
          name="excludedNeeds"
          legend="Never match with a child who has these needs (safeguarding)"
          hint="For example, sexualised behaviour where there are younger children at home. Staff only: carers do not see this."
          options={NEEDS.map((need) => ({ value: need.code, label: need.need }))}
          chosen={ticked('excludedNeeds')}
          error={errors?.excludedNeeds}
        />

        <h2>Family life</h2>
        <TextAreaField
          name="languages"
          label="Languages spoken at home"
          hint="Separate them with commas or put one on each line."
          rows={2}
          value={values.languages}
          error={errors?.languages}
        />
        <TextField name="faith" label="Faith" value={values.faith} error={errors?.faith} />
        <TextField
          name="ethnicity"
          label="Ethnicity"
          value={values.ethnicity}
          error={errors?.ethnicity}
        />
        <TextAreaField
          name="cultureNotes"
          label="Culture and traditions"
          rows={3}
          value={values.cultureNotes}
          error={errors?.cultureNotes}
        />
        <TextField name="pets" label="Pets" value={values.pets} error={errors?.pets} />
        <ChoicesField
          type="radio"
          name="isSmoking"
          legend="Does anyone in the household smoke?"
          options={YES_NO}
          chosen={[values.isSmoking ?? '']}
          error={errors?.isSmoking}
        />
        <ChoicesField
          type="radio"
          name="hasCar"
          legend="Does the household have a car?"
          options={YES_NO}
          chosen={[values.hasCar ?? '']}
          error={errors?.hasCar}
        />

        <h2>Where they are</h2>
        <p class="muted">
          Used by matching to estimate distances to a child’s school and family. Saved to 2 decimal
          places (about a kilometre), never the exact house.
        </p>
        <TextField
          name="latitude"
          label="Latitude (optional)"
          hint="For example 52.48"
          width="medium"
          value={values.latitude}
          error={errors?.latitude}
        />
        <TextField
          name="longitude"
          label="Longitude (optional)"
          hint="For example -1.89"
          width="medium"
          value={values.longitude}
          error={errors?.longitude}
        />
        <Button>Save the profile</Button>
      </Form>
    </Page>
  );
}
