import { fieldId } from '../../../core/ui/components/forms.tsx';

/**
 * A labelled text field that suggests known answers as the person types (a datalist), while
 * still accepting anything: a placing authority the agency has not worked with before.
 */
export function SuggestedTextField(props: {
  name: string;
  label: string;
  suggestions: readonly string[];
  value?: string | undefined;
  error?: string | undefined;
}) {
  const id = fieldId(props.name);
  const listId = props.suggestions.length > 0 ? `${id}-suggestions` : undefined;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {props.label}
      </label>
      {props.error ? (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      ) : null}
      <input
        class="input input--full"
        id={id}
        name={props.name}
        type="text"
        value={props.value ?? ''}
        list={listId}
        aria-describedby={props.error ? `${id}-error` : undefined}
        aria-invalid={props.error ? 'true' : undefined}
      />
      {listId ? (
        <datalist id={listId}>
          {props.suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
