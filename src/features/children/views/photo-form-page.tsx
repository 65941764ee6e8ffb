import type { FieldErrors } from '../../../core/errors.ts';
import { Button, ErrorSummary, fieldId } from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { ChildHeading } from '../child-access.ts';
import { RecordFrame } from './record-frame.tsx';

/** Uploading a photo of a child. */
export function PhotoFormPage(props: {
  context: PageContext;
  child: ChildHeading & { hasPhoto: boolean };
  errors?: FieldErrors | undefined;
}) {
  const { context, child, errors } = props;
  const id = fieldId('photo');
  const error = errors?.photo;
  return (
    <RecordFrame
      context={context}
      child={child}
      title={child.hasPhoto ? `Change ${child.knownAs}’s photo` : `Add a photo of ${child.knownAs}`}
      hasErrors={Boolean(errors)}
    >
      <ErrorSummary errors={errors} />
      <form
        action={`/children/${child.id}/photo`}
        method="post"
        encType="multipart/form-data"
        noValidate
      >
        <input type="hidden" name="_csrf" value={context.csrfToken} />
        <div class={`field${error ? ' field--error' : ''}`}>
          <label class="field__label" for={id}>
            Photo
          </label>
          <p class="field__hint" id={`${id}-hint`}>
            A JPEG, PNG, WebP, GIF or AVIF picture, up to 10 MB. Where and when it was taken is
            removed before it is kept.
          </p>
          {error ? (
            <p class="field__error" id={`${id}-error`}>
              <span class="visually-hidden">Error: </span>
              {error}
            </p>
          ) : null}
          <input
            class="input"
            id={id}
            name="photo"
            type="file"
            accept="image/*"
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <Button>Upload the photo</Button>
      </form>
      <p>
        <a href={`/children/${child.id}`}>Back to {child.knownAs}’s record</a>
      </p>
    </RecordFrame>
  );
}
