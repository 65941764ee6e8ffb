// The demo's permanency planning, told through three children's own words. Zara, 15, has talked
// it through five times in a year and has a decision; Jay, 12, has had two talks and none for
// months, so he shows as drifting; Mia, 9, hopes to go home to her mum. Every other child's
// history is drawn from the words by age further down (see demo-generated.ts).
import type { PermanencyOption } from '../../core/db/tables.ts';

/** A conversation, so many days before the demo's today, and who was there besides the child. */
export type DemoConversation = {
  daysAgo: number;
  /** The child's social worker was there too. */
  withSocialWorker: boolean;
  /** The first name of the carer who was there, if one was. */
  withCarer: string | null;
  options: PermanencyOption[];
  words: string;
  questions: string;
  feelings: string;
  nextSteps: string;
};

export type DemoStory = {
  /** How the child is found: the name they go by and their last name. */
  knownAs: string;
  lastName: string;
  conversations: DemoConversation[];
  decision: {
    daysAgo: number;
    choice: PermanencyOption | null;
    words: string;
    decided: PermanencyOption;
    reasons: string;
  } | null;
  /** What the latest reviews said, newest first; older reviews say `earlierReview`. */
  recentReviews: string[];
  earlierReview: string;
};

const zara: DemoStory = {
  knownAs: 'Zara',
  lastName: 'Ahmed',
  conversations: [
    {
      daysAgo: 395,
      withSocialWorker: true,
      withCarer: null,
      options: ['return_home'],
      words:
        'I know you have to ask but I’m not going back to Mum’s. It’s not that I hate her. I just can’t live like that again, always checking if she’s ok before I go to school. I want to see her at family time and that’s it.\nPlease don’t make me say it every single time.',
      questions: 'If I say no now, does that mean I can never change my mind?',
      feelings: 'Fed up at first that we were asking again; calmer by the end, and relieved.',
      nextSteps:
        'Hannah will make sure your review knows you do not want to go home. Family time with your mum stays once a month.',
    },
    {
      daysAgo: 300,
      withSocialWorker: false,
      withCarer: 'Ruth',
      options: ['long_term_fostering', 'adoption'],
      words:
        'Adoption is for little kids, I’m 14. And I’m not changing my name. What I actually want is to stay here with Ruth and Dave. They don’t make a big deal out of stuff. Dave picks me up from netball even when it’s chucking it down, he moans about it but he still comes.',
      questions:
        'Can Ruth and Dave make it official that I’m staying? Would I still have a social worker?',
      feelings: 'Happy talking about Ruth and Dave. Went quiet when adoption came up.',
      nextSteps:
        'Your social worker will find out what staying with Ruth and Dave for good would mean, and come back to you.',
    },
    {
      daysAgo: 215,
      withSocialWorker: true,
      withCarer: null,
      options: ['kinship', 'long_term_fostering'],
      words:
        'Nan’s amazing but she’s 78 and her flat’s got one bedroom, so no. I don’t want to live with her, I want her to still be there, like Sunday dinners and her ringing me after exams.\nAnd my great-aunt, she’s the one who tells me what Mum was like when she was little. I want both of them in it, whatever it ends up being.',
      questions: 'Can Nan come to my review? Can I have my great-aunt’s number in my phone?',
      feelings:
        'Got a bit upset talking about Nan, then said she was fine. Smiled a lot about her great-aunt.',
      nextSteps:
        'Hannah will talk to Ruth about Nan coming for Sunday dinner once a month. Your social worker will ask Nan if she would like to come to your next review.',
    },
    {
      daysAgo: 125,
      withSocialWorker: false,
      withCarer: 'Ruth',
      options: ['staying_put', 'long_term_fostering'],
      words:
        'What happens when I’m 18? Chloe’s cousin had to leave her foster carers on her birthday and go to a hostel. That’s not happening to me, right? Ruth says I can stay but I want it written down somewhere.',
      questions:
        'Is staying put a real thing or just something people say? Can I stay till I finish college?',
      feelings: 'Worried to start with. Relieved once we had talked through staying put.',
      nextSteps:
        'Hannah will talk to Ruth and Dave about staying put after 18. You said you would think about what you want to say at your review.',
    },
    {
      daysAgo: 40,
      withSocialWorker: true,
      withCarer: 'Ruth',
      options: ['long_term_fostering', 'staying_put', 'kinship'],
      words:
        'Ok I’ve decided. I stay with Ruth and Dave till I’m grown up, then I stay put while I do college. Nan and my great-aunt keep coming to things. That’s my plan and I want everyone to stop asking me if I’m sure!! (I am sure.)',
      questions:
        'When does it get decided properly? Will I be allowed to read what they write about it?',
      feelings: 'Sure of herself, a bit cheeky, and pleased to be asked to say it at her review.',
      nextSteps:
        'You will say your plan in your own words at your review. Hannah will take it to the meeting where the decision is made, and you will be able to read the decision here.',
    },
  ],
  decision: {
    daysAgo: 21,
    choice: 'long_term_fostering',
    words:
      'Long-term fostering with Ruth and Dave, and staying put when I’m 18 so I can finish college. Nan and my great-aunt stay close.',
    decided: 'long_term_fostering',
    reasons:
      'Zara has lived with Ruth and Dave Bennett for over two years. She is settled, doing well at school and plays netball for the county. Across five conversations in the past year she has said, clearly and consistently, that she wants to stay with them until she is grown up, and she has ruled out going back to live with her mum while wanting family time with her to carry on.\nRuth and Dave want Zara to stay and have agreed to staying put from 18 so that she can finish college. Her nan and great-aunt matter to her and stay part of her life through regular visits.\nA long-term match with the Bennetts is confirmed; staying put will be planned with Zara from her 16th birthday.',
  },
  recentReviews: [
    'Zara gave her plan in her own words: long-term with Ruth and Dave, staying put from 18 for college. Her nan came. The review supported a long-term match with the Bennetts, to go to the decision meeting.',
    'Zara asked about what happens at 18. Staying put is to be talked through with Zara and the Bennetts before the next review. Her nan would like to come to reviews.',
    'Zara has said she does not want to return home; the review agreed. Family time with her mum stays monthly. Staying with the Bennetts for the long term is to be explored with her.',
  ],
  earlierReview:
    'Zara is settled with the Bennetts. The options for her future are to be talked through with her over the coming months.',
};

