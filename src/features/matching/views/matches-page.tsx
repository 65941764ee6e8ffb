import type { FieldErrors } from '../../../core/errors.ts';
import {
  Breadcrumbs,
  NotificationBanner,
  Pagination,
  Table,
  Tag,
} from '../../../core/ui/components/content.tsx';
import { Button, ButtonLink, ErrorSummary, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate, todayIn } from '../../../core/time/dates.ts';
import type { MatchesView } from '../matching-service.ts';
import type { OfferRow } from '../offer-store.ts';
import type { RankedHousehold } from '../ranking.ts';
import { ChildBrief } from './child-brief.tsx';
import { FactorTable, ScoreBar } from './factor-table.tsx';
import { NotEligibleSection } from './not-eligible.tsx';
import {
  comparePath,
  decidePath,
  matchesPath,
  referralPath,
  REFERRALS_PATH,
  shareOfferPath,
  shortlistPath,
  WEIGHTS_PATH,
} from './paths.ts';

const COMPARE_FORM = 'compare-form';

/** The answer a household has given, as a tag with words. */
export function OfferTag(props: { offer: OfferRow | undefined }) {
  const { offer } = props;
  if (!offer) return <Tag>Not asked yet</Tag>;
  if (offer.response === 'accepted') return <Tag tone="good">Said yes</Tag>;
  if (offer.response === 'declined') return <Tag tone="neutral">Said no</Tag>;
  return <Tag tone="due">Asked, waiting for an answer</Tag>;
}

/** The one button that shares the child's information with a household. */
export function ShareButton(props: {
  referralId: string;
  householdId: string;
  csrfToken: string;
  name: string;
}) {
  return (
    <Form action={shareOfferPath(props.referralId)} csrfToken={props.csrfToken}>
      <input type="hidden" name="householdId" value={props.householdId} />
      <Button variant="secondary">
        Share the child’s information<span class="visually-hidden"> with {props.name}</span>
      </Button>
    </Form>
  );
}

/** Matching is decision support: what the page does, and where the weights are set. */
export function DecisionSupportNote() {
  return (
    <p class="lead">
      Matching supports your decision; it does not make it. The households below fit the terms of
      approval, ranked by how well each fits and why. You choose, and record your reasons. The
      registered manager sets how much each factor counts:{' '}
      <a href={WEIGHTS_PATH}>see how matching weighs each factor</a>.
    </p>
  );
}

function ShortlistSection(props: {
  view: MatchesView;
  csrfToken: string;
  locale: 'en-GB' | 'en-US';
  timeZone: string;
}) {
  const { view, csrfToken, locale, timeZone } = props;
  const offerFor = new Map(view.offers.map((offer) => [offer.householdId, offer]));
  const rows = [
    ...view.shortlist.map((entry) => ({
      householdId: entry.householdId,
      name: entry.name,
      reference: entry.reference,
      rankNow: entry.rankNow,
    })),
    ...view.offers
      .filter((offer) => !view.shortlist.some((entry) => entry.householdId === offer.householdId))
      .map((offer) => ({
        householdId: offer.householdId,
        name: offer.householdName,
        reference: offer.householdReference,
        rankNow: offer.rankNow,
      })),
  ];
  if (rows.length === 0) return null;
  const referralId = view.referral.id;
  return (
    <section aria-labelledby="shortlist">
      <h2 class="heading-l" id="shortlist">
        Shortlist and households asked
      </h2>
      <Table
        caption={`Households considered for ${view.child.firstName}`}
        captionHidden
        columns={[
          { heading: 'Household', cell: (row) => `${row.name} (${row.reference})` },
          {
            heading: 'Ranked now',
            isNumeric: true,
            cell: (row) => (row.rankNow === null ? 'Not ranked' : String(row.rankNow)),
          },
          {
            heading: 'Asked',
            cell: (row) => {
              const offer = offerFor.get(row.householdId);
              return (
                <>
                  <OfferTag offer={offer} />
                  {offer ? ` on ${formatDate(todayIn(timeZone, offer.sharedAt), locale)}` : ''}
                  {offer?.responseNote ? (
                    <p class="preserve-lines">“{offer.responseNote}”</p>
                  ) : null}
                </>
              );
            },
          },
          {
            heading: 'Next',
            cell: (row) =>
              !offerFor.has(row.householdId) && view.isOpen && row.rankNow !== null ? (
                <ShareButton
                  referralId={referralId}
                  householdId={row.householdId}
                  csrfToken={csrfToken}
                  name={row.name}
                />
              ) : (
                ''
              ),
          },
        ]}
        rows={rows}
      />
      {view.canDecide ? (
        <ButtonLink href={decidePath(referralId)}>Record the decision</ButtonLink>
      ) : null}
    </section>
  );
}

