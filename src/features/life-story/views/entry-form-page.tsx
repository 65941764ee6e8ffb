// Adding to the story: one form for staff and carers, the young person and the birth family, each
// told in their own words what happens next.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  Checkbox,
  ChoicesField,
  ErrorSummary,
  fieldId,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { LIFE_STORY_KINDS, labelOf } from '../../belonging/vocabulary.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { kindsFor } from '../rules.ts';
import { MAX_BODY } from '../schemas.ts';
import type { EntryForm } from '../write-service.ts';

/** The words of the form for each kind of person adding. */
function wordsFor(form: EntryForm) {
  const name = form.child.knownAs;
  switch (form.viewer) {
    case 'young_person':
      return {
        title: 'Add a memory',
        intro:
          'Add something to your story: a photo, something that happened, a place or a person you want to remember. Your worker checks it before it goes in your book.',
        body: 'What happened? What do you remember?',
        button: 'Add it to my story',
        back: 'Back to your story',
      };
    case 'birth_parent':
      return {
        title: `Send a memory for ${name}`,
        intro: `Share a memory, a letter or a photo for ${name}’s story. A worker reads it first, then adds it to ${name}’s book. Please leave out addresses, phone numbers and the names of schools.`,
        body: 'Your memory or letter',
        button: 'Send it',
        back: `Back to ${name}’s story`,
      };
    case 'staff':
    case 'carer':
      return {
        title: `Add to ${name}’s story`,
        intro: `Add a photo, a milestone, a memory or something else to ${name}’s book. It goes in straight away, and ${name} can read it.`,
        body: 'What happened, or the memory',
        button: 'Add to the story',
        back: `Back to ${name}’s story`,
      };
  }
}

/** The form for adding to a child's story. */
export function EntryFormPage(props: {
  context: PageContext;
  form: EntryForm;
  action: string;
  backHref: string;
  values?: FormValues;
  errors?: FieldErrors;
  /** A photo was chosen when the form was sent: it must be chosen again. */
  hadPhoto?: boolean;
}) {
  const { context, form } = props;
  const words = wordsFor(form);
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const photoId = fieldId('photo');
  const photoHint = `A JPEG, PNG, WebP, GIF or AVIF picture, up to 10 MB. Where it was taken and the camera’s details are removed before it is kept.${
    props.hadPhoto && !errors.photo
      ? ' Choose your photo again: it was not kept because of the problem above.'
      : ''
  }`;
  const described = [`${photoId}-hint`, errors.photo ? `${photoId}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Page
      context={context}
      title={words.title}
      documentTitle={props.errors ? `Error: ${words.title}` : undefined}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: props.backHref, label: words.back }]} />}
    >
      <ErrorSummary errors={props.errors} />
      <p>{words.intro}</p>
      <form
        action={props.action}
        method="post"
        encType="multipart/form-data"
        noValidate
        class="story-form"
      >
        <input type="hidden" name="_csrf" value={context.csrfToken} />
        <ChoicesField
          type="radio"
          name="kind"
          legend="What are you adding?"
          options={kindsFor(form.viewer).map((kind) => ({
            value: kind,
            label: labelOf(LIFE_STORY_KINDS, kind),
          }))}
          chosen={[values.kind ?? '']}
          error={errors.kind}
        />
        <TextField
          name="title"
          label="Title"
          hint="A few words, like “Trip to the seaside”"
          value={values.title}
          error={errors.title}
          spellcheck
        />
        <TextAreaField
          name="body"
          label={`${words.body} (optional)`}
          hint={`Up to ${MAX_BODY.toLocaleString('en-GB')} characters.`}
          rows={6}
          value={values.body}
          error={errors.body}
          spellcheck
        />
        <TextField
          name="happenedOn"
          type="date"
          label="When was it? (optional)"
          hint={
            form.viewer === 'young_person'
              ? 'Leave it empty if you are not sure. Not after today, and not before you were born.'
              : `Leave it empty if you are not sure. Not after today, and not before ${form.child.knownAs} was born (${formatDate(form.child.dateOfBirth, context.locale)}).`
          }
          width="medium"
          value={values.happenedOn}
          error={errors.happenedOn}
        />
        <div class={`field${errors.photo ? ' field--error' : ''}`}>
          <label class="field__label" for={photoId}>
            Photo (needed for a photo, optional otherwise)
          </label>
          <p class="field__hint" id={`${photoId}-hint`}>
            {photoHint}
          </p>
          {errors.photo ? (
            <p class="field__error" id={`${photoId}-error`}>
              <span class="visually-hidden">Error: </span>
              {errors.photo}
              {props.hadPhoto ? ' Choose the photo again.' : ''}
            </p>
          ) : null}
          <input
            class="input"
            id={photoId}
            name="photo"
            type="file"
            accept="image/*"
            aria-describedby={described}
            aria-invalid={errors.photo ? 'true' : undefined}
          />
        </div>
        {form.viewer === 'young_person' ? (
          <Checkbox
            name="keepFromCarers"
            label="Keep this from my carers"
            hint="Your worker will still see it. You can change this later."
            isChecked={values.keepFromCarers === 'yes'}
          />
        ) : null}
        {form.canShareWithFamily ? (
          <Checkbox
            name="share"
            label={`Share with ${form.child.knownAs}’s family`}
            hint="Their birth family will see it on their page and in their copy of the book."
            isChecked={values.share === 'yes'}
          />
        ) : null}
        <SendAnyway errors={errors} />
        <Button>{words.button}</Button>
      </form>
    </Page>
  );
}
