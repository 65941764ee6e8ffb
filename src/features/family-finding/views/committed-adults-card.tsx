import { ENGLAND } from '../../../core/jurisdiction/england.ts';
import { Card } from '../../../core/ui/components/content.tsx';
import type { CommittedAdultsSummary } from '../committed-adults-service.ts';
import { peoplePath } from './paths.ts';

/** How many young people the card names before summing up the rest. */
const SHOWN = 10;

/**
 * The home page's word on young people, 15 and over, with fewer committed adults than the agency's
 * target, fewest first, each linking to their people. Nothing at all when nobody is short.
 */
export function CommittedAdultsCard({ summary }: { summary: CommittedAdultsSummary }) {
  const { youngPeople } = summary;
  const first = youngPeople[0];
  if (!first) return null;
  const rule = ENGLAND.belonging.committedAdultsFromAge;
  const more = youngPeople.length - SHOWN;
  return (
    <Card title="Young people who need more people for life">
      <ul class="list-plain">
        {youngPeople.slice(0, SHOWN).map((entry) => (
          <li key={entry.childId}>
            <a href={peoplePath(entry.childId)}>
              {entry.knownAs} {entry.lastName}
            </a>
            , {entry.age}:{' '}
            <strong>
              {entry.committedAdults} of {entry.target}
            </strong>{' '}
            committed adults
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p class="muted">
          And {more} more young {more === 1 ? 'person' : 'people'} below the target.
        </p>
      ) : null}
      <details class="why-due">
        <summary>Why?</summary>
        <p>
          From {rule.age}, as leaving care comes closer, each young person should have at least{' '}
          {first.target} committed adults: people confirmed on their map who have agreed a
          permanency pact that has not ended. The target of {first.target} is the agency’s own
          setting.
        </p>
        <p class="muted">Source: {rule.citation}.</p>
      </details>
    </Card>
  );
}
