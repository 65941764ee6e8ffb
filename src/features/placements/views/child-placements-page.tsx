import { formatDate } from '../../../core/time/dates.ts';
import { Breadcrumbs, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { careTypeLabel, ChildTabs, childName } from '../../children/index.ts';
import type { ChildHome, ChildPlacements } from '../history-service.ts';
import { endingWords } from '../words.ts';
import { HouseholdName, PlanSummary } from './bits.tsx';
import { PlanStatusLine, WhyPlanDue } from './plan-status.tsx';

/** A child's homes: where they live now, the placement plan, how settled they have been, and before. */
export function ChildPlacementsPage(props: { context: PageContext; page: ChildPlacements }) {
  const { context, page } = props;
  const { child } = page;
  const known = child.preferredName ?? child.firstName;
  return (
    <Page
      context={context}
      title={childName(child)}
      documentTitle={`Homes and plans: ${childName(child)}`}
      beforeHeading={<Breadcrumbs items={[{ href: '/children', label: 'Children' }]} />}
    >
      <ChildTabs childId={child.id} current="placements" />
      <CurrentHome context={context} page={page} known={known} />
      <Settled context={context} page={page} known={known} />
      <section aria-labelledby="homes">
        <h2 id="homes">Homes with us</h2>
        {page.homes.length === 0 ? (
          <p class="empty">No homes are recorded yet.</p>
        ) : (
          <ol class="list-plain" aria-label="Homes, the most recent first">
            {page.homes.map((home) => (
              <HomeItem key={home.id} home={home} context={context} />
            ))}
          </ol>
        )}
      </section>
    </Page>
  );
}

function CurrentHome(props: { context: PageContext; page: ChildPlacements; known: string }) {
  const { context, page, known } = props;
  const { current, abilities } = page;
  const locale = context.locale;
  if (!current) {
    return (
      <section aria-labelledby="home-now">
        <h2 id="home-now">Where {known} lives now</h2>
        <p>{known} is not living with one of our households now.</p>
      </section>
    );
  }
  return (
    <>
      <section aria-labelledby="home-now">
        <h2 id="home-now">Where {known} lives now</h2>
        <SummaryList
          rows={[
            { label: 'Household', value: <HouseholdName household={current.household} /> },
            { label: 'Care', value: careTypeLabel(current.careType) },
            { label: 'Since', value: formatDate(current.startedOn, locale) },
            ...(current.plannedEndOn
              ? [{ label: 'Planned end', value: formatDate(current.plannedEndOn, locale) }]
              : []),
          ]}
        />
        {abilities.canUpdate ? (
          <ButtonLink href={`/placements/${current.id}/end`} variant="secondary">
            End this placement or move {known}
          </ButtonLink>
        ) : null}
      </section>
      <section aria-labelledby="plan">
        <h2 id="plan">Placement plan</h2>
        <PlanStatusLine status={current.planStatus} locale={locale} />
        <WhyPlanDue deadline={current.planStatus.deadline} locale={locale} />
        {current.plan ? <PlanSummary plan={current.plan} /> : null}
        {abilities.canUpdate ? (
          <ButtonLink href={`/placements/${current.id}/plan`}>
            {current.plan ? 'Change the placement plan' : 'Record the placement plan'}
          </ButtonLink>
        ) : null}
      </section>
    </>
  );
}

function Settled(props: { context: PageContext; page: ChildPlacements; known: string }) {
  const { context, page, known } = props;
  const { stability, current } = page;
  const isMany = stability.placementsInYear >= stability.manyMoves;
  return (
    <section aria-labelledby="settled">
      <h2 id="settled">How settled {known} has been</h2>
      <SummaryList
        rows={[
          {
            label: 'Homes in the last 12 months',
            value: (
              <>
                {stability.placementsInYear}{' '}
                <span class="muted">(since {formatDate(stability.yearFrom, context.locale)})</span>
                {isMany ? (
                  <>
                    {' '}
                    <Tag tone="due">{stability.manyMoves} or more in a year</Tag>
                  </>
                ) : null}
              </>
            ),
          },
          ...(current ? [{ label: 'Time in this home', value: current.timeHere }] : []),
        ]}
      />
      <p class="muted">
        Every move breaks attachments: England counts the children with {stability.manyMoves} or
        more placements in a year. Source: {stability.citation}.
      </p>
    </section>
  );
}

function HomeItem(props: { home: ChildHome; context: PageContext }) {
  const { home, context } = props;
  return (
    <li>
      <p>
        <strong>
          {formatDate(home.startedOn, context.locale)} to{' '}
          {home.endedOn ? formatDate(home.endedOn, context.locale) : 'now'}
        </strong>{' '}
        {home.endedOn ? null : <Tag tone="good">Living here now</Tag>}
      </p>
      <p>
        <HouseholdName household={home.household} /> · {careTypeLabel(home.careType)}
      </p>
      {home.endedOn ? (
        <p class="muted">Why it ended: {endingWords(home.endReasonKind, home.endNotes)}</p>
      ) : null}
    </li>
  );
}
