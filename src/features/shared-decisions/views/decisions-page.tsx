// "Decisions about Mia": who decides what in the child's everyday life, in the reader's own words,
// then the questions asked, the ones waiting for an answer first.
import { SummaryList } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { DecisionsView } from '../read-service.ts';
import { DecisionFrame } from './decision-frame.tsx';
import { RequestCards } from './request-cards.tsx';
import { WhoDecidesText } from './who-decides.tsx';

/** Who decides what, and the requests for a decision. */
export function DecisionsPage(props: { context: PageContext; view: DecisionsView }) {
  const { context, view } = props;
  const { child, party } = view;
  const name = child.knownAs;
  return (
    <DecisionFrame context={context} child={child} party={party} title={`Decisions about ${name}`}>
      <p class="lead">
        {party === 'parent'
          ? `Some everyday decisions about ${name} are made by you, some by ${name}’s carers, and some together. Here is who decides what, and the questions people have asked.`
          : `Who decides what in ${name}’s everyday life, as agreed in the plan, and the questions asked in ${name}’s family space.`}
      </p>

      <h2 class="heading-l">Who decides what</h2>
      <SummaryList
        rows={view.authority.map((line) => ({
          label: line.label,
          value: <WhoDecidesText who={line.who} notes={line.notes} />,
        }))}
      />
      {view.changeAuthorityHref ? (
        <p>
          <a href={view.changeAuthorityHref}>Change who decides</a>
        </p>
      ) : null}

      <h2 class="heading-l">Waiting for an answer</h2>
      <p>
        <ButtonLink href={view.askHref}>Ask for a decision</ButtonLink>
      </p>
      <RequestCards
        requests={view.open}
        context={context}
        empty="Nothing is waiting for an answer."
      />

      <h2 class="heading-l">Answered</h2>
      <RequestCards
        requests={view.answered}
        context={context}
        empty="Nothing has been answered yet."
      />
    </DecisionFrame>
  );
}
