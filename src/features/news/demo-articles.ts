// Six articles for the demonstration agency's news and blogs: five already public, one scheduled.
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import * as store from './store.ts';

type DemoArticle = {
  slug: string;
  title: string;
  summary: string;
  tags: string[];
  /** Days before today it was published; negative for one scheduled ahead. */
  daysAgo: number;
  author: 'registered_manager' | 'recruitment_officer';
  body: string;
};

const ARTICLES: DemoArticle[] = [
  {
    slug: 'why-feeling-safe-comes-first',
    title: 'Why feeling safe comes first',
    summary:
      'Before a child can learn, play or make friends, they need to feel safe with the grown-ups around them. Here is why we talk so much about attachment.',
    tags: ['attachment', 'our approach'],
    daysAgo: 4,
    author: 'registered_manager',
    body: `When a child first arrives in a new home, they are often watching everything. Who is kind? Who gets cross? Will dinner really come at six o'clock, like they said?

## Trust is learned

Babies learn to trust when someone comes, again and again, when they cry. Some of the children we care for never had that. They learned instead that grown-ups could not be counted on, so they learned to look after themselves.

That is why a child might:

- refuse help, even when they need it;
- test you, to see if you will give up on them;
- find calm moments harder than busy ones.

## What helps

Nothing fixes this quickly. What helps is **the same kind response, day after day**. A bedtime routine that does not change. A carer who says sorry after a hard moment, and means it. Time.

Our carers learn about attachment from their very first course, and talk it through with their supervising social worker. If you would like to know more, read about [our approach](/our-approach).`,
  },
  {
    slug: 'training-that-fits-the-school-run',
    title: 'Training that fits around the school run',
    summary:
      'Our courses run in school term only, between 10am and 2pm, close to where our carers live. A carer tells us what that means for her family.',
    tags: ['training', 'carers'],
    daysAgo: 15,
    author: 'recruitment_officer',
    body: `"I used to dread training days," says one of our carers, who looks after two brothers. "Finding someone to do pick-up, rushing across town. Now I drop the boys off, get to the course, and I'm back at the gate by quarter past three."

## How our training works

- **Close to home.** Courses run in local venues, in the areas where our carers live.
- **School term only.** Nothing in the holidays, when children are at home.
- **10am to 2pm.** Enough time to learn, with time either side for the school run.
- **Catch-up sessions.** Missed a course because a child was ill? Join the catch-up.
- **Online learning.** Extra e-learning courses, to do at home whenever suits you.

## What carers learn

Courses cover attachment and managing behaviour, relationships, keeping children safe, how children develop, health, and a child's culture and identity.

> "It's the other carers I learn most from," she adds. "Someone always says the thing you were thinking."

Find out more about [training and support](/training-and-support).`,
  },
  {
    slug: 'caring-for-a-grandchild',
    title: 'Caring for a grandchild: what kinship carers tell us',
    summary:
      'More and more grandparents, aunts, uncles and family friends are stepping in to care for a child they love. Here is what they wish they had known at the start.',
    tags: ['kinship care', 'families'],
    daysAgo: 29,
    author: 'registered_manager',
    body: `Kinship carers often say yes in a hurry. A phone call comes, a child needs somewhere to go tonight, and of course you say yes. The questions come later.

## What kinship carers wish they had known

1. **You can ask for help.** Being family does not mean you have to manage alone. You can have a supervising social worker, training and support, just like any other carer.
2. **Mixed feelings are normal.** You can love your grandchild and still feel angry, sad or worried about their parents. Those feelings are allowed.
3. **The child may test you too.** Even with someone familiar, a child who has been through a hard time may push boundaries to see if this home will last.
4. **Take the training.** Carers who were unsure at first often say the courses on attachment helped them understand their grandchild much better.

If you are caring for a child you know, or might soon, read about [kinship care](/kinship-care) or get in touch for a chat.`,
  },
  {
    slug: 'helping-children-feel-they-belong',
    title: 'Helping children feel they belong',
    summary:
      'A child who moves into care can lose more than a home: friends, routines, food, faith and the stories that say who they are. Small things help them keep hold.',
    tags: ['belonging', 'identity'],
    daysAgo: 47,
    author: 'registered_manager',
    body: `Belonging is the feeling that you are part of something: a family, a group of friends, a community. For a child in care it can be fragile.

## Small things that matter

- **Names and words.** Learn how to say the child's name the way their family does, and the words they use for things at home.
- **Food.** A favourite meal from home can say "you are welcome here" better than any speech.
- **Faith and culture.** Help the child keep going to their place of worship, or their club, or their language class.
- **Photos and keepsakes.** Keep them safe. They are part of the child's story, and they go with the child wherever they go.

## Relationships come first

Belonging grows through people. Teachers, coaches, neighbours, an old foster carer, a cousin: every person who stays in touch is a thread that holds. We help children keep those threads, and find new ones.`,
  },
  {
    slug: 'talking-about-the-future-with-young-people',
    title: 'Talking about the future with young people',
    summary:
      'Where will I live when I grow up? Who will be my family? These are big questions. We believe young people should help answer them, over many conversations.',
    tags: ['young people', 'permanency'],
    daysAgo: 66,
    author: 'recruitment_officer',
    body: `For a young person in care, "the future" can feel like something other people decide. We want it to be the other way round.

## One conversation is never enough

Plans about where a young person will live long-term, sometimes called permanency, matter too much to settle in one meeting. We talk with young people many times, as they grow and as things change. What they want at twelve may not be what they want at fifteen, and that is fine.

## Who is already there?

Before we look for new people, we ask: who already cares about this young person? It might be:

- an aunt they have not seen for a while;
- a former neighbour or foster carer;
- a sports coach or youth leader;
- a friend from their faith community.

Any of these people might become part of a lasting network, and some might offer a home.

## Their words, their choice

We write down what young people tell us, in their own words. The decision should make sense to them, because it is their life.`,
  },
  {
    slug: 'working-together-birth-parents-and-carers',
    title: 'Working together: birth parents and foster carers',
    summary:
      'When birth parents and carers build a good relationship, children settle better and are more likely to go home safely. Here is how we help that happen.',
    tags: ['families', 'carers'],
    daysAgo: -10,
    author: 'registered_manager',
    body: `Most children who come into foster care go home again. Foster care is meant to be a safe place while a family gets back on its feet.

## Starting well

Early on, we try to bring birth parents and carers together for a short, friendly meeting. It is not about the past. It is about the child: what they like for breakfast, how they get to sleep, what scares them.

## Keeping in touch

After that, regular news helps everyone. A carer might share a photo from sports day, or a note about a good week at school. A parent might share what always worked at bedtime.

## Sharing decisions

Parents can stay part of everyday choices, like haircuts and school trips, where it is safe. Children notice when the grown-ups in their life are on the same side, and it helps them feel they do not have to choose.

When a child goes home, support carries on, so that home stays home.`,
  },
];

/**
 * Adds the demonstration articles, signed by the demo agency's registered manager and recruitment
 * officer. Does nothing when there is no one to sign them. Returns how many were added.
 */
export async function seedDemoArticles(ctx: Ctx): Promise<number> {
  const authors = {
    registered_manager: await store.findFirstUserWithRole(ctx.db, 'registered_manager'),
    recruitment_officer: await store.findFirstUserWithRole(ctx.db, 'recruitment_officer'),
  };
  const { timeZone } = await getAgencySettings(ctx.db);
  const today = DateTime.fromJSDate(ctx.now, { zone: timeZone }).startOf('day');
  let added = 0;
  for (const article of ARTICLES) {
    const authorId = authors[article.author] ?? authors.registered_manager;
    if (!authorId) continue;
    const id = await store.insertArticle(ctx.db, {
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      bodyMarkdown: article.body,
      status: 'published',
      publishOn: today.minus({ days: article.daysAgo }).toISODate()!,
      authorId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await store.replaceTags(ctx.db, id, article.tags);
    added += 1;
  }
  return added;
}
