import { fieldId } from '../../../core/ui/components/forms.tsx';

/** A labelled multi-line box, with the same hint and error pattern as the other fields. */
export function TextArea(props: {
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string;
  error?: string | undefined;
  rows?: number;
  spellcheck?: boolean;
}) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {props.label}
      </label>
      {props.hint ? (
        <p class="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={errorId}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      ) : null}
      <textarea
        class="input textarea"
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.error ? 'true' : undefined}
        spellcheck={props.spellcheck}
        value={props.value ?? ''}
      />
    </div>
  );
}
