// Telling the space's members that something new is waiting. The email names the child only by
// the label the space chose ("M.") and says what kind of thing is new; never a name, a place or a
// word of what was written. Anyone may glance at an inbox, and emails are forwarded.
import type { Ctx } from '../../core/context.ts';
import { queueMail, type OutgoingMail } from '../../core/mail/outbox.ts';
import { recipientsOf, type SpaceMembers } from './members.ts';
import type { Party } from './space.ts';

/** What is new, in the words of a subject line. */
export type NewThing =
  'message' | 'update' | 'reply' | 'family_time' | 'family_time_cancelled' | 'decision' | 'plan';

const WHAT: Record<NewThing, string> = {
  message: 'a new message',
  update: 'a new update',
  reply: 'a new reply',
  family_time: 'family time planned',
  family_time_cancelled: 'a change to family time',
  decision: 'a decision to look at',
  plan: 'a change to the plan',
};

/** One notification email; pure, so its words are easy to check. */
export function spaceEmail(input: {
  to: { name: string; email: string };
  label: string;
  what: NewThing;
  signInUrl: string;
}): OutgoingMail {
  const firstName = input.to.name.split(' ')[0] ?? input.to.name;
  return {
    to: input.to.email,
    subject: `Kinfold: ${WHAT[input.what]} about ${input.label}`,
    text: [
      `Hello ${firstName},`,
      '',
      `There is ${WHAT[input.what]} about ${input.label} in Kinfold.`,
      '',
      'Sign in to see it:',
      input.signInUrl,
      '',
      'This email leaves out names and details on purpose, to keep everyone safe.',
    ].join('\n'),
  };
}

/**
 * Queues the emails in the caller's transaction: one to each member who should hear of it, except
 * the person who did it. `pathFor` says where each side reads it.
 */
export async function tellSpace(
  tx: Ctx,
  input: {
    members: SpaceMembers;
    label: string;
    what: NewThing;
    exceptUserId: string;
    publicUrl: string;
    pathFor: (party: Party) => string;
    only?: readonly Party[];
  },
): Promise<number> {
  const recipients = recipientsOf(input.members, input.exceptUserId).filter(
    (member) => !input.only || input.only.includes(member.party),
  );
  for (const member of recipients) {
    await queueMail(
      tx.db,
      spaceEmail({
        to: member,
        label: input.label,
        what: input.what,
        signInUrl: `${input.publicUrl}${input.pathFor(member.party)}`,
      }),
    );
  }
  return recipients.length;
}
