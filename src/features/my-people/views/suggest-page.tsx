// The young person adds someone who matters to them, in their own words. Their worker checks
// before the person is on the map for good.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
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
import { CONNECTION_CATEGORIES } from '../../belonging/vocabulary.ts';
import { RINGS } from '../eco-map-layout.ts';
import { givesField } from '../schemas.ts';
import { OWN_PEOPLE_PATH, ringHeading, SUGGEST_PATH } from '../words.ts';
import { SupportChoices } from './support-choices.tsx';

const TITLE = 'Add someone who matters to you';

/** The young person's form for adding someone to their map. */
export function SuggestPage(props: {
  context: PageContext;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
}) {
  const values = props.values ?? { ring: '2' };
  const errors = props.errors ?? {};
  return (
    <Page
      context={props.context}
      title={TITLE}
      documentTitle={props.errors ? `Error: ${TITLE}` : undefined}
      width="narrow"
    >
      <p>
        It can be anyone: family, a friend, someone from school, a club or your faith, or someone
        who looked after you before. Your worker will check before they go on your map for good.
      </p>
      <ErrorSummary errors={props.errors} />
      <Form action={SUGGEST_PATH} csrfToken={props.context.csrfToken}>
        <TextField name="name" label="Their name" value={values.name} error={errors.name} />
        <TextField
          name="relationship"
          label="Who are they to you?"
          hint="For example: my cousin, my old neighbour, my coach."
          value={values.relationship}
          error={errors.relationship}
        />
        <SelectField
          name="category"
          label="What kind of person are they to you?"
          options={[
            { value: '', label: 'Choose one' },
            ...CONNECTION_CATEGORIES.map((each) => ({ value: each.code, label: each.label })),
          ]}
          value={values.category}
          error={errors.category}
        />
        <SupportChoices
          legend="What do they give you? (tick any)"
          field={givesField}
          values={values}
        />
        <TextAreaField
          name="feelings"
          label="How do you feel about them? (you can leave this)"
          rows={3}
          value={values.feelings}
          error={errors.feelings}
        />
        <SelectField
          name="ring"
          label="How close do they feel?"
          options={RINGS.map((ring) => ({ value: String(ring), label: ringHeading(ring, 'own') }))}
          value={values.ring}
          error={errors.ring}
        />
        <Button>Add them</Button>
      </Form>
      <p>
        <a href={OWN_PEOPLE_PATH}>Back to your people</a>
      </p>
    </Page>
  );
}
