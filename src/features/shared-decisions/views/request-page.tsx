// One request for a decision: the question, the parents' views and the answer, with the forms
// this reader may use while it is open.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { SummaryList } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import { DECISION_OUTCOMES } from '../../partnership/vocabulary.ts';
import type { RequestView } from '../read-service.ts';
import { dayOf, DecisionFrame } from './decision-frame.tsx';
import { NeededBy, OutcomeTag } from './request-cards.tsx';
import { WhoDecidesText } from './who-decides.tsx';

/** What one of the page's forms sent, shown again with what went wrong. */
export type SentForm = { form: 'views' | 'decide'; values: FormValues; errors: FieldErrors };

/** A request for a decision. `problem` says why what was sent could not be done. */
export function RequestPage(props: {
  context: PageContext;
  view: RequestView;
  sent?: SentForm | undefined;
  problem?: string | undefined;
}) {
  const { context, view, sent, problem } = props;
  const { child, party, summary } = view;
  return (
    <DecisionFrame
      context={context}
      child={child}
      party={party}
      title={`A decision about ${child.knownAs}`}
      hasErrors={Boolean(sent || problem)}
      crumbs={[{ href: view.listHref, label: `Decisions about ${child.knownAs}` }]}
    >
      {problem ? <ErrorSummary errors={{ form: problem }} isUnlinked /> : null}
      {sent ? <ErrorSummary errors={sent.errors} /> : null}
      <SummaryList
        rows={[
          { label: 'About', value: summary.topicLabel },
          { label: 'The question', value: <span class="preserve-lines">{summary.question}</span> },
          { label: 'Asked by', value: `${summary.askedBy}, ${dayOf(summary.askedAt, context)}` },
          { label: 'Needed by', value: <NeededBy request={summary} context={context} /> },
          { label: 'Who decides', value: <WhoDecidesText who={view.who} /> },
          { label: 'Answer', value: <OutcomeTag request={summary} /> },
        ]}
      />
      <ParentsViews
        context={context}
        view={view}
        sent={sent?.form === 'views' ? sent : undefined}
      />
      <Answer context={context} view={view} sent={sent?.form === 'decide' ? sent : undefined} />
    </DecisionFrame>
  );
}

function ParentsViews(props: {
  context: PageContext;
  view: RequestView;
  sent?: SentForm | undefined;
}) {
  const { context, view, sent } = props;
  const form = view.viewsForm;
  const isOwn = form?.kind === 'own';
  return (
    <section aria-labelledby="views-heading">
      <h2 class="heading-l" id="views-heading">
        Parents’ views
      </h2>
      {view.views ? (
        <>
          <p class="preserve-lines">{view.views.text}</p>
          <p class="muted">
            {view.views.attribution}, {dayOf(view.views.at, context)}
          </p>
        </>
      ) : (
        <p>Not given yet.</p>
      )}
      {form ? (
        <Form action={form.action} csrfToken={context.csrfToken}>
          <TextAreaField
            name="views"
            label={isOwn ? 'Your views' : 'The parents’ views, as they told you'}
            hint={
              isOwn
                ? 'Say what you think, in your own words. You can change it until the answer is recorded.'
                : 'Write them down as the parents said them. The page will say they were told to you.'
            }
            value={sent ? sent.values.views : form.current}
            error={sent?.errors.views}
          />
          <SendAnyway errors={sent?.errors} />
          <Button variant={view.decideForm ? 'secondary' : 'primary'}>
            {isOwn ? 'Send your views' : 'Save the parents’ views'}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}

function Answer(props: { context: PageContext; view: RequestView; sent?: SentForm | undefined }) {
  const { context, view, sent } = props;
  return (
    <section aria-labelledby="answer-heading">
      <h2 class="heading-l" id="answer-heading">
        The answer
      </h2>
      {view.decision ? (
        <>
          <p>
            <OutcomeTag request={view.summary} />
          </p>
          {view.decision.notes ? <p class="preserve-lines">{view.decision.notes}</p> : null}
          <p class="muted">
            Recorded by {view.decision.decidedBy === 'You' ? 'you' : view.decision.decidedBy},{' '}
            {dayOf(view.decision.at, context)}
          </p>
        </>
      ) : null}
      {view.notDecidingBecause ? <p>{view.notDecidingBecause}</p> : null}
      {view.decideForm ? (
        <Form action={view.decideForm.action} csrfToken={context.csrfToken}>
          <ChoicesField
            type="radio"
            name="outcome"
            legend="What is the answer?"
            options={DECISION_OUTCOMES.map((outcome) => ({
              value: outcome.code,
              label: outcome.label,
            }))}
            chosen={sent?.values.outcome ? [sent.values.outcome] : []}
            error={sent?.errors.outcome}
          />
          <TextAreaField
            name="notes"
            label="Notes"
            hint="Needed for conditions or a no: say what the conditions are, or why not. Everyone in the family space will read them."
            value={sent?.values.notes}
            error={sent?.errors.notes}
          />
          <SendAnyway errors={sent?.errors} />
          <Button>Record the answer</Button>
        </Form>
      ) : null}
    </section>
  );
}
