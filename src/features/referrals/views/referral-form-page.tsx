import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  Checkbox,
  ChoicesField,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
  TextField,
  type Option,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { capitalise } from '../../../core/ui/terms.ts';
import { ageOn } from '../../../core/time/dates.ts';
import { careTypeLabel, childName, NEEDS } from '../../children/index.ts';
import type { ReferralChoices } from '../service.ts';
import type { ReferralRecord } from '../store.ts';
import { CARE_TYPES, REFERRAL_URGENCIES, urgencyLabel } from '../words.ts';

/** A stored referral as the form's fields, for correcting it. */
export function referralFormValues(referral: ReferralRecord): FormValues {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    authorityId: referral.authorityId,
    authorityReference: referral.authorityReference,
    childFirstName: referral.childFirstName,
    childLastName: referral.childLastName,
    childDateOfBirth: referral.childDateOfBirth,
    childGender: referral.childGender,
    childEthnicity: referral.childEthnicity,
    childFaith: referral.childFaith,
    childLanguages: referral.childLanguages.join(', '),
    siblingsCount: String(referral.siblingsCount),
    siblingsAges: referral.siblingsAges.join(', '),
    siblingsTogether: referral.siblingsTogether ? 'yes' : 'no',
    careType: referral.careType,
    urgency: referral.urgency,
    neededBy: referral.neededBy ?? '',
    needs: referral.needs.join(','),
    needsSummary: referral.needsSummary,
    schoolName: referral.schoolName,
    schoolAreaId: referral.schoolAreaId ?? '',
    schoolLatitude: text(referral.schoolLatitude),
    schoolLongitude: text(referral.schoolLongitude),
    familyTimeAreaId: referral.familyTimeAreaId ?? '',
    familyTimeLatitude: text(referral.familyTimeLatitude),
    familyTimeLongitude: text(referral.familyTimeLongitude),
    avoidAreaId: referral.avoidAreaId ?? '',
    prefersOnlyChild: referral.prefersOnlyChild ? 'yes' : '',
    socialWorkerName: referral.socialWorkerName,
    socialWorkerEmail: referral.socialWorkerEmail,
    socialWorkerPhone: referral.socialWorkerPhone,
    childId: referral.childId ?? '',
  };
}

/** What a new referral's form starts with. */
export const NEW_REFERRAL_VALUES: FormValues = {
  siblingsCount: '0',
  siblingsTogether: 'yes',
  urgency: 'planned',
};

type Props = {
  context: PageContext;
  choices: ReferralChoices;
  values: FormValues;
  errors?: FieldErrors | undefined;
  /** Correcting this referral; a new one when absent. */
  editing?: { id: string; reference: string; keptChildId: string | null };
};