const jay: DemoStory = {
  knownAs: 'Jay',
  lastName: 'Walsh',
  conversations: [
    {
      daysAgo: 260,
      withSocialWorker: true,
      withCarer: null,
      options: ['long_term_fostering', 'kinship'],
      words:
        'I like it at Sam and Jess’s. There’s a trampoline and Ada lets me go on her Xbox sometimes. Uncle Shane takes me to the football. I don’t want to live at his though cos he works nights. Can I just stay here?',
      questions: 'Is Mia staying too?',
      feelings: 'Chatty and bouncing about; fidgety when his dad came up.',
      nextSteps:
        'Hannah will talk to your social worker about you staying with Sam and Jess for good.',
    },
    {
      daysAgo: 140,
      withSocialWorker: false,
      withCarer: 'Sam',
      options: ['long_term_fostering', 'adoption'],
      words:
        'Sam asked if I’d ever want to be adopted. I don’t know. I’d still be Jay Walsh, right? I’m not changing my name, it’s my dad’s name. I’ll think about it.',
      questions:
        'If you get adopted do you have to change your name? Would I still see Uncle Shane?',
      feelings: 'Quiet and thinking hard. Said “it’s a lot”.',
      nextSteps:
        'Hannah will bring you something to read about adoption and names, and talk with you again soon.',
    },
  ],
  decision: null,
  recentReviews: [
    'Jay is settled with Sam and Jess and would like to stay. Adoption has been raised and he wants time to think about it. A decision about his long-term plan is still needed.',
  ],
  earlierReview: 'Jay is settled with the Okafors. His long-term plan is still to be agreed.',
};

