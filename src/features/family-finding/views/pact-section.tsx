import { formatDate } from '../../../core/time/dates.ts';
import { SummaryList } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { Connection } from '../../belonging/connection-store.ts';
import { commitmentLabel } from '../commitments.ts';
import type { PersonView } from '../person-service.ts';
import { pactPath } from './paths.ts';

/** The person's permanency pact on their page, or how to record one, or why none can be. */
export function PactSection({ view, context }: { view: PersonView; context: PageContext }) {
  const { child, person } = view;
  const href = pactPath(child.id, person.id);
  return (
    <section aria-labelledby="pact">
      <h2 id="pact">Permanency pact</h2>
      {person.pactAgreedOn ? (
        <>
          <PactSummary person={person} context={context} />
          {view.whyNoPact ? (
            <p>{view.whyNoPact} This pact does not count towards their committed adults.</p>
          ) : (
            <p>
              <a href={href}>Change the pact with {person.name}</a>
            </p>
          )}
        </>
      ) : view.whyNoPact ? (
        <p>{view.whyNoPact}</p>
      ) : (
        <>
          <p>
            No pact yet. A pact is {person.name}’s written promise of what they will do to stay in{' '}
            {child.knownAs}’s life.
          </p>
          <p>
            <a href={href}>Record a permanency pact with {person.name}</a>
          </p>
        </>
      )}
    </section>
  );
}

/** What a pact says: the commitments, the person's own words, and its dates. */
export function PactSummary({ person, context }: { person: Connection; context: PageContext }) {
  const commitments = person.pactCommitments ?? [];
  return (
    <SummaryList
      rows={[
        {
          label: 'What they commit to',
          value:
            commitments.length === 0 ? (
              'Nothing ticked'
            ) : (
              <ul class="list-plain">
                {commitments.map((code) => (
                  <li key={code}>{commitmentLabel(code)}</li>
                ))}
              </ul>
            ),
        },
        {
          label: 'In their own words',
          value: <span class="preserve-lines">{person.pactInTheirWords}</span>,
        },
        { label: 'Agreed on', value: formatDate(person.pactAgreedOn, context.locale) },
        ...(person.pactEndedOn
          ? [{ label: 'Ended on', value: formatDate(person.pactEndedOn, context.locale) }]
          : []),
      ]}
    />
  );
}
