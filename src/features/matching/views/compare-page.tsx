import type { ComponentChildren } from 'preact';
import { Breadcrumbs, Tag } from '../../../core/ui/components/content.tsx';
import { Button, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { kmBetween } from '../distance.ts';
import { FACTOR_WORDS, FACTORS } from '../factors.ts';
import type { Comparison } from '../matching-service.ts';
import { AGE_FROM_WHEN_OPEN, AGE_TO_WHEN_OPEN } from '../hard-rules.ts';
import type { RankedHousehold } from '../ranking.ts';
import { careWords, formatKm, formatPoints, listWords, shortNeeds } from '../words.ts';
import { DecisionSupportNote, OfferTag, ShareButton } from './matches-page.tsx';
import { matchesPath, shortlistPath } from './paths.ts';

type Row = { label: string; cell: (entry: RankedHousehold) => ComponentChildren };

function km(value: number | null): string {
  if (value === null) return 'Not known';
  return value < 1 ? 'Less than 1 km' : `About ${formatKm(value)} km`;
}

/** Two or three households side by side: each factor, the terms of approval, distances, skills. */
export function ComparePage(props: { context: PageContext; comparison: Comparison }) {
  const { context, comparison } = props;
  const { referral, child, entries } = comparison;
  const offerFor = new Map(comparison.offers.map((offer) => [offer.householdId, offer]));
  const rows: Row[] = [
    { label: 'Rank', cell: (entry) => String(entry.rank) },
    { label: 'Score', cell: (entry) => `${Math.round(entry.score.total)} out of 100` },
    ...FACTORS.map((factor, index) => ({
      label: FACTOR_WORDS[factor].name,
      cell: (entry: RankedHousehold) => {
        const score = entry.score.factors[index]!;
        return (
          <>
            <strong>
              {formatPoints(score.points)} of {formatPoints(score.maxPoints)}
            </strong>
            <br />
            {score.sentence}
          </>
        );
      },
    })),
    { label: 'Area', cell: (entry) => entry.candidate.areaName ?? 'No area recorded' },
    {
      label: 'Approved for',
      cell: (entry) =>
        entry.candidate.terms.careTypes.length > 0
          ? entry.candidate.terms.careTypes.map(careWords).join(', ')
          : 'No kinds of care recorded',
    },
    {
      label: 'Ages',
      cell: (entry) =>
        `${entry.candidate.terms.ageFrom ?? AGE_FROM_WHEN_OPEN}–${entry.candidate.terms.ageTo ?? AGE_TO_WHEN_OPEN}`,
    },
    {
      label: 'Places',
      cell: (entry) => {
        const terms = entry.candidate.terms;
        const places = terms.maxChildren ?? 0;
        return `${places - terms.childrenNow} of ${places} free`;
      },
    },
    {
      label: 'Brothers and sisters together',
      cell: (entry) => `Up to ${entry.candidate.terms.siblingGroupMax}`,
    },
    {
      label: 'Distance to school',
      cell: (entry) => km(kmBetween(entry.candidate.profile.spot, child.school)),
    },
    {
      label: 'Distance to family time',
      cell: (entry) => km(kmBetween(entry.candidate.profile.spot, child.familyTime)),
    },
    {
      label: 'Languages',
      cell: (entry) => entry.candidate.profile.languages.join(', ') || 'Not recorded',
    },
    {
      label: 'Skills',
      cell: (entry) => shortNeeds(entry.candidate.profile.skills) || 'None recorded',
    },
    {
      label: 'Children living there',
      cell: (entry) => {
        const ages = [...entry.candidate.profile.childrenAges].sort((a, b) => a - b);
        return ages.length === 0
          ? 'None'
          : `${ages.length} (${ages.length === 1 ? 'age' : 'ages'} ${listWords(ages)})`;
      },
    },
    {
      label: 'Asked',
      cell: (entry) => <OfferTag offer={offerFor.get(entry.candidate.id)} />,
    },
    {
      label: 'Next',
      cell: (entry) => {
        if (!comparison.isOpen) return '';
        const household = entry.candidate;
        return (
          <>
            {offerFor.has(household.id) ? null : (
              <ShareButton
                referralId={referral.id}
                householdId={household.id}
                csrfToken={context.csrfToken}
                name={household.name}
              />
            )}
            {comparison.shortlistedIds.includes(household.id) ? (
              <Tag tone="info">On the shortlist</Tag>
            ) : (
              <Form action={shortlistPath(referral.id)} csrfToken={context.csrfToken}>
                <input type="hidden" name="householdId" value={household.id} />
                <Button variant="secondary">
                  Add to the shortlist<span class="visually-hidden">: {household.name}</span>
                </Button>
              </Form>
            )}
          </>
        );
      },
    },
  ];
  const title = `Compare homes for ${child.firstName}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={`${title} (${referral.reference})`}
      beforeHeading={
        <Breadcrumbs
          items={[{ href: matchesPath(referral.id), label: `Homes for ${child.firstName}` }]}
        />
      }
    >
      <DecisionSupportNote />
      <div class="table-wrap" role="region" aria-label={title} tabIndex={0}>
        <table class="table">
          <caption class="table__caption">
            {entries.length} households side by side, in their ranked order
          </caption>
          <thead>
            <tr>
              <td />
              {entries.map((entry) => (
                <th scope="col" key={entry.candidate.id}>
                  {entry.candidate.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {entries.map((entry) => (
                  <td key={entry.candidate.id}>{row.cell(entry)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={matchesPath(referral.id)}>Back to all the homes for {child.firstName}</a>
      </p>
    </Page>
  );
}
