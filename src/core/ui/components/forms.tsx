import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../errors.ts';

/** A form that posts with the CSRF token; every state-changing form uses it. */
export function Form(props: {
  action: string;
  csrfToken: string;
  children: ComponentChildren;
  method?: 'post' | 'get';
  class?: string;
  novalidate?: boolean;
}) {
  const method = props.method ?? 'post';
  return (
    <form
      action={props.action}
      method={method}
      class={props.class}
      noValidate={props.novalidate ?? true}
    >
      {method === 'post' ? <input type="hidden" name="_csrf" value={props.csrfToken} /> : null}
      {props.children}
    </form>
  );
}

/** The list of problems at the top of a form, each a link to its field (focus moves there on load). */
export function ErrorSummary(props: { errors: FieldErrors | undefined }) {
  const entries = Object.entries(props.errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      autofocus
    >
      <h2 id="error-summary-title" class="error-summary__title">
        There is a problem
      </h2>
      <ul class="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The id a field's input carries, so the error summary can link to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value?: string | undefined;
  autocomplete?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'number' | 'search' | 'url';
  inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  width?: 'short' | 'medium' | 'full';
  isRequired?: boolean;
  spellcheck?: boolean;
};

/** A labelled input with its hint and its error message. */
export function TextField(props: FieldProps) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
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
      <input
        class={`input input--${props.width ?? 'full'}`}
        id={id}
        name={props.name}
        type={(props.type ?? 'text') as 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
        required={props.isRequired}
        spellcheck={props.spellcheck}
      />
    </div>
  );
}

export type Option = { value: string; label: string };

/** A labelled select. */
export function SelectField(props: {
  name: string;
  label: string;
  options: Option[];
  value?: string | undefined;
  hint?: string;
  error?: string | undefined;
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
      <select
        class="select"
        id={id}
        name={props.name}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A single checkbox with its label. */
export function Checkbox(props: {
  name: string;
  label: string;
  isChecked?: boolean;
  hint?: string;
  value?: string;
}) {
  const id = fieldId(props.name);
  return (
    <div class="checkbox">
      <input
        class="checkbox__input"
        type="checkbox"
        id={id}
        name={props.name}
        value={props.value ?? 'yes'}
        checked={props.isChecked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      <label class="checkbox__label" for={id}>
        {props.label}
      </label>
      {props.hint ? (
        <p class="field__hint checkbox__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** A button; primary by default, secondary or warning on request. */
export function Button(props: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning';
  type?: 'submit' | 'button';
  name?: string;
  value?: string;
}) {
  return (
    <button
      class={`button button--${props.variant ?? 'primary'}`}
      type={props.type ?? 'submit'}
      name={props.name}
      value={props.value}
    >
      {props.children}
    </button>
  );
}

/** A link styled as a button, for actions that only navigate. */
export function ButtonLink(props: {
  href: string;
  children: ComponentChildren;
  variant?: 'primary' | 'secondary';
}) {
  return (
    <a class={`button button--${props.variant ?? 'primary'}`} href={props.href}>
      {props.children}
    </a>
  );
}
