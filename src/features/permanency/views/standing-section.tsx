import { formatDate } from '../../../core/time/dates.ts';
import type { Locale } from '../../../core/ui/terms.ts';
import type { PermanencyView } from '../read-service.ts';
import { optionLabel } from '../words.ts';

/** Where things stand: the decision that stands, and beside it the young person's own choice. */
export function StandingSection(props: { view: PermanencyView; locale: Locale }) {
  const { view, locale } = props;
  const { decision, child } = view;
  return (
    <div class="grid-2">
      <div>
        <h3>The decision</h3>
        {decision ? (
          <>
            <p class="lead">
              <strong>{optionLabel(decision.decidedOption)}</strong>
            </p>
            <p class="muted">
              Decided on {formatDate(decision.decidedOn, locale)}
              {decision.recordedByName ? `, recorded by ${decision.recordedByName}` : ''}
            </p>
            <p>
              <strong>Reasons:</strong>
            </p>
            <p class="preserve-lines">{decision.reasons}</p>
          </>
        ) : (
          <p>No decision yet.</p>
        )}
      </div>
      <div>
        <h3>{child.knownAs}’s own choice</h3>
        {decision?.youngPersonChoice ? (
          <p>
            <strong>{optionLabel(decision.youngPersonChoice)}</strong>
          </p>
        ) : (
          <p>{child.knownAs} has not chosen a direction yet, or it is not recorded.</p>
        )}
        {decision?.youngPersonWords ? (
          <blockquote class="preserve-lines">{decision.youngPersonWords}</blockquote>
        ) : null}
      </div>
    </div>
  );
}
