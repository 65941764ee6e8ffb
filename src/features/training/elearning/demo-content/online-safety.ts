import type { DemoModule } from './types.ts';

/** Online safety for children in care: the risks, house rules, and what to do when it goes wrong. */
export const STAYING_SAFE_ONLINE: DemoModule = {
  title: 'Staying safe online with children',
  summary:
    'Helping children enjoy life online while keeping them safe: the extra risks for children in care, agreeing house rules, and what to do when something goes wrong.',
  course: { title: 'Safeguarding children', role: 'supplements' },
  passMark: 75,
  estimatedMinutes: 35,
  pages: [
    {
      title: 'Children’s lives online',
      body: `For most children, being online is simply part of life: chatting with friends, gaming, homework, music, finding people who share their interests. For a child in care, it can also be a link to friends from an old school or a way to feel less alone. Taking it away completely often does more harm than good.

The risks are often grouped into four areas:

- **Content**: seeing things that are violent, sexual, hateful or that encourage self-harm.
- **Contact**: adults who try to befriend children to exploit or abuse them, sometimes pretending to be another young person.
- **Conduct**: bullying, or sharing things that hurt others or themselves, including nude or sexual images.
- **Commerce**: scams, in-game spending and gambling-like features.

Children in care can face **extra risks**. Someone they should not be in touch with might find them through a tagged location, a school uniform in a photo or a friend’s post. Children who have been hurt may also be more drawn to adults who offer attention and gifts online. None of this means children in care cannot go online. It means the adults around them need to stay interested and involved.`,
    },
    {
      title: 'Agreeing house rules together',
      body: `Your household’s **safer caring plan** should include phones, tablets, games consoles and computers. Talk it through with your supervising social worker, and with the child’s social worker, who will know about any risks from particular people.

Rules work best when children help make them. Some ideas:

- **Talk often**, about the good things as well as the worries. A child who expects to be listened to, not punished, is more likely to tell you when something goes wrong.
- **Know the apps and games** the child uses. Ask them to show you; most children enjoy being the expert.
- **Check privacy and location settings** together, so strangers cannot see where the child lives or goes to school.
- **Agree where devices live at night.** Charging them outside bedrooms helps sleep and lowers risk.
- **Use parental controls and filters** as a help, not the whole answer. They miss things, and older children can often get round them.
- **Photos:** check with the child’s social worker before sharing any picture of a child in care, and never post one publicly. That includes family celebrations on your own social media.

Revisit the rules as the child grows. What suits an eight-year-old will not suit a fifteen-year-old.`,
    },
    {
      title: 'When something goes wrong',
      body: `However careful you are, things can still go wrong online. How you respond can make the difference between a child telling you next time, or not.

**If a child tells you about something worrying**, stay calm and thank them for telling you. Try not to take their device away as a punishment: that teaches children to keep quiet.

**If a nude or sexual image of a child is being shared:**

- do not look at, copy, forward, print or save the image, even to show someone;
- reassure the young person that they are not in trouble and you will help;
- tell your supervising social worker straight away;
- young people under 18 can use the **Report Remove** tool from Childline and the Internet Watch Foundation to have the image taken down.

**If someone from the child’s past makes contact** unexpectedly, do not reply for the child. Note what was sent and when, and tell your supervising social worker and the child’s social worker. Help the child with how it made them feel.

**If an adult is trying to groom or exploit a child**, you can also report it to CEOP, the National Crime Agency’s child protection team. If a child is in immediate danger, call 999.

Whatever happens, write it in the daily log the same day.`,
    },
  ],
  questions: [
    {
      prompt: 'Why might a child in foster care need extra care with photos online?',
      options: [
        'People they should not be in touch with could use photos to find them',
        'Photos of children are always against the law',
        'Photos use up too much data',
      ],
      correct: 0,
      explanation:
        'A tagged location, a school uniform or a familiar street can tell someone where a child lives. Check with the child’s social worker before sharing any photo.',
    },
    {
      prompt:
        'A young person tells you a nude image of them is being shared. What is the right first response?',
      options: [
        'Ask to see the image so you know how serious it is',
        'Stay calm, reassure them, do not look at or forward the image, and tell your supervising social worker',
        'Tell them to delete all their accounts and not talk about it',
      ],
      correct: 1,
      explanation:
        'Never view, copy or forward the image. Reassure the young person, tell your supervising social worker straight away, and know about Report Remove from Childline and the Internet Watch Foundation.',
    },
    {
      prompt: 'How much can parental controls and filters do?',
      options: [
        'They keep children completely safe on their own',
        'They help, alongside talking together and agreed house rules',
        'They are not worth using at all',
      ],
      correct: 1,
      explanation:
        'Controls and filters are useful, but they miss things. Talking often and agreeing rules together matters more.',
    },
    {
      prompt:
        'A child’s birth parent sends them a friend request online, but the care plan says family time is supervised. What should you do?',
      options: [
        'Accept it for the child, to keep the peace',
        'Block it and say nothing to anyone',
        'Do not reply; record it and tell your supervising social worker and the child’s social worker',
      ],
      correct: 2,
      explanation:
        'Unplanned contact needs to be shared with the social workers who know the plan and the risks. Record what happened and support the child with how they feel about it.',
    },
  ],
};
