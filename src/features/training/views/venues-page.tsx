import { Breadcrumbs, Table } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { VenueRow } from '../store.ts';
import { editVenuePath, NEW_VENUE_PATH, SESSIONS_PATH } from './paths.ts';

/** The places classroom sessions are held, area by area, with how many each holds and its access. */
export function VenuesPage(props: { context: PageContext; venues: VenueRow[] }) {
  const areaNames = [...new Set(props.venues.map((venue) => venue.areaName))];
  return (
    <Page
      context={props.context}
      title="Training venues"
      beforeHeading={<Breadcrumbs items={[{ href: SESSIONS_PATH, label: 'Training sessions' }]} />}
    >
      <p>
        Where classroom sessions are held. A session in a venue keeps to its area’s term dates, and
        has no more places than the venue holds.
      </p>
      <ButtonLink href={NEW_VENUE_PATH}>Add a venue</ButtonLink>
      {areaNames.length === 0 ? <p class="empty">There are no venues yet.</p> : null}
      {areaNames.map((areaName) => (
        <section key={areaName}>
          <h2>{areaName}</h2>
          <Table
            caption={`Venues in ${areaName}`}
            captionHidden
            rows={props.venues.filter((venue) => venue.areaName === areaName)}
            columns={[
              {
                heading: 'Venue',
                cell: (venue) => (
                  <>
                    <a href={editVenuePath(venue.id)}>
                      {venue.name}
                      <span class="visually-hidden"> (change)</span>
                    </a>
                    <br />
                    {[venue.address, venue.postcode].filter(Boolean).join(', ')}
                  </>
                ),
              },
              { heading: 'Holds', isNumeric: true, cell: (venue) => venue.capacity },
              {
                heading: 'Accessibility',
                cell: (venue) => venue.accessibilityNotes || 'No notes yet',
              },
            ]}
          />
        </section>
      ))}
    </Page>
  );
}
