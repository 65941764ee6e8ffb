// "Then and now": the network as it stood on a day beside the network today, with the counts in
// words and who joined in between, so a review can see how it has grown.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { ErrorSummary, Form, TextField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/index.ts';
import type { ThenAndNow } from '../map-service.ts';
import { committedCount, namesInWords, peopleCount, peoplePath } from '../words.ts';
import { EcoMap } from './eco-map.tsx';
import { PeopleList } from './people-list.tsx';

/** The map on a day beside the map today. */
export function ThenAndNowPage(props: {
  context: PageContext;
  view: ThenAndNow;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, view } = props;
  const { child } = view;
  const onWords = formatDate(view.on, context.locale);
  const title = `${child.knownAs}’s people: then and now`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.errors ? `Error: ${title}` : undefined}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: `/children/${child.id}`, label: child.fullName },
            { href: peoplePath(child.id), label: `${child.knownAs}’s people` },
          ]}
        />
      }
    >
      <ChildTabs childId={child.id} current="people" />
      <ErrorSummary errors={props.errors} />
      <Form action={`${peoplePath(child.id)}/then-and-now`} method="get" csrfToken="">
        <TextField
          name="on"
          type="date"
          label="Compare today with"
          hint="Any day up to today. It starts at the day they became looked after, when we know it."
          width="medium"
          value={props.values?.on ?? view.on}
          error={props.errors?.on}
        />
        <button class="button button--secondary" type="submit">
          Show the map on that day
        </button>
      </Form>
      <p class="my-people__counts">
        Then: {peopleCount(view.then.people.length)}, {committedCount(view.then.committed)}. Now:{' '}
        {peopleCount(view.now.people.length)}, {committedCount(view.now.committed)}.
      </p>
      <p>
        {view.joinedSince.length === 0
          ? `Nobody has joined since ${onWords}.`
          : `Joined since ${onWords}: ${namesInWords(view.joinedSince)}.`}
      </p>
      <div class="then-and-now">
        <section aria-labelledby="then" class="then-and-now__side">
          <h2 id="then">On {onWords}</h2>
          <EcoMap
            id="map-then"
            whose={`${child.knownAs}’s map on ${onWords}`}
            centreName={child.knownAs}
            people={view.then.people}
            isStaffView={view.viewer === 'staff'}
          />
          <PeopleList
            people={view.then.people}
            voice="record"
            knownAs={child.knownAs}
            locale={context.locale}
            headingLevel={3}
            isBrief
          />
        </section>
        <section aria-labelledby="now" class="then-and-now__side">
          <h2 id="now">Today</h2>
          <EcoMap
            id="map-now"
            whose={`${child.knownAs}’s map today`}
            centreName={child.knownAs}
            people={view.now.people}
            isStaffView={view.viewer === 'staff'}
          />
          <PeopleList
            people={view.now.people}
            voice="record"
            knownAs={child.knownAs}
            locale={context.locale}
            headingLevel={3}
            isBrief
          />
        </section>
      </div>
    </Page>
  );
}
