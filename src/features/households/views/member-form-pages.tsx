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
import { CHECK_KINDS, HOUSEHOLD_RULES } from '../check-rules.ts';
import { MEMBER_ROLES } from '../profile-schemas.ts';
import { checkKindLabel, memberRoleLabel, outcomeLabel } from './words.ts';

type Household = { id: string; name: string };
type FormState = { values: FormValues; errors?: FieldErrors | undefined };

const crumbs = (household: Household) => (
  <Breadcrumbs
    items={[
      { href: '/households', label: 'Households' },
      { href: `/households/${household.id}`, label: household.name },
    ]}
  />
);

/** Adding someone who lives in a household: a carer, a child of the family or another adult. */
export function NewMemberPage(props: FormState & { context: PageContext; household: Household }) {
  const { context, household, values, errors } = props;
  const title = `Add someone to the ${household.name}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={crumbs(household)}
    >
      <ErrorSummary errors={errors} />
      <Form action={`/households/${household.id}/members/new`} csrfToken={context.csrfToken}>
        <TextField
          name="firstName"
          label="First name"
          value={values.firstName}
          error={errors?.firstName}
        />
        <TextField
          name="lastName"
          label="Last name"
          value={values.lastName}
          error={errors?.lastName}
        />
        <ChoicesField
          type="radio"
          name="memberRole"
          legend="Who are they in the household?"
          options={MEMBER_ROLES.map((value) => ({ value, label: memberRoleLabel(value) }))}
          chosen={[values.memberRole ?? '']}
          error={errors?.memberRole}
        />
        <TextField
          name="dateOfBirth"
          label="Date of birth"
          type="date"
          width="medium"
          value={values.dateOfBirth}
          error={errors?.dateOfBirth}
        />
        <Button>Add them</Button>
      </Form>
    </Page>
  );
}

/** Recording a check on someone in a household. */
export function NewCheckPage(
  props: FormState & {
    context: PageContext;
    household: Household;
    member: { id: string; firstName: string; lastName: string };
  },
) {
  const { context, household, member, values, errors } = props;
  const name = `${member.firstName} ${member.lastName}`;
  const title = `Record a check on ${name}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={crumbs(household)}
    >
      <ErrorSummary errors={errors} />
      <Form
        action={`/households/${household.id}/members/${member.id}/checks/new`}
        csrfToken={context.csrfToken}
      >
        <SelectField
          name="kind"
          label="Check"
          value={values.kind}
          error={errors?.kind}
          options={[
            { value: '', label: 'Choose a check' },
            ...CHECK_KINDS.map((value) => ({ value, label: checkKindLabel(value) })),
          ]}
        />
        <TextField
          name="completedOn"
          label="Done on"
          type="date"
          width="medium"
          value={values.completedOn}
          error={errors?.completedOn}
        />
        <TextField
          name="renewBy"
          label="Renew by (optional)"
          hint={`Left blank, a DBS check is renewed ${HOUSEHOLD_RULES.checks.dbsRenewalYears} years after it was done (${HOUSEHOLD_RULES.checks.source}).`}
          type="date"
          width="medium"
          value={values.renewBy}
          error={errors?.renewBy}
        />
        <ChoicesField
          type="radio"
          name="outcome"
          legend="Outcome"
          options={(['clear', 'concerns_noted'] as const).map((value) => ({
            value,
            label: outcomeLabel(value),
          }))}
          chosen={[values.outcome ?? '']}
          error={errors?.outcome}
        />
        <TextAreaField
          name="notes"
          label="Notes (optional)"
          rows={3}
          value={values.notes}
          error={errors?.notes}
        />
        <Button>Record the check</Button>
      </Form>
    </Page>
  );
}
