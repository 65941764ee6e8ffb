import { SummaryList } from '../../../core/ui/components/content.tsx';
import { Button, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { HeldSubmission } from '../../../core/http/held-submissions.ts';

/** Offers to send a form that arrived after its session timed out, showing what it holds first. */
export function ResumePage({ context, held }: { context: PageContext; held: HeldSubmission }) {
  const shown = Object.entries(held.fields).filter(([name]) => !/password|code/i.test(name));
  return (
    <Page context={context} title="Send what you were working on?" width="narrow">
      <p>
        You were signed out before this could be sent. Nothing was lost
        {shown.length > 0 ? ': here is what you had written.' : ', and it is ready to send.'}
      </p>
      {shown.length > 0 ? (
        <SummaryList
          rows={shown.map(([name, value]) => ({
            label: labelFor(name),
            value: <span class="preserve-lines">{value}</span>,
          }))}
        />
      ) : null}
      <Form action={held.url} csrfToken={context.csrfToken}>
        {Object.entries(held.fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button>Send it now</Button>
      </Form>
      <p>
        <a href="/home">Do not send it</a>
      </p>
    </Page>
  );
}

// Field names are written for code (`placementStart`); this turns them into words for the summary.
function labelFor(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
