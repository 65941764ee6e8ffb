// What the demo's family finding says: two people found for Zara Ahmed, the steps that found
// them, and the pacts her people have agreed. Days count back from the agency's today.
import type {
  ConnectionCategory,
  ConnectionSource,
  ConnectionSupport,
  ContactStatus,
  OutreachKind,
} from '../../core/db/tables.ts';
import type { Commitment } from './commitments.ts';
import type { SafetyOutcome } from './outreach-rules.ts';

export type DemoStep = {
  daysAgo: number;
  kind: OutreachKind;
  safetyOutcome?: SafetyOutcome;
  notes: string;
  outcome?: string;
};

export type DemoPact = {
  daysAgo: number;
  commitments: Commitment[];
  inTheirWords: string;
};

export type DemoFound = {
  name: string;
  relationship: string;
  category: ConnectionCategory;
  gives: ConnectionSupport[];
  couldGive: ConnectionSupport[];
  contactStatus: ContactStatus;
  ring: 1 | 2 | 3;
  source: ConnectionSource;
  sourceNotes: string;
  feelings: string;
  notes: string;
  steps: DemoStep[];
  pact?: DemoPact;
};

export const FOUND_FOR_ZARA: DemoFound[] = [
  {
    name: 'Noor Ahmed',
    relationship: 'Great-aunt (her grandad’s sister)',
    category: 'relative',
    gives: ['talk', 'celebrations'],
    couldGive: ['place_to_stay', 'lifelong'],
    contactStatus: 'in_touch',
    ring: 2,
    source: 'case_records',
    sourceNotes:
      'Named in the local authority’s chronology from 2017 as a relative who offered to help; nobody followed it up at the time.',
    feelings:
      'I didn’t know she existed. She has photos of Grandad when he was my age and we look the same.',
    notes: 'Lives in Leicester. Prefers phone calls in the evening; speaks English and Urdu.',
    steps: [
      {
        daysAgo: 150,
        kind: 'search',
        notes:
          'Read the 2017 chronology and the family tree in the court bundle. Found a last-known address in Leicester through the electoral roll.',
        outcome: 'Address looks current. Safety check next.',
      },
      {
        daysAgo: 141,
        kind: 'safety_check',
        safetyOutcome: 'cleared',
        notes:
          'Checked with the placing authority’s team and the police: nothing known. Talked it through with Zara’s social worker, who agrees.',
        outcome: 'Cleared for contact.',
      },
      {
        daysAgo: 134,
        kind: 'letter',
        notes:
          'Wrote to Noor explaining who we are and that Zara would like to know her family. Did not give Zara’s address or school.',
        outcome: 'Noor rang the office four days later, keen to talk.',
      },
      {
        daysAgo: 125,
        kind: 'phone_call',
        notes:
          'Long call with Noor. She remembers Zara as a baby and has kept photos of the family.',
        outcome: 'Agreed to meet at the family centre with Zara’s social worker there.',
      },
      {
        daysAgo: 108,
        kind: 'meeting',
        notes:
          'Zara met Noor at the family centre, with Ruth and me. Noor brought a photo album; they went through it together for an hour.',
        outcome:
          'Zara asked to see her again. Monthly visits agreed, and phone calls whenever Zara likes.',
      },
    ],
    pact: {
      daysAgo: 60,
      commitments: ['keep_in_touch', 'birthdays', 'holidays', 'after_care'],
      inTheirWords:
        'I lost touch with my brother’s family and I will not lose Zara again. I will ring her every week, she will have Eid with us, and when she leaves care my door is open.',
    },
  },
  {
    name: 'Mrs Patel',
    relationship: 'Family friend; lived next door to Zara and her mum',
    category: 'neighbour',
    gives: [],
    couldGive: ['talk', 'practical'],
    contactStatus: 'approached',
    ring: 3,
    source: 'young_person',
    sourceNotes:
      'Zara named her when we drew her map together: Mrs Patel looked after her after school until she was nine.',
    feelings: 'She always had biscuits and let me watch cartoons. I want to tell her I’m OK.',
    notes: '',
    steps: [
      {
        daysAgo: 45,
        kind: 'search',
        notes:
          'Zara remembered the street. Found Mrs Patel still at the same address through the electoral roll.',
      },
      {
        daysAgo: 38,
        kind: 'safety_check',
        safetyOutcome: 'cleared',
        notes:
          'Checked with the placing authority and the police: nothing known. Zara’s mum does not live on that street any more.',
        outcome: 'Cleared for contact.',
      },
      {
        daysAgo: 21,
        kind: 'letter',
        notes: 'Wrote to Mrs Patel with a short note from Zara. Gave the office number only.',
        outcome: 'No reply yet. Try a phone call if nothing comes in the next fortnight.',
      },
    ],
  },
];

/** Pacts agreed by people the map already holds for Zara, found by name when the demo is seeded. */
export const PACTS_FOR_ZARAS_PEOPLE: Array<{ name: string } & DemoPact> = [
  {
    name: 'Farida',
    daysAgo: 240,
    commitments: ['keep_in_touch', 'birthdays', 'holidays', 'emergency_stay', 'after_care'],
    inTheirWords:
      'Zara is my granddaughter and there will always be a bed for her at mine. Sunday dinners, Eid, her birthday: I will be there for every one.',
  },
  {
    name: 'Maureen Cole',
    daysAgo: 365,
    commitments: ['keep_in_touch', 'birthdays', 'emergency_stay', 'reviews'],
    inTheirWords:
      'I looked after Zara for two years and I am not going anywhere. She can ring me any time, day or night, and I will come to her reviews if she wants me there.',
  },
  {
    name: 'Dean',
    daysAgo: 120,
    commitments: ['keep_in_touch', 'school_work_money'],
    inTheirWords:
      'I will keep coaching Zara as long as she wants to play. When she starts looking for work I will help with her CV and be her reference.',
  },
];

/** A single promise for another young person, so the home page shows someone with fewer still. */
export const ONE_PACT_FOR_ANOTHER: DemoPact = {
  daysAgo: 90,
  commitments: ['keep_in_touch', 'birthdays'],
  inTheirWords: 'I will keep in touch whatever happens, and I will never miss a birthday.',
};
