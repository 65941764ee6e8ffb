// Getting started, for staff and carers: the introductory meeting and the comfort call, each with
// its deadline and why, the forms to arrange and record them, and the parent's guide.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate, formatInstant } from '../../../core/time/dates.ts';
import { Breadcrumbs, SummaryList } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/index.ts';
import { partnershipPaths } from '../paths.ts';
import type { RecordGettingStarted } from '../start-service.ts';
import { startPaths } from '../start-paths.ts';
import { GuideAnswersList } from './guide-answers.tsx';
import { wallClockParts } from './hub-words.ts';
import { SendAnyway } from './send-anyway.tsx';
import { StartStatusLine, WhyStartDue } from './start-status.tsx';

/** Which form came back with a problem, with what was typed in it. */
export type SentStartForm = {
  form: 'intro' | 'held' | 'call';
  values: FormValues;
  errors: FieldErrors;
};

/** The page; a form sent with a problem is shown again with its words kept. */
export function GettingStartedPage(props: {
  context: PageContext;
  page: RecordGettingStarted;
  sent?: SentStartForm;
}) {
  const { context, page, sent } = props;
  const { child, overview } = page;
  const title = 'Getting started';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={sent ? `Error: ${title}` : undefined}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: `/children/${child.id}`, label: child.fullName },
            { href: partnershipPaths.home('staff', child.id), label: 'Family partnership' },
          ]}
        />
      }
    >
      <ChildTabs childId={child.id} current="family" />
      <ErrorSummary errors={sent?.errors} />
      {overview ? (
        <>
          <p class="lead">
            In {child.knownAs}’s first days in a new home, the parents and carers meet, and a carer
            phones the parents so they hear how {child.knownAs} is.
          </p>
          <IntroSection {...props} />
          <CallSection {...props} />
        </>
      ) : (
        <p class="lead">
          {child.knownAs} does not live in one of the agency’s homes now, so there is no
          introductory meeting or comfort call to arrange.
        </p>
      )}
      <section aria-labelledby="guide">
        <h2 id="guide" class="heading-l">
          What {child.knownAs}’s family want the carers to know
        </h2>
        {page.guide ? (
          <>
            <GuideAnswersList answers={page.guide} />
            <p class="muted">
              Written by {page.guide.writtenBy ?? 'a parent'} on{' '}
              {formatInstant(page.guide.writtenAt, context.timeZone, context.locale)}.
            </p>
          </>
        ) : (
          <p class="empty">
            {child.knownAs}’s parents have not written anything yet. They can, from their own page.
          </p>
        )}
      </section>
    </Page>
  );
}

function valuesFor(
  sent: SentStartForm | undefined,
  form: SentStartForm['form'],
  starting: FormValues,
) {
  return sent?.form === form
    ? { values: sent.values, errors: sent.errors }
    : { values: starting, errors: {} as FieldErrors };
}