const mia: DemoStory = {
  knownAs: 'Mia',
  lastName: 'Price',
  conversations: [
    {
      daysAgo: 35,
      withSocialWorker: true,
      withCarer: 'Jess',
      options: ['return_home'],
      words:
        'I want to go home to Mummy. She’s got a new flat and there’s a bedroom for me and it’s going to be purple. But I still want to see Jess and Sam and Ada and Jay. Can Jess come to Mummy’s for tea?',
      questions: 'When can I go home? Will I still go to my school?',
      feelings: 'Excited about her mum’s new flat. A bit teary when she thought about leaving Jay.',
      nextSteps:
        'You will see your mum more often, twice a week to start with. Hannah will check with your school about you staying there.',
    },
  ],
  decision: {
    daysAgo: 28,
    choice: 'return_home',
    words: 'Going home to Mummy but still seeing Jess and Sam.',
    decided: 'return_home',
    reasons:
      'Mia’s mum has finished her parenting course and her new flat is ready for Mia. Family time has gone well for three months. The plan is for Mia to go home step by step, with more family time first, and it will be checked at her next review. Mia wants to go home and to keep seeing the Okafors, and the plan makes room for both.',
  },
  recentReviews: [
    'Mia’s mum has finished her parenting course and family time is going well. The review supported working towards Mia going home, step by step, to be checked at the next review.',
  ],
  earlierReview:
    'Mia is settling with Sam and Jess. Family time with her mum three times a week; the assessment of her mum continues.',
};

export const DEMO_STORIES: DemoStory[] = [zara, jay, mia];

/** Ages the generated children's words are written for: under 2, 2 to 5, 6 to 12, 13 and over. */
export type DemoAgeBand = 'baby' | 'little' | 'middle' | 'teen';

/** Something a child said, and the option it was about (none: it could come up in any talk). */
export type DemoPhrase = { about: PermanencyOption | null; words: string };

/**
 * What children of an age say, ask and feel. Placeholders: {name} the child, {carer} the carer
 * who was there (or one of the home's carers), {carers} all the home's carers, {worker} the
 * supervising social worker's first name.
 */
export type DemoAgeWords = {
  /** The plans a child of this age is likely to head towards, likelier ones repeated. */
  directions: PermanencyOption[];
  /** The options talked through with children of this age. */
  explored: PermanencyOption[];
  phrases: DemoPhrase[];
  questions: string[];
  feelings: string[];
  nextSteps: string[];
};

const baby: DemoAgeWords = {
  directions: ['return_home', 'kinship', 'adoption'],
  explored: ['return_home', 'kinship', 'adoption'],
  phrases: [
    {
      about: null,
      words: 'Ba-ba-ba! (No words yet. Babbled at {carer} all visit, then fell asleep.)',
    },
    {
      about: null,
      words: '(Too young for words. Fed well, smiled at {carer} and kicked happily on the mat.)',
    },
    { about: null, words: 'Mama? (Says it to everyone at the moment, {carer} included.)' },
    {
      about: null,
      words: '(Crawled to the toy box and kept bringing things back to {carer}, one at a time.)',
    },
    { about: null, words: 'Da! Da! (Pointing at the dog next door through the window.)' },
    { about: null, words: '(Asleep for most of the visit, tucked into {carer}’s shoulder.)' },
    { about: null, words: 'Uh-oh! (Dropping the spoon on purpose and laughing every time.)' },
    {
      about: null,
      words: '(Startled at the doorbell and calmed straight away once {carer} picked them up.)',
    },
    {
      about: 'kinship',
      words:
        'Nana! (The first clear word, {carer} says, and heard a lot since family time with Nan.)',
    },
    {
      about: null,
      words: '(Watched us closely. Held on to {carer}’s jumper and did not want to be put down.)',
    },
    {
      about: 'return_home',
      words: 'Mama. (Patted the photo of Mum on the fridge and gave it a kiss.)',
    },
    {
      about: null,
      words:
        '(Pulled up to stand on the sofa for the first time, then looked round to check {carer} had seen.)',
    },
    { about: null, words: 'Bye-bye! (Waving at everyone, over and over.)' },
    {
      about: 'kinship',
      words:
        '(Reaches for Nan as soon as she arrives at family time and goes quiet and still in her arms.)',
    },
    { about: null, words: 'More! (More raisins, more peekaboo, more of everything.)' },
    { about: null, words: '(Quiet and watchful with us; giggly as soon as {carer} sang.)' },
    { about: null, words: 'Ta. (Handing out bricks to everyone in the room, one each.)' },
    {
      about: 'return_home',
      words:
        '(Settled well at the last family time: Dad did the bottle and the nappy without help.)',
    },
  ],
  questions: [''],
  feelings: [
    'Content and settled.',
    'Smiley and alert.',
    'Tired but calm.',
    'Grizzly at first; calm in {carer}’s arms.',
    'Settled, and sleeping better, {carer} says.',
    'A little unsettled after family time, then back to normal by bedtime.',
  ],
  nextSteps: [
    '{worker} will share {carer}’s notes on how {name} is settling with {name}’s social worker.',
    '{carer} will keep the memory box going with photos from family time.',
    'Family time stays the same for now; {worker} will ask how it is going next month.',
    '{worker} will check the plan for {name} with the social worker before the next review.',
    '{carer} will write down {name}’s new words and firsts for the life story book.',
  ],
};

