import { Breadcrumbs, Table } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { AreaTerms } from '../store.ts';
import {
  newClosurePath,
  newTermPath,
  removeClosurePath,
  removeTermPath,
  SESSIONS_PATH,
  TERMS_IMPORT_PATH,
} from './paths.ts';
import { dateRangeWords as range } from './remove-dates-page.tsx';

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
      <ButtonLink href={TERMS_IMPORT_PATH}>Import term dates from a file</ButtonLink>
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
              {
                heading: 'Change',
                cell: (term) => (
                  <a href={removeTermPath(term.id)}>
                    Remove<span class="visually-hidden"> {term.name}</span>
                  </a>
                ),
              },
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
              {
                heading: 'Change',
                cell: (closure) => (
                  <a href={removeClosurePath(closure.id)}>
                    Remove
                    <span class="visually-hidden">
                      {' '}
                      the {closure.kind === 'half_term' ? 'half-term' : 'inset day'} from{' '}
                      {range(closure.startsOn, closure.endsOn)}
                    </span>
                  </a>
                ),
              },
            ]}
          />
          <ul class="list-plain">
            <li>
              <a href={newTermPath(area.id)}>Add a term for {area.name}</a>
            </li>
            <li>
              <a href={newClosurePath(area.id)}>Add a half-term or inset day for {area.name}</a>
            </li>
            <li>
              <a href={`${TERMS_IMPORT_PATH}?area=${area.id}`}>
                Import {area.name}’s term dates from a file
              </a>
            </li>
          </ul>
        </section>
      ))}
    </Page>
  );
}
