// The map drawn as SVG on the server: the young person in the middle, three rings, a line to each
// person styled by whether they are in touch, each person's words where the layout found them room
// (eco-map-layout.ts). It is a picture with a title and a description; the list beside it
// (people-list.tsx) is the complete, accessible version. eco-map.js, when it runs, lets the people
// be moved with the keyboard or by dragging.
import type { ContactStatus } from '../../../core/db/tables.ts';
import {
  CENTRE,
  CENTRE_RADIUS,
  drawEcoMap,
  LABEL_GAP,
  LINE_HEIGHT,
  NODE_RADIUS,
  RING_RADII,
  RINGS,
  ringRadius,
  shortenName,
  VIEW_BOX,
  type PersonLabel,
} from '../eco-map-layout.ts';
import type { PersonView } from '../people-view.ts';
import { mapSummary, ringLabel } from '../words.ts';

const RING_WORDS = { 1: ringLabel(1), 2: ringLabel(2), 3: ringLabel(3) } as const;

// Dashes say the contact status without colour: solid in touch, dashed lost touch, dotted still
// to be found or approached.
const DASHES: Record<ContactStatus, string | undefined> = {
  in_touch: undefined,
  lost_touch: '10 6',
  to_be_found: '2 6',
  approached: '2 6',
  not_safe: undefined,
};

/** The map's moving parts, when the viewer may move people on it. */
export type MapEditing = {
  /** Where a move is posted, with {id} standing for the person's id. */
  moveUrl: string;
  csrfToken: string;
};