const little: DemoAgeWords = {
  directions: ['return_home', 'return_home', 'kinship', 'kinship', 'adoption'],
  explored: ['return_home', 'kinship', 'adoption'],
  phrases: [
    { about: 'return_home', words: 'I want Mummy. Mummy’s house has got my bed.' },
    { about: 'return_home', words: 'When I go home can I take my dinosaur? He’s called Roary.' },
    { about: 'return_home', words: 'Daddy said soon. Is it soon yet?' },
    {
      about: 'return_home',
      words: 'I miss my mum. I do her a picture every day and {carer} keeps them.',
    },
    {
      about: 'return_home',
      words: 'Mummy is going to the doctor’s to get better. Then I go home.',
    },
    { about: 'kinship', words: 'Nanny’s got a cat called Biscuit. I want to sleep at Nanny’s.' },
    { about: 'kinship', words: 'Auntie does the best pancakes. Can I live at hers?' },
    { about: 'kinship', words: 'Grandad lets me help in his garden. I grew a tomato!' },
    { about: 'kinship', words: 'I like Nana’s house. It smells like toast.' },
    { about: 'adoption', words: 'A forever family? Would they have a trampoline?' },
    { about: 'adoption', words: 'Will my new mummy and daddy know I like ketchup on everything?' },
    { about: 'adoption', words: 'Can my blanket come to the forever house? And my rabbit?' },
    { about: 'long_term_fostering', words: 'I like it here. {carer} does the bath with bubbles.' },
    { about: 'long_term_fostering', words: 'This is my room now. I’ve got stars on the ceiling.' },
    {
      about: 'long_term_fostering',
      words: 'I don’t want to move again. I want to stay with {carers}.',
    },
    { about: null, words: 'I can do the monkey bars all by myself! Watch!' },
    { about: null, words: 'Can we go to the park now? I’ve finished talking.' },
    {
      about: null,
      words: 'I did a big picture of all my people. That’s Mummy, that’s {carer}, that’s me.',
    },
    { about: null, words: 'I had a bad dream but {carer} came. I’m not scared now.' },
    { about: null, words: 'My friend at nursery is called Amira. She’s got a loose tooth.' },
  ],
  questions: [
    'Can Mummy come to my birthday?',
    'Will I still go to my nursery?',
    'Can {carer} come too?',
    'Where will my toys go?',
    'Can I bring my bike?',
    'Is Nanny coming on Saturday?',
    '',
  ],
  feelings: [
    'Chatty and busy; happy to draw while we talked.',
    'Shy at first; warmed up over a game of snap.',
    'Tearful talking about Mummy, then fine after a cuddle with {carer}.',
    'Bouncy and excited, hard to keep on one subject.',
    'Quiet; more interested in the toy cars than in us.',
    'Cheerful and proud of a new drawing.',
    'Clingy with {carer} today; a cold coming on, {carer} thinks.',
  ],
  nextSteps: [
    '{worker} will talk to {name}’s social worker about more time with Nanny.',
    '{carer} will make a little book of photos so {name} can see who is who.',
    '{worker} will check the plan for {name} with the social worker before the next review.',
    'Family time stays the same for now; {worker} will ask how it is going next month.',
    '{carer} will keep a note of what {name} says about home, to share at the review.',
    '{worker} will ask nursery how {name} is getting on and bring it to the review.',
  ],
};

