// What a birth parent sees of their child's people: only those a worker shared with them, by
// name and who they are to the child. Nothing on it says where the child lives or goes to school.
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { FamilyMap } from '../map-service.ts';
import { EcoMap } from './eco-map.tsx';
import { PeopleList } from './people-list.tsx';

/** A child's people as their birth parent may see them. */
export function FamilyPeoplePage(props: { context: PageContext; map: FamilyMap }) {
  const { context, map } = props;
  const { knownAs } = map.child;
  return (
    <Page context={context} title={`People in ${knownAs}’s life`} width="narrow">
      <p>
        These are people who matter to {knownAs} that {knownAs}’s worker has shared with you. If you
        know someone who should be here, tell {knownAs}’s worker.
      </p>
      <EcoMap id="map" whose={`${knownAs}’s map`} centreName={knownAs} people={map.people} />
      <h2>Everyone shared with you</h2>
      <PeopleList
        people={map.people}
        voice="family"
        knownAs={knownAs}
        locale={context.locale}
        headingLevel={3}
      />
    </Page>
  );
}
