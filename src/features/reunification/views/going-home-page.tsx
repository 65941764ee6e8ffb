// The plan for a child going home, as staff and carers read it from the child's record. Staff who
// manage the partnership change it from here; carers read it.
import { Breadcrumbs, NotificationBanner } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { Locale } from '../../../core/ui/terms.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { ChildTabs } from '../../children/index.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { GoingHome } from '../read-service.ts';
import {
  closePath,
  newCheckInPath,
  newReviewPath,
  newStepPath,
  placementsPath,
  planFormPath,
  wentHomePath,
} from './paths.ts';
import { MeetingList, PlanSummary, StepGroups, SupportSummary } from './plan-parts.tsx';

/** "Going home: Mia", for staff and carers. */
export function GoingHomePage(props: { context: PageContext; view: GoingHome }) {
  const { context, view } = props;
  const { child, plan } = view;
  const locale = context.locale;
  return (
    <Page
      context={context}
      title={`Going home: ${child.knownAs}`}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/children', label: 'Children' },
            { href: `/children/${child.id}`, label: child.fullName },
            { href: partnershipPaths.home('staff', child.id), label: 'Family' },
          ]}
        />
      }
    >
      <ChildTabs childId={child.id} current="family" />
      {!plan ? (
        <>
          <p class="lead">There is no plan yet for {child.knownAs} going home.</p>
          {view.abilities.canManage ? (
            <ButtonLink href={planFormPath(child.id)}>Start a plan</ButtonLink>
          ) : (
            <p>The supervising social worker starts the plan with the family when it is time.</p>
          )}
        </>
      ) : (
        <>
          <StatusBanner view={view} locale={locale} />
          <p class="lead">
            {view.abilities.canManage
              ? `The plan for ${child.knownAs} going home. ${child.knownAs}’s parents read it on their own page, without the notes for staff.`
              : `The plan for ${child.knownAs} going home. The supervising social worker keeps it; ${child.knownAs}’s parents read it too.`}
          </p>
          {view.abilities.canManage ? <Actions view={view} /> : null}
          {view.support ? (
            <>
              <h2>Support after going home</h2>
              <SupportSummary support={view.support} knownAs={child.knownAs} locale={locale} />
            </>
          ) : null}
          <h2>The plan</h2>
          <PlanSummary plan={plan} locale={locale} />
          <h2>Goals and steps</h2>
          <StepGroups view={view} locale={locale} />
          <h2>Reviews and check-ins</h2>
          <MeetingList meetings={view.meetings} locale={locale} />
        </>
      )}
    </Page>
  );
}

function StatusBanner(props: { view: GoingHome; locale: Locale }) {
  const { view, locale } = props;
  const { child, support, plan } = view;
  if (!plan || !support) return null;
  if (plan.status === 'closed') {
    return (
      <NotificationBanner>
        <p>
          {child.knownAs} went home on {formatDate(support.wentHomeOn, locale)}. The support after
          going home is closed.
        </p>
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner kind={view.isStillInCare ? 'warning' : 'info'}>
      <p>
        {child.knownAs} went home on {formatDate(support.wentHomeOn, locale)}. The family is
        supported until {formatDate(support.supportEndsOn, locale)}.
      </p>
      {view.isStillInCare ? (
        <p>
          {child.knownAs}’s time in the foster home is not ended yet: end it on the{' '}
          <a href={placementsPath(child.id)}>Homes and plans tab</a>.
        </p>
      ) : null}
    </NotificationBanner>
  );
}

function Actions(props: { view: GoingHome }) {
  const { child, plan } = props.view;
  if (!plan || plan.status === 'closed') return null;
  const isHome = plan.status === 'home';
  return (
    <ul class="list-plain">
      <li>
        <a href={planFormPath(child.id)}>Change the plan</a>
      </li>
      <li>
        <a href={`${newStepPath(child.id)}?kind=goal`}>Add a goal</a>
      </li>
      <li>
        <a href={newStepPath(child.id)}>Add a step</a>
      </li>
      <li>
        {isHome ? (
          <a href={newCheckInPath(child.id)}>Record a check-in</a>
        ) : (
          <a href={newReviewPath(child.id)}>Record a review</a>
        )}
      </li>
      <li>
        {isHome ? (
          <a href={closePath(child.id)}>Close the support</a>
        ) : (
          <a href={wentHomePath(child.id)}>{child.knownAs} went home</a>
        )}
      </li>
    </ul>
  );
}