const middle: DemoAgeWords = {
  directions: ['long_term_fostering', 'long_term_fostering', 'return_home', 'kinship'],
  explored: ['return_home', 'kinship', 'long_term_fostering'],
  phrases: [
    {
      about: 'return_home',
      words:
        'Mum says she’s doing everything the judge wants. I just want to know when I can go back.',
    },
    {
      about: 'return_home',
      words: 'I want to go home but not if Dad’s still there. Can you make sure?',
    },
    {
      about: 'return_home',
      words: 'I’d go home tomorrow if I could. I miss my bedroom and my cat.',
    },
    {
      about: 'return_home',
      words:
        'Mum cried at family time. I think she really wants me back. I think I want to go back too.',
    },
    {
      about: 'return_home',
      words: 'Sometimes I want to go home and sometimes I don’t. Is that allowed?',
    },
    { about: 'kinship', words: 'Why can’t I live with my auntie? She said she’d have me.' },
    {
      about: 'kinship',
      words: 'My grandad’s got a spare room now. He cleared all the junk out of it.',
    },
    {
      about: 'kinship',
      words: 'I could live at Nan’s and still go to my school. It’s only two buses.',
    },
    {
      about: 'kinship',
      words: 'My cousin lives with our auntie and she’s fine. Could I go there too?',
    },
    {
      about: 'long_term_fostering',
      words: 'I like it here with {carers}. I don’t want to keep changing schools.',
    },
    {
      about: 'long_term_fostering',
      words: 'Can I just stay here till I’m grown up? I’ve got my own room and everything.',
    },
    {
      about: 'long_term_fostering',
      words: '{carer} came to my football match and shouted the loudest. I want to stay.',
    },
    {
      about: 'long_term_fostering',
      words: 'I’ve moved four times. I want this one to be the last one.',
    },
    {
      about: 'long_term_fostering',
      words: 'It’s alright here. The food’s good and nobody shouts.',
    },
    {
      about: 'adoption',
      words: 'I’m too old to be adopted, aren’t I? I thought it was only babies.',
    },
    {
      about: 'adoption',
      words: 'If I got adopted would I have to stop seeing my brother? Then no.',
    },
    { about: null, words: 'Can we talk about this another day? I’ve got a spelling test.' },
    { about: null, words: 'I don’t really know. Can’t you just decide and tell me?' },
    { about: null, words: 'I want to be a vet. Whatever happens, I’m still going to be a vet.' },
    { about: null, words: 'Why does everyone keep asking me the same thing?' },
  ],
  questions: [
    'Will I still see my brother?',
    'Do I have to change schools?',
    'How long does the judge take?',
    'Can I see Mum more?',
    'Who decides in the end?',
    'Can I come to the meeting?',
    'Will you tell Mum what I said?',
    '',
  ],
  feelings: [
    'Open and thoughtful.',
    'Fidgety; happier talking while kicking a ball in the garden.',
    'Upset about waiting for court; calmer by the end.',
    'Matter-of-fact at first, then asked good questions.',
    'Guarded at first; opened up in the car on the way back from school.',
    'Worried about moving schools; relieved to hear it is not planned.',
    'Cross at being asked again, then joined in.',
  ],
  nextSteps: [
    '{worker} will take what you said to your review.',
    '{worker} will find out what happens next with court, and tell you.',
    'Your social worker will visit before the review, so you can tell them yourself.',
    '{worker} will ask about more family time and let you know.',
    'You will write down what you want the review to hear; {carer} will help if you want.',
    '{worker} will find out if your brother can come for tea, and let you know.',
  ],
};

