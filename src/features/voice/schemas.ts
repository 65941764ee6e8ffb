// What the young person's voice forms accept: what they write, who sees it, and a worker's answer.
import { z } from 'zod';

/** The kinds of thing a young person writes: something to know, or a question. */
export type VoiceKind = 'want_to_know' | 'question';
export const VOICE_KIND_CODES = ['want_to_know', 'question'] as const satisfies VoiceKind[];

/** The longest message or answer: room for a long thought, short enough to read in one go. */
export const MAX_VOICE = 2_000;

const MAX_WORDS = MAX_VOICE.toLocaleString('en-GB');

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks =
  (blanks: Record<string, string>) =>
  (input: unknown): unknown =>
    input && typeof input === 'object' ? { ...blanks, ...input } : input;

/** Something the young person writes, as the form sends it. */
export const ZVoiceInput = z.preprocess(
  withBlanks({ kind: '', body: '', isSharedWithCarers: '' }),
  z
    .object({
      kind: z.enum(VOICE_KIND_CODES, {
        error: 'Choose if this is something you want people to know, or a question you have',
      }),
      body: z
        .string()
        .trim()
        .min(1, 'Write what you want to say: a few words is enough')
        .max(
          MAX_VOICE,
          `Keep it to ${MAX_WORDS} characters or fewer. You can send the rest as another message`,
        ),
      isSharedWithCarers: z.enum(['', 'yes'], { error: 'Tick the box, or leave it' }),
    })
    .transform((form) => ({
      kind: form.kind,
      body: form.body,
      isSharedWithCarers: form.isSharedWithCarers === 'yes',
    })),
);
export type TVoiceInput = z.infer<typeof ZVoiceInput>;

/** Whether the young person's carers see one of their messages. */
export const ZSharingInput = z.preprocess(
  withBlanks({ share: '' }),
  z
    .object({
      share: z.enum(['yes', 'no'], { error: 'Choose whether your carers can see this' }),
    })
    .transform((form) => ({ isSharedWithCarers: form.share === 'yes' })),
);

/** A worker's answer to a young person's question. */
export const ZAnswerInput = z.preprocess(
  withBlanks({ answer: '' }),
  z.object({
    answer: z
      .string()
      .trim()
      .min(1, 'Write your answer to the question')
      .max(MAX_VOICE, `An answer must be ${MAX_WORDS} characters or fewer`),
  }),
);
export type TAnswerInput = z.infer<typeof ZAnswerInput>;

/** An id in the address; anything else is a page that does not exist. */
export const ZVoiceId = z.guid();
