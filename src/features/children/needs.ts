/**
 * The words for a child's needs and for a household's matching skills, one list for both so that
 * matching can set one against the other. Each need is described as a carer would say it; each
 * skill says what a household has done or learned. Codes are stored; labels may be reworded.
 */
export const NEEDS = [
  {
    code: 'attachment',
    need: 'Finds it hard to trust adults or feel safe with them (attachment difficulties)',
    skill: 'Caring for children with attachment difficulties',
  },
  {
    code: 'trauma',
    need: 'Has lived through trauma and may react strongly to reminders of it',
    skill: 'Trauma-informed, therapeutic parenting',
  },
  {
    code: 'behaviour',
    need: 'Behaviour that can challenge: anger, aggression or running off',
    skill: 'Managing behaviour that challenges',
  },
  {
    code: 'emotional_wellbeing',
    need: 'Low mood, anxiety, self-harm or thoughts of suicide',
    skill: 'Supporting a child’s mental health',
  },
  {
    code: 'sexualised_behaviour',
    need: 'Sexualised behaviour, needing close supervision around other children',
    skill: 'Safe care with children who show sexualised behaviour',
  },
  {
    code: 'exploitation',
    need: 'At risk of exploitation, or has gone missing before',
    skill: 'Keeping children safe from exploitation and going missing',
  },
  {
    code: 'substance_use',
    need: 'Uses alcohol or drugs',
    skill: 'Supporting young people who use alcohol or drugs',
  },
  {
    code: 'disability',
    need: 'A physical disability or complex health needs',
    skill: 'Caring for disabled children and complex health needs',
  },
  {
    code: 'learning_disability',
    need: 'A learning disability, or autism',
    skill: 'Caring for children with a learning disability or autism',
  },
  {
    code: 'education',
    need: 'Out of school, or finding school very hard',
    skill: 'Supporting learning and getting back into school',
  },
  {
    code: 'baby',
    need: 'A baby or toddler (under 2)',
    skill: 'Caring for babies and toddlers',
  },
  {
    code: 'teenager',
    need: 'A teenager getting ready for adult life',
    skill: 'Caring for teenagers and preparing them for independence',
  },
  {
    code: 'asylum',
    need: 'Arrived in the country alone, seeking asylum',
    skill: 'Caring for unaccompanied children seeking asylum',
  },
  {
    code: 'parent_and_child',
    need: 'A young parent with their baby',
    skill: 'Parent and child placements',
  },
] as const;

export type NeedCode = (typeof NEEDS)[number]['code'];

export const NEED_CODES = NEEDS.map((entry) => entry.code) as [NeedCode, ...NeedCode[]];

const BY_CODE = new Map<string, (typeof NEEDS)[number]>(NEEDS.map((entry) => [entry.code, entry]));

/** Whether a stored code is one of the needs. */
export function isNeedCode(code: string): code is NeedCode {
  return BY_CODE.has(code);
}

/** The need in a carer's words; an unknown code is shown as it is stored. */
export function needLabel(code: string): string {
  return BY_CODE.get(code)?.need ?? code;
}

/** The matching skill in a household's words. */
export function skillLabel(code: string): string {
  return BY_CODE.get(code)?.skill ?? code;
}
