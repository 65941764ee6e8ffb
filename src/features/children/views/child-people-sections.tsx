import { isCarer, isStaff, type Role } from '../../../core/access/roles.ts';
import { Table } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ageOn, formatInstant } from '../../../core/time/dates.ts';
import type { ChildFullRecord } from '../record-service.ts';
import { DECIDERS, DELEGATED_TOPICS } from '../relations-schemas.ts';
import { isConnectionVisible, type Viewer } from '../../belonging/visibility.ts';
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

// How many people the record names before pointing to the map for the rest.
const PEOPLE_SHOWN = 6;

/** The people who matter to the child, in brief, as far as this reader may see them. */
export function ImportantPeopleSection({ context, child, knownAs }: Props) {
  const viewer = viewerOfRole(context.actor?.role);
  // The store already leaves out anyone flagged or waiting; the shared rule is applied as well, so
  // this summary can never show more than the map would.
  const people = child.importantPeople.filter((person) => isConnectionVisible(viewer, '', person));
  const shown = people.slice(0, PEOPLE_SHOWN);
  const more = people.length - shown.length;
  return (
    <section aria-labelledby="important-people">
      <h2 id="important-people">People who matter to {knownAs}</h2>
      {people.length === 0 ? (
        <p class="empty">No one is on {knownAs}’s map yet.</p>
      ) : (
        <ul class="list-plain">
          {shown.map((person) => (
            <li key={person.id}>
              <strong>{person.name}</strong>
              <span class="muted"> · {person.relationship}</span>
            </li>
          ))}
          {more > 0 ? <li class="muted">and {more === 1 ? '1 more' : `${more} more`}</li> : null}
        </ul>
      )}
      <p>
        <a href={`/children/${child.id}/people`}>See all of {knownAs}’s people</a>
      </p>
    </section>
  );
}

// The child's record is read by staff and carers; anyone else is treated as a birth parent,
// who sees the least.
function viewerOfRole(role: Role | undefined): Viewer {
  if (role && isStaff(role)) return 'staff';
  if (role && isCarer(role)) return 'carer';
  return role === 'young_person' ? 'young_person' : 'birth_parent';
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
