// The demo's conversation about Mia: her mum Dani, her foster carer Sam and their worker Hannah,
// over five weeks. Nothing in it says where Mia lives or goes to school.

/** Who wrote a demo message: the demo's parent@, carer@ or worker@. */
export type DemoAuthor = 'parent' | 'carer' | 'worker';

/** One message, so many days before the demo's today, at this hour (UTC). */
export type DemoMessage = { daysAgo: number; hour: number; by: DemoAuthor; body: string };

export const DEMO_MESSAGES: DemoMessage[] = [
  {
    daysAgo: 35,
    hour: 8,
    by: 'carer',
    body: 'Morning Dani! Mia asked me to tell you her front tooth is properly wobbly now. She showed everyone at breakfast, twice.',
  },
  {
    daysAgo: 35,
    hour: 12,
    by: 'parent',
    body: 'Ha, she was exactly the same with her first one. She wiggles it with her tongue when she is thinking. Tell her the tooth fairy always finds her.',
  },
  {
    daysAgo: 32,
    hour: 15,
    by: 'worker',
    body: 'Hello both. Thank you for keeping each other posted like this, it really helps Mia. I am visiting on Thursday, so let me know if there is anything you would like me to pick up.',
  },
  {
    daysAgo: 28,
    hour: 18,
    by: 'carer',
    body: 'The tooth is out! It came out in an apple at teatime. She has put it in an envelope with a note for the tooth fairy.',
  },
  {
    daysAgo: 28,
    hour: 19,
    by: 'parent',
    body: 'Aw, bless her. Please tell her I am proud of her for being so brave.\nCould you keep the note for me? I would love to see it.',
  },
  {
    daysAgo: 24,
    hour: 17,
    by: 'carer',
    body: 'Of course, it is in her memory box. Swimming lessons start again on Saturday. She is a bit nervous about putting her face in the water.',
  },
  {
    daysAgo: 23,
    hour: 9,
    by: 'parent',
    body: 'She has always been nervous of that. When she was little, counting to three out loud helped. She loves splashing but hates surprises.',
  },
  {
    daysAgo: 17,
    hour: 13,
    by: 'carer',
    body: 'Counting to three worked! She swam a whole width with her face in the water and got a sticker. She wants to tell you herself at family time, so act surprised.',
  },
  {
    daysAgo: 16,
    hour: 20,
    by: 'parent',
    body: 'That has made my week. I will act very surprised, promise.',
  },
  {
    daysAgo: 12,
    hour: 10,
    by: 'parent',
    body: 'Quick question: is Mia still having the brown inhaler morning and night? She sometimes forgets the evening one when she is tired.',
  },
  {
    daysAgo: 12,
    hour: 14,
    by: 'worker',
    body: 'Good question, Dani. Sam, could you confirm? I will check the plan from the asthma nurse as well.',
  },
  {
    daysAgo: 11,
    hour: 8,
    by: 'carer',
    body: 'Yes, the brown one morning and night, and the blue one always goes in her bag. We do the evening one before her bedtime story so it does not get missed.',
  },
  {
    daysAgo: 6,
    hour: 16,
    by: 'carer',
    body: 'Big news: Mia has a part in the class play! She is a sunflower and has two lines. She has been practising them on the stairs all week.',
  },
  {
    daysAgo: 5,
    hour: 21,
    by: 'parent',
    body: 'A sunflower, that is perfect for her. Would it be all right to see a photo of her in her costume?',
  },
  {
    daysAgo: 3,
    hour: 11,
    by: 'worker',
    body: 'Hi Dani, yes: Sam, would you be happy to share one here once she is dressed up? Please check there is nothing in the background that says where it was taken.',
  },
];

/** How far each person has read, in days before the demo's today: Dani has one still to read. */
export const DEMO_READS: Record<DemoAuthor, number> = { parent: 4, carer: 1, worker: 3 };
