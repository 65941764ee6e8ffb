import type { ConnectionSupport } from '../../../core/db/tables.ts';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate, formatInstant } from '../../../core/time/dates.ts';
import { Breadcrumbs, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { isFlagged } from '../../belonging/visibility.ts';
import {
  CONNECTION_CATEGORIES,
  CONNECTION_SOURCES,
  CONTACT_STATUSES,
  SUPPORTS,
  labelOf,
} from '../../belonging/vocabulary.ts';
import { ChildTabs } from '../../children/index.ts';
import type { PersonView } from '../person-service.ts';
import { OutreachSection } from './outreach-section.tsx';
import { PactSection } from './pact-section.tsx';
import { editPersonPath, peoplePath } from './paths.ts';
import { listOrNone, ringLabel, yesNo } from './words.ts';

/**
 * One person on a child's map, for the staff who keep the child's record: everything the agency
 * holds about them, safeguarding included, their permanency pact and the family finding log.
 */
export function PersonPage(props: {
  context: PageContext;
  view: PersonView;
  /** A step that was refused or mistyped, shown again with its problems. */
  outreach?: { values: FormValues; errors: FieldErrors };
}) {
  const { context, view } = props;
  const { child, person } = view;
  return (
    <Page
      context={context}
      title={person.name}
      documentTitle={props.outreach ? `Error: ${person.name}` : undefined}
      beforeHeading={
        <Breadcrumbs items={[{ href: peoplePath(child.id), label: `${child.knownAs}’s people` }]} />
      }
    >
      <ChildTabs childId={child.id} current="people" />
      <ErrorSummary errors={props.outreach?.errors} />
      <p class="lead">
        {person.relationship}, on {child.fullName}’s map
      </p>
      <PersonTags view={view} context={context} />
      <p>
        <a href={editPersonPath(child.id, person.id)}>Change {person.name}’s details</a>
      </p>
      <AboutThem view={view} context={context} />
      <Safeguarding view={view} />
      <PactSection view={view} context={context} />
      <OutreachSection view={view} context={context} sent={props.outreach} />
    </Page>
  );
}

function PersonTags({ view, context }: { view: PersonView; context: PageContext }) {
  const { person } = view;
  const tags = [
    person.status === 'proposed' ? <Tag tone="due">Waiting for a check</Tag> : null,
    person.status === 'declined' ? <Tag>Not added to the map</Tag> : null,
    person.contactStatus === 'not_safe' ? <Tag tone="safeguarding">Not safe</Tag> : null,
    person.hasNoContactOrder ? <Tag tone="safeguarding">No-contact order</Tag> : null,
    view.isCommitted ? <Tag tone="good">Committed adult</Tag> : null,
    person.leftOn && person.leftOn <= view.today ? (
      <Tag>Left the map on {formatDate(person.leftOn, context.locale)}</Tag>
    ) : null,
  ].filter((tag) => tag !== null);
  if (tags.length === 0) return null;
  return (
    <p>
      {tags.map((tag, index) => (
        <span key={index}>{tag} </span>
      ))}
    </p>
  );
}

function AboutThem({ view, context }: { view: PersonView; context: PageContext }) {
  const { child, person, names } = view;
  const supports = (codes: ConnectionSupport[]) =>
    listOrNone(codes.map((code) => labelOf(SUPPORTS, code)));
  return (
    <SummaryList
      rows={[
        { label: 'Relationship', value: person.relationship },
        { label: 'Who they are', value: labelOf(CONNECTION_CATEGORIES, person.category) },
        { label: 'What they give now', value: supports(person.gives) },
        { label: 'What they could give', value: supports(person.couldGive) },
        { label: 'Contact', value: labelOf(CONTACT_STATUSES, person.contactStatus) },
        {
          label: `How ${child.knownAs} feels about them`,
          value: person.feelings ? (
            <span class="preserve-lines">{person.feelings}</span>
          ) : (
            'Not recorded'
          ),
        },
        { label: 'Closeness', value: ringLabel(person.ring) },
        { label: 'On the map since', value: formatDate(person.joinedOn, context.locale) },
        {
          label: 'Left the map',
          value: person.leftOn
            ? formatDate(person.leftOn, context.locale)
            : `Still part of ${child.knownAs}’s network`,
        },
        {
          label: 'Where they came from',
          value: (
            <>
              {labelOf(CONNECTION_SOURCES, person.source)}
              {person.sourceNotes ? (
                <span class="preserve-lines">
                  <br />
                  {person.sourceNotes}
                </span>
              ) : null}
            </>
          ),
        },
        {
          label: 'Shared with the birth family',
          value: person.isSharedWithFamily
            ? `Yes: ${child.knownAs}’s birth parents see them`
            : 'No',
        },
        ...(person.notes
          ? [{ label: 'Notes', value: <span class="preserve-lines">{person.notes}</span> }]
          : []),
        {
          label: 'Added',
          value: `${formatInstant(person.createdAt, context.timeZone, context.locale)}${
            names.addedBy ? ` by ${names.addedBy}` : ''
          }`,
        },
      ]}
    />
  );
}

function Safeguarding({ view }: { view: PersonView }) {
  const { child, person, names } = view;
  const shown = !isFlagged(person)
    ? 'Not flagged: they show wherever the map shows'
    : person.flagShownBy
      ? `Shown, by ${names.flagShownBy ?? 'a worker'}’s decision: ${person.flagShownReason || 'no reason recorded'}`
      : `Hidden from ${child.knownAs}’s and the family’s views until a worker decides otherwise`;
  return (
    <section aria-labelledby="safeguarding">
      <h2 id="safeguarding">Safeguarding</h2>
      <p class="muted">Only staff see this.</p>
      <SummaryList
        rows={[
          { label: 'Not safe', value: yesNo(person.contactStatus === 'not_safe') },
          { label: 'No-contact order', value: yesNo(person.hasNoContactOrder) },
          {
            label: 'Safeguarding notes',
            value: person.safeguardingNotes ? (
              <span class="preserve-lines">{person.safeguardingNotes}</span>
            ) : (
              'None'
            ),
          },
          { label: `On ${child.knownAs}’s and the family’s views`, value: shown },
        ]}
      />
    </section>
  );
}
