// The map as a list, grouped by ring: the complete and accessible version of the picture, with
// the same people. What each viewer reads of a person was decided in people-view.ts; this only
// says it, in the viewer's words, with the buttons that move people for those who may.
import type { ComponentChildren } from 'preact';
import type { ConnectionSupport } from '../../../core/db/tables.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import { Form } from '../../../core/ui/components/forms.tsx';
import { formatDate } from '../../../core/time/dates.ts';
import type { Locale } from '../../../core/ui/terms.ts';
import {
  CONNECTION_CATEGORIES,
  CONNECTION_SOURCES,
  CONTACT_STATUSES,
  labelOf,
  SUPPORTS,
} from '../../belonging/vocabulary.ts';
import { RINGS } from '../eco-map-layout.ts';
import type { PersonView } from '../people-view.ts';
import { ringHeading, type Voice } from '../words.ts';

/** Links and buttons beside each person, for those who may use them. */
export type ListActions = {
  /** Where "Move closer" and "Move further" post. */
  moveAction?: (id: string) => string;
  csrfToken?: string;
  /** The person's own page (staff). */
  personHref?: (id: string) => string;
  /** The change form (staff). */
  editHref?: (id: string) => string;
};

/** Everyone on the map, ring by ring, closest first. */
export function PeopleList(props: {
  people: readonly PersonView[];
  voice: Voice;
  knownAs: string;
  locale: Locale;
  /** The level of each ring's heading; each person's is one below. */
  headingLevel: 2 | 3;
  actions?: ListActions;
  /** Names and relationships only (then and now, where the pictures are compared). */
  isBrief?: boolean;
}) {
  if (props.people.length === 0) {
    return (
      <p class="empty">
        {props.voice === 'own' ? 'Nobody is on your map yet.' : 'Nobody is on the map yet.'}
      </p>
    );
  }
  const RingHeading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="people-list">
      {RINGS.map((ring) => {
        const onRing = props.people.filter((person) => person.ring === ring);
        if (onRing.length === 0) return null;
        return (
          <section class="people-list__ring" key={ring}>
            <RingHeading class="people-list__ring-heading">
              {ringHeading(ring, props.voice)}
            </RingHeading>
            <ul class="people-list__people">
              {onRing.map((person) => (
                <PersonEntry key={person.id} {...props} person={person} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function PersonEntry(props: {
  person: PersonView;
  voice: Voice;
  knownAs: string;
  locale: Locale;
  headingLevel: 2 | 3;
  actions?: ListActions;
  isBrief?: boolean;
}) {
  const { person, voice, actions } = props;
  const NameHeading = props.headingLevel === 2 ? 'h3' : 'h4';
  const href = actions?.personHref?.(person.id);
  const isDetailed = !props.isBrief && voice !== 'family';
  return (
    <li class="people-list__person" id={`person-${person.id}`} data-person-id={person.id}>
      <NameHeading class="people-list__name">
        {href ? <a href={href}>{person.name}</a> : person.name}
      </NameHeading>
      <p class="people-list__relationship">
        {person.relationship}
        {isDetailed && person.category ? (
          <span class="muted"> · {labelOf(CONNECTION_CATEGORIES, person.category)}</span>
        ) : null}
      </p>
      {person.isWaitingForCheck ? (
        <p>
          <Tag tone="due">
            {voice === 'own' ? 'Waiting for your worker to check' : 'Waiting for a check'}
          </Tag>
        </p>
      ) : null}
      {person.staff?.isNotSafe ? <Tag tone="safeguarding">Not safe</Tag> : null}{' '}
      {person.staff?.hasNoContactOrder ? <Tag tone="safeguarding">No-contact order</Tag> : null}
      {isDetailed ? <Facts {...props} /> : null}
      {isDetailed ? <Actions person={person} voice={voice} actions={actions} /> : null}
    </li>
  );
}

function Facts(props: { person: PersonView; voice: Voice; knownAs: string; locale: Locale }) {
  const { person, voice, knownAs, locale } = props;
  const isOwn = voice === 'own';
  const supports = (codes: readonly ConnectionSupport[]) =>
    codes.map((code) => labelOf(SUPPORTS, code)).join(', ');
  const rows: Array<[string, ComponentChildren]> = [];
  if (person.gives.length > 0) {
    rows.push([isOwn ? 'What they give you' : 'What they give', supports(person.gives)]);
  }
  if (person.couldGive.length > 0) {
    rows.push([
      isOwn ? 'What they could give you' : 'What they could give',
      supports(person.couldGive),
    ]);
  }
  if (person.contactStatus) rows.push(['Contact', labelOf(CONTACT_STATUSES, person.contactStatus)]);
  if (person.feelings) {
    rows.push([
      isOwn ? 'How you feel about them' : `How ${knownAs} feels, in ${knownAs}’s words`,
      <q class="people-list__feelings">{person.feelings}</q>,
    ]);
  }
  if (person.notes) rows.push(['Notes', <span class="preserve-lines">{person.notes}</span>]);
  if (person.joinedOn) {
    rows.push([
      isOwn ? 'On your map since' : 'On the map since',
      formatDate(person.joinedOn, locale),
    ]);
  }
  const staff = person.staff;
  if (staff) {
    rows.push([
      'Came from',
      `${labelOf(CONNECTION_SOURCES, staff.source)}${staff.sourceNotes ? `: ${staff.sourceNotes}` : ''}`,
    ]);
    if (staff.addedByName) rows.push(['Added by', staff.addedByName]);
    if (staff.safeguardingNotes) {
      rows.push([
        'Safeguarding notes',
        <span class="preserve-lines">{staff.safeguardingNotes}</span>,
      ]);
    }
    rows.push(['Shared with the family', staff.isSharedWithFamily ? 'Yes' : 'No']);
    if (staff.isFlagged) rows.push(['Flag decision', flagDecision(knownAs, staff)]);
  }
  if (person.leftOn) rows.push(['Left the network', formatDate(person.leftOn, locale)]);
  if (rows.length === 0) return null;
  return (
    <dl class="people-list__facts">
      {rows.map(([label, value]) => (
        <div class="people-list__fact" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function flagDecision(knownAs: string, staff: NonNullable<PersonView['staff']>): string {
  return staff.flagShownByName
    ? `Shown on ${knownAs}’s own map, decided by ${staff.flagShownByName}: ${staff.flagShownReason}`
    : `Kept off ${knownAs}’s own map and the family’s view`;
}

function Actions(props: { person: PersonView; voice: Voice; actions: ListActions | undefined }) {
  const { person, actions } = props;
  if (!actions) return null;
  const moveAction = actions.moveAction?.(person.id);
  const editHref = actions.editHref?.(person.id);
  if (!moveAction && !editHref) return null;
  const who = <span class="visually-hidden"> {person.name}</span>;
  return (
    <div class="people-list__actions">
      {moveAction && person.ring > 1 ? (
        <Form action={moveAction} csrfToken={actions.csrfToken ?? ''} class="inline-form">
          <button class="button button--secondary" type="submit" name="direction" value="closer">
            Move{who} closer
          </button>
        </Form>
      ) : null}
      {moveAction && person.ring < 3 ? (
        <Form action={moveAction} csrfToken={actions.csrfToken ?? ''} class="inline-form">
          <button class="button button--secondary" type="submit" name="direction" value="further">
            Move{who} further
          </button>
        </Form>
      ) : null}
      {editHref ? (
        <a href={editHref}>
          Change<span class="visually-hidden"> {person.name}’s details</span>
        </a>
      ) : null}
    </div>
  );
}
