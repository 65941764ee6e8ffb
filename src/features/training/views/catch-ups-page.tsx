import { DateTime } from 'luxon';
import { Breadcrumbs, Table } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { listUnmetDemand } from '../session-places.ts';
import { NEW_SESSION_PATH, SESSIONS_PATH } from './paths.ts';

/** Catch-ups wanted, by course and area. */
export type Demand = Awaited<ReturnType<typeof listUnmetDemand>>;

/** Where the new-session form opens ready for a catch-up of this course in this area. */
export function newCatchUpPath(row: { courseId: string; venueId: string | null }): string {
  const query = new URLSearchParams({ courseId: row.courseId, catchUp: 'yes' });
  if (row.venueId) query.set('venueId', row.venueId);
  return `${NEW_SESSION_PATH}?${query.toString()}`;
}

/** Carers who missed a course and are waiting for a catch-up session that does not exist yet. */
export function CatchUpsPage(props: { context: PageContext; demand: Demand }) {
  const { context } = props;
  return (
    <Page
      context={context}
      title="Catch-ups wanted"
      beforeHeading={<Breadcrumbs items={[{ href: SESSIONS_PATH, label: 'Training sessions' }]} />}
    >
      <p>
        Carers who missed a course they need (absent, or cancelled within 48 hours) are offered the
        next session with a free place. These are waiting because there was none. When you add a
        catch-up session of the course, they are offered it straight away, nearest first.
      </p>
      <Table
        caption="Carers waiting for a catch-up session, by course and area"
        rows={props.demand}
        empty="Nobody is waiting for a catch-up session."
        columns={[
          { heading: 'Course', cell: (row) => row.courseTitle },
          { heading: 'Area', cell: (row) => row.areaName ?? 'No area' },
          { heading: 'Carers waiting', isNumeric: true, cell: (row) => row.carers },
          {
            heading: 'Waiting since',
            cell: (row) =>
              DateTime.fromJSDate(row.waitingSince, { zone: context.timeZone }).toFormat(
                'd LLLL yyyy',
              ),
          },
          {
            heading: 'Arrange',
            cell: (row) => (
              <a class="button button--secondary" href={newCatchUpPath(row)}>
                Create a catch-up session
                <span class="visually-hidden">
                  {' '}
                  of {row.courseTitle}
                  {row.areaName ? ` in ${row.areaName}` : ''}
                </span>
              </a>
            ),
          },
        ]}
      />
    </Page>
  );
}
