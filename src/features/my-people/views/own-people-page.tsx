// The young person's own map, in their words: who matters to them, how close, and a way to add
// someone. Made for a phone first.
import { assetUrl } from '../../../core/ui/assets.ts';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { PersonView } from '../people-view.ts';
import { OWN_PEOPLE_PATH, SUGGEST_PATH } from '../words.ts';
import { EcoMap } from './eco-map.tsx';
import { PeopleList } from './people-list.tsx';

/** "Your people": the signed-in young person's map and list. */
export function OwnPeoplePage(props: {
  context: PageContext;
  knownAs: string;
  people: readonly PersonView[];
  isPrint: boolean;
}) {
  const { context, isPrint } = props;
  const canMove = !isPrint;
  return (
    <Page
      context={context}
      title="Your people"
      width="narrow"
      head={<script src={assetUrl('eco-map.js')} defer />}
    >
      <div class="my-people my-people--own" data-print-now={isPrint ? 'yes' : undefined}>
        <p>
          These are the people who matter to you, or could. You are in the middle: the closer
          someone is to you, the nearer the middle they go. You can move them with the buttons under
          each name.
        </p>
        {isPrint ? null : (
          <p>
            <a class="button button--primary" href={SUGGEST_PATH}>
              Add someone who matters to you
            </a>
          </p>
        )}
        <EcoMap
          id="map"
          whose="Your map"
          centreName={props.knownAs}
          closerTo="you"
          people={props.people}
          editing={
            canMove
              ? { moveUrl: `${OWN_PEOPLE_PATH}/{id}/move`, csrfToken: context.csrfToken }
              : undefined
          }
        />
        <h2>Everyone on your map</h2>
        <PeopleList
          people={props.people}
          voice="own"
          knownAs={props.knownAs}
          locale={context.locale}
          headingLevel={3}
          actions={
            canMove
              ? {
                  moveAction: (id) => `${OWN_PEOPLE_PATH}/${id}/move`,
                  csrfToken: context.csrfToken,
                }
              : undefined
          }
        />
        {isPrint ? null : (
          <p>
            <a href={`${OWN_PEOPLE_PATH}?print=1`}>Print your map</a>
          </p>
        )}
      </div>
    </Page>
  );
}

/** What a young person sees before their account is linked to their record. */
export function NotLinkedPage(props: { context: PageContext; title: string }) {
  return (
    <Page context={props.context} title={props.title} width="narrow">
      <p>
        Your account is not linked to your own record yet, so there is nothing to show here for now.
      </p>
      <p>Your worker can link it for you. Ask them next time you talk, or send them a message.</p>
      <p>
        <a href="/">Go back to your home page</a>
      </p>
    </Page>
  );
}
