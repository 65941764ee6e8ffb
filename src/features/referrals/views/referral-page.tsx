import { Breadcrumbs, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { capitalise } from '../../../core/ui/terms.ts';
import { ageOn, formatDate, formatInstant } from '../../../core/time/dates.ts';
import { careTypeLabel, needLabel } from '../../children/index.ts';
import type { ReferralView } from '../service.ts';
import {
  receivedViaLabel,
  referralLabel,
  statusLabel,
  statusTone,
  urgencyLabel,
  urgencyTone,
} from '../words.ts';

const orNotGiven = (value: string | null | undefined) =>
  value && value.trim() !== '' ? value : 'Not given';

function place(name: string | null, latitude: number | null, longitude: number | null): string {
  const position = latitude !== null && longitude !== null ? `${latitude}, ${longitude}` : null;
  if (name && position) return `${name} (${position})`;
  return name ?? position ?? 'Not given';
}

/** Everything a referral says, where it stands, and what the local authority has been told. */
export function ReferralPage({
  context,
  referral,
}: {
  context: PageContext;
  referral: ReferralView;
}) {
  const { abilities } = referral;
  const label = referralLabel(referral, context.today);
  const at = (instant: Date) => formatInstant(instant, context.timeZone, context.locale);
  return (
    <Page
      context={context}
      title={`Referral for ${label}`}
      beforeHeading={<Breadcrumbs items={[{ href: '/referrals', label: 'Referrals' }]} />}
    >
      {abilities.canFindHome ? (
        <p>
          <ButtonLink href={`/referrals/${referral.id}/matches`}>Find a home</ButtonLink>
        </p>
      ) : null}
      <SummaryList
        rows={[
          { label: 'Reference', value: referral.reference },
          {
            label: 'Status',
            value: <Tag tone={statusTone(referral.status)}>{statusLabel(referral.status)}</Tag>,
          },
          {
            label: 'Urgency',
            value: <Tag tone={urgencyTone(referral.urgency)}>{urgencyLabel(referral.urgency)}</Tag>,
          },
          {
            label: 'Needed by',
            value: referral.neededBy ? formatDate(referral.neededBy, context.locale) : 'Not given',
          },
          { label: 'Kind of care', value: careTypeLabel(referral.careType) },
          { label: 'Local authority', value: referral.authorityName },
          { label: 'Their reference', value: orNotGiven(referral.authorityReference) },
          {
            label: 'Received',
            value: `${at(referral.receivedAt)}. ${receivedViaLabel(referral.receivedVia)}`,
          },
        ]}
      />
      {abilities.canManage ? (
        <p>
          <a href={`/referrals/${referral.id}/edit`}>Correct the details</a> ·{' '}
          <a href={`/referrals/${referral.id}/respond`}>Reply to the local authority</a>
        </p>
      ) : null}

      <section aria-labelledby="child">
        <h2 id="child">The child</h2>
        <SummaryList
          rows={[
            { label: 'Name', value: `${referral.childFirstName} ${referral.childLastName}` },
            {
              label: 'Date of birth',
              value: `${formatDate(referral.childDateOfBirth, context.locale)} (${ageOn(referral.childDateOfBirth, context.today)})`,
            },
            { label: 'Gender', value: orNotGiven(referral.childGender) },
            { label: 'Ethnicity', value: orNotGiven(referral.childEthnicity) },
            { label: 'Faith', value: orNotGiven(referral.childFaith) },
            { label: 'Languages', value: orNotGiven(referral.childLanguages.join(', ')) },
            {
              label: 'Known to us',
              value: referral.childId ? (
                <a href={`/children/${referral.childId}`}>Their record with us</a>
              ) : (
                'No'
              ),
            },
            {
              label: 'Brothers and sisters',
              value:
                referral.siblingsCount === 0
                  ? 'Referred alone'
                  : `${referral.siblingsCount} referred with them, aged ${referral.siblingsAges.join(', ')}; ${
                      referral.siblingsTogether
                        ? 'they should live together'
                        : 'they may live apart'
                    }`,
            },
            {
              label: 'Only child in the home',
              value: referral.prefersOnlyChild ? 'Would do best as the only child' : 'No need',
            },
          ]}
        />
      </section>

      <section aria-labelledby="needs">
        <h2 id="needs">What the child needs</h2>
        {referral.needs.length === 0 ? (
          <p class="empty">No needs were ticked.</p>
        ) : (
          <ul>
            {referral.needs.map((code) => (
              <li key={code}>{needLabel(code)}</li>
            ))}
          </ul>
        )}
        {referral.needsSummary ? <p class="preserve-lines">{referral.needsSummary}</p> : null}
      </section>

      <section aria-labelledby="places">
        <h2 id="places">School and {context.terms.familyTime}</h2>
        <SummaryList
          rows={[
            { label: 'School', value: orNotGiven(referral.schoolName) },
            {
              label: 'School’s area',
              value: place(
                referral.schoolAreaName,
                referral.schoolLatitude,
                referral.schoolLongitude,
              ),
            },
            {
              label: capitalise(context.terms.familyTime),
              value: place(
                referral.familyTimeAreaName,
                referral.familyTimeLatitude,
                referral.familyTimeLongitude,
              ),
            },
            {
              label: 'Area the child must not live in',
              value: referral.avoidAreaName ? (
                <>
                  {referral.avoidAreaName} <Tag tone="safeguarding">Kept from carers</Tag>
                </>
              ) : (
                'None'
              ),
            },
          ]}
        />
      </section>

      <section aria-labelledby="social-worker">
        <h2 id="social-worker">The child’s social worker</h2>
        <SummaryList
          rows={[
            { label: 'Name', value: orNotGiven(referral.socialWorkerName) },
            {
              label: 'Email address',
              value: referral.socialWorkerEmail ? (
                <a href={`mailto:${referral.socialWorkerEmail}`}>{referral.socialWorkerEmail}</a>
              ) : (
                'Not given'
              ),
            },
            { label: 'Phone number', value: orNotGiven(referral.socialWorkerPhone) },
          ]}
        />
      </section>

      <section aria-labelledby="response">
        <h2 id="response">What the local authority has been told</h2>
        {referral.respondedAt ? (
          <>
            <p class="muted">Sent {at(referral.respondedAt)}</p>
            <p class="preserve-lines">{referral.response}</p>
          </>
        ) : (
          <p class="empty">Nothing yet.</p>
        )}
        {referral.placement ? (
          <p>
            Placed from {formatDate(referral.placement.startedOn, context.locale)} (
            {careTypeLabel(referral.placement.careType).toLowerCase()}). The local authority sees
            the date and the kind of care, never the household.
          </p>
        ) : null}
        {abilities.canManage ? (
          <p>
            <ButtonLink href={`/referrals/${referral.id}/respond`} variant="secondary">
              Reply to the local authority
            </ButtonLink>
          </p>
        ) : null}
      </section>

      {abilities.canSeeAuditTrail ? (
        <p>
          <a href={`/audit?recordType=referral&recordId=${referral.id}`}>
            Who has looked at this referral
          </a>
        </p>
      ) : null}
    </Page>
  );
}
