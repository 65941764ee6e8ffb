import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Breadcrumbs,
  NotificationBanner,
  SummaryList,
} from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate, todayIn } from '../../../core/time/dates.ts';
import { needLabel } from '../../children/index.ts';
import type { OfferView } from '../offer-service.ts';
import { careWords } from '../words.ts';
import { orNotRecorded, siblingsWords, urgencyLabel } from './labels.ts';
import { OFFERS_PATH, offerPagePath } from './paths.ts';

function Notes(props: { heading: string; text: string }) {
  if (props.text.trim() === '') return null;
  return (
    <>
      <h3 class="heading-m">{props.heading}</h3>
      <p class="preserve-lines">{props.text}</p>
    </>
  );
}

function AnswerForm(props: {
  context: PageContext;
  view: OfferView;
  name: string;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, view, name, values, errors } = props;
  const answered = view.offer.response;
  const answeredOn = view.offer.respondedAt
    ? formatDate(todayIn(context.timeZone, view.offer.respondedAt), context.locale)
    : '';
  return (
    <section aria-labelledby="answer">
      <h2 class="heading-l" id="answer">
        Your answer
      </h2>
      {answered ? (
        <p>
          You {answered === 'accepted' ? 'said yes' : 'said no'} on {answeredOn}. You can change
          your answer until a decision is made.
        </p>
      ) : null}
      <Form action={offerPagePath(view.offer.id)} csrfToken={context.csrfToken}>
        <ChoicesField
          type="radio"
          name="response"
          legend={`Could your household care for ${name}?`}
          options={[
            { value: 'accepted', label: `Yes, we would like to care for ${name}` },
            { value: 'declined', label: 'No, not this time' },
          ]}
          chosen={values.response ? [values.response] : answered ? [answered] : []}
          error={errors?.response}
        />
        <TextAreaField
          name="note"
          label="Anything you would like us to know (optional)"
          hint="Questions you have, what would help, or why not this time."
          value={values.note ?? view.offer.responseNote}
          error={errors?.note}
        />
        <Button>Send our answer</Button>
      </Form>
    </section>
  );
}

/**
 * Everything the agency knows about a child, for the household asked to care for them: who they
 * are, what they need in plain words, school, family time, the people who matter, the social
 * worker. Never where the child must not live, nor any birth-family address.
 */
export function OfferPage(props: {
  context: PageContext;
  view: OfferView;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, view, errors } = props;
  const { child } = view;
  const name = child.preferredName ?? child.firstName;
  const title = `${name} needs a home`;
  const locale = context.locale;
  const care = careWords(view.careType);
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs items={[{ href: OFFERS_PATH, label: 'Children we have asked you about' }]} />
      }
    >
      <ErrorSummary errors={errors} />
      {view.isOpen ? (
        <p class="lead">
          Here is everything we know about {name}. Take your time, talk it over together, and ask us
          or {name}’s social worker anything. Then tell us whether you can help.
        </p>
      ) : (
        <NotificationBanner kind="info">
          <p>
            {name} has a home now, or the referral has closed. Thank you for considering {name}.
          </p>
        </NotificationBanner>
      )}
      <h2 class="heading-l">About {name}</h2>
      <SummaryList
        rows={[
          {
            label: 'Name',
            value: `${child.firstName} ${child.lastName}${child.preferredName ? ` (known as ${child.preferredName})` : ''}`,
          },
          { label: 'Age', value: `${child.age} (born ${formatDate(child.dateOfBirth, locale)})` },
          { label: 'Gender', value: orNotRecorded(child.gender) },
          { label: 'Ethnicity', value: orNotRecorded(child.ethnicity) },
          { label: 'Faith', value: orNotRecorded(child.faith) },
          { label: 'Languages', value: orNotRecorded(child.languages) },
        ]}
      />
      <Notes heading="Culture and identity" text={child.cultureNotes} />
      <h2 class="heading-l">The home {name} needs</h2>
      <SummaryList
        rows={[
          { label: 'Kind of care', value: `${care.charAt(0).toUpperCase()}${care.slice(1)}` },
          {
            label: 'When',
            value: `${urgencyLabel(view.urgency)}${view.neededBy ? `, by ${formatDate(view.neededBy, locale)}` : ''}`,
          },
          { label: 'Brothers and sisters', value: siblingsWords(view.siblings) },
          ...(child.prefersOnlyChild
            ? [
                {
                  label: 'Other children',
                  value: `${name} does best as the only child in the home`,
                },
              ]
            : []),
        ]}
      />
      <h2 class="heading-l">What {name} needs</h2>
      {child.needs.length > 0 ? (
        <ul>
          {child.needs.map((need) => (
            <li key={need}>{needLabel(need)}</li>
          ))}
        </ul>
      ) : (
        <p>No particular needs are recorded.</p>
      )}
      <Notes heading="In the social worker’s words" text={child.needsSummary} />
      <Notes heading="What helps, and what to expect" text={child.needsNotes} />
      <Notes heading="Trust and relationships" text={child.attachmentNotes} />
      <Notes heading="Health" text={child.healthNotes} />
      <h2 class="heading-l">School and family time</h2>
      <SummaryList
        rows={[
          {
            label: 'School',
            value: orNotRecorded(
              [view.school.name, view.school.areaName].filter(Boolean).join(', '),
            ),
          },
          {
            label: 'Family time',
            value: view.familyTimeAreaName
              ? `Takes place in ${view.familyTimeAreaName}. The social worker will tell you how often and who ${name} sees.`
              : `The social worker will tell you where family time happens, how often, and who ${name} sees.`,
          },
        ]}
      />
      {child.importantPeople.length > 0 ? (
        <>
          <h2 class="heading-l">People who matter to {name}</h2>
          <ul>
            {child.importantPeople.map((person) => (
              <li key={`${person.name}-${person.relationship}`}>
                {person.name} ({person.relationship}){person.notes ? `: ${person.notes}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 class="heading-l">{name}’s social worker</h2>
      <SummaryList
        rows={[
          { label: 'Name', value: orNotRecorded(view.socialWorker.name) },
          { label: 'Email', value: orNotRecorded(view.socialWorker.email) },
          { label: 'Phone', value: orNotRecorded(view.socialWorker.phone) },
          { label: 'Local authority', value: view.authorityName },
        ]}
      />
      {view.canAnswer ? (
        <AnswerForm
          context={context}
          view={view}
          name={name}
          values={props.values ?? {}}
          errors={errors}
        />
      ) : null}
    </Page>
  );
}
