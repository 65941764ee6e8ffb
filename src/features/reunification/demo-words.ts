// The words of the demo's two plans: Mia Price working towards going home to her mum Dani, and a
// family a few weeks after their child came home. Nothing here says where any child lives.
import type { HowItIs, StepStatus, StepWho } from '../../core/db/tables.ts';

/** A goal or step of a demo plan; days count from today (negative: in the past). */
export type DemoStep = {
  kind: 'goal' | 'step';
  title: string;
  detail?: string;
  who: StepWho;
  dueInDays?: number;
  status: StepStatus;
  progress?: string;
};

/** A review or check-in of a demo plan, held `daysAgo` days ago. */
export type DemoMeeting = {
  daysAgo: number;
  howItIs: HowItIs;
  forFamily: string;
  staffNotes: string;
  nextInDays: number;
};

export const MIA_PLAN = {
  aim: 'Mia comes home to live with her mum, Dani, in a home that feels safe and settled, keeping the friends, clubs and routines she has built this year.',
  supportOffered: [
    'A place on the twelve-week parenting course at the family centre, on Tuesday mornings.',
    'Help with housing: your worker comes with you to the council’s housing team and writes a letter to support your move to a two-bedroom flat.',
    'Family time growing step by step: from supervised visits at the family centre, to afternoons on your own with Mia, then weekends.',
  ].join('\n'),
  targetInDays: 120,
  nextReviewInDays: 21,
};

export const MIA_STEPS: DemoStep[] = [
  {
    kind: 'goal',
    title: 'A settled home for Mia to come back to',
    who: 'together',
    status: 'going',
    dueInDays: 90,
  },
  {
    kind: 'step',
    title: 'Go to the housing appointment with your tenancy papers',
    who: 'family',
    status: 'done',
    progress: 'Done. The housing team has you on the list for a two-bedroom flat.',
  },
  {
    kind: 'step',
    title: 'Write a letter supporting the housing application',
    who: 'agency',
    status: 'done',
    progress: 'Sent to the housing team, with a copy for you.',
  },
  {
    kind: 'goal',
    title: 'Calm, confident routines with Mia',
    who: 'family',
    status: 'going',
    dueInDays: 100,
  },
  {
    kind: 'step',
    title: 'Finish the parenting course',
    detail: 'Twelve Tuesday mornings at the family centre.',
    who: 'family',
    status: 'going',
    dueInDays: 28,
    progress: '8 of 12 sessions done. The tutor says you are a real help to others in the group.',
  },
  {
    kind: 'step',
    title: 'Share Mia’s routines, favourite meals and bedtime story with Dani',
    who: 'carers',
    status: 'going',
    progress:
      'Mia’s carers have written her routines down; they go through them with Dani at each handover.',
  },
  {
    kind: 'step',
    title: 'Plan Mia’s school mornings and bedtimes together',
    who: 'together',
    status: 'not_started',
    dueInDays: 35,
  },
  {
    kind: 'goal',
    title: 'More time together, step by step',
    who: 'together',
    status: 'going',
  },
  {
    kind: 'step',
    title: 'Move family time from supervised to part-supervised visits',
    who: 'agency',
    status: 'done',
    progress: 'Part-supervised since the last review.',
  },
  {
    kind: 'step',
    title: 'Saturday afternoons on your own with Mia, then a first overnight stay',
    who: 'family',
    status: 'not_started',
    dueInDays: 56,
  },
];

export const MIA_REVIEWS: DemoMeeting[] = [
  {
    daysAgo: 63,
    howItIs: 'some_worries',
    forFamily:
      'Thank you for coming. You have started the parenting course and been on time for every family time. Housing is the next big step, and we will help with the letter.',
    staffNotes:
      'Housing is the main barrier. Dani is anxious about the council process; check the rent arrears position before the next review.',
    nextInDays: -21,
  },
  {
    daysAgo: 21,
    howItIs: 'going_well',
    forFamily:
      'A really good review. The housing team has you on their list, family time is now part-supervised, and Mia told us she loves your Saturday pancakes. Next we plan Mia’s routines together and start afternoons on your own.',
    staffNotes:
      'Arrears cleared. Child’s social worker agrees the move to unsupervised afternoons after the course ends.',
    nextInDays: 21,
  },
];

/** The family back together: a plan whose words fit any child's name. */
export function homePlanFor(name: string) {
  return {
    aim: `${name} lives at home with the family again, with the help they need to keep things going well.`,
    supportOffered: [
      'A check-in with your worker at least every four weeks for six months.',
      'Help to keep up the routines that worked while we planned the move home.',
      'Someone to call on a bad day: your worker, or the agency’s duty line.',
    ].join('\n'),
    steps: [
      {
        kind: 'goal',
        title: `${name} settled back at home and at school`,
        who: 'together',
        status: 'going',
      },
      {
        kind: 'step',
        title: 'Keep the morning and bedtime routines going',
        who: 'family',
        status: 'going',
        progress: 'Mornings are going well; bedtimes are still a bit late at weekends.',
      },
      {
        kind: 'step',
        title: 'Arrange a meeting with school about the first term back',
        who: 'agency',
        status: 'done',
        progress: 'Met with the class teacher; a weekly note home is set up.',
      },
    ] satisfies DemoStep[],
    checkIns: [
      {
        daysAgo: 35,
        howItIs: 'going_well',
        forFamily: `Lovely to see you all settled. ${name} showed me the new bedroom and the routine chart on the fridge.`,
        staffNotes:
          'Home conditions good. Parent a little tired but coping; offered the duty line.',
        nextInDays: -21,
      },
      {
        daysAgo: 21,
        howItIs: 'some_worries',
        forFamily: `Thank you for being honest about the hard week. We agreed to ask school for the weekly note and to talk again soon. You are doing well.`,
        staffNotes:
          'Two late school arrivals and one tearful evening. No safeguarding concerns; school meeting arranged. Keep check-ins close.',
        nextInDays: 7,
      },
    ] satisfies DemoMeeting[],
  };
}

/** How long ago the demo's second family went home: seven weeks. */
export const WENT_HOME_DAYS_AGO = 49;