const teen: DemoAgeWords = {
  directions: ['long_term_fostering', 'long_term_fostering', 'staying_put'],
  explored: ['long_term_fostering', 'staying_put', 'kinship'],
  phrases: [
    {
      about: 'long_term_fostering',
      words: 'I’m staying here. It works with {carers} and I’m not starting again somewhere new.',
    },
    {
      about: 'long_term_fostering',
      words: 'I want it properly sorted that I’m staying with {carers}. Not “for now”. Properly.',
    },
    {
      about: 'long_term_fostering',
      words: 'I like my school and my mates are here. Moving would wreck everything.',
    },
    {
      about: 'long_term_fostering',
      words: 'Honestly it’s fine here. {carer} goes on about my phone but that’s normal, right?',
    },
    {
      about: 'long_term_fostering',
      words: 'I just want to know I won’t get moved the next time something kicks off.',
    },
    {
      about: 'staying_put',
      words: 'What happens when I’m 18? I’m not ready to live on my own and do bills and that.',
    },
    {
      about: 'staying_put',
      words:
        '{carer} said I can stay after 18. Does that actually count or does it need to be on paper?',
    },
    {
      about: 'staying_put',
      words: 'I want my own flat one day, but not at 18. Maybe 20, when I’ve finished my course.',
    },
    {
      about: 'staying_put',
      words:
        'Can I stay here while I’m at college? I don’t want to move out in the middle of exams.',
    },
    {
      about: 'staying_put',
      words: 'I want to learn to cook properly before I move out. {carer} is teaching me a curry.',
    },
    {
      about: 'kinship',
      words: 'My uncle keeps saying I could move in with him. He says a lot of things.',
    },
    {
      about: 'kinship',
      words: 'I want Nan in my life, not to live with her. She’s got her own stuff going on.',
    },
    {
      about: 'kinship',
      words: 'My sister’s got a flat now. I’d live with her if she had room, but she doesn’t.',
    },
    {
      about: 'return_home',
      words: 'I’m not going back to Mum’s. I’ll see her, but when I want to.',
    },
    {
      about: 'return_home',
      words:
        'Dad says he’s sorted himself out. I want to see him more before anyone decides anything.',
    },
    { about: null, words: 'Do I have to decide now? I’ve got my mocks.' },
    { about: null, words: 'Just write down that I want a say. Every time. That’s it.' },
    {
      about: null,
      words: 'I don’t like talking about it in front of loads of people. Can it just be us?',
    },
    { about: null, words: 'Whatever happens I want to keep my job at the café. It’s mine.' },
    { about: null, words: 'I’m fine. Seriously. Ask me again when I’m not starving.' },
  ],
  questions: [
    'Who actually makes the decision?',
    'Can I come to the review, or just send something?',
    'What does staying put mean, properly?',
    'Can I see what gets written about me?',
    'Will I still get help with college after 18?',
    'Can I have my brother’s number?',
    'Do I get a say in who my social worker is?',
    '',
  ],
  feelings: [
    'Relaxed and clear about what matters.',
    'Eye-rolling, but listened, and had strong views.',
    'Anxious about turning 18; reassured once staying put was explained.',
    'Quiet; wrote some thoughts down rather than saying them.',
    'Confident and a bit cheeky.',
    'Tired after school; short answers, but clear ones.',
    'Frustrated with how long everything takes.',
  ],
  nextSteps: [
    '{worker} will take what you said to your review, in your words.',
    '{worker} will find out about staying put and come back to you.',
    'Your social worker will meet you on your own before the review, as you asked.',
    '{worker} will ask whether you can see your records, and how.',
    'You will think about what you want to say at your review; {carer} will help if you want.',
    '{worker} will talk to {carers} about what happens after 18, and you will be part of it.',
  ],
};

/** The generated children's words, by age. */
export const DEMO_WORDS_BY_AGE: Record<DemoAgeBand, DemoAgeWords> = { baby, little, middle, teen };

/**
 * What a child said when the decision was made, by the plan decided: short for children under 6,
 * fuller for older ones. `kinship_home` is for a child who already lives with family.
 */
