// What Zara, 15, has written in the demo agency: in her words, as a teenager would put them.
import type { VoiceKind } from './schemas.ts';

/** One demo entry, dated by how many days before the demo's today it was written. */
export type DemoVoice = {
  kind: VoiceKind;
  daysAgo: number;
  isSharedWithCarers: boolean;
  body: string;
  /** An answer from the worker, given this many days after the question. */
  answer?: { daysLater: number; text: string };
};

export const DEMO_VOICE: DemoVoice[] = [
  {
    kind: 'want_to_know',
    daysAgo: 118,
    isSharedWithCarers: true,
    body: 'I like living with Ruth and Dave. I don’t want to move again. Also please stop asking if I’m ok every five minutes, I will say if I’m not!!',
  },
  {
    kind: 'want_to_know',
    daysAgo: 71,
    isSharedWithCarers: false,
    body: 'After I see mum I go quiet for a few days. It’s not because of anything at home, I just need some time on my own. I don’t want Ruth and Dave to worry so I haven’t told them.',
  },
  {
    kind: 'question',
    daysAgo: 40,
    isSharedWithCarers: true,
    body: 'Can I stay with Ruth and Dave after I’m 18? My friend said you have to leave on your birthday.',
    answer: {
      daysLater: 2,
      text: 'Really good question, Zara. No, you don’t have to leave on your 18th birthday. If you, Ruth and Dave all want it, you can carry on living with them until you are 21. It’s called Staying Put. Let’s talk about it properly when I visit next week.',
    },
  },
  {
    kind: 'question',
    daysAgo: 5,
    isSharedWithCarers: false,
    body: 'Am I allowed to go on the school trip to France in June? I need a passport and I don’t know who has to sign the form.',
  },
];
