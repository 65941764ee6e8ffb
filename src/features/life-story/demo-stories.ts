// The words of the demo's life stories: Zara's, over fifteen years, and Mia's, with her mum's
// letter waiting for a worker. Dates are counted from the child's birthday, their move to the
// home they live in now, or today, so the stories stay true whenever the demo is made.
import type { LifeStoryKind, LifeStoryStatus } from '../../core/db/tables.ts';
import type { DemoPicture } from './demo-pictures.ts';

/** Who in the demo adds an entry. */
export type DemoAuthor = 'worker' | 'firstCarer' | 'secondCarer' | 'child' | 'parent';

/** When an entry happened: from the birthday, the move to their home now, or today; or unknown. */
export type DemoWhen =
  | { from: 'birth'; years: number; months?: number; days?: number }
  | { from: 'moved_in'; days: number }
  | { from: 'today'; days: number }
  /** Days after the first day at secondary school: the September after turning eleven. */
  | { from: 'secondary_school'; days: number }
  | null;

export type DemoEntry = {
  kind: LifeStoryKind;
  title: string;
  body: string;
  when: DemoWhen;
  by: DemoAuthor;
  picture?: DemoPicture;
  candles?: number;
  status?: LifeStoryStatus;
  isHiddenFromCarers?: boolean;
  isSharedWithFamily?: boolean;
};

export const ZARA_IDENTITY = {
  heritage:
    'My family comes from Mirpur in Pakistan. Nan came to England when she was nineteen and she still makes the best roti in the world. I speak a bit of Urdu and Punjabi with her on the phone.',
  whatMatters:
    'Football. My nan. My friends. Being listened to and not talked about. I want to be a PE teacher or a physio one day. I always want to know where my family is.',
};

export const ZARA_STORY: DemoEntry[] = [
  {
    kind: 'photo',
    title: 'Baby Zara, from Nan',
    body: 'Your nan kept this photo in her purse for years and gave a copy for your book. She says you were a smiley baby who kicked off every sock.',
    when: { from: 'birth', years: 0, months: 4 },
    by: 'worker',
    picture: 'teddy',
  },
  {
    kind: 'person',
    title: 'Aunty Farah',
    body: 'Mum’s cousin. She does the best henna and has never once forgotten your birthday.',
    when: { from: 'birth', years: 10, months: 2 },
    by: 'worker',
  },
  {
    kind: 'milestone',
    title: 'First day at secondary school',
    body: 'You wore a blazer two sizes too big “so it would last”. You said the best bit of the day was the chips at lunch.',
    when: { from: 'secondary_school', days: 0 },
    by: 'worker',
  },
  {
    kind: 'letter',
    title: 'A letter from Nan',
    body: 'Dear Zara,\nI know moving is hard. Wherever you live you are my girl and I am proud of you every single day. Keep playing football and keep being kind.\nLove always,\nNan',
    when: { from: 'moved_in', days: -20 },
    by: 'worker',
  },
  {
    kind: 'photo',
    title: 'A trip to the seaside with the Bennetts',
    body: 'Fish and chips on the wall, a windbreak that blew over twice, and you were first into the sea even though it was freezing.',
    when: { from: 'moved_in', days: 300 },
    by: 'firstCarer',
    picture: 'beach',
  },
  {
    kind: 'document',
    title: 'Year 9 school report',
    body: 'Your tutor wrote: “Zara is kind, funny and works hard, especially in science and PE.” Attendance 97%. A copy is kept with your worker.',
    when: { from: 'secondary_school', days: 1045 },
    by: 'worker',
  },
  {
    kind: 'photo',
    title: 'Player of the season',
    body: 'The team voted for you. You kept the trophy on your windowsill so it was the first thing you saw in the morning.',
    when: { from: 'today', days: -190 },
    by: 'secondCarer',
    picture: 'football',
  },
  {
    kind: 'memory',
    title: 'Eid with Great-Aunt Samina',
    body: 'You helped make sheer khurma and Great-Aunt Samina said yours was better than hers. Everyone laughed because she never says that.',
    when: { from: 'today', days: -120 },
    by: 'firstCarer',
  },
  {
    kind: 'photo',
    title: 'Your 15th birthday',
    body: 'A pink cake with fifteen candles, pizza with your friends, and a video call with Nan who sang louder than anyone.',
    when: { from: 'birth', years: 15 },
    by: 'firstCarer',
    picture: 'cake',
    candles: 15,
  },
  {
    kind: 'place',
    title: 'The street where I grew up',
    body: 'A long road with a corner shop that sold the best samosas, a tree I used to climb, and trains you could hear at night.',
    when: null,
    by: 'child',
  },
  {
    kind: 'memory',
    title: 'Missing Mum',
    body: 'On Mother’s Day I made a card anyway. It is in my drawer. One day I want to give it to her.',
    when: null,
    by: 'child',
    isHiddenFromCarers: true,
  },
  {
    kind: 'memory',
    title: 'Cooking biryani for everyone',
    body: 'I made Nan’s biryani for the whole house. Dave had seconds AND thirds.',
    when: { from: 'today', days: -3 },
    by: 'child',
    status: 'awaiting_check',
  },
];

export const MIA_IDENTITY = {
  heritage: '',
  whatMatters: 'My mum. My rabbit Biscuit. Drawing. Swimming. Having my own room with a lamp.',
};

export const MIA_STORY: DemoEntry[] = [
  {
    kind: 'photo',
    title: 'Baby Mia, from Mum',
    body: 'Mum says your first teddy went everywhere with you, even in the bath.',
    when: { from: 'birth', years: 0, months: 2 },
    by: 'worker',
    picture: 'teddy',
    isSharedWithFamily: true,
  },
  {
    kind: 'photo',
    title: 'Learning to ride a bike',
    body: 'Three goes in the park and then you were off. You shouted “Don’t let go!” a long time after Sam had let go.',
    when: { from: 'moved_in', days: 60 },
    by: 'firstCarer',
    picture: 'bike',
    isSharedWithFamily: true,
  },
  {
    kind: 'milestone',
    title: 'Ten metres on your own',
    body: 'Your first swimming badge. You wanted it sewn on your pyjamas, not your costume.',
    when: { from: 'moved_in', days: 120 },
    by: 'firstCarer',
  },
  {
    kind: 'photo',
    title: 'Your 9th birthday',
    body: 'Chocolate cake, a unicorn balloon and a sleepover with Ada.',
    when: { from: 'birth', years: 9 },
    by: 'secondCarer',
    picture: 'cake',
    candles: 9,
  },
  {
    kind: 'letter',
    title: 'A letter from Mum',
    body: 'Dear Mia,\nI loved hearing about your swimming badge. I am so proud of you. I am doing my course and thinking of you every day.\nLove you to the moon,\nMum xx',
    when: { from: 'today', days: -2 },
    by: 'parent',
    status: 'awaiting_check',
  },
];
