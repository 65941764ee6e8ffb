import { Table } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ageOn, formatInstant } from '../../../core/time/dates.ts';
import type { ChildFullRecord } from '../record-service.ts';
import { DECIDERS, DELEGATED_TOPICS } from '../relations-schemas.ts';
import { EditLink } from './child-care-sections.tsx';
import { childName } from './words.ts';

type Props = { context: PageContext; child: ChildFullRecord; knownAs: string };

/** Who decides, in words. */
export function decidedByLabel(value: string): string {
  return DECIDERS.find((each) => each.value === value)?.label ?? value;
}

/** Brothers and sisters, linked to their own records where the reader may open them. */
export function SiblingsSection({ context, child, knownAs }: Props) {
  return (
    <section aria-labelledby="siblings">
      <h2 id="siblings">Brothers and sisters</h2>
      {child.siblings.length === 0 ? (
        <p class="empty">No brothers or sisters are linked to {knownAs}’s record.</p>
      ) : (
        <ul class="list-plain">
          {child.siblings.map((sibling) => (
            <li key={sibling.id}>
              {sibling.isReadable ? (
                <a href={`/children/${sibling.id}`}>{childName(sibling)}</a>
              ) : (
                childName(sibling)
              )}
              , {ageOn(sibling.dateOfBirth, context.today)}
              <span class="muted">
                {' '}
                · Plan: {sibling.isPlacedTogetherPlanned ? 'live together' : 'live apart'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <EditLink
        href={`/children/${child.id}/siblings`}
        isShown={child.abilities.canEdit}
        label="Change brothers and sisters"
      />
    </section>
  );
}

/** The people who matter to the child. */
export function ImportantPeopleSection({ child, knownAs }: Props) {
  return (
    <section aria-labelledby="important-people">
      <h2 id="important-people">People who matter to {knownAs}</h2>
      {child.importantPeople.length === 0 ? (
        <p class="empty">No one is recorded yet.</p>
      ) : (
        <ul class="list-plain">
          {child.importantPeople.map((person) => (
            <li key={person.id}>
              <strong>{person.name}</strong>
              <span class="muted"> · {person.relationship}</span>
              {person.notes ? <p>{person.notes}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <EditLink
        href={`/children/${child.id}/people`}
        isShown={child.abilities.canEdit}
        label="Change the people who matter"
      />
    </section>
  );
}

/** Who decides what in the child's everyday life. */
export function DelegatedAuthoritySection({ child }: Props) {
  const rows = DELEGATED_TOPICS.map(({ topic, label }) => ({
    label,
    decision: child.delegatedAuthority.find((entry) => entry.topic === topic),
  }));
  return (
    <section aria-labelledby="delegated-authority">
      <h2 id="delegated-authority">Who decides what (delegated authority)</h2>
      <Table
        caption="Who decides each everyday matter"
        captionHidden
        rows={rows}
        columns={[
          { heading: 'Topic', cell: (row) => row.label },
          {
            heading: 'Who decides',
            cell: (row) =>
              row.decision ? decidedByLabel(row.decision.decidedBy) : 'Not agreed yet',
          },
          { heading: 'Notes', cell: (row) => row.decision?.notes ?? '' },
        ]}
      />
      <EditLink
        href={`/children/${child.id}/delegated-authority`}
        isShown={child.abilities.canEdit}
        label="Change who decides what"
      />
    </section>
  );
}

/** Households the child must never be matched with: for the staff who keep the record only. */
export function ExclusionsSection({ context, child, knownAs }: Props) {
  if (!child.exclusions) return null;
  return (
    <section aria-labelledby="exclusions">
      <h2 id="exclusions">Never to be matched with</h2>
      <p class="muted">Staff only: carers and families do not see this.</p>
      <Table
        caption={`Households ${knownAs} must never be matched with`}
        captionHidden
        rows={child.exclusions}
        empty="No households are excluded."
        columns={[
          { heading: 'Household', cell: (row) => row.householdName },
          { heading: 'Reason', cell: (row) => row.reason },
          {
            heading: 'Recorded',
            cell: (row) => formatInstant(row.recordedAt, context.timeZone, context.locale),
          },
        ]}
      />
      <EditLink
        href={`/children/${child.id}/exclusions`}
        isShown={child.abilities.canEdit}
        label="Change the households never to be matched with"
      />
    </section>
  );
}
