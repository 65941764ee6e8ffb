import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { NEEDS } from '../needs.ts';
import { LEGAL_STATUSES } from '../profile-schemas.ts';
import type { ChildProfileRow } from '../profile-service.ts';
import { SuggestedTextField } from './suggested-text-field.tsx';

const text = (value: number | string | null) => (value === null ? '' : String(value));

/** The form's fields filled in from a child's record. */
export function childFormValues(child: ChildProfileRow): FormValues {
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    preferredName: child.preferredName ?? '',
    dateOfBirth: child.dateOfBirth,
    gender: child.gender,
    ethnicity: child.ethnicity,
    faith: child.faith,
    languages: child.languages.join(', '),
    cultureNotes: child.cultureNotes,
    legalStatus: child.legalStatus,
    placingAuthority: child.placingAuthority,
    socialWorkerName: child.socialWorkerName,
    socialWorkerEmail: child.socialWorkerEmail,
    socialWorkerPhone: child.socialWorkerPhone,
    schoolName: child.schoolName,
    schoolAreaId: text(child.schoolAreaId),
    schoolLatitude: text(child.schoolLatitude),
    schoolLongitude: text(child.schoolLongitude),
    healthNotes: child.healthNotes,
    needs: child.needs.join(','),
    needsNotes: child.needsNotes,
    attachmentNotes: child.attachmentNotes,
  };
}

/** Making a child's record, or changing one: identity, legal status, social worker, school, needs. */
export function ChildFormPage(props: {
  context: PageContext;
  /** The child being changed; none when a record is being made. */
  child: { id: string; name: string } | null;
  areas: Array<{ id: string; name: string }>;
  authorityNames: string[];
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, child, values, errors } = props;
  const title = child ? `Change ${child.name}’s details` : 'Add a child';
  const field = (name: string, label: string, extra: { hint?: string } = {}) => (
    <TextField name={name} label={label} {...extra} value={values[name]} error={errors?.[name]} />
  );
  const area = (name: string, label: string, hint?: string) => (
    <TextAreaField
      name={name}
      label={label}
      {...(hint ? { hint } : {})}
      rows={4}
      value={values[name]}
      error={errors?.[name]}
    />
  );
  // A status recorded before the list existed is offered as it is, so saving keeps it.
  const current = values.legalStatus ?? '';
  const statuses = [
    { value: '', label: 'Choose the legal status' },
    ...LEGAL_STATUSES,
    ...(current && !LEGAL_STATUSES.some((each) => each.value === current)
      ? [{ value: current, label: current }]
      : []),
  ];
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/children', label: 'Children' },
            ...(child ? [{ href: `/children/${child.id}`, label: child.name }] : []),
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      <Form
        action={child ? `/children/${child.id}/edit` : '/children/new'}
        csrfToken={context.csrfToken}
      >
        <h2>Who they are</h2>
        {field('firstName', 'First name')}
        {field('lastName', 'Last name')}
        {field('preferredName', 'Name they like to be called (optional)')}
        <TextField
          name="dateOfBirth"
          label="Date of birth"
          type="date"
          width="medium"
          value={values.dateOfBirth}
          error={errors?.dateOfBirth}
        />
        {field('gender', 'Gender (optional)', { hint: 'In the words the child uses.' })}
        {field('ethnicity', 'Ethnicity (optional)')}
        {field('faith', 'Faith (optional)')}
        <TextAreaField
          name="languages"
          label="Languages (optional)"
          hint="Separate them with commas or put one on each line."
          rows={2}
          value={values.languages}
          error={errors?.languages}
        />
        {area('cultureNotes', 'Culture and heritage (optional)')}

        <h2>Legal status and social worker</h2>
        <SelectField
          name="legalStatus"
          label="Legal status"
          options={statuses}
          value={current}
          error={errors?.legalStatus}
        />
        <SuggestedTextField
          name="placingAuthority"
          label="Placing local authority"
          suggestions={props.authorityNames}
          value={values.placingAuthority}
          error={errors?.placingAuthority}
        />
        {field('socialWorkerName', 'Child’s social worker’s name (optional)')}
        <TextField
          name="socialWorkerEmail"
          label="Child’s social worker’s email (optional)"
          type="email"
          value={values.socialWorkerEmail}
          error={errors?.socialWorkerEmail}
        />
        <TextField
          name="socialWorkerPhone"
          label="Child’s social worker’s phone (optional)"
          type="tel"
          width="medium"
          value={values.socialWorkerPhone}
          error={errors?.socialWorkerPhone}
        />

        <h2>School and health</h2>
        {field('schoolName', 'School (optional)')}
        <SelectField
          name="schoolAreaId"
          label="School’s area (optional)"
          options={[
            { value: '', label: 'Not known' },
            ...props.areas.map((each) => ({ value: each.id, label: each.name })),
          ]}
          value={values.schoolAreaId}
          error={errors?.schoolAreaId}
        />
        <TextField
          name="schoolLatitude"
          label="School’s latitude (optional)"
          hint="For example 52.48. Matching uses it to estimate the journey to school."
          width="medium"
          value={values.schoolLatitude}
          error={errors?.schoolLatitude}
        />
        <TextField
          name="schoolLongitude"
          label="School’s longitude (optional)"
          hint="For example -1.89"
          width="medium"
          value={values.schoolLongitude}
          error={errors?.schoolLongitude}
        />
        {area('healthNotes', 'Health (optional)')}

        <h2>Needs</h2>
        <ChoicesField
          type="checkbox"
          name="needs"
          legend="What they need from the people caring for them"
          hint="Choose all that apply. Matching sets these against a household’s skills."
          options={NEEDS.map((need) => ({ value: need.code, label: need.need }))}
          chosen={(values.needs ?? '').split(',')}
          error={errors?.needs}
        />
        {area('needsNotes', 'About their needs, in words a carer can use (optional)')}
        {area(
          'attachmentNotes',
          'What helps, what to expect (optional)',
          'How they settle, what upsets them, what comforts them.',
        )}
        <Button>{child ? 'Save the changes' : 'Add the child'}</Button>
      </Form>
    </Page>
  );
}