/** A child's map of people as an SVG picture with its legend. */
export function EcoMap(props: {
  /** Unique on the page: ids of the title and description hang off it. */
  id: string;
  /** "Zara’s map", "Your map": the picture's title. */
  whose: string;
  centreName: string;
  /** Who the legend says people are close to: the child's name, or "you" on their own map. */
  closerTo?: string;
  people: readonly PersonView[];
  /** Staff see the red marker of a safeguarding flag in the legend. */
  isStaffView?: boolean;
  editing?: MapEditing | undefined;
}) {
  const { id, people } = props;
  const drawing = drawEcoMap(
    people.map((person) => ({ ...person, hasMarker: person.staff?.isFlagged ?? false })),
    RING_WORDS,
  );
  const placed = people.map((person, index) => ({
    person,
    at: drawing.positions[index]!,
    label: drawing.labels[index]!,
  }));
  return (
    <figure
      class="eco-map"
      data-eco-map
      data-move-url={props.editing?.moveUrl}
      data-centre={String(CENTRE)}
      data-radii={RING_RADII.join(',')}
      data-label={`${NODE_RADIUS + LABEL_GAP},${LINE_HEIGHT}`}
    >
      <svg
        class="eco-map__svg"
        viewBox={`${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.width} ${VIEW_BOX.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{props.whose}</title>
        <desc id={`${id}-desc`}>{mapSummary(props.whose, people)}</desc>
        {RINGS.map((ring) => (
          <circle
            key={ring}
            class="eco-map__ring"
            cx={CENTRE}
            cy={CENTRE}
            r={ringRadius(ring)}
            fill="none"
          />
        ))}
        {placed.map(({ person, at }) => (
          <line
            key={person.id}
            class={`eco-map__line eco-map__line--${person.contactStatus ?? 'unknown'}`}
            data-line-for={person.id}
            x1={CENTRE}
            y1={CENTRE}
            x2={at.x}
            y2={at.y}
            stroke-dasharray={person.contactStatus ? DASHES[person.contactStatus] : undefined}
          />
        ))}
        <circle class="eco-map__centre" cx={CENTRE} cy={CENTRE} r={CENTRE_RADIUS} />
        <text class="eco-map__centre-name" x={CENTRE} y={CENTRE + 6} text-anchor="middle">
          {shortenName(props.centreName, 12)}
        </text>
        {/* The rings' names over the lines, where the layout found them room. */}
        {drawing.ringLabels.map((label) => (
          <text
            key={label.text}
            class="eco-map__ring-label"
            x={label.x}
            y={label.y}
            text-anchor="middle"
          >
            {label.text}
          </text>
        ))}
        {placed.map(({ person, at, label }) => (
          <PersonNode key={person.id} mapId={id} person={person} x={at.x} y={at.y} label={label} />
        ))}
      </svg>
      <figcaption class="eco-map__caption">
        <Legend
          isStaffView={props.isStaffView ?? false}
          closerTo={props.closerTo ?? props.centreName}
          people={people}
        />
        {props.editing ? <MoveHint id={id} /> : null}
      </figcaption>
      {props.editing ? <MapTools csrfToken={props.editing.csrfToken} /> : null}
    </figure>
  );
}

function PersonNode(props: {
  mapId: string;
  person: PersonView;
  x: number;
  y: number;
  label: PersonLabel;
}) {
  const { person, label } = props;
  const textId = `${props.mapId}-${person.id}`;
  const classes = [
    'eco-map__person',
    person.isWaitingForCheck ? 'eco-map__person--waiting' : '',
    person.staff?.isFlagged ? 'eco-map__person--flagged' : '',
  ].filter(Boolean);
  return (
    <g
      class={classes.join(' ')}
      data-person-id={person.id}
      data-name={person.name}
      data-ring={String(person.ring)}
      data-angle={person.angle === null ? '' : String(person.angle)}
      transform={`translate(${props.x} ${props.y})`}
    >
      {/* The words in full where the label had to cut them short; the list has them too. */}
      {label.isShortened ? <title>{`${person.name}, ${person.relationship}`}</title> : null}
      <circle class="eco-map__node" r={NODE_RADIUS} />
      {person.staff?.isFlagged ? (
        <rect class="eco-map__flag" x="8" y={-NODE_RADIUS - 8} width="16" height="16" />
      ) : null}
      {/* One text, so the words read as they are seen: "Leah Thompson Best friend". */}
      <text class="eco-map__label" id={`${textId}-label`} text-anchor={label.anchor}>
        <tspan class="eco-map__name" x={label.dx} y={label.dy}>
          {label.name}
        </tspan>
        {label.relationship === '' ? null : (
          <tspan
            class="eco-map__relationship"
            x={label.dx}
            y={Math.round((label.dy + LINE_HEIGHT) * 10) / 10}
          >
            {` ${label.relationship}`}
          </tspan>
        )}
      </text>
    </g>
  );
}

// What the lines and marks mean, in words beside a small drawing of each; only what the map shows
// (a parent's view has no contact statuses, so no line styles to explain).
function Legend(props: { isStaffView: boolean; closerTo: string; people: readonly PersonView[] }) {
  const hasContact = props.people.some((person) => person.contactStatus !== null);
  const hasWaiting = props.people.some((person) => person.isWaitingForCheck);
  const sample = (modifier: string, dashes?: string) => (
    <svg class="eco-map__sample" viewBox="0 0 40 12" aria-hidden="true" focusable="false">
      <line
        class={`eco-map__line eco-map__line--${modifier}`}
        x1="2"
        y1="6"
        x2="38"
        y2="6"
        stroke-dasharray={dashes}
      />
    </svg>
  );
  return (
    <ul class="eco-map__legend">
      <li>The closer someone is to the middle, the closer they are to {props.closerTo}.</li>
      {hasContact ? (
        <>
          <li>{sample('in_touch')} Solid line: in touch</li>
          <li>{sample('lost_touch', DASHES.lost_touch)} Dashed line: lost touch</li>
          <li>
            {sample('to_be_found', DASHES.to_be_found)} Dotted line: to be found or approached
          </li>
        </>
      ) : null}
      {hasWaiting ? <li>Dashed circle: waiting for a check</li> : null}
      {props.isStaffView ? (
        <li>
          <span class="eco-map__flag-sample" aria-hidden="true" /> Red square: flagged not safe or a
          no-contact order (staff only)
        </li>
      ) : null}
    </ul>
  );
}

// How to move people, shown by eco-map.js once they can be moved.
function MoveHint(props: { id: string }) {
  return (
    <p class="field__hint eco-map__hint" id={`${props.id}-hint`} hidden data-eco-map-hint>
      To move someone on the map: press Tab until they are chosen, then use the arrow keys. Up
      brings them closer, down moves them further away, left and right turn them round the ring.
      Press Enter or Space to pick someone up and again to put them down. You can also drag them.
    </p>
  );
}

// For eco-map.js: the form token its moves carry, and where it says what happened.
function MapTools(props: { csrfToken: string }) {
  return (
    <>
      <form class="eco-map__token" hidden data-eco-map-token action="#" method="post">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
      </form>
      <p class="visually-hidden" aria-live="polite" data-eco-map-status />
    </>
  );
}
