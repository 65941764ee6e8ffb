// A parent's front page for their child: warm, plain and phone-first. It names the carers only as
// the rest of the space does to a parent, and says nothing about the home.
import { formatDate } from '../../../core/time/dates.ts';
import { Card } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FamilyHub } from '../hub-service.ts';
import { partnershipPaths } from '../paths.ts';
import { formatMeetingTime } from './hub-words.ts';
import { PartCards } from './part-cards.tsx';

/** "Together for Mia". */
export function FamilyHubPage(props: { context: PageContext; hub: FamilyHub }) {
  const { context, hub } = props;
  const { child } = hub;
  return (
    <Page context={context} title={`Together for ${child.knownAs}`} width="narrow">
      <p class="lead">
        This is where you, {child.knownAs}’s carers and {child.knownAs}’s worker keep each other up
        to date.
      </p>
      <p>
        {hub.yourLevel === 'direct'
          ? `Your messages go straight to ${child.knownAs}’s carers.`
          : `A worker reads your messages first, then passes them on to ${child.knownAs}’s carers.`}
      </p>

      <div class="cards space-cards">
        <PartCards
          party="parent"
          childId={child.id}
          knownAs={child.knownAs}
          parts={hub.parts}
          locale={context.locale}
          headingLevel={2}
        />
        {hub.hasHome ? (
          <Card
            title={`Meeting ${child.knownAs}’s carers`}
            headingLevel={2}
            href={partnershipPaths.gettingStarted('parent', child.id)}
          >
            <p>{meetingLine(hub, context)}</p>
          </Card>
        ) : null}
        <Card
          title={`${child.knownAs}’s story`}
          headingLevel={2}
          href={`/family/${child.id}/story`}
        >
          <p>Photos, memories and letters in {child.knownAs}’s book.</p>
        </Card>
        <Card
          title={`People in ${child.knownAs}’s life`}
          headingLevel={2}
          href={`/family/${child.id}/people`}
        >
          <p>The people who matter to {child.knownAs}.</p>
        </Card>
      </div>

      <section aria-labelledby="who">
        <h2 id="who" class="heading-l">
          Who is here with you
        </h2>
        <ul class="list-plain">
          {hub.carers.map((carer) => (
            <li key={carer}>{carer}</li>
          ))}
          {hub.worker ? <li>{hub.worker.label}</li> : null}
        </ul>
        {hub.carersRelationship ? <p>{hub.carersRelationship}</p> : null}
        {hub.childSocialWorkerName ? (
          <p>
            {hub.worker
              ? `${hub.worker.name} keeps ${hub.childSocialWorkerName}, ${child.knownAs}’s social worker, up to date.`
              : `${hub.childSocialWorkerName}, ${child.knownAs}’s social worker, is kept up to date.`}
          </p>
        ) : null}
      </section>
    </Page>
  );
}

function meetingLine(hub: FamilyHub, context: PageContext): string {
  const { start, child } = hub;
  if (start.introHeldOn) return `You met on ${formatDate(start.introHeldOn, context.locale)}.`;
  if (start.introAt) {
    return `You meet on ${formatMeetingTime(start.introAt, context.timeZone, context.locale)}.`;
  }
  return `A worker will arrange a time and a place for you to meet ${child.knownAs}’s carers.`;
}
