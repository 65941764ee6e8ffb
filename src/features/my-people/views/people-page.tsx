// The staff and carers' page of a child's people: how many committed adults, suggestions waiting
// for a check, the map, the list, and the way to add someone or compare with before.
import { assetUrl } from '../../../core/ui/assets.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/index.ts';
import type { MapPage } from '../map-service.ts';
import { committedCount, peoplePath } from '../words.ts';
import { EcoMap } from './eco-map.tsx';
import { PeopleList } from './people-list.tsx';

/** A child's people, for the staff who keep their record and the carers they live with. */
export function PeoplePage(props: { context: PageContext; map: MapPage; isPrint: boolean }) {
  const { context, map, isPrint } = props;
  const { child, abilities } = map;
  const base = peoplePath(child.id);
  const canMove = abilities.canManage && !isPrint;
  return (
    <Page
      context={context}
      title={`${child.knownAs}’s people`}
      head={<script src={assetUrl('eco-map.js')} defer />}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/children', label: 'Children' },
            { href: `/children/${child.id}`, label: child.fullName },
          ]}
        />
      }
    >
      <div class="my-people my-people--record" data-print-now={isPrint ? 'yes' : undefined}>
        <ChildTabs childId={child.id} current="people" />
        <p class="my-people__committed">
          {committedCount(map.committed.count)}; the agency’s target is {map.committed.target}.
        </p>
        {map.viewer === 'staff' && !isPrint ? <Waiting context={context} map={map} /> : null}
        {isPrint ? null : (
          <ul class="my-people__links">
            {abilities.canContribute ? (
              <li>
                <a href={`${base}/new`}>Add someone</a>
              </li>
            ) : null}
            <li>
              <a href={`${base}/then-and-now`}>Then and now</a>
            </li>
            <li>
              <a href={`${base}?print=1`}>Print the map and list</a>
            </li>
          </ul>
        )}
        <section aria-labelledby="the-map">
          <h2 id="the-map">The map</h2>
          <EcoMap
            id="map"
            whose={`${child.knownAs}’s map`}
            centreName={child.knownAs}
            people={map.people}
            isStaffView={map.viewer === 'staff'}
            editing={
              canMove ? { moveUrl: `${base}/{id}/move`, csrfToken: context.csrfToken } : undefined
            }
          />
        </section>
        <section aria-labelledby="everyone">
          <h2 id="everyone">Everyone on the map</h2>
          <PeopleList
            people={map.people}
            voice="record"
            knownAs={child.knownAs}
            locale={context.locale}
            headingLevel={3}
            actions={
              canMove
                ? {
                    moveAction: (id) => `${base}/${id}/move`,
                    csrfToken: context.csrfToken,
                    personHref: (id) => `${base}/${id}`,
                    editHref: (id) => `${base}/${id}/edit`,
                  }
                : undefined
            }
          />
        </section>
        {map.left.length > 0 ? (
          <section aria-labelledby="left">
            <h2 id="left">No longer part of the network</h2>
            <ul class="list-plain">
              {map.left.map((person) => (
                <li key={person.id}>
                  {person.name} <span class="muted">· {person.relationship}</span>
                  {canMove ? (
                    <>
                      {' '}
                      ·{' '}
                      <a href={`${base}/${person.id}/edit`}>
                        Change<span class="visually-hidden"> {person.name}’s details</span>
                      </a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Page>
  );
}

// Suggestions from carers and the young person, for a worker to put on the map or decline.
function Waiting(props: { context: PageContext; map: MapPage }) {
  const { context, map } = props;
  if (map.waiting.length === 0) return null;
  const base = peoplePath(map.child.id);
  return (
    <section aria-labelledby="waiting" class="my-people__waiting">
      <h2 id="waiting">Suggestions waiting for a check</h2>
      <ul class="list-plain">
        {map.waiting.map((person) => (
          <li key={person.id}>
            <p>
              <strong>{person.name}</strong> · {person.relationship}
              {person.staff?.addedByName ? (
                <span class="muted"> · suggested by {person.staff.addedByName}</span>
              ) : null}
            </p>
            {map.abilities.canManage ? (
              <Form
                action={`${base}/${person.id}/check`}
                csrfToken={context.csrfToken}
                class="my-people__check"
              >
                <button class="button" type="submit" name="decision" value="confirm">
                  Add<span class="visually-hidden"> {person.name}</span> to the map
                </button>
                <button
                  class="button button--secondary"
                  type="submit"
                  name="decision"
                  value="decline"
                >
                  Decline<span class="visually-hidden"> {person.name}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
