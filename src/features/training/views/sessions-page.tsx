import { Tag, Table } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { CATCH_UPS_PATH, NEW_SESSION_PATH, sessionPath, TERMS_PATH } from './paths.ts';
import { sessionTimeWords } from './words.ts';

/** A session as the list shows it. */
export type SessionListing = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  isCatchUp: boolean;
  courseTitle: string;
  venueName: string;
  areaName: string;
  trainerName: string | null;
};

/** Upcoming classroom sessions, one table per area. */
export function SessionsPage(props: { context: PageContext; sessions: SessionListing[] }) {
  const areaNames = [...new Set(props.sessions.map((session) => session.areaName))];
  return (
    <Page context={props.context} title="Training sessions">
      <p>
        Classroom sessions that have not happened yet. They run on school days in each area’s term,
        between 10am and 2pm. <a href={TERMS_PATH}>See each area’s term dates</a>, or{' '}
        <a href={CATCH_UPS_PATH}>the carers waiting for a catch-up</a>.
      </p>
      <ButtonLink href={NEW_SESSION_PATH}>Add a session</ButtonLink>
      {areaNames.length === 0 ? <p class="empty">There are no sessions coming up.</p> : null}
      {areaNames.map((areaName) => (
        <section key={areaName}>
          <h2>{areaName}</h2>
          <Table
            caption={`Sessions in ${areaName}`}
            captionHidden
            rows={props.sessions.filter((session) => session.areaName === areaName)}
            columns={[
              {
                heading: 'Course',
                cell: (session) => (
                  <>
                    <a href={sessionPath(session.id)}>{session.courseTitle}</a>{' '}
                    {session.isCatchUp ? <Tag tone="info">Catch-up</Tag> : null}
                  </>
                ),
              },
              {
                heading: 'When',
                cell: (session) =>
                  sessionTimeWords(session.startsAt, session.endsAt, props.context.timeZone),
              },
              { heading: 'Venue', cell: (session) => session.venueName },
              { heading: 'Trainer', cell: (session) => session.trainerName ?? 'Not yet chosen' },
              { heading: 'Places', isNumeric: true, cell: (session) => session.capacity },
            ]}
          />
        </section>
      ))}
    </Page>
  );
}
