// The plan for a child coming home, as their parents read it on a phone: what they are working on,
// how the agency will help, what is done, and when everyone next sits down together. Nothing here
// says where the child lives, and the notes staff keep for each other are never part of it.
import { ENGLAND } from '../../../core/jurisdiction/england.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { Breadcrumbs, NotificationBanner, Tag } from '../../../core/ui/components/content.tsx';
import { partnershipPaths } from '../../partnership/paths.ts';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { Locale } from '../../../core/ui/terms.ts';
import { labelOf, STEP_STATUSES, STEP_WHO } from '../../partnership/vocabulary.ts';
import type { GoingHome, StepView } from '../read-service.ts';
import { MEETING_WORD, STATUS_TONE } from './words.ts';

const SUPPORT = ENGLAND.partnership.supportAfterReturn;

type FamilyStep = StepView & { goalTitle: string | null };

/** "The plan for Mia coming home", for Mia's parents. */
export function FamilyGoingHomePage(props: { context: PageContext; view: GoingHome }) {
  const { context, view } = props;
  const { child, plan } = view;
  const locale = context.locale;
  const title = `The plan for ${child.knownAs} coming home`;
  const back = (
    <Breadcrumbs
      items={[{ href: partnershipPaths.home('parent', child.id), label: child.knownAs }]}
    />
  );
  if (!plan) {
    return (
      <Page context={context} title={title} width="narrow" beforeHeading={back}>
        <p class="lead">
          There is no plan written down yet. Your worker will talk with you about it, and about what
          would help, when the time is right.
        </p>
      </Page>
    );
  }
  const items = flatten(view);
  const steps = items.filter((item) => item.kind === 'step' && item.status !== 'done');
  const yours = steps.filter((step) => step.who === 'family' || step.who === 'together');
  const ours = steps.filter((step) => step.who === 'agency' || step.who === 'carers');
  const done = items.filter((item) => item.status === 'done');
  const goals = items.filter((item) => item.kind === 'goal');
  const words = view.meetings.filter((meeting) => meeting.forFamily !== '');
  return (
    <Page context={context} title={title} width="narrow" beforeHeading={back}>
      <SupportBanner view={view} locale={locale} />
      <h2>What we are all working towards</h2>
      <p class="preserve-lines">{plan.aim}</p>
      {plan.status === 'working_towards' && plan.targetOn ? (
        <p>
          We hope {child.knownAs} can come home by {formatDate(plan.targetOn, locale)}.
        </p>
      ) : null}
      {goals.length > 0 ? (
        <ul>
          {goals.map((goal) => (
            <li key={goal.id}>
              {goal.title} <Tag tone={STATUS_TONE[goal.status]}>{statusWord(goal)}</Tag>
            </li>
          ))}
        </ul>
      ) : null}

      <h2>What you are working on</h2>
      <StepCards steps={yours} locale={locale} empty="Nothing for you to do just now." />

      <h2>How we will help</h2>
      {plan.supportOffered ? <p class="preserve-lines">{plan.supportOffered}</p> : null}
      <StepCards
        steps={ours}
        locale={locale}
        empty={plan.supportOffered ? '' : 'Your worker will talk with you about the help on offer.'}
      />

      <h2>What’s done</h2>
      <StepCards steps={done} locale={locale} empty="Nothing is marked done yet." />

      {plan.status === 'working_towards' ? (
        <>
          <h2>Next review</h2>
          <p>
            {plan.nextReviewOn
              ? `The next time we all look at the plan together is ${formatDate(plan.nextReviewOn, locale)}.`
              : 'Your worker will let you know when the plan will next be looked at together.'}
          </p>
        </>
      ) : null}

      {words.length > 0 ? (
        <>
          <h2>What your worker wrote for you</h2>
          <ul class="list-plain">
            {words.map((meeting) => (
              <li key={meeting.id} class="record-entry">
                <h3 class="record-entry__title">
                  {MEETING_WORD[meeting.kind]} on {formatDate(meeting.heldOn, locale)}
                </h3>
                <p class="preserve-lines">{meeting.forFamily}</p>
                {meeting.byName ? <p class="muted">From {meeting.byName}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}

function SupportBanner(props: { view: GoingHome; locale: Locale }) {
  const { child, support, plan } = props.view;
  if (!plan || !support) return null;
  const { locale } = props;
  const homeOn = formatDate(support.wentHomeOn, locale);
  if (plan.status === 'closed') {
    return (
      <NotificationBanner>
        <p>
          {child.knownAs} came home on {homeOn}. The support after coming home has ended. If you
          need help, you can still call the agency.
        </p>
      </NotificationBanner>
    );
  }
  const next = support.nextCheckIn;
  return (
    <NotificationBanner kind="success" title={`${child.knownAs} is home`}>
      <p>
        {child.knownAs} came home on {homeOn}. Until {formatDate(support.supportEndsOn, locale)},{' '}
        {support.workerName ? `${support.workerName} keeps` : 'your worker keeps'} in touch with
        you, at least every {SUPPORT.checkInEveryWeeks} weeks, to help things go well.
      </p>
      {next ? <p>The next time we catch up is by {formatDate(next.dueOn, locale)}.</p> : null}
    </NotificationBanner>
  );
}

function StepCards(props: { steps: FamilyStep[]; locale: Locale; empty: string }) {
  const { steps, locale } = props;
  if (steps.length === 0) return props.empty ? <p>{props.empty}</p> : null;
  return (
    <ul class="list-plain">
      {steps.map((step) => (
        <li key={step.id} class="record-entry">
          <h3 class="record-entry__title">{step.title}</h3>
          {step.detail ? <p class="preserve-lines">{step.detail}</p> : null}
          <p class="record-entry__meta">
            <Tag tone={STATUS_TONE[step.status]}>{statusWord(step)}</Tag>{' '}
            {labelOf(STEP_WHO, step.who)}
            {step.dueOn && step.status !== 'done' ? `, by ${formatDate(step.dueOn, locale)}` : ''}
          </p>
          {step.progress ? <p class="preserve-lines">How it is going: {step.progress}</p> : null}
          {step.goalTitle ? <p class="muted">Part of: {step.goalTitle}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function statusWord(step: StepView): string {
  return labelOf(STEP_STATUSES, step.status);
}

// The plan's goals and steps in order, each step knowing the goal it belongs to.
function flatten(view: GoingHome): FamilyStep[] {
  return view.groups.flatMap((group) => [
    ...(group.goal ? [{ ...group.goal, goalTitle: null }] : []),
    ...group.steps.map((step) => ({ ...step, goalTitle: group.goal?.title ?? null })),
  ]);
}
