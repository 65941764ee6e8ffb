import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  TextAreaField,
  Button,
  Checkbox,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';

/** The agency's details, words, time zone, targets and sign-in rule, for the administrator. */
export function SettingsPage(props: {
  context: PageContext;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { context, values, errors } = props;
  return (
    <Page
      context={context}
      title="Settings"
      documentTitle={errors ? 'Error: Settings' : 'Settings'}
      width="narrow"
    >
      <ErrorSummary errors={errors} />
      <Form action="/admin/settings" csrfToken={context.csrfToken}>
        <h2 class="heading-m">The agency</h2>
        <TextField
          name="name"
          label="Agency name"
          hint="Shown at the top of every page and in emails."
          value={values.name}
          error={errors?.name}
        />
        <TextField
          name="phone"
          label="Phone number"
          type="tel"
          width="medium"
          value={values.phone}
          error={errors?.phone}
        />
        <TextField
          name="email"
          label="Email address"
          type="email"
          spellcheck={false}
          value={values.email}
          error={errors?.email}
        />
        <TextAreaField
          name="address"
          label="Address"
          value={values.address}
          error={errors?.address}
        />
        <h2 class="heading-m">Words and time</h2>
        <SelectField
          name="locale"
          label="Words Kinfold uses"
          options={[
            { value: 'en-GB', label: 'English (UK): foster carer, family time' },
            { value: 'en-US', label: 'English (US): foster parent, visitation' },
          ]}
          value={values.locale}
          error={errors?.locale}
        />
        <TextField
          name="timeZone"
          label="Time zone"
          hint="As the time-zone database names it, for example Europe/London or America/Chicago. Dates such as “today” and deadlines follow it."
          width="medium"
          spellcheck={false}
          value={values.timeZone}
          error={errors?.timeZone}
        />
        <h2 class="heading-m">Targets for young people’s futures</h2>
        <TextField
          name="committedAdultsTarget"
          label="Committed adults for each young person"
          hint="From 15, a young person with fewer lifelong connections than this is flagged on their worker’s home page. Between 1 and 20."
          width="short"
          inputmode="numeric"
          value={values.committedAdultsTarget}
          error={errors?.committedAdultsTarget}
        />
        <TextField
          name="permanencyDecisionMonths"
          label="Months to a permanency decision"
          hint="A decision about a child’s long-term future is due this many months after they become looked after. Between 1 and 24."
          width="short"
          inputmode="numeric"
          value={values.permanencyDecisionMonths}
          error={errors?.permanencyDecisionMonths}
        />
        <h2 class="heading-m">Signing in</h2>
        <Checkbox
          name="isStaffTwoFactorRequired"
          label="Staff must use two-factor sign-in"
          hint="Staff who have not set it up are asked to do so the next time they use Kinfold. Carers, parents and young people can choose."
          isChecked={values.isStaffTwoFactorRequired === 'yes'}
        />
        <Button>Save settings</Button>
      </Form>
    </Page>
  );
}
