import type { ComponentChildren } from 'preact';
import { fieldId } from '../../../core/ui/components/forms.tsx';
import { HONEYPOT_FIELD, STAMP_FIELD } from '../spam-guard.ts';

type Choice = { value: string; label: string };

/** The form around every way to get in touch: its token, its time stamp, where it came from, and the trap for robots. */
export function GetInTouchForm(props: {
  action: string;
  csrfToken: string;
  stamp: string;
  source: string;
  /** The step it counts as in the site's own analytics, for visitors who said yes to them. */
  funnel: string;
  children: ComponentChildren;
}) {
  return (
    <form action={props.action} method="post" noValidate data-funnel={props.funnel}>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name={STAMP_FIELD} value={props.stamp} />
      <input type="hidden" name="source" value={props.source} />
      <Honeypot />
      {props.children}
    </form>
  );
}

// Hidden from sight and from screen readers, out of the tab order and never filled in by the
// browser: only a robot that fills in every box it finds puts anything here.
function Honeypot() {
  const id = fieldId(HONEYPOT_FIELD);
  return (
    <div class="form-trap" aria-hidden="true">
      <label for={id}>Leave this box empty</label>
      <input
        class="input"
        type="text"
        id={id}
        name={HONEYPOT_FIELD}
        value=""
        tabIndex={-1}
        autocomplete="off"
      />
    </div>
  );
}

/** A problem with the whole form (not one field), said at the top where focus lands. */
export function FormProblem(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="form-problem-title"
      tabIndex={-1}
      autofocus
    >
      <h2 id="form-problem-title" class="error-summary__title">
        Your form has not been sent yet
      </h2>
      <p>{props.message}</p>
    </div>
  );
}

/** A labelled box for a longer answer, with its hint and error. */
export function TextArea(props: {
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string;
  error?: string | undefined;
  rows?: number;
}) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <FieldNotes hintId={hintId} hint={props.hint} errorId={errorId} error={props.error} />
      <textarea
        class="input"
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.error ? 'true' : undefined}
        value={props.value ?? ''}
      />
    </div>
  );
}

/**
 * A question answered by ticking boxes (type "checkbox", any number) or choosing one (type
 * "radio"). The first option carries the field's id, so the error summary's link lands on it.
 */
export function Choices(props: {
  type: 'checkbox' | 'radio';
  name: string;
  legend: string;
  options: readonly Choice[];
  chosen: string[];
  hint?: string;
  error?: string | undefined;
  /** A question that is the page's main subject reads as a heading. */
  isLegendLarge?: boolean;
}) {
  const id = fieldId(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <fieldset
        class="choices"
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      >
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

function FieldNotes(props: {
  hintId: string | undefined;
  hint: string | undefined;
  errorId: string | undefined;
  error: string | undefined;
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

/** The line under every form about what happens to the details in it. */
export function PrivacyNote() {
  return (
    <p class="muted">
      We use your details only to talk with you about fostering. Our{' '}
      <a href="/privacy">privacy notice</a> says how we keep them safe.
    </p>
  );
}
