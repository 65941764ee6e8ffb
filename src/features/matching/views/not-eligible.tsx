import { Table } from '../../../core/ui/components/content.tsx';
import type { RuleKind } from '../hard-rules.ts';
import type { NotEligible } from '../rank-referral.ts';
import type { MatchChild } from '../ranking.ts';
import { careWords } from '../words.ts';

const RULE_ORDER: RuleKind[] = [
  'vacancy',
  'care_type',
  'age',
  'siblings',
  'excluded_need',
  'exclusion',
  'avoid_area',
  'status',
];

/** "41 have no vacancy": how many households one rule turned away, in words. */
export function ruleGroupWords(kind: RuleKind, count: number, child: MatchChild): string {
  const one = count === 1;
  const verb = (singular: string, plural: string) => (one ? singular : plural);
  switch (kind) {
    case 'vacancy':
      return `${count} ${verb('has', 'have')} no vacancy for ${child.groupSize === 1 ? 'a child' : `${child.groupSize} children`}`;
    case 'care_type':
      return `${count} ${verb('is', 'are')} not approved for ${careWords(child.careType)}`;
    case 'age':
      return `${count} ${verb('is', 'are')} not approved for ${child.groupSize > 1 ? 'the children’s ages' : `${child.firstName}’s age`}`;
    case 'siblings':
      return `${count} ${verb('is', 'are')} not approved for ${child.groupSize} brothers and sisters together`;
    case 'excluded_need':
      return `${count} cannot be matched with ${child.firstName}’s needs, for safeguarding`;
    case 'exclusion':
      return `${count} must not be matched with ${child.firstName} (recorded exclusion)`;
    case 'avoid_area':
      return `${count} ${verb('lives', 'live')} in the area ${child.firstName} must be kept away from`;
    case 'status':
      return `${count} ${verb('is', 'are')} not approved at the moment (applying, on hold or resigned)`;
  }
}

/** The households that cannot be matched: counted by reason, then listed with their reasons. */
export function NotEligibleSection(props: { notEligible: NotEligible; child: MatchChild }) {
  const { notEligible, child } = props;
  if (notEligible.total === 0) {
    return (
      <section aria-labelledby="not-eligible">
        <h2 class="heading-l" id="not-eligible">
          Not eligible
        </h2>
        <p>Every household fits the terms of approval for {child.firstName}.</p>
      </section>
    );
  }
  const unlisted = notEligible.total - notEligible.listed.length;
  return (
    <section aria-labelledby="not-eligible">
      <h2 class="heading-l" id="not-eligible">
        Not eligible
      </h2>
      <p>
        {notEligible.total} {notEligible.total === 1 ? 'household cannot' : 'households cannot'} be
        matched with {child.firstName}:
      </p>
      <ul>
        {RULE_ORDER.filter((kind) => notEligible.byRule.has(kind)).map((kind) => (
          <li key={kind}>{ruleGroupWords(kind, notEligible.byRule.get(kind)!, child)}</li>
        ))}
      </ul>
      <p class="muted">A household may have more than one reason, so these can add up to more.</p>
      <details>
        <summary>See the households and their reasons</summary>
        <Table
          caption={`Households that cannot be matched with ${child.firstName}`}
          columns={[
            {
              heading: 'Household',
              cell: (row) => `${row.candidate.name} (${row.candidate.reference})`,
            },
            { heading: 'Area', cell: (row) => row.candidate.areaName ?? 'No area' },
            {
              heading: 'Why not',
              cell: (row) =>
                row.reasons.length === 0 ? (
                  'Does not fit the terms of approval'
                ) : (
                  <ul class="list-plain">
                    {row.reasons.map((reason) => (
                      <li key={reason.text}>{reason.text}</li>
                    ))}
                  </ul>
                ),
            },
          ]}
          rows={notEligible.listed}
        />
        {unlisted > 0 ? (
          <p class="muted">
            The first {notEligible.listed.length} by reference are listed; {unlisted} more are
            counted above.
          </p>
        ) : null}
      </details>
    </section>
  );
}