export const DEMO_DECISION_WORDS: Record<
  PermanencyOption | 'kinship_home',
  { young: string[]; older: string[] }
> = {
  return_home: {
    young: ['Mummy’s house!', 'Home to Daddy, with my dinosaur.'],
    older: [
      'Going home to Mum, slowly, like we said. And I still see {carers}.',
      'Home, but with someone checking in. That’s fair.',
    ],
  },
  kinship: {
    young: ['Nanny’s house, with Biscuit.', 'Auntie’s.'],
    older: [
      'Living with my family. That’s what I wanted.',
      'Going to Nan’s, and staying at my school.',
    ],
  },
  kinship_home: {
    young: ['Stay with {carer}.', 'This house. For always.'],
    older: ['Staying with {carers} for good.', 'Here, with my family. Finally sorted.'],
  },
  adoption: {
    young: [
      'A forever family, and my rabbit comes too.',
      'A new mummy and daddy, and letters to Mummy.',
    ],
    older: ['A family for good, as long as I can still see my brother.'],
  },
  long_term_fostering: {
    young: ['Stay here with {carers}.'],
    older: ['Staying with {carers} till I’m grown up.', 'Here. For good this time.'],
  },
  staying_put: {
    young: [],
    older: [
      'Staying here after 18 while I finish college.',
      'Staying with {carers} after I’m 18, then my own place when I’m ready.',
    ],
  },
};

/** Why each plan was decided, as a social worker writes it. */
export const DEMO_DECISION_REASONS: Record<PermanencyOption | 'kinship_home', string> = {
  return_home:
    'The changes the plan asked of {name}’s family have been made and have lasted, and family time has gone well for months. {name} wants to go home. The plan is a return home step by step, with more family time first, checked at the next review.',
  kinship:
    'A relative has been assessed as a connected carer and wants to care for {name} until they are grown up. {name} knows them well and wants to live with them. The plan is kinship care, with a special guardianship order to be applied for.',
  kinship_home:
    '{name} is settled with family, living with {carers}, and wants to stay. A special guardianship order will give {carers} lasting parental responsibility, with support planned alongside it.',
  adoption:
    'A return home is not safe and no one in the family is able to care for {name} for the long term. {name} needs a family for life. The plan is adoption, with letterbox contact with birth family, and {carers} helping {name} move on gently when the time comes.',
  long_term_fostering:
    '{name} is settled with {carers}, doing well and wants to stay. A return home is not safe and family members have been considered. The carers want {name} to stay too; a long-term match with {carers} is to be confirmed.',
  staying_put:
    '{name} is settled with {carers} and wants to stay until grown up, then stay put while studying, and the carers have agreed. The long-term match stands, with staying put planned from 16.',
};

/** A plan as a review's notes say it, in the middle of a sentence. */
export const DEMO_PLAN_WORDS: Record<PermanencyOption, string> = {
  return_home: 'going home step by step',
  kinship: 'living with family for good',
  adoption: 'adoption',
  long_term_fostering: 'long-term fostering',
  staying_put: 'long-term fostering, then staying put after 18',
};

/** What generated reviews said: {explored} is the plans looked at, {plan} the plan decided. */
export const DEMO_REVIEW_NOTES = {
  first: [
    '{name} is settling in with {carers}. Family time is set up, and the options for {name}’s future will be talked through with {name} over the coming months.',
    '{name} has arrived safely with {carers} and is getting used to the house. Health and school checks are booked; the plan for the future is to be talked through.',
  ],
  exploring: [
    'The review looked at {explored} for {name}, and heard {name}’s views.',
    '{name} is settled with {carers}. Assessments continue; the review looked at {explored}.',
  ],
  undecided: [
    'A decision about {name}’s long-term plan is still needed; the review asked for it before the next meeting.',
  ],
  decided: [
    'The plan for {name}, {plan}, still fits. {name} is doing well with {carers}.',
    '{name}’s plan, {plan}, was looked at again and stays. {name}’s views were heard and family time continues.',
    'The plan, {plan}, is on track; the review agreed the next steps with {name}.',
  ],
};
