// The checks on everyone old enough in the agency's households: DBS renewed every three years
// (so a few are due soon and one is overdue, for the supervising social workers to chase),
// medicals, references and local authority checks from the carers' assessment.
import { defaultRenewBy, type CheckKind } from '../households/index.ts';
import type { Draft, Home } from './draft.ts';
import type { Featured } from './featured.ts';
import type { Staff } from './staff.ts';

const ADULT = 18;
// About three years: a DBS check done this long ago falls due within the next few weeks.
const DUE_SOON_DAYS_AGO: readonly [number, number] = [1045, 1085];
const OVERDUE_DAYS_AGO = 1120;
const MORE_DUE_SOON = 3;

type Member = Home['members'][number];

/** Records the checks on every carer and adult in homes that have been approved. */
export function addMemberChecks(draft: Draft, staff: Staff, featured: Featured): void {
  const homes = draft.homes.filter((home) => home.household.status !== 'applicant');
  const timing = chooseRenewals(draft, homes, staff, featured);
  for (const home of homes) {
    for (const member of home.members) {
      if (member.role !== 'carer' && member.age < ADULT) continue;
      addChecksFor(draft, home, member, staff, timing.get(member.id));
    }
  }
}

// Jess Okafor's DBS is due soon, as are a few others'; one carer in a home the featured worker
// supervises is overdue. Only households approved long enough ago are on their second check.
function chooseRenewals(draft: Draft, homes: Home[], staff: Staff, featured: Featured) {
  const timing = new Map<string, 'due_soon' | 'overdue'>();
  const longApproved = (home: Home) => (home.approvedDaysAgo ?? 0) > OVERDUE_DAYS_AGO + 60;
  const jess = featured.fosterHome.members.filter((member) => member.role === 'carer')[1];
  if (jess) timing.set(jess.id, 'due_soon');
  const featuredHomes = new Set([featured.fosterHome, featured.teenHome, featured.kinshipHome]);
  const others = homes.filter((home) => !featuredHomes.has(home) && longApproved(home));
  const overdueHome = others.find(
    (home) =>
      home.household.status === 'approved' &&
      home.household.supervisingWorkerId === staff.workers[0].id,
  );
  const overdueCarer = overdueHome?.members.find((member) => member.role === 'carer');
  if (overdueCarer) timing.set(overdueCarer.id, 'overdue');
  const carers = others.flatMap((home) => home.members.filter((member) => member.role === 'carer'));
  const candidates = carers.filter((member) => !timing.has(member.id));
  for (const member of draft.random.shuffle(candidates).slice(0, MORE_DUE_SOON)) {
    timing.set(member.id, 'due_soon');
  }
  return timing;
}

function addChecksFor(
  draft: Draft,
  home: Home,
  member: Member,
  staff: Staff,
  renewal: 'due_soon' | 'overdue' | undefined,
): void {
  const { random } = draft;
  const approved = home.approvedDaysAgo ?? 60;
  const dbsDaysAgo =
    renewal === 'overdue'
      ? OVERDUE_DAYS_AGO + random.int(0, 20)
      : renewal === 'due_soon'
        ? random.int(...DUE_SOON_DAYS_AGO)
        : random.int(30, Math.min(1000, approved + 60));
  const assessed = approved + random.int(30, 90);
  const kinds: Array<[CheckKind, number]> =
    member.role === 'carer'
      ? [
          ['dbs', dbsDaysAgo],
          ['medical', assessed],
          ['reference', assessed + random.int(5, 30)],
          ['local_authority', assessed + random.int(5, 30)],
        ]
      : [
          ['dbs', dbsDaysAgo],
          ['local_authority', assessed],
        ];
  const recordedBy = home.household.supervisingWorkerId ?? staff.manager.id;
  for (const [kind, daysAgo] of kinds) {
    const completedOn = draft.calendar.daysAgo(daysAgo);
    draft.agency.memberChecks.push({
      id: random.uuid(),
      memberId: member.id,
      kind,
      completedOn,
      renewBy: defaultRenewBy(kind, completedOn),
      outcome: 'clear',
      notes: '',
      recordedBy,
      recordedAt: draft.calendar.instantDaysAgo(daysAgo),
    });
  }
}
