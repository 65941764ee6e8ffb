import type { DemoModule } from './types.ts';

/** Following on from the attachment course: what carers see at home and how to respond. */
export const ATTACHMENT_AFTER_THE_COURSE: DemoModule = {
  title: 'Understanding attachment: after the course',
  summary:
    'A follow-on to the classroom course: spotting attachment needs in everyday family life, responding with PACE, and looking after yourself.',
  course: { title: 'Attachment and therapeutic care', role: 'supplements' },
  passMark: 80,
  estimatedMinutes: 40,
  pages: [
    {
      title: 'A quick reminder: what attachment is',
      body: `Attachment is the bond a child forms with the adults who look after them. When a baby cries and someone comes, again and again, the baby learns that adults can be trusted and that the world is mostly safe. That trust becomes a **secure base**: a place to explore from and come back to.

Many children in care did not have that experience. If their cries were ignored, or met with anger, or if the adult who should have comforted them was also the one who frightened them, they learned something different: that adults are unpredictable, and that they have to look after themselves.

Those early lessons are not choices. They are ways of surviving that made sense at the time, and they travel with the child into your home.

On the course you met the patterns often described as secure, avoidant, ambivalent and disorganised. They are useful for understanding, but try not to use them as labels. Every child is more than a pattern, and children can and do learn to trust again, especially with carers who stay steady over time.`,
    },
    {
      title: 'What you might see at home',
      body: `Attachment needs often show up at ordinary moments of the day rather than in a crisis. You might notice a child who:

- **does not ask for help**, even when hurt or ill, because asking never brought comfort before;
- **cannot let you out of sight**, follows you from room to room, or falls apart at small separations;
- **is very friendly with strangers**, going to anyone, which can leave them at risk;
- **needs to be in control** of food, games or bedtime, because control once felt like the only safety;
- **finds changes hard**: the end of the school day, bath time, a new routine, and especially the hours after family time.

It helps to ask “what is this behaviour telling me?” before “how do I stop it?”. A child who refuses to come down for tea might be saying “I don’t believe there will be enough for me”, or “I don’t feel safe at a table full of people”.

Keep a note in the daily log of what you notice and what helped. Patterns often become clear over weeks, not days.`,
    },
    {
      title: 'Therapeutic parenting in everyday life',
      body: `Therapeutic parenting means using everyday care to help a child feel safe enough to heal. One approach many carers find useful is **PACE**, developed by the psychologist Dan Hughes:

- **Playfulness**: lightness and fun, which tell a child they are enjoyed, not just managed.
- **Acceptance**: accepting the feelings underneath the behaviour, even when the behaviour itself is not OK.
- **Curiosity**: wondering aloud, without blame: “I wonder if you were worried I wouldn’t come back?”
- **Empathy**: letting the child know you feel with them: “That sounds so hard.”

A few ideas that go well with PACE:

- **Connection before correction.** A child who feels understood is much more able to listen.
- **Time-in instead of time-out.** Stay close and calm while a child manages big feelings, rather than sending them away.
- **Predictable routines.** Knowing what comes next lowers a child’s alarm.
- **Repair.** Every carer gets it wrong sometimes. Coming back afterwards, naming what happened and reconnecting teaches a child that relationships can survive difficulty.`,
    },
    {
      title: 'Looking after yourself',
      body: `Caring for a child who pushes you away is hard. Over time, stress and rejection can wear down a carer’s capacity to feel warmth towards a child. This is sometimes called **blocked care**. It is a normal human reaction, not a sign that you are a bad carer.

Signs you might be running low:

- you dread the child coming home from school;
- you find yourself going through the motions without feeling much;
- small things make you very angry, or very tearful.

What helps:

- **Talk to your supervising social worker.** Supervision is a place to say how you really feel.
- **Use your support network**: carers’ support groups, a buddy carer, friends and family who understand.
- **Ask about short breaks** if you need time to rest.
- **Notice small changes.** The child who let you sit on the end of their bed for a minute is making progress, even if the week was tough.

You cannot pour from an empty cup. Looking after yourself is part of looking after the child.`,
    },
  ],
  questions: [
    {
      prompt: 'What does PACE stand for?',
      options: [
        'Patience, Authority, Consistency, Effort',
        'Playfulness, Acceptance, Curiosity, Empathy',
        'Praise, Attention, Calm, Encouragement',
      ],
      correct: 1,
      explanation:
        'PACE is Playfulness, Acceptance, Curiosity and Empathy: an attitude of care developed by Dan Hughes.',
    },
    {
      prompt:
        'A child who was neglected rarely asks for help, even when hurt. What is the most likely reason?',
      options: [
        'They are naturally very independent',
        'They learned that asking for help did not bring care',
        'They are trying to be difficult',
      ],
      correct: 1,
      explanation:
        'Children learn from experience. If asking for help never brought comfort, they stop asking. With patient, reliable care they can learn that it is safe to ask.',
    },
    {
      prompt: 'What is “time-in”?',
      options: [
        'Staying close and calm with a child while they manage big feelings',
        'Sending a child to their room until they calm down',
        'Ignoring the behaviour until it stops',
      ],
      correct: 0,
      explanation:
        'Time-in keeps the child connected to you when they most need help to calm down, rather than leaving them alone with overwhelming feelings.',
    },
    {
      prompt: 'You lost your temper with a child earlier today. What helps most now?',
      options: [
        'Carry on as if nothing happened',
        'Wait for the child to apologise first',
        'Come back to the child, name what happened and reconnect',
      ],
      correct: 2,
      explanation:
        'Repair shows a child that relationships can survive difficult moments, which is one of the most healing things they can learn.',
    },
    {
      prompt: 'What does “blocked care” mean?',
      options: [
        'When stress and rejection wear down a carer’s warmth towards a child',
        'When a child refuses to see their family',
        'When a placement ends without warning',
      ],
      correct: 0,
      explanation:
        'Blocked care is a normal reaction to long-term stress. Supervision, support and breaks help carers recover their warmth.',
    },
  ],
};
