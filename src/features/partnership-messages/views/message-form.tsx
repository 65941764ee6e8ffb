// The form under the conversation: the words, an optional picture, and (only after a warning)
// "send it anyway". It works on a phone and without JavaScript.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Button,
  ChoicesField,
  fieldId,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import type { Party } from '../../partnership/space.ts';
import { MAX_MESSAGE } from '../schemas.ts';

const KINDS = [
  { value: 'photo', label: 'A photo' },
  { value: 'document', label: 'A school report or a letter' },
];

/** The picture's file field, told again to choose it after a problem (browsers cannot keep it). */
function AttachmentField(props: { error?: string | undefined; hadPicture: boolean }) {
  const id = fieldId('attachment');
  const hint = `A photo, or a photo or scan of a school report. JPEG, PNG, WebP, GIF or AVIF, up to 10 MB. Where it was taken and the camera’s details are removed before it is kept.${
    props.hadPicture && !props.error
      ? ' Choose your picture again: it was not kept because of the problem above.'
      : ''
  }`;
  const described = [`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        Add a picture (optional)
      </label>
      <p class="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
          {props.hadPicture ? ' Choose the picture again.' : ''}
        </p>
      ) : null}
      <input
        class="input"
        id={id}
        name="attachment"
        type="file"
        accept="image/*"
        aria-describedby={described}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}

/** Writing a message about the child. */
export function MessageForm(props: {
  action: string;
  csrfToken: string;
  party: Party;
  knownAs: string;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
  hadPicture?: boolean | undefined;
}) {
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  return (
    <>
      <form action={props.action} method="post" encType="multipart/form-data" noValidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <TextAreaField
          name="body"
          label="Your message"
          hint={`Up to ${MAX_MESSAGE.toLocaleString('en-GB')} characters. You can send just a picture.`}
          rows={5}
          value={values.body}
          error={errors.body}
          spellcheck
        />
        <AttachmentField error={errors.attachment} hadPicture={props.hadPicture ?? false} />
        <ChoicesField
          type="radio"
          name="attachment_kind"
          legend="If you add a picture, what is it?"
          options={KINDS}
          chosen={[values.attachment_kind ?? 'photo']}
          error={errors.attachment_kind}
        />
        <SendAnyway errors={props.errors} />
        <Button>Send</Button>
      </form>
      {props.party === 'carer' ? (
        <p class="field__hint">
          Before you send a photo, look at the background: school badges and uniforms, street names,
          house numbers and car registrations can all say where {props.knownAs} lives.
        </p>
      ) : null}
    </>
  );
}
