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
export function ErrorSummary(props: {
  errors: FieldErrors | undefined;
  /** The page has no fields to link to (a button pressed in a list): the messages stand alone. */
  isUnlinked?: boolean;
}) {
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
            {props.isUnlinked ? message : <a href={`#${fieldId(field)}`}>{message}</a>}
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

/** The ids a field's hint and error carry, and the aria-describedby that joins them. */
function describe(name: string, hint: string | undefined, error: string | undefined) {
  const id = fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return {
    id,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
}

/** A field's hint and error message, in the order screen readers should meet them. */
function FieldNotes(props: {
  hintId?: string | undefined;
  hint?: string | undefined;
  errorId?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {props.hint ? (
        <p class="field__hint" id={props.hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={props.errorId}>
          <span class="visually-hidden">Error: </span>
          {props.error}
        </p>
      ) : null}
    </>
  );
}

/** The frame every single-control field shares: label, hint, error, then the control. */
function LabelledField(props: {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  const { id, hintId, errorId } = describe(props.name, props.hint, props.error);
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <FieldNotes hintId={hintId} hint={props.hint} errorId={errorId} error={props.error} />
      {props.children}
    </div>
  );
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
  const { id, describedBy } = describe(props.name, props.hint, props.error);
  return (
    <LabelledField name={props.name} label={props.label} hint={props.hint} error={props.error}>
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
    </LabelledField>
  );
}

/** A labelled box for a longer answer (a message, a note, an article), with its hint and error. */
export function TextAreaField(props: {
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string;
  error?: string | undefined;
  rows?: number;
  spellcheck?: boolean;
}) {
  const { id, describedBy } = describe(props.name, props.hint, props.error);
  return (
    <LabelledField name={props.name} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        class="input textarea"
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
        spellcheck={props.spellcheck}
        value={props.value ?? ''}
      />
    </LabelledField>
  );
}

export type Option = { value: string; label: string };

/** A labelled select. */
export function SelectField(props: {
  name: string;
  label: string;
  options: readonly Option[];
  value?: string | undefined;
  hint?: string;
  error?: string | undefined;
}) {
  const { id, describedBy } = describe(props.name, props.hint, props.error);
  return (
    <LabelledField name={props.name} label={props.label} hint={props.hint} error={props.error}>
      <select
        class="select"
        id={id}
        name={props.name}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/**
 * A question answered by ticking boxes (type "checkbox", any number) or choosing one (type
 * "radio"). The first option carries the field's id, so the error summary's link lands on it.
 */
export function ChoicesField(props: {
  type: 'checkbox' | 'radio';
  name: string;
  legend: string;
  options: readonly Option[];
  chosen: readonly string[];
  hint?: string;
  error?: string | undefined;
  /** A question that is the page's main subject reads as a heading. */
  isLegendLarge?: boolean;
}) {
  const { id, hintId, errorId, describedBy } = describe(props.name, props.hint, props.error);
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <fieldset class="choices" aria-describedby={describedBy}>
        <legend class={`field__label choices__legend${props.isLegendLarge ? ' heading-m' : ''}`}>
          {props.legend}
        </legend>
        <FieldNotes hintId={hintId} hint={props.hint} errorId={errorId} error={props.error} />
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div class="checkbox" key={option.value}>
              <input
                class="checkbox__input"
                type={props.type}
                id={optionId}
                name={props.name}
                value={option.value}
                checked={props.chosen.includes(option.value)}
              />
              <label class="checkbox__label" for={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
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
