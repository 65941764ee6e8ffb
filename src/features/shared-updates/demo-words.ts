// What Sam Okafor has shared with Mia's mum Dani over the last six weeks, and how Dani answered.
// Nothing here says where Mia lives or goes to school: the demo follows the same rules as life.
import type { UpdateReaction, UpdateTopic } from '../../core/db/tables.ts';
import type { UpdatePicture } from './demo-pictures.ts';

/** One demo update: how long ago, what about, the words, and Dani's answer if any. */
export type DemoUpdate = {
  daysAgo: number;
  topic: UpdateTopic;
  body: string;
  picture?: UpdatePicture;
  reaction?: UpdateReaction;
  reply?: string;
  /** Kept in Mia's life story, shared with her family, under this title. */
  lifeStoryTitle?: string;
};

export const DEMO_UPDATES: DemoUpdate[] = [
  {
    daysAgo: 40,
    topic: 'milestone',
    body: 'First evening at swimming club! Mia was nervous at the door, then jumped in with everyone else and swam a whole width on her own. She has already asked if she can go again next week.',
    picture: 'swimming',
    reaction: 'proud',
    reply: 'That’s my girl! She was always fearless in the water. So proud of you Mia x',
    lifeStoryTitle: 'First evening at swimming club',
  },
  {
    daysAgo: 34,
    topic: 'school',
    body: 'Spelling test today: 9 out of 10. She practised her words at breakfast all week and was beaming when she came out of class.',
    reaction: 'proud',
  },
  {
    daysAgo: 28,
    topic: 'health',
    body: 'Check-up at the dentist this morning. No fillings, and the dentist said her brushing is really good. She was very brave and came out with a sticker.',
    reaction: 'thanks',
    reply: 'Thank you for letting me know. She used to hate the dentist, that’s brilliant.',
  },
  {
    daysAgo: 23,
    topic: 'milestone',
    body: 'Mia lost another tooth at tea time, her second this autumn! It had been wobbling all week and finally came out during pudding. It is under her pillow tonight and she is wondering what the tooth fairy pays these days.',
    reaction: 'smile',
  },
  {
    daysAgo: 17,
    topic: 'school',
    body: 'Mia’s class led the assembly this morning. She read out a poem about autumn leaves, loud and clear, and hardly looked at her sheet. Lots of clapping afterwards.',
    reaction: 'love',
    reply: 'Wish I could have heard it! Could she read it to me at family time?',
  },
  {
    daysAgo: 11,
    topic: 'fun',
    body: 'Baking afternoon: we made cupcakes and Mia did all the icing herself, in pink, yellow and green. She saved the best one for you.',
    picture: 'baking',
    reaction: 'love',
  },
  {
    daysAgo: 6,
    topic: 'everyday',
    body: 'Mia went to her first sleepover at a friend’s from her class. She packed her own bag, phoned us to say goodnight and came home tired and very happy.',
  },
  {
    daysAgo: 2,
    topic: 'fun',
    body: 'Mia has been making a birthday card for you, with glitter and a lot of hearts. She wants to give it to you herself at family time, so this is just a peek!',
    picture: 'card',
  },
];
