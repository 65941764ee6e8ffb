import type { DemoModule } from './types.ts';

/** Writing the daily log: why it matters, what to put in it, and how to write it with care. */
export const RECORDING_WELL: DemoModule = {
  title: 'Recording well: daily logs',
  summary:
    'How to keep a daily log that is accurate, kind and useful, for the child now and for the adult they will become.',
  course: { title: 'Managing behaviour', role: 'supplements' },
  passMark: 75,
  estimatedMinutes: 30,
  pages: [
    {
      title: 'Why recording matters',
      body: `Most children grow up surrounded by people who remember their childhood for them: the first word, the bad dream, the day they learned to ride a bike. Children in care often move between homes and lose those memories. Your records may be one of the few places their childhood is written down.

Many people who grew up in care ask to read their files as adults. What they find there can help them make sense of their past, or hurt them all over again. So write every entry as if the child will one day read it, because they might.

Good records also help the people around the child right now:

- **The child’s social worker** uses them to plan, and to understand how the child is doing between visits.
- **Your supervising social worker** uses them to see what support you need.
- **Reviews and courts** may rely on them when big decisions are made about the child’s future.
- **You**: clear, dated notes written at the time protect you if something you did is ever questioned.

Recording is not paperwork for its own sake. It is part of caring for the child.`,
    },
    {
      title: 'What to write in the daily log',
      body: `A daily log does not need to be long. A few clear lines most days are better than a page once a week. Think about:

- **How the child seemed**: their mood, and anything that changed it.
- **What happened**: school, activities, visitors, family time, phone calls.
- **Health**: sleep, eating, any medicine given, accidents or illness, appointments.
- **What the child said** about things that matter to them, in their own words where you can.
- **The good things.** A joke they told, a goal they scored, the first time they asked for a hug. Records full only of problems give a false picture of a child, and children notice.

Each entry should say when it was written and who wrote it. If something happened that you did not see yourself, say who told you: “Ms Patel from school phoned to say…”.

If you are unsure whether something is worth writing down, it usually is. Your supervising social worker can help you find the right balance.`,
    },
    {
      title: 'Writing with care',
      body: `The words we choose shape how a child is seen by everyone who reads about them.

**Describe, do not label.** “Kicked off” or “was manipulative” tells the reader more about the writer than the child. Write what you saw and heard instead:

> At tea, Mia pushed her plate away and shouted that she hated pasta. She calmed down after ten minutes sitting with me in the garden, and ate some toast later.

**Keep facts and opinions apart.** It is fine to give your view, as long as it is clearly yours: “I wondered whether she was worried about tomorrow’s family time.”

**Use everyday words.** Avoid jargon and abbreviations the child would not understand.

**Be fair to everyone.** Write about the child’s family with the same respect you would want if it were your own family being written about. Describe what happened rather than judging the person.

**Include what helped.** If something calmed a difficult moment, write it down. The next person caring for the child will be grateful.`,
    },
    {
      title: 'When a child tells you something worrying',
      body: `Sometimes a child will tell you something that makes you worried for their safety, or someone else’s. This is called a disclosure. What you do next matters.

1. **Listen calmly.** Let the child talk at their own pace. Try not to show shock.
2. **Do not ask leading questions** such as “Did he hurt you?”. Open prompts like “Tell me more” are fine.
3. **Do not promise to keep it secret.** Explain kindly that you may need to tell people whose job is to keep them safe.
4. **Write it down as soon as you can**, using the child’s exact words, with the date, the time and what led up to it.
5. **Tell your supervising social worker the same day.** Out of hours, use the agency’s emergency number. If a child is in immediate danger, call 999.

The daily log is a record, not a way of reporting a concern. Writing something down does not mean the right people know about it. Always speak to someone as well.`,
    },
  ],
  questions: [
    {
      prompt: 'Who might read a child’s records when they are grown up?',
      options: [
        'Only the fostering agency',
        'The child themselves, as an adult',
        'Nobody: records are destroyed when a child leaves care',
      ],
      correct: 1,
      explanation:
        'Many adults who grew up in care ask to read their files. Write every entry as if the child will read it one day.',
    },
    {
      prompt: 'Which of these is the better daily log entry?',
      options: [
        'Mia kicked off at tea again. Typical.',
        'At tea Mia pushed her plate away and shouted. She calmed after ten minutes in the garden with me.',
      ],
      correct: 1,
      explanation:
        'The second entry describes what happened and what helped, without labelling Mia. It is useful to the next reader and fair to her.',
    },
    {
      prompt:
        'A child tells you something worrying about home. After listening, what should you do?',
      options: [
        'Ask lots of questions to get the full story',
        'Write down their exact words and tell your supervising social worker the same day',
        'Wait and mention it at your next supervision visit',
      ],
      correct: 1,
      explanation:
        'Record the child’s own words, with the date and time, and tell your supervising social worker that day. Leading questions can make it harder to keep the child safe.',
    },
    {
      prompt: 'When is the best time to write the daily log?',
      options: [
        'The same day, while it is fresh',
        'Once a week, all in one go',
        'Only when something goes wrong',
      ],
      correct: 0,
      explanation:
        'Notes written on the day are more accurate, and a few lines most days give a truer picture of the child than occasional long entries about problems.',
    },
  ],
};
