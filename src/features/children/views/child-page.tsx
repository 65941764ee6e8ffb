import { Breadcrumbs, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ageOn, formatDate } from '../../../core/time/dates.ts';
import type { ChildFullRecord } from '../record-service.ts';
import type { HomeHousehold } from '../service.ts';
import {
  NeedsSection,
  SchoolAndHealthSection,
  SocialWorkerSection,
} from './child-care-sections.tsx';
import {
  DelegatedAuthoritySection,
  ExclusionsSection,
  ImportantPeopleSection,
  SiblingsSection,
} from './child-people-sections.tsx';
import { ChildTabs } from './child-tabs.tsx';
import { careTypeLabel, childName, orNotRecorded, relationshipLabel } from './words.ts';

/** A child's whole record: who they are, what they need, the people around them, their homes. */
export function ChildPage({ context, child }: { context: PageContext; child: ChildFullRecord }) {
  const knownAs = child.preferredName ?? child.firstName;
  const canEdit = child.abilities.canEdit;
  const sectionProps = { context, child, knownAs };
  return (
    <Page
      context={context}
      title={childName(child)}
      beforeHeading={<Breadcrumbs items={[{ href: '/children', label: 'Children' }]} />}
    >
      <ChildTabs childId={child.id} current="about" />
      {child.hasPhoto ? (
        <p>
          <img src={`/children/${child.id}/photo`} alt={`Photo of ${knownAs}`} width={160} />
        </p>
      ) : null}
      {canEdit ? (
        <p>
          <a href={`/children/${child.id}/edit`}>Change {knownAs}’s details</a> ·{' '}
          <a href={`/children/${child.id}/photo/edit`}>
            {child.hasPhoto ? 'Change the photo' : 'Add a photo'}
          </a>
        </p>
      ) : null}
      <SummaryList
        rows={[
          { label: 'First name', value: child.firstName },
          ...(child.preferredName ? [{ label: 'Known as', value: child.preferredName }] : []),
          { label: 'Last name', value: child.lastName },
          { label: 'Date of birth', value: formatDate(child.dateOfBirth, context.locale) },
          { label: 'Age', value: String(ageOn(child.dateOfBirth, context.today)) },
          { label: 'Gender', value: orNotRecorded(child.gender) },
          { label: 'Ethnicity', value: orNotRecorded(child.ethnicity) },
          { label: 'Faith', value: orNotRecorded(child.faith) },
          { label: 'Languages', value: orNotRecorded(child.languages.join(', ')) },
          {
            label: 'Culture and heritage',
            value: child.cultureNotes ? (
              <span class="preserve-lines">{child.cultureNotes}</span>
            ) : (
              'Not recorded'
            ),
          },
          { label: 'Legal status', value: orNotRecorded(child.legalStatus) },
          { label: 'Placing authority', value: orNotRecorded(child.placingAuthority) },
        ]}
      />

      <section aria-labelledby="home-now">
        <h2 id="home-now">Where {knownAs} lives now</h2>
        {child.home ? (
          <SummaryList
            rows={[
              { label: 'Household', value: <HouseholdName household={child.home.household} /> },
              { label: 'Since', value: formatDate(child.home.startedOn, context.locale) },
              { label: 'Care', value: careTypeLabel(child.home.careType) },
            ]}
          />
        ) : (
          <p>{knownAs} is not living with one of our households now.</p>
        )}
      </section>

      <NeedsSection {...sectionProps} />
      <SocialWorkerSection {...sectionProps} />
      <SchoolAndHealthSection {...sectionProps} />
      <SiblingsSection {...sectionProps} />
      <ImportantPeopleSection {...sectionProps} />
      <DelegatedAuthoritySection {...sectionProps} />
      <ExclusionsSection {...sectionProps} />

      <section aria-labelledby="homes">
        <h2 id="homes">Homes with us so far</h2>
        {child.homes.length === 0 ? (
          <p class="empty">No homes are recorded yet.</p>
        ) : (
          <ol class="list-plain" aria-label={`Homes, the most recent first`}>
            {child.homes.map((home) => (
              <li key={home.id}>
                <p>
                  <strong>
                    {formatDate(home.startedOn, context.locale)} to{' '}
                    {home.endedOn ? formatDate(home.endedOn, context.locale) : 'now'}
                  </strong>{' '}
                  {home.endedOn ? null : <Tag tone="good">Living here now</Tag>}
                </p>
                <p>
                  <HouseholdName household={home.household} /> · {careTypeLabel(home.careType)}
                  {home.endReason ? (
                    <span class="muted"> · Why it ended: {home.endReason}</span>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="birth-family">
        <h2 id="birth-family">Birth family</h2>
        {child.birthParents.length === 0 ? (
          <p class="empty">No birth parents are linked to {knownAs}’s record.</p>
        ) : (
          <ul class="list-plain">
            {child.birthParents.map((parent) => (
              <li key={parent.id}>
                {parent.name}
                <span class="muted"> · {relationshipLabel(parent.relationship)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {child.abilities.canSeeAuditTrail ? (
        <p>
          <a href={`/audit?recordType=child&recordId=${child.id}`}>
            Who has looked at {knownAs}’s record
          </a>
        </p>
      ) : null}
    </Page>
  );
}

function HouseholdName({ household }: { household: HomeHousehold }) {
  return household ? (
    <a href={`/households/${household.id}`}>{household.name}</a>
  ) : (
    <>Another household</>
  );
}
