import {
  Breadcrumbs,
  NotificationBanner,
  SummaryList,
  Tag,
} from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { capitalise } from '../../../core/ui/terms.ts';
import { ageOn, formatDate } from '../../../core/time/dates.ts';
import { careTypeLabel, childName } from '../../children/index.ts';
import { HOUSEHOLD_RULES } from '../check-rules.ts';
import type { HouseholdRecord } from '../service.ts';
import { describeVacancies } from '../vacancies.ts';
import { MemberSections } from './member-sections.tsx';
import {
  ExcludedNeedsSection,
  FamilyLifeSection,
  SkillsSection,
  TermsSection,
} from './profile-sections.tsx';
import { careKindLabel, describeTerms, statusLabel, statusTone } from './words.ts';

/** A household's record: summary, address (for those who may know it), profile, people, support. */
export function HouseholdPage({
  context,
  household,
}: {
  context: PageContext;
  household: HouseholdRecord;
}) {
  return (
    <Page
      context={context}
      title={household.name}
      beforeHeading={<Breadcrumbs items={[{ href: '/households', label: 'Households' }]} />}
    >
      <ChecksBanner household={household} />
      <SummaryList
        rows={[
          { label: 'Reference', value: household.reference },
          {
            label: 'Status',
            value: <Tag tone={statusTone(household.status)}>{statusLabel(household.status)}</Tag>,
          },
          { label: 'Care', value: careKindLabel(household.careKind) },
          { label: 'Area', value: household.areaName ?? 'Not set' },
          {
            label: 'Approved on',
            value: household.approvedOn
              ? formatDate(household.approvedOn, context.locale)
              : 'Not approved yet',
          },
          { label: 'Terms of approval', value: describeTerms(household) },
          { label: 'Vacancies', value: describeVacancies(household.vacancies) },
        ]}
      />
      {household.abilities.canEdit ? (
        <p>
          <ButtonLink href={`/households/${household.id}/edit`} variant="secondary">
            Change the profile and terms
          </ButtonLink>
        </p>
      ) : null}

      {household.address ? (
        <section aria-labelledby="address">
          <h2 id="address">Address</h2>
          <p class="muted">
            Confidential: this address tells people where children live. Never share it with birth
            families.
          </p>
          <p>
            {household.address.line}
            <br />
            {household.address.town}
            <br />
            {household.address.postcode}
          </p>
          {household.address.phone ? <p>Phone: {household.address.phone}</p> : null}
          {household.position ? (
            <p class="muted">
              Map position, to about a kilometre: {household.position.latitude},{' '}
              {household.position.longitude}
            </p>
          ) : null}
        </section>
      ) : null}

      <TermsSection household={household} />
      <SkillsSection household={household} />
      <ExcludedNeedsSection household={household} />
      <FamilyLifeSection household={household} />
      <MemberSections context={context} household={household} />

      <section aria-labelledby="children-now">
        <h2 id="children-now">Children living here now</h2>
        {household.childrenNow.length === 0 ? (
          <p class="empty">No children are living here now.</p>
        ) : (
          <ul class="list-plain">
            {household.childrenNow.map((child) => (
              <li key={child.id}>
                <a href={`/children/${child.id}`}>{childName(child)}</a>,{' '}
                {ageOn(child.dateOfBirth, context.today)}
                <span class="muted">
                  {' '}
                  · {careTypeLabel(child.careType)}, since{' '}
                  {formatDate(child.startedOn, context.locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="worker">
        <h2 id="worker">{capitalise(context.terms.supervisingSocialWorker)}</h2>
        {household.workerName ? (
          <p>
            {household.workerName}
            {household.workerEmail ? (
              <>
                {' '}
                (<a href={`mailto:${household.workerEmail}`}>{household.workerEmail}</a>)
              </>
            ) : null}
          </p>
        ) : (
          <p>No {context.terms.supervisingSocialWorker} is allocated yet.</p>
        )}
        {household.abilities.canChangeWorker ? (
          <p>
            <a href={`/households/${household.id}/worker`}>
              {household.workerName ? 'Change' : 'Allocate'} the{' '}
              {context.terms.supervisingSocialWorker}
            </a>
          </p>
        ) : null}
      </section>

      {household.abilities.canSeeAuditTrail ? (
        <p>
          <a href={`/audit?recordType=household&recordId=${household.id}`}>
            Who has looked at this household’s record
          </a>
        </p>
      ) : null}
    </Page>
  );
}

// What needs doing about checks comes first on the record.
function ChecksBanner({ household }: { household: HouseholdRecord }) {
  const { overdue, dueSoon } = household.checksToRenew;
  if (overdue === 0 && dueSoon === 0) return null;
  const parts = [
    ...(overdue > 0 ? [`${overdue} ${overdue === 1 ? 'check is' : 'checks are'} overdue`] : []),
    ...(dueSoon > 0
      ? [
          `${dueSoon} ${dueSoon === 1 ? 'check is' : 'checks are'} due within ${HOUSEHOLD_RULES.checks.dueSoonDays} days`,
        ]
      : []),
  ];
  return (
    <NotificationBanner kind="warning" title="Checks to renew">
      <p>{parts.join('; ')}. See the checks under each person below.</p>
    </NotificationBanner>
  );
}
