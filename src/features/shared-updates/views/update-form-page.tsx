// Posting an update about a child for their family, from a phone as much as anywhere.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { UPDATE_TOPICS } from '../../partnership/vocabulary.ts';
import type { UpdateForm } from '../post-service.ts';
import { MAX_BODY } from '../schemas.ts';
import { newUpdatePath } from './paths.ts';
import { PhotoField } from './photo-field.tsx';

/** The form for posting an update. */
export function UpdateFormPage(props: {
  context: PageContext;
  form: UpdateForm;
  values?: FormValues;
  errors?: FieldErrors;
  /** A photo was chosen when the form was sent: it must be chosen again. */
  hadPhoto?: boolean;
}) {
  const { context, form } = props;
  const name = form.child.knownAs;
  const values = props.values ?? { happened_on: form.today };
  const errors = props.errors ?? {};
  const title = `Post an update about ${name}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.errors ? `Error: ${title}` : undefined}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            {
              href: partnershipPaths.updates('staff', form.child.id),
              label: `Updates about ${name}`,
            },
          ]}
        />
      }
    >
      <ErrorSummary errors={props.errors} />
      <p>
        Tell {name}’s family how {name} is getting on: a good day at school, a visit to the doctor,
        something new learned, something fun. Everyone in {name}’s family space will see it, and
        they can react and reply.
      </p>
      <form
        action={newUpdatePath(form.child.id)}
        method="post"
        encType="multipart/form-data"
        noValidate
      >
        <input type="hidden" name="_csrf" value={context.csrfToken} />
        <ChoicesField
          type="radio"
          name="topic"
          legend="What is it about?"
          options={UPDATE_TOPICS.map((topic) => ({ value: topic.code, label: topic.label }))}
          chosen={[values.topic ?? '']}
          error={errors.topic}
        />
        <TextField
          name="happened_on"
          type="date"
          label="The day it happened"
          hint={`Today or earlier, and not before ${form.earliest.words} (${formatDate(form.earliest.date, context.locale)}).`}
          width="medium"
          value={values.happened_on}
          error={errors.happened_on}
        />
        <TextAreaField
          name="body"
          label="Your update"
          hint={`Up to ${MAX_BODY.toLocaleString('en-GB')} characters. Leave out anything that could tell someone where ${name} lives: surnames, addresses, phone numbers, the name of a school or a workplace.`}
          rows={8}
          value={values.body}
          error={errors.body}
          spellcheck
        />
        <PhotoField error={errors.photo} hadPhoto={props.hadPhoto ?? false} />
        <SendAnyway errors={props.errors} />
        <Button>Post the update</Button>
      </form>
    </Page>
  );
}
