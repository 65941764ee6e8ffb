// The space's front page for staff and carers, under the child's record: who is in it (and why
// each parent is at their level), how getting started is going, and a card for each part.
import { Breadcrumbs, Card } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/index.ts';
import type { RecordHub } from '../hub-service.ts';
import { partnershipPaths } from '../paths.ts';
import { SPACE_LEVELS, labelOf } from '../vocabulary.ts';
import { PartCards } from './part-cards.tsx';
import { relationshipWord } from './hub-words.ts';
import { StartStatusLine } from './start-status.tsx';

/** "Family partnership", on a child's record. */
export function HubPage(props: { context: PageContext; hub: RecordHub }) {
  const { context, hub } = props;
  const { child } = hub;
  return (
    <Page
      context={context}
      title="Family partnership"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/children', label: 'Children' },
            { href: `/children/${child.id}`, label: child.fullName },
          ]}
        />
      }
    >
      <ChildTabs childId={child.id} current="family" />
      <p class="lead">
        {child.knownAs}’s parents, carers and workers share news, family time, decisions and plans
        here.
      </p>

      <section aria-labelledby="who">
        <h2 id="who" class="heading-l">
          Who is in the space
        </h2>
        {hub.canManage ? (
          <p>
            <a href={partnershipPaths.members(child.id)}>Change who is in the space</a>
          </p>
        ) : null}
        <Members hub={hub} />
      </section>

      <section aria-labelledby="getting-started">
        <h2 id="getting-started" class="heading-l">
          Getting started
        </h2>
        <GettingStartedSummary hub={hub} context={context} />
      </section>

      <section aria-labelledby="parts">
        <h2 id="parts" class="heading-l">
          The space
        </h2>
        <div class="cards">
          <PartCards
            party="staff"
            childId={child.id}
            knownAs={child.knownAs}
            parts={hub.parts}
            locale={context.locale}
            headingLevel={3}
          />
        </div>
      </section>
    </Page>
  );
}

function Members(props: { hub: RecordHub }) {
  const { hub } = props;
  const { child } = hub;
  return (
    <>
      <h3 class="heading-m">Parents</h3>
      {hub.parents.length === 0 ? (
        <p class="empty">No parent of {child.knownAs} has an account yet.</p>
      ) : (
        <ul class="list-plain">
          {hub.parents.map((parent) => (
            <li key={parent.userId}>
              <strong>{parent.name}</strong>, {relationshipWord(parent.relationship)}:{' '}
              {labelOf(SPACE_LEVELS, parent.level)}
              {parent.levelReason ? (
                <>
                  <br />
                  <span class="muted">Why: {parent.levelReason}</span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3 class="heading-m">Carers</h3>
      {hub.carers.length === 0 ? (
        <p class="empty">
          {hub.careKind
            ? 'No carer in this home has an account yet.'
            : `${child.knownAs} does not live in one of the agency’s homes now.`}
        </p>
      ) : (
        <ul class="list-plain">
          {hub.carers.map((carer) => (
            <li key={carer}>{carer}</li>
          ))}
        </ul>
      )}
      {hub.carersRelationship ? <p>{hub.carersRelationship}</p> : null}
      <h3 class="heading-m">Workers</h3>
      <ul class="list-plain">
        <li>{hub.worker ? hub.worker.label : 'No supervising social worker is allocated yet.'}</li>
        {hub.childSocialWorker ? (
          <li>
            {hub.childSocialWorker.name}, {child.knownAs}’s social worker
            {hub.childSocialWorker.placingAuthority
              ? ` at ${hub.childSocialWorker.placingAuthority}`
              : ''}
            : not in the space, kept informed by{' '}
            {hub.worker ? hub.worker.name : 'the supervising social worker'}
          </li>
        ) : null}
      </ul>
    </>
  );
}

function GettingStartedSummary(props: { hub: RecordHub; context: PageContext }) {
  const { hub, context } = props;
  const { child, start } = hub;
  if (!start) {
    return (
      <p>
        {child.knownAs} does not live in one of the agency’s homes now, so there is no meeting or
        call to arrange.
      </p>
    );
  }
  return (
    <Card
      title="The first days"
      headingLevel={3}
      href={partnershipPaths.gettingStarted('staff', child.id)}
    >
      <h4>Introductory meeting</h4>
      <StartStatusLine status={start.intro} locale={context.locale} />
      <h4>Comfort call</h4>
      <StartStatusLine status={start.comfortCall} locale={context.locale} />
      <p>
        {hub.hasGuide
          ? `${child.knownAs}’s family have written what they want the carers to know.`
          : `${child.knownAs}’s family have not yet written what they want the carers to know.`}
      </p>
    </Card>
  );
}
