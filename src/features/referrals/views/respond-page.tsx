import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { ReferralStatus } from '../../../core/db/tables.ts';
import type { ReferralRecord } from '../store.ts';
import { referralLabel, statusLabel } from '../words.ts';

// What each choice means for the local authority, in the words they will understand.
function choiceLabel(status: ReferralStatus): string {
  switch (status) {
    case 'new':
      return 'New: not looked at yet';
    case 'matching':
      return 'Looking for a home';
    case 'declined':
      return 'Declined: we cannot offer a home';
    case 'withdrawn':
      return 'Withdrawn: the local authority no longer needs a home';
    case 'offered':
    case 'placed':
      return `${statusLabel(status)} (stays as it is)`;
  }
}

/** The reply to the local authority: where the referral stands, in words they read. */
export function RespondPage(props: {
  context: PageContext;
  referral: ReferralRecord;
  statuses: ReferralStatus[];
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, referral, values, errors } = props;
  const title = `Reply about ${referralLabel(referral, context.today)}`;
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
            { href: `/referrals/${referral.id}`, label: `Referral ${referral.reference}` },
          ]}
        />
      }
    >
      <p>
        {referral.authorityName} sees this reply through their system, with the date it was sent.
      </p>
      <ErrorSummary errors={errors} />
      <Form action={`/referrals/${referral.id}/respond`} csrfToken={context.csrfToken}>
        <ChoicesField
          type="radio"
          name="status"
          legend="Where does the referral stand?"
          hint="Offered and placed are set when the child is offered to carers and when they move in."
          options={props.statuses.map((status) => ({ value: status, label: choiceLabel(status) }))}
          chosen={[values.status ?? '']}
          error={errors?.status}
        />
        <TextAreaField
          name="response"
          label="What to tell the local authority"
          hint="Never name carers or say where they live."
          value={values.response}
          error={errors?.response}
          rows={6}
        />
        <Button>Send the reply</Button>
      </Form>
    </Page>
  );
}
