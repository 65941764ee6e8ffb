// A session's details as the reader may see them. The shape it gets (SessionCard) already leaves
// out what a parent may not know, so this only decides the words.
import { SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { CANCELLED_BY, FAMILY_TIME_KINDS, labelOf } from '../../partnership/vocabulary.ts';
import type { SessionCard } from '../session-view.ts';
import { describeWhen } from './when.ts';

/** "Cancelled by a parent: I had a hospital appointment". */
export function cancellationWords(cancellation: NonNullable<SessionCard['cancellation']>): string {
  const who = labelOf(CANCELLED_BY, cancellation.party);
  const lowered = `${who.charAt(0).toLowerCase()}${who.slice(1)}`;
  return `Cancelled by ${lowered}: ${cancellation.reason}`;
}

/** The session's status as a short tag: cancelled, under way, or the parent's own answer. */
export function SessionTag(props: { session: SessionCard }) {
  const { session } = props;
  if (session.cancellation) return <Tag tone="overdue">Cancelled</Tag>;
  if (session.myInvitation) {
    if (session.hasEnded) return null;
    return session.myInvitation.confirmedAt ? (
      <Tag tone="good">You said you’ll be there</Tag>
    ) : (
      <Tag tone="due">Say if you’ll be there</Tag>
    );
  }
  return null;
}

/** The details, in the order a person going needs them. */
export function SessionFacts(props: {
  context: PageContext;
  session: SessionCard;
  knownAs: string;
}) {
  const { context, session, knownAs } = props;
  const isParent = session.myInvitation !== null;
  const rows = [
    {
      label: 'When',
      value: describeWhen(session.startsAt, session.endsAt, context.timeZone, context.locale),
    },
    { label: 'How', value: labelOf(FAMILY_TIME_KINDS, session.kind) },
    { label: 'Where', value: session.venue || 'No place to go to' },
    {
      label: 'Supervised',
      value: session.isSupervised
        ? `Yes${session.supervisedBy ? `, by ${session.supervisedBy}` : ''}`
        : 'No',
    },
  ];
  if (session.notesForFamily) {
    rows.push({
      label: isParent ? 'Notes for you' : 'Notes for the family',
      value: session.notesForFamily,
    });
  }
  if (session.transport) {
    rows.push({ label: `How ${knownAs} gets there and back`, value: session.transport });
  }
  if (session.invitees) {
    rows.push({
      label: 'Invited',
      value: session.invitees
        .map(
          (invitee) =>
            `${invitee.name} (${invitee.confirmedAt ? 'said they’ll be there' : 'not answered yet'})`,
        )
        .join(', '),
    });
  }
  if (session.myInvitation && !session.cancellation && !session.hasStarted) {
    rows.push({
      label: 'Your answer',
      value: session.myInvitation.confirmedAt
        ? 'You said you’ll be there'
        : 'You have not said yet',
    });
  }
  return (
    <>
      {session.cancellation ? (
        <p class="lead">
          <Tag tone="overdue">Cancelled</Tag> {cancellationWords(session.cancellation)}
        </p>
      ) : null}
      <SummaryList rows={rows} />
    </>
  );
}
