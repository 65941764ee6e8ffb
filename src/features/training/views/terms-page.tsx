import { Table } from '../../../core/ui/components/content.tsx';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { AreaTerms } from '../store.ts';
import { SESSIONS_PATH } from './paths.ts';
import { civilDateWords } from './words.ts';

const range = (startsOn: string, endsOn: string) =>
  startsOn === endsOn
    ? civilDateWords(startsOn)
    : `${civilDateWords(startsOn)} to ${civilDateWords(endsOn)}`;

/** Each area's school terms, with the half-terms and inset days when no session may run. */
export function TermsPage(props: { context: PageContext; areas: AreaTerms[] }) {
  return (
    <Page
      context={props.context}
      title="School term dates"
      beforeHeading={<Breadcrumbs items={[{ href: SESSIONS_PATH, label: 'Training sessions' }]} />}
    >
      <p>
        Each council sets its own term dates. Classroom sessions run only on school days in term,
        never in half-term or on a school training (inset) day.
      </p>
      {props.areas.map((area) => (
        <section key={area.id}>
          <h2>{area.name}</h2>
          <Table
            caption={`Terms in ${area.name}`}
            rows={area.terms}
            empty={`There are no term dates for ${area.name} yet.`}
            columns={[
              { heading: 'Term', cell: (term) => term.name },
              { heading: 'Dates', cell: (term) => range(term.startsOn, term.endsOn) },
            ]}
          />
          <Table
            caption={`Days the schools are shut in ${area.name}`}
            rows={area.excludedDates}
            empty="No half-terms or inset days are recorded."
            columns={[
              {
                heading: 'What',
                cell: (closure) => (closure.kind === 'half_term' ? 'Half-term' : 'Inset day'),
              },
              { heading: 'Dates', cell: (closure) => range(closure.startsOn, closure.endsOn) },
            ]}
          />
        </section>
      ))}
    </Page>
  );
}
