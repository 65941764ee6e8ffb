// The demo's maps, written by hand: Zara's grew over fourteen months from her nan, her best friend
// and an uncle she must be kept safe from, to a coach, a tutor, her imam, a former foster carer
// she found again and a neighbour still to be found, with her own suggestion waiting for a check.
// Mia's mum and gran, Jay's brother, uncle and coach, Theo's uncle.
import type {
  ConnectionCategory,
  ConnectionSource,
  ConnectionStatus,
  ConnectionSupport,
  ContactStatus,
} from '../../core/db/tables.ts';

/** One person on a demo map; dates count back from the agency's today (or from the child's move). */
export type DemoPerson = {
  name: string;
  relationship: string;
  category: ConnectionCategory;
  gives?: ConnectionSupport[];
  couldGive?: ConnectionSupport[];
  contactStatus?: ContactStatus;
  ring: 1 | 2 | 3;
  angle?: number;
  feelings?: string;
  notes?: string;
  source?: ConnectionSource;
  sourceNotes?: string;
  hasNoContactOrder?: boolean;
  safeguardingNotes?: string;
  isSharedWithFamily?: boolean;
  status?: ConnectionStatus;
  /** Added by the young person, not the worker. */
  isOwnSuggestion?: boolean;
  /** When they joined: months before today, or days after the child moved in. */
  joined: { monthsAgo: number } | { daysAfterMoving: number };
  /** Relationships of people the demo drew at random whom this person takes the place of. */
  replaces?: string[];
};

export const ZARA_PEOPLE: DemoPerson[] = [
  {
    name: 'Farida Ahmed',
    relationship: 'Nan',
    category: 'relative',
    gives: ['talk', 'celebrations', 'lifelong'],
    couldGive: ['place_to_stay'],
    ring: 1,
    angle: 330,
    feelings: 'She makes the best biryani and she never forgets my birthday.',
    notes: 'Phones every Sunday evening. Eid at hers every year.',
    source: 'case_records',
    isSharedWithFamily: true,
    joined: { monthsAgo: 14 },
    replaces: ['Nan'],
  },
  {
    name: 'Leah Thompson',
    relationship: 'Best friend',
    category: 'friend',
    gives: ['talk'],
    ring: 1,
    feelings: 'Leah gets me. We have been friends since Year 7.',
    source: 'young_person',
    joined: { monthsAgo: 14 },
  },
  {
    name: 'Karim Ahmed',
    relationship: 'Uncle',
    category: 'relative',
    contactStatus: 'not_safe',
    hasNoContactOrder: true,
    safeguardingNotes:
      'Family court no-contact order (2024). Must not learn where Zara lives or goes to school. Tell the duty manager at once if he makes contact.',
    ring: 3,
    source: 'case_records',
    joined: { monthsAgo: 14 },
  },
  {
    name: 'Ms Okoro',
    relationship: 'Form tutor',
    category: 'teacher',
    gives: ['talk', 'advice'],
    ring: 2,
    feelings: 'She noticed when things were hard and did not make a fuss.',
    source: 'worker',
    joined: { monthsAgo: 12 },
    replaces: ['Teacher'],
  },
  {
    name: 'Maureen Cole',
    relationship: 'Former foster carer',
    category: 'former_carer',
    gives: ['talk', 'celebrations'],
    couldGive: ['place_to_stay', 'lifelong'],
    ring: 2,
    feelings: 'I lived with Maureen when I was nine. I did not think she would remember me.',
    source: 'case_records',
    sourceNotes:
      'Lost touch after Zara moved in 2021; found through the case records and back in touch since last autumn.',
    joined: { monthsAgo: 13 },
    replaces: ['Former foster carer'],
  },
  {
    name: 'Dean Morris',
    relationship: 'Football coach',
    category: 'coach',
    gives: ['practical', 'advice'],
    ring: 2,
    feelings: 'Dean made me captain. He says I read the game better than anyone.',
    source: 'carers',
    joined: { monthsAgo: 8 },
    replaces: ['Football coach'],
  },
  {
    name: 'Imam Yusuf',
    relationship: 'Imam at her mosque',
    category: 'faith_community',
    gives: ['advice'],
    couldGive: ['talk'],
    ring: 3,
    feelings: 'I like going on Fridays with Nan.',
    source: 'relatives',
    sourceNotes: 'Farida introduced him.',
    joined: { monthsAgo: 5 },
  },
  {
    name: 'Pat Hughes',
    relationship: 'Former neighbour',
    category: 'neighbour',
    couldGive: ['talk', 'celebrations'],
    contactStatus: 'to_be_found',
    ring: 3,
    feelings: 'Pat used to look after me after school. I would like to say thank you.',
    source: 'relatives',
    sourceNotes: 'Farida remembers Pat moved to the coast around 2020.',
    joined: { monthsAgo: 2 },
  },
  {
    name: 'Samira Ahmed',
    relationship: 'My cousin',
    category: 'relative',
    gives: ['talk'],
    ring: 2,
    feelings: 'We used to be really close. I want to see her again.',
    source: 'young_person',
    status: 'proposed',
    isOwnSuggestion: true,
    joined: { monthsAgo: 0 },
  },
];

