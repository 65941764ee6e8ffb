// The quick check for someone wondering whether they could foster: a few answers in, honest advice
// in plain words out. Pure: no I/O, so every answer's advice is easy to test.

export const ELIGIBILITY_QUESTIONS = {
  age: {
    legend: 'Are you 21 or over?',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  bedroom: {
    legend: 'Do you have a spare bedroom?',
    hint: 'A room that no one else sleeps in, for a child to have as their own.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'soon', label: 'Not yet, but I will have one soon' },
      { value: 'no', label: 'No' },
    ],
  },
  residency: {
    legend: 'Do you have the right to live in the UK long term?',
    hint: 'For example as a British or Irish citizen, or with settled status or indefinite leave to remain.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'not_sure', label: 'I am not sure' },
      { value: 'no', label: 'No' },
    ],
  },
  health: {
    legend: 'Is your health good enough to look after a child, day and night?',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'not_sure', label: 'I am not sure' },
      { value: 'no', label: 'No' },
    ],
  },
  household: {
    legend: 'Who lives with you?',
    options: [
      { value: 'alone', label: 'Just me' },
      { value: 'all_agree', label: 'Other people, and all the adults are happy for me to foster' },
      { value: 'not_all_agree', label: 'Other people, and not all the adults are sure yet' },
    ],
  },
} as const;

export type EligibilityQuestion = keyof typeof ELIGIBILITY_QUESTIONS;
export type EligibilityAnswers = {
  [Q in EligibilityQuestion]: (typeof ELIGIBILITY_QUESTIONS)[Q]['options'][number]['value'];
};

/** How an answer bears on fostering: fine, worth a conversation, or a reason it cannot happen yet. */
export type AdviceTone = 'fine' | 'talk' | 'not_yet';
export type Advice = { question: EligibilityQuestion; tone: AdviceTone; text: string };
export type EligibilityOutcome = {
  tone: AdviceTone;
  headline: string;
  summary: string;
  advice: Advice[];
  /** True for everyone: the things people often think rule them out, and do not. */
  reassurance: string[];
};

const WHY_A_ROOM =
  'Many children in care have never had a safe space that is just theirs, and a room of their own helps them feel settled and secure.';

const ADVICE: { [Q in EligibilityQuestion]: Record<EligibilityAnswers[Q], [AdviceTone, string]> } =
  {
    age: {
      yes: [
        'fine',
        'There is no upper age limit. What matters is that you have the time and energy for a child.',
      ],
      no: [
        'not_yet',
        'You need to be 21 or over to foster with us. We would love to hear from you nearer the time, and you are welcome to ask us anything now.',
      ],
    },
    bedroom: {
      yes: [
        'fine',
        `Good: each child who lives with you needs a bedroom of their own. ${WHY_A_ROOM}`,
      ],
      soon: [
        'talk',
        `You can start talking to us while you get the room ready; it needs to be free before a child comes to live with you. ${WHY_A_ROOM}`,
      ],
      no: [
        'not_yet',
        `Each child who lives with you needs a spare bedroom of their own. ${WHY_A_ROOM} If your home changes, we would love to hear from you.`,
      ],
    },
    residency: {
      yes: ['fine', 'Good. You do not need to be a British citizen to foster.'],
      not_sure: [
        'talk',
        'You do not need to be a British citizen, but you do need the right to live in the UK long term. We can help you work out where you stand.',
      ],
      no: [
        'not_yet',
        'To foster, you need the right to live in the UK long term, so a child can count on you being here for them. You do not need to be a British citizen.',
      ],
    },
    health: {
      yes: [
        'fine',
        'Good. Everyone who applies has a medical check with their own doctor, as part of the assessment.',
      ],
      not_sure: [
        'talk',
        'A health condition or a disability does not rule you out. Everyone has a medical check as part of the assessment, and we will talk it through with you honestly.',
      ],
      no: [
        'talk',
        'Looking after a child is busy, day and night, so your health needs to allow it. A health condition or a disability on its own does not rule you out: let us talk it through before you decide.',
      ],
    },
    household: {
      alone: [
        'fine',
        'Single people foster, and make wonderful carers. We will talk with you about who can support you, such as family and friends.',
      ],
      all_agree: [
        'fine',
        'Good. Fostering changes life for everyone at home. Every adult who lives with you will have checks, including a criminal record (DBS) check.',
      ],
      not_all_agree: [
        'talk',
        'Fostering changes life for everyone at home, so everyone needs to be on board before you apply. Talk it over together: we are happy to answer their questions too.',
      ],
    },
  };

const HEADLINES: Record<AdviceTone, { headline: string; summary: string }> = {
  fine: {
    headline: 'It looks like you could foster',
    summary:
      'Your answers are a good start. They are not a decision: everyone who applies has a full assessment, and we support you all the way through it.',
  },
  talk: {
    headline: 'You might be able to foster: let us talk',
    summary:
      'Some of your answers are worth a conversation before you decide. The notes below say why. None of them has to be the end of the road.',
  },
  not_yet: {
    headline: 'You may not be able to foster just yet',
    summary:
      'At least one of your answers means you could not foster with us at the moment. The notes below say why, and what could change.',
  },
};

const REASSURANCE = [
  'You can rent your home or own it.',
  'You can be single, married or living with a partner.',
  'LGBTQ+ people foster, and are warmly welcome.',
  'You can have any faith or none, and come from any background.',
  'Having a job does not rule you out: we will talk about how fostering fits around it.',
];

/** The advice for a set of answers: each answer's note, and an honest headline for them all. */
export function adviseOnEligibility(answers: EligibilityAnswers): EligibilityOutcome {
  const advice = (Object.keys(ELIGIBILITY_QUESTIONS) as EligibilityQuestion[]).map((question) => {
    const table = ADVICE[question] as Record<string, [AdviceTone, string]>;
    const [tone, text] = table[answers[question]]!;
    return { question, tone, text };
  });
  const tone: AdviceTone = advice.some((note) => note.tone === 'not_yet')
    ? 'not_yet'
    : advice.some((note) => note.tone === 'talk')
      ? 'talk'
      : 'fine';
  return { tone, ...HEADLINES[tone], advice, reassurance: REASSURANCE };
}

/** The label of the option a person chose, for showing their answers back to them. */
export function answerLabel<Q extends EligibilityQuestion>(question: Q, value: string): string {
  const options: readonly { value: string; label: string }[] =
    ELIGIBILITY_QUESTIONS[question].options;
  return options.find((option) => option.value === value)?.label ?? value;
}
