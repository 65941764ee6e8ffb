import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { newClosurePath, newTermPath, TERMS_PATH } from './paths.ts';

/** Adding a term, or a half-term or inset day, to one area's school calendar. */
export function TermFormPage(props: {
  context: PageContext;
  area: { id: string; name: string };
  kind: 'term' | 'closure';
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, area, values = {}, errors } = props;
  const isTerm = props.kind === 'term';
  const title = isTerm
    ? `Add a term for ${area.name}`
    : `Add a half-term or inset day for ${area.name}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: TERMS_PATH, label: 'School term dates' }]} />}
    >
      <ErrorSummary errors={errors} />
      <p>
        {isTerm
          ? 'Give the first and last day pupils are in school. Terms in one area cannot overlap.'
          : 'The days must fall inside one of the area’s terms. No classroom session can run on them.'}
      </p>
      <Form
        action={isTerm ? newTermPath(area.id) : newClosurePath(area.id)}
        csrfToken={context.csrfToken}
      >
        {isTerm ? (
          <TextField
            name="name"
            label="Name"
            hint="For example Autumn 2027."
            value={values.name}
            error={errors?.name}
          />
        ) : (
          <ChoicesField
            type="radio"
            name="kind"
            legend="What is it?"
            options={[
              { value: 'half_term', label: 'Half-term' },
              { value: 'inset_day', label: 'Inset day (a school training day)' },
            ]}
            chosen={[values.kind ?? '']}
            error={errors?.kind}
          />
        )}
        <TextField
          name="startsOn"
          label="First day"
          type="date"
          width="medium"
          value={values.startsOn}
          error={errors?.startsOn}
        />
        <TextField
          name="endsOn"
          label={isTerm ? 'Last day' : 'Last day (leave blank for a single day)'}
          type="date"
          width="medium"
          value={values.endsOn}
          error={errors?.endsOn}
        />
        <Button>{isTerm ? 'Add the term' : 'Add the dates'}</Button>
      </Form>
    </Page>
  );
}