export const MIA_PEOPLE: DemoPerson[] = [
  {
    name: 'Dani Price',
    relationship: 'Mum',
    category: 'relative',
    gives: ['talk', 'celebrations'],
    ring: 1,
    angle: 0,
    feelings: 'I miss her. Family time on Saturdays is the best bit of the week.',
    source: 'case_records',
    isSharedWithFamily: true,
    joined: { daysAfterMoving: 0 },
  },
  {
    name: 'Carol Price',
    relationship: 'Nan',
    category: 'relative',
    gives: ['talk', 'celebrations'],
    couldGive: ['place_to_stay'],
    ring: 1,
    feelings: 'Nan sends me letters with stickers in.',
    source: 'case_records',
    isSharedWithFamily: true,
    joined: { daysAfterMoving: 0 },
  },
  {
    name: 'Mrs Adeyemi',
    relationship: 'Class teacher',
    category: 'teacher',
    gives: ['talk'],
    ring: 2,
    source: 'worker',
    joined: { daysAfterMoving: 14 },
  },
  {
    name: 'Ruby Clarke',
    relationship: 'Friend from school',
    category: 'friend',
    gives: ['talk'],
    ring: 2,
    feelings: 'Ruby is funny.',
    source: 'carers',
    joined: { daysAfterMoving: 60 },
  },
];

export const JAY_PEOPLE: DemoPerson[] = [
  {
    name: 'Connor Walsh',
    relationship: 'Older brother',
    category: 'relative',
    couldGive: ['talk', 'lifelong'],
    contactStatus: 'lost_touch',
    ring: 1,
    feelings: 'I want to know he is OK.',
    source: 'case_records',
    sourceNotes: 'Connor is 19 and left care last year; his leaving care worker may help.',
    joined: { daysAfterMoving: 0 },
  },
  {
    name: 'Shane Walsh',
    relationship: 'Uncle',
    category: 'relative',
    gives: ['practical'],
    ring: 2,
    source: 'relatives',
    joined: { daysAfterMoving: 0 },
  },
  {
    name: 'Marcus Reid',
    relationship: 'Football coach',
    category: 'coach',
    gives: ['advice', 'practical'],
    ring: 2,
    feelings: 'Coach says I have got a good left foot.',
    source: 'carers',
    joined: { daysAfterMoving: 120 },
    replaces: ['Football coach'],
  },
];

export const THEO_PEOPLE: DemoPerson[] = [
  {
    name: 'Kwaku Mensah',
    relationship: 'Uncle',
    category: 'relative',
    gives: ['practical', 'celebrations'],
    ring: 1,
    source: 'relatives',
    joined: { daysAfterMoving: 0 },
  },
];

// How the people the demo drew at random are put on the map.
export const GENERIC_CATEGORIES: Record<string, ConnectionCategory> = {
  nan: 'relative',
  grandad: 'relative',
  aunt: 'relative',
  uncle: 'relative',
  'football coach': 'coach',
  'former foster carer': 'former_carer',
  teacher: 'teacher',
  'class teacher': 'teacher',
  'youth worker': 'mentor',
};