/** The referral form: everything the local authority has said about the child and their needs. */
export function ReferralFormPage(props: Props) {
  const { context, choices, values, errors, editing } = props;
  const title = editing ? `Correct referral ${editing.reference}` : 'Enter a referral';
  const action = editing ? `/referrals/${editing.id}/edit` : '/referrals/new';
  const areaOptions = (empty: string): Option[] => [
    { value: '', label: empty },
    ...choices.areas.map((area) => ({ value: area.id, label: area.name })),
  ];
  const field = (name: string) => ({ name, value: values[name], error: errors?.[name] });
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/referrals', label: 'Referrals' },
            ...(editing
              ? [{ href: `/referrals/${editing.id}`, label: `Referral ${editing.reference}` }]
              : []),
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      <Form action={action} csrfToken={context.csrfToken}>
        <h2 class="heading-m">Who referred the child</h2>
        <SelectField
          {...field('authorityId')}
          label="Local authority"
          hint={
            choices.authorities.length === 0
              ? 'No local authorities are set up yet: ask the administrator to add one.'
              : undefined
          }
          options={[
            { value: '', label: 'Choose the local authority' },
            ...choices.authorities.map((authority) => ({
              value: authority.id,
              label: authority.name,
            })),
          ]}
        />
        <TextField
          {...field('authorityReference')}
          label="Their reference (optional)"
          hint="So their records and ours can be matched up."
          width="medium"
        />

        <h2 class="heading-m">The child</h2>
        <TextField {...field('childFirstName')} label="First name" autocomplete="off" />
        <TextField {...field('childLastName')} label="Last name" autocomplete="off" />
        <TextField
          {...field('childDateOfBirth')}
          label="Date of birth"
          type="date"
          hint="For example 2016-04-21"
          width="medium"
        />
        <TextField {...field('childGender')} label="Gender (optional)" width="medium" />
        <TextField {...field('childEthnicity')} label="Ethnicity (optional)" />
        <TextField {...field('childFaith')} label="Faith (optional)" />
        <TextField
          {...field('childLanguages')}
          label="Languages (optional)"
          hint="Separate languages with commas, for example English, Polish"
        />

        <h2 class="heading-m">Brothers and sisters</h2>
        <TextField
          {...field('siblingsCount')}
          label="How many brothers and sisters are referred with the child?"
          hint="0 if the child is referred alone"
          inputmode="numeric"
          width="short"
        />
        <TextField
          {...field('siblingsAges')}
          label="Their ages (optional when none)"
          hint="One age for each, separated by commas, for example 5, 7"
          width="medium"
        />
        <ChoicesField
          type="radio"
          name="siblingsTogether"
          legend="Should they live together?"
          options={[
            { value: 'yes', label: 'Yes, they should live together' },
            { value: 'no', label: 'No, they may live apart' },
          ]}
          chosen={[values.siblingsTogether ?? '']}
          error={errors?.siblingsTogether}
        />

        <h2 class="heading-m">The care needed</h2>
        <SelectField
          {...field('careType')}
          label="Kind of care"
          options={[
            { value: '', label: 'Choose the kind of care' },
            ...CARE_TYPES.map((careType) => ({ value: careType, label: careTypeLabel(careType) })),
          ]}
        />
        <ChoicesField
          type="radio"
          name="urgency"
          legend="How soon is a home needed?"
          options={REFERRAL_URGENCIES.map((urgency) => ({
            value: urgency,
            label: urgencyLabel(urgency),
          }))}
          chosen={[values.urgency ?? '']}
          error={errors?.urgency}
        />
        <TextField
          {...field('neededBy')}
          label="Needed by (optional)"
          type="date"
          hint="The day the child needs to move in, for example 2026-12-01"
          width="medium"
        />

        <h2 class="heading-m">What the child needs</h2>
        <ChoicesField
          type="checkbox"
          name="needs"
          legend="Tick everything that applies"
          hint="In the words carers use. Matching sets these against each household’s skills."
          options={NEEDS.map((need) => ({ value: need.code, label: need.need }))}
          chosen={(values.needs ?? '').split(',')}
          error={errors?.needs}
        />
        <TextAreaField
          {...field('needsSummary')}
          label="In a few sentences (optional)"
          hint="What helps, what to expect, what upsets them: what a carer would want to know first."
          rows={6}
        />

        <h2 class="heading-m">School</h2>
        <TextField {...field('schoolName')} label="School (optional)" />
        <SelectField
          {...field('schoolAreaId')}
          label="The school’s area"
          options={areaOptions('Not known')}
        />
        <div class="grid-2">
          <TextField
            {...field('schoolLatitude')}
            label="School’s latitude (optional)"
            hint="For a closer distance than the area gives"
            width="medium"
          />
          <TextField
            {...field('schoolLongitude')}
            label="School’s longitude (optional)"
            width="medium"
          />
        </div>

        <h2 class="heading-m">{capitalise(context.terms.familyTime)}</h2>
        <SelectField
          {...field('familyTimeAreaId')}
          label={`Where ${context.terms.familyTime} happens`}
          options={areaOptions('Not known')}
        />
        <div class="grid-2">
          <TextField {...field('familyTimeLatitude')} label="Latitude (optional)" width="medium" />
          <TextField
            {...field('familyTimeLongitude')}
            label="Longitude (optional)"
            width="medium"
          />
        </div>

        <h2 class="heading-m">Keeping the child safe</h2>
        <SelectField
          {...field('avoidAreaId')}
          label="An area the child must not live in (optional)"
          hint="Kept from carers: for example where the birth family lives, when living nearby would not be safe."
          options={areaOptions('None')}
        />
        <Checkbox
          name="prefersOnlyChild"
          label="The child would do best as the only child in the home"
          isChecked={values.prefersOnlyChild === 'yes'}
        />

        <h2 class="heading-m">The child’s social worker</h2>
        <TextField {...field('socialWorkerName')} label="Name" autocomplete="off" />
        <TextField
          {...field('socialWorkerEmail')}
          label="Email address (optional)"
          type="email"
          spellcheck={false}
        />
        <TextField
          {...field('socialWorkerPhone')}
          label="Phone number (optional)"
          type="tel"
          width="medium"
        />

        <h2 class="heading-m">A child we already know</h2>
        <SelectField
          {...field('childId')}
          label="Has this child lived with one of our households before? (optional)"
          hint="Linking the record lets matching see who cared for them before."
          options={childOptions(props)}
        />
        <Button>{editing ? 'Save the changes' : 'Save the referral'}</Button>
      </Form>
    </Page>
  );
}

function childOptions(props: Props): Option[] {
  const { choices, editing, context } = props;
  const options: Option[] = [
    { value: '', label: 'Not known to us' },
    ...choices.children.map((child) => ({
      value: child.id,
      label: `${childName(child)}, ${ageOn(child.dateOfBirth, context.today)}`,
    })),
  ];
  const kept = editing?.keptChildId;
  // A child linked by someone else, whose record this person cannot see, stays linked.
  if (kept && !choices.children.some((child) => child.id === kept)) {
    options.push({ value: kept, label: 'The child already linked' });
  }
  return options;
}
