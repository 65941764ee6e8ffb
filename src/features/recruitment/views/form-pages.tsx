import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
  fieldId,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { CheckOutcome, StatutoryCheckKind } from '../../../core/db/tables.ts';
import { ASSESSMENT_SECTIONS } from '../assessment-sections.ts';
import {
  CHECK_KINDS,
  CHECK_OUTCOMES,
  checkKindLabel,
  fullName,
  outcomeLabel,
  PROGRESS,
  progressLabel,
  RELATIONSHIPS,
  relationshipLabel,
} from '../words.ts';

type Person = { id: string; firstName: string; lastName: string };

/** A page with one form about one person: their name in the breadcrumbs, the problems on top. */
export function ProspectFormPage(props: {
  context: PageContext;
  prospect: Person;
  title: string;
  errors?: FieldErrors | undefined;
  children: ComponentChildren;
}) {
  const { context, prospect, title, errors } = props;
  const hasErrors = Object.keys(errors ?? {}).length > 0;
  return (
    <Page
      context={context}
      title={title}
      width="narrow"
      documentTitle={hasErrors ? `Error: ${title}` : title}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/recruitment', label: 'Recruitment' },
            { href: `/recruitment/${prospect.id}`, label: fullName(prospect) },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      {props.children}
    </Page>
  );
}

type PageProps = {
  context: PageContext;
  prospect: Person;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
};

/** Withdrawing someone, or ending their assessment, with the reason. */
export function WithdrawPage({ context, prospect, values, errors }: PageProps) {
  return (
    <ProspectFormPage
      context={context}
      prospect={prospect}
      title={`Withdraw ${fullName(prospect)}`}
      errors={errors}
    >
      <p>
        Use this when they decide not to go on, or when the agency ends the assessment. Their record
        is kept, with the reason, as the law asks.
      </p>
      <Form action={`/recruitment/${prospect.id}/withdraw`} csrfToken={context.csrfToken}>
        <TextAreaField
          name="reason"
          label="Reason"
          hint="Say who decided, and why, in a sentence or two."
          value={values?.reason}
          error={errors?.reason}
        />
        <Button variant="warning">Withdraw</Button>
      </Form>
    </ProspectFormPage>
  );
}

/** Correcting the dates of the application and the panel. */
export function DatesPage({ context, prospect, values, errors }: PageProps) {
  return (
    <ProspectFormPage
      context={context}
      prospect={prospect}
      title="Correct the dates"
      errors={errors}
    >
      <Form action={`/recruitment/${prospect.id}/dates`} csrfToken={context.csrfToken}>
        <TextField
          name="appliedOn"
          label="Date of the application"
          hint="The panel is due within 8 months of it."
          type="date"
          width="medium"
          value={values?.appliedOn}
          error={errors?.appliedOn}
        />
        <TextField
          name="panelOn"
          label="Date of the panel"
          hint="The agency decision is due within 7 working days of it."
          type="date"
          width="medium"
          value={values?.panelOn}
          error={errors?.panelOn}
        />
        <Button>Save the dates</Button>
      </Form>
    </ProspectFormPage>
  );
}

/** Adding an adult who lives in the applying household. */
export function AdultPage({ context, prospect, values, errors }: PageProps) {
  return (
    <ProspectFormPage context={context} prospect={prospect} title="Add an adult" errors={errors}>
      <p>Every adult living in the home is checked, not only the people applying.</p>
      <Form action={`/recruitment/${prospect.id}/adults/new`} csrfToken={context.csrfToken}>
        <TextField
          name="firstName"
          label="First name"
          autocomplete="off"
          value={values?.firstName}
          error={errors?.firstName}
        />
        <TextField
          name="lastName"
          label="Last name"
          autocomplete="off"
          value={values?.lastName}
          error={errors?.lastName}
        />
        <SelectField
          name="relationship"
          label="How they belong to the household"
          value={values?.relationship ?? 'joint_applicant'}
          error={errors?.relationship}
          options={RELATIONSHIPS.map((value) => ({ value, label: relationshipLabel(value) }))}
        />
        <TextField
          name="dateOfBirth"
          label="Date of birth (if known)"
          type="date"
          width="medium"
          value={values?.dateOfBirth}
          error={errors?.dateOfBirth}
        />
        <Button>Add the adult</Button>
      </Form>
    </ProspectFormPage>
  );
}

/** Recording a statutory check, or updating one when it comes back. */
export function CheckPage(
  props: PageProps & {
    adults: Array<Person>;
    checkId?: string;
    today: string;
  },
) {
  const { context, prospect, values, errors, adults, checkId } = props;
  const action = checkId
    ? `/recruitment/${prospect.id}/checks/${checkId}`
    : `/recruitment/${prospect.id}/checks/new`;
  return (
    <ProspectFormPage
      context={context}
      prospect={prospect}
      title={checkId ? 'Update a check' : 'Record a check'}
      errors={errors}
    >
      <Form action={action} csrfToken={context.csrfToken}>
        <SelectField
          name="adultId"
          label="Adult"
          value={values?.adultId}
          error={errors?.adultId}
          options={adults.map((adult) => ({ value: adult.id, label: fullName(adult) }))}
        />
        <SelectField
          name="kind"
          label="Check"
          value={values?.kind}
          error={errors?.kind}
          options={CHECK_KINDS.map((value: StatutoryCheckKind) => ({
            value,
            label: checkKindLabel(value),
          }))}
        />
        <TextField
          name="detail"
          label="Who was asked (optional)"
          hint="The referee, the employer, or the local authority."
          value={values?.detail}
          error={errors?.detail}
        />
        <TextField
          name="requestedOn"
          label="Asked for on"
          type="date"
          width="medium"
          value={values?.requestedOn ?? props.today}
          error={errors?.requestedOn}
        />
        <TextField
          name="receivedOn"
          label="Came back on (leave empty while waiting)"
          type="date"
          width="medium"
          value={values?.receivedOn}
          error={errors?.receivedOn}
        />
        <SelectField
          name="outcome"
          label="Outcome"
          value={values?.outcome}
          error={errors?.outcome}
          options={[
            { value: '', label: 'Not back yet' },
            ...CHECK_OUTCOMES.map((value: CheckOutcome) => ({ value, label: outcomeLabel(value) })),
          ]}
        />
        <Button>{checkId ? 'Save the check' : 'Record the check'}</Button>
      </Form>
    </ProspectFormPage>
  );
}

/** How far each section of the Stage 2 report has got, one choice per section. */
export function AssessmentPage({ context, prospect, values, errors }: PageProps) {
  return (
    <ProspectFormPage
      context={context}
      prospect={prospect}
      title="Assessment report progress"
      errors={errors}
    >
      <Form action={`/recruitment/${prospect.id}/assessment`} csrfToken={context.csrfToken}>
        <fieldset class="fieldset" id={fieldId('assessment')}>
          <legend class="heading-m">Sections of the Stage 2 report (Form F)</legend>
          {ASSESSMENT_SECTIONS.map((section) => (
            <SelectField
              key={section.code}
              name={section.code}
              label={section.label}
              value={values?.[section.code] ?? 'not_started'}
              error={errors?.[section.code]}
              options={PROGRESS.map((value) => ({ value, label: progressLabel(value) }))}
            />
          ))}
        </fieldset>
        <Button>Save the progress</Button>
      </Form>
    </ProspectFormPage>
  );
}
