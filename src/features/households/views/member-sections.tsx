import { Table, Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ageOn, formatDate } from '../../../core/time/dates.ts';
import { HOUSEHOLD_RULES } from '../check-rules.ts';
import type { HouseholdRecord } from '../service.ts';
import { checkKindLabel, memberRoleLabel, outcomeLabel, standingTag } from './words.ts';

type Member = HouseholdRecord['members'][number];

/** The carers, then everyone else living in the home, each with their latest checks. */
export function MemberSections(props: { context: PageContext; household: HouseholdRecord }) {
  const { context, household } = props;
  const carers = household.members.filter((member) => member.memberRole === 'carer');
  const others = household.members.filter((member) => member.memberRole !== 'carer');
  const canEdit = household.abilities.canEdit;
  return (
    <>
      <section aria-labelledby="carers">
        <h2 id="carers">Carers</h2>
        {carers.length === 0 ? (
          <p class="empty">No carers are recorded yet.</p>
        ) : (
          <ul class="list-plain">
            {carers.map((member) => (
              <MemberItem
                key={member.id}
                context={context}
                householdId={household.id}
                member={member}
                canEdit={canEdit}
              />
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
              <MemberItem
                key={member.id}
                context={context}
                householdId={household.id}
                member={member}
                canEdit={canEdit}
              />
            ))}
          </ul>
        )}
        {canEdit ? (
          <p>
            <a href={`/households/${household.id}/members/new`}>Add someone to the household</a>
          </p>
        ) : null}
        <p class="muted">
          Why checks fall due: {HOUSEHOLD_RULES.checks.citation} ({HOUSEHOLD_RULES.checks.source}).
        </p>
      </section>
    </>
  );
}

function MemberItem(props: {
  context: PageContext;
  householdId: string;
  member: Member;
  canEdit: boolean;
}) {
  const { context, member } = props;
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <li>
      <p>
        <strong>{name}</strong>
        {member.memberRole === 'carer' ? null : (
          <span class="muted">
            {' '}
            · {memberRoleLabel(member.memberRole)}
            {member.dateOfBirth ? `, aged ${ageOn(member.dateOfBirth, context.today)}` : ''}
          </span>
        )}
      </p>
      <Table
        caption={`Checks on ${name}`}
        captionHidden
        rows={member.checks}
        empty={`No checks are recorded for ${member.firstName} yet.`}
        columns={[
          { heading: 'Check', cell: (check) => checkKindLabel(check.kind) },
          { heading: 'Done on', cell: (check) => formatDate(check.completedOn, context.locale) },
          {
            heading: 'Renew by',
            cell: (check) =>
              check.renewBy ? formatDate(check.renewBy, context.locale) : 'Not set',
          },
          ...(props.canEdit
            ? [
                {
                  heading: 'Outcome',
                  cell: (check: Member['checks'][number]) =>
                    check.outcome ? outcomeLabel(check.outcome) : '',
                },
              ]
            : []),
          {
            heading: 'Status',
            cell: (check) => {
              const tag = standingTag(check.standing);
              return <Tag tone={tag.tone}>{tag.label}</Tag>;
            },
          },
        ]}
      />
      {props.canEdit ? (
        <p>
          <a href={`/households/${props.householdId}/members/${member.id}/checks/new`}>
            Record a check<span class="visually-hidden"> for {name}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}
