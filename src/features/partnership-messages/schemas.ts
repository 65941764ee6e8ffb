// What the message forms accept. Whether a message may be empty depends on the photo, which
// arrives as bytes beside the fields, so that rule is the service's (see rules.ts).
import { DateTime } from 'luxon';
import { z } from 'zod';

export const MAX_MESSAGE = 4_000;
export const MAX_REASON = 500;

/** How many messages a page of the conversation shows. */
export const PAGE_SIZE = 50;

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks = (blanks: Record<string, string>) => (input: unknown) =>
  input && typeof input === 'object' ? { ...blanks, ...input } : input;

/** A new message: its words, what the picture is (if one is attached), and "send it anyway". */
export const ZMessageInput = z.preprocess(
  withBlanks({ body: '', attachment_kind: 'photo' }),
  z.object({
    // Browsers send a new line as CR LF; it is kept, and counted, as one.
    body: z
      .string()
      .transform((text) => text.replace(/\r\n?/g, '\n'))
      .pipe(
        z
          .string()
          .trim()
          .max(
            MAX_MESSAGE,
            `Your message must be ${MAX_MESSAGE.toLocaleString('en-GB')} characters or fewer`,
          ),
      ),
    attachment_kind: z.enum(['photo', 'document'], {
      error: 'Choose whether the picture is a photo or a school report or letter',
    }),
    send_anyway: z.literal('yes').optional(),
  }),
);
export type TMessageInput = z.infer<typeof ZMessageInput>;

/** A worker's reason for not passing a message on: the person who wrote it will read it. */
export const ZRejectInput = z.preprocess(
  withBlanks({ reason: '' }),
  z.object({
    reason: z
      .string()
      .trim()
      .min(1, 'Say why it is not passed on: the person who wrote it will read this')
      .max(MAX_REASON, `The reason must be ${MAX_REASON} characters or fewer`),
  }),
);
export type TRejectInput = z.infer<typeof ZRejectInput>;

/** The "Earlier messages" link: an instant, or nothing for the latest messages. */
export const ZBeforeQuery = z.object({
  before: z
    .string()
    .optional()
    .transform((value) => {
      if (!value) return null;
      const instant = DateTime.fromISO(value, { setZone: true });
      return instant.isValid ? instant.toJSDate() : null;
    }),
});