function IntroSection(props: {
  context: PageContext;
  page: RecordGettingStarted;
  sent?: SentStartForm;
}) {
  const { context, page } = props;
  const { child } = page;
  const overview = page.overview!;
  const row = overview.row;
  const scheduled = row?.introScheduledAt
    ? wallClockParts(row.introScheduledAt, context.timeZone)
    : null;
  const arrange = valuesFor(props.sent, 'intro', {
    intro_date: scheduled?.date ?? '',
    intro_time: scheduled?.time ?? '',
    intro_place: row?.introPlace ?? '',
  });
  const held = valuesFor(props.sent, 'held', {
    intro_held_on: row?.introHeldOn ?? '',
    intro_notes: row?.introNotes ?? '',
  });
  return (
    <section aria-labelledby="intro">
      <h2 id="intro" class="heading-l">
        The introductory meeting
      </h2>
      <StartStatusLine status={overview.intro} locale={context.locale} />
      <WhyStartDue status={overview.intro} knownAs={child.knownAs} locale={context.locale} />
      <SummaryList
        rows={[
          {
            label: 'When',
            value: row?.introScheduledAt
              ? formatInstant(row.introScheduledAt, context.timeZone, context.locale)
              : 'Not arranged yet',
          },
          { label: 'Where', value: row?.introPlace || 'Not arranged yet' },
          {
            label: 'Held on',
            value: row?.introHeldOn ? formatDate(row.introHeldOn, context.locale) : 'Not yet',
          },
          ...(row?.introNotes
            ? [{ label: 'Notes', value: <span class="preserve-lines">{row.introNotes}</span> }]
            : []),
        ]}
      />
      {page.abilities.canArrange ? (
        <>
          <h3 class="heading-m">Arrange the meeting</h3>
          <Form action={startPaths.arrangeIntro(child.id)} csrfToken={context.csrfToken}>
            <TextField
              name="intro_date"
              type="date"
              label="Day"
              width="medium"
              value={arrange.values.intro_date}
              error={arrange.errors.intro_date}
            />
            <TextField
              name="intro_time"
              label="Time"
              hint="On the 24-hour clock, like 10:30"
              width="short"
              value={arrange.values.intro_time}
              error={arrange.errors.intro_time}
            />
            <TextField
              name="intro_place"
              label="Where"
              hint={`${child.knownAs}’s parents read this. Somewhere neutral, like a family centre: never the carers’ home or anything near it.`}
              value={arrange.values.intro_place}
              error={arrange.errors.intro_place}
            />
            <SendAnyway errors={arrange.errors} />
            <Button>Save the meeting</Button>
          </Form>
          <h3 class="heading-m">Record the meeting as held</h3>
          <Form action={startPaths.introHeld(child.id)} csrfToken={context.csrfToken}>
            <TextField
              name="intro_held_on"
              type="date"
              label="Day it was held"
              width="medium"
              value={held.values.intro_held_on}
              error={held.errors.intro_held_on}
            />
            <TextAreaField
              name="intro_notes"
              label="Notes (optional)"
              hint="Staff and the carers read these; the parents do not."
              rows={4}
              value={held.values.intro_notes}
              error={held.errors.intro_notes}
              spellcheck
            />
            <Button>Record the meeting</Button>
          </Form>
        </>
      ) : null}
    </section>
  );
}

function CallSection(props: {
  context: PageContext;
  page: RecordGettingStarted;
  sent?: SentStartForm;
}) {
  const { context, page } = props;
  const { child } = page;
  const overview = page.overview!;
  const row = overview.row;
  const call = valuesFor(props.sent, 'call', {
    comfort_call_on: row?.comfortCallHeldOn ?? '',
    comfort_call_notes: row?.comfortCallNotes ?? '',
  });
  return (
    <section aria-labelledby="call">
      <h2 id="call" class="heading-l">
        The comfort call
      </h2>
      <StartStatusLine status={overview.comfortCall} locale={context.locale} />
      <WhyStartDue status={overview.comfortCall} knownAs={child.knownAs} locale={context.locale} />
      {row?.comfortCallNotes ? (
        <SummaryList
          rows={[
            { label: 'Notes', value: <span class="preserve-lines">{row.comfortCallNotes}</span> },
          ]}
        />
      ) : null}
      {page.abilities.canRecordCall ? (
        <>
          <h3 class="heading-m">Record the call</h3>
          <Form action={startPaths.comfortCall(child.id)} csrfToken={context.csrfToken}>
            <TextField
              name="comfort_call_on"
              type="date"
              label="Day of the call"
              width="medium"
              value={call.values.comfort_call_on}
              error={call.errors.comfort_call_on}
            />
            <TextAreaField
              name="comfort_call_notes"
              label="How it went (optional)"
              hint="Staff and the carers read this; the parents do not."
              rows={4}
              value={call.values.comfort_call_notes}
              error={call.errors.comfort_call_notes}
              spellcheck
            />
            <Button>Record the call</Button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
