import { fieldId } from '../../../core/ui/components/forms.tsx';

/**
 * The optional photo of an update, with what to leave out of the picture itself: metadata is
 * removed on upload, but a badge or a street sign in the picture is not.
 */
export function PhotoField(props: { error?: string | undefined; hadPhoto: boolean }) {
  const id = fieldId('photo');
  const again =
    props.hadPhoto && !props.error
      ? ' Choose your photo again: it was not kept because of the problem above.'
      : '';
  const described = [`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        A photo (optional)
      </label>
      <div class="field__hint" id={`${id}-hint`}>
        <p>
          A JPEG, PNG, WebP, GIF or AVIF picture, up to 10 MB. Where it was taken, the camera’s
          details and the file’s name are removed before it is kept.{again}
        </p>
        <p>
          Look at the picture itself before you send it: leave out school badges and uniforms,
          street signs, house numbers and car registrations.
        </p>
      </div>
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
          {props.hadPhoto ? ' Choose the photo again.' : ''}
        </p>
      ) : null}
      <input
        class="input"
        id={id}
        name="photo"
        type="file"
        accept="image/*"
        aria-describedby={described}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}
