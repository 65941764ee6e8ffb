import type { ComponentChildren } from 'preact';
import { fieldId } from '../../../core/ui/components/forms.tsx';
import { HONEYPOT_FIELD, STAMP_FIELD } from '../spam-guard.ts';

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

/** The line under every form about what happens to the details in it. */
export function PrivacyNote() {
  return (
    <p class="muted">
      We use your details only to talk with you about fostering. Our{' '}
      <a href="/privacy">privacy notice</a> says how we keep them safe.
    </p>
  );
}