function RankedItem(props: {
  entry: RankedHousehold;
  view: MatchesView;
  csrfToken: string;
  isTicked: boolean;
}) {
  const { entry, view, csrfToken } = props;
  const household = entry.candidate;
  const isShortlisted = view.shortlist.some((item) => item.householdId === household.id);
  const total = Math.round(entry.score.total);
  const checkboxId = `compare-${household.id}`;
  return (
    <li class="card">
      <h3 class="card__title">
        {entry.rank}. {household.name}
      </h3>
      <div class="card__body">
        <p class="muted">
          {household.areaName ?? 'No area recorded'} · {household.reference}
        </p>
        <ScoreBar total={entry.score.total} />
        <details>
          <summary>Why {total}: each factor</summary>
          <FactorTable score={entry.score} caption={`How ${household.name} scores`} />
        </details>
        <div class="checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id={checkboxId}
            name="household"
            value={household.id}
            form={COMPARE_FORM}
            checked={props.isTicked}
          />
          <label class="checkbox__label" for={checkboxId}>
            Compare {household.name}
          </label>
        </div>
        {isShortlisted ? (
          <p>
            <Tag tone="info">On the shortlist</Tag>
          </p>
        ) : view.isOpen ? (
          <Form action={shortlistPath(view.referral.id)} csrfToken={csrfToken}>
            <input type="hidden" name="householdId" value={household.id} />
            <Button variant="secondary">
              Add to the shortlist<span class="visually-hidden">: {household.name}</span>
            </Button>
          </Form>
        ) : null}
      </div>
    </li>
  );
}

/** The ranked households for a referral, the shortlist, and who cannot be matched and why. */
export function MatchesPage(props: {
  context: PageContext;
  view: MatchesView;
  errors?: FieldErrors | undefined;
  ticked?: readonly string[];
}) {
  const { context, view, errors } = props;
  const { referral, child } = view;
  const title = `Homes for ${child.firstName}`;
  const ticked = props.ticked ?? [];
  return (
    <Page
      context={context}
      title={title}
      documentTitle={`${errors ? 'Error: ' : ''}${title} (${referral.reference})`}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: REFERRALS_PATH, label: 'Referrals' },
            { href: referralPath(referral.id), label: referral.reference },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} isUnlinked />
      <DecisionSupportNote />
      {!view.isOpen ? (
        <NotificationBanner kind="warning">
          <p>This referral is closed, so nothing more can be shared or decided.</p>
        </NotificationBanner>
      ) : null}
      <h2 class="heading-l">About {child.firstName}</h2>
      <ChildBrief referral={referral} child={child} locale={context.locale} />
      <ShortlistSection
        view={view}
        csrfToken={context.csrfToken}
        locale={context.locale}
        timeZone={context.timeZone}
      />
      <section aria-labelledby="ranked">
        <h2 class="heading-l" id="ranked">
          {view.rankedTotal === 0
            ? 'No household can be matched'
            : `${view.rankedTotal} ${view.rankedTotal === 1 ? 'household fits' : 'households fit'} the terms of approval`}
        </h2>
        {view.rankedTotal > 0 ? (
          <>
            <p>
              Highest score first. Open “Why” to see each factor. Tick two or three households to
              compare them side by side.
            </p>
            <ol class="list-plain">
              {view.ranked.map((entry) => (
                <RankedItem
                  key={entry.candidate.id}
                  entry={entry}
                  view={view}
                  csrfToken={context.csrfToken}
                  isTicked={ticked.includes(entry.candidate.id)}
                />
              ))}
            </ol>
            <form id={COMPARE_FORM} method="get" action={comparePath(referral.id)}>
              <Button>Compare the households you ticked</Button>
            </form>
            <Pagination
              page={view.page}
              pageCount={view.pageCount}
              hrefFor={(page) => `${matchesPath(referral.id)}?page=${page}`}
            />
          </>
        ) : (
          <p>Look at the reasons below: a change to a household’s terms of approval may help.</p>
        )}
      </section>
      <NotEligibleSection notEligible={view.notEligible} child={child} />
    </Page>
  );
}
