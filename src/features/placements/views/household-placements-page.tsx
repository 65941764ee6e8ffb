import { formatDate } from '../../../core/time/dates.ts';
import { Breadcrumbs, Table } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { careTypeLabel } from '../../children/index.ts';
import type { HouseholdChild, HouseholdPlacements } from '../household-service.ts';
import { endingWords, endReasonLabel } from '../words.ts';

function ChildCell({ row }: { row: HouseholdChild }) {
  return row.child ? (
    <a href={`/children/${row.child.id}/placements`}>{row.child.name}</a>
  ) : (
    <>A child</>
  );
}

/** The children a household cares for now and cared for before, and how their time there ended. */
export function HouseholdPlacementsPage(props: {
  context: PageContext;
  page: HouseholdPlacements;
}) {
  const { context, page } = props;
  const locale = context.locale;
  const date = (value: string | null) => formatDate(value, locale);
  return (
    <Page
      context={context}
      title={`Children cared for: ${page.household.name}`}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/households', label: 'Households' },
            { href: `/households/${page.household.id}`, label: page.household.name },
          ]}
        />
      }
    >
      <h2 class="heading-l">Living there now</h2>
      <Table
        caption="Children living in this household now"
        captionHidden
        rows={page.livingThereNow}
        empty="No children live in this household now."
        columns={[
          { heading: 'Child', cell: (row) => <ChildCell row={row} /> },
          { heading: 'Care', cell: (row) => careTypeLabel(row.careType) },
          { heading: 'Since', cell: (row) => date(row.startedOn) },
        ]}
      />

      <h2 class="heading-l">Lived there before</h2>
      <Table
        caption="Children who lived in this household before, the most recent first"
        captionHidden
        rows={page.livedThereBefore}
        empty="No child has left this household yet."
        columns={[
          { heading: 'Child', cell: (row) => <ChildCell row={row} /> },
          { heading: 'Care', cell: (row) => careTypeLabel(row.careType) },
          { heading: 'From', cell: (row) => date(row.startedOn) },
          { heading: 'To', cell: (row) => date(row.endedOn) },
          {
            heading: 'Why it ended',
            cell: (row) => (row.ending ? endingWords(row.ending.kind, row.ending.notes) : '–'),
          },
        ]}
      />

      <h2 class="heading-l">How placements here ended</h2>
      <Table
        caption="Placements in this household that have ended, by why"
        captionHidden
        rows={page.endings}
        empty="No placement here has ended yet."
        columns={[
          { heading: 'Why it ended', cell: (row) => endReasonLabel(row.kind) },
          { heading: 'Placements', cell: (row) => row.count, isNumeric: true },
        ]}
      />
    </Page>
  );
}
