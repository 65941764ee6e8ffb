import { Breadcrumbs, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { capitalise } from '../../../core/ui/terms.ts';
import { ageOn, formatDate } from '../../../core/time/dates.ts';
import { careTypeLabel, childName } from '../../children/index.ts';
import type { HouseholdRecord } from '../service.ts';
import { careKindLabel, describeTerms, memberRoleLabel, statusLabel, statusTone } from './words.ts';

/** A household's record: summary, address (for those who may know it), who lives there, support. */
export function HouseholdPage({
  context,
  household,
}: {
  context: PageContext;
  household: HouseholdRecord;
}) {
  const carers = household.members.filter((member) => member.memberRole === 'carer');
  const others = household.members.filter((member) => member.memberRole !== 'carer');
  return (
    <Page
      context={context}
      title={household.name}
      beforeHeading={<Breadcrumbs items={[{ href: '/households', label: 'Households' }]} />}
    >
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
        ]}
      />

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
        </section>
      ) : null}

      <section aria-labelledby="carers">
        <h2 id="carers">Carers</h2>
        {carers.length === 0 ? (
          <p class="empty">No carers are recorded yet.</p>
        ) : (
          <ul class="list-plain">
            {carers.map((member) => (
              <li key={member.id}>{`${member.firstName} ${member.lastName}`}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="others">
        <h2 id="others">Others living here</h2>
        {others.length === 0 ? (
          <p class="empty">No one else is recorded as living here.</p>
        ) : (
          <ul class="list-plain">
            {others.map((member) => (
              <li key={member.id}>
                {`${member.firstName} ${member.lastName}`}
                <span class="muted">
                  {' '}
                  · {memberRoleLabel(member.memberRole)}
                  {member.dateOfBirth ? `, aged ${ageOn(member.dateOfBirth, context.today)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

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
