// The words of the demo's records: schools, pets, carers' experience, and what helps each child,
// written as a carer or a social worker would put them. All made up.

/** Schools in each area (by area index), with where they are. */
export const SCHOOLS: readonly {
  areaIndex: number;
  name: string;
  stage: 'primary' | 'secondary';
  latitude: number;
  longitude: number;
}[] = [
  {
    areaIndex: 0,
    name: 'Fellbeck Primary School',
    stage: 'primary',
    latitude: 52.53,
    longitude: -1.92,
  },
  {
    areaIndex: 0,
    name: 'Ashby Cross C of E Primary',
    stage: 'primary',
    latitude: 52.51,
    longitude: -1.88,
  },
  {
    areaIndex: 0,
    name: 'Northfield High School',
    stage: 'secondary',
    latitude: 52.52,
    longitude: -1.9,
  },
  {
    areaIndex: 1,
    name: 'Kingsford Primary School',
    stage: 'primary',
    latitude: 52.46,
    longitude: -1.97,
  },
  {
    areaIndex: 1,
    name: 'Wharton Quay Primary',
    stage: 'primary',
    latitude: 52.44,
    longitude: -1.94,
  },
  {
    areaIndex: 1,
    name: 'Riverside Academy',
    stage: 'secondary',
    latitude: 52.45,
    longitude: -1.95,
  },
  {
    areaIndex: 2,
    name: 'Cray Green Primary School',
    stage: 'primary',
    latitude: 52.49,
    longitude: -1.77,
  },
  {
    areaIndex: 2,
    name: 'St Anne’s Catholic Primary',
    stage: 'primary',
    latitude: 52.47,
    longitude: -1.79,
  },
  {
    areaIndex: 2,
    name: 'Eastbrook High School',
    stage: 'secondary',
    latitude: 52.48,
    longitude: -1.78,
  },
  {
    areaIndex: 3,
    name: 'Bramleigh Primary School',
    stage: 'primary',
    latitude: 52.39,
    longitude: -1.86,
  },
  {
    areaIndex: 3,
    name: 'Upper Thorne Primary',
    stage: 'primary',
    latitude: 52.41,
    longitude: -1.84,
  },
  {
    areaIndex: 3,
    name: 'Hillcrest Community College',
    stage: 'secondary',
    latitude: 52.4,
    longitude: -1.85,
  },
];

/** Where young people of 16 and 17 study. */
export const COLLEGE = {
  areaIndex: 0,
  name: 'Brightwater College',
  latitude: 52.5,
  longitude: -1.89,
};

export const PETS: readonly string[] = [
  '',
  '',
  'A friendly dog, Biscuit',
  'Two cats',
  'A rabbit and two guinea pigs',
  'An old Labrador who loves children',
  'Chickens in the garden',
  'A cat and a tank of fish',
];

/** A carer's experience, in a line; {name} is a carer's first name. */
export const EXPERIENCE: readonly string[] = [
  '{name} worked as a teaching assistant for twelve years.',
  '{name} was a nurse on a children’s ward.',
  '{name} has brought up three children of their own, now grown up.',
  '{name} coaches a junior football team at weekends.',
  '{name} worked in a residential children’s home before fostering.',
  '{name} is a youth worker and knows the local clubs well.',
  '{name} cared for a disabled brother for many years.',
  '{name} ran a childminding service from home.',
];

/** What a need looks like day to day, in a carer's words; {name} is the child's known name. */
export const NEED_NOTES: Readonly<Record<string, string>> = {
  attachment:
    '{name} can keep adults at arm’s length at first and may test whether you will stay. Calm, predictable days help.',
  trauma:
    'Shouting, slammed doors or sudden changes of plan can take {name} back to frightening times. A quiet space and a warning before changes help.',
  behaviour:
    'When {name} is overwhelmed it can come out as anger. Stay calm, give space, and talk it through afterwards, not in the moment.',
  emotional_wellbeing:
    '{name} has low days and can worry a lot at night. Check in gently; CAMHS are involved.',
  sexualised_behaviour:
    '{name} needs close supervision around younger children and a clear safe-care plan at home.',
  exploitation:
    '{name} has gone missing before. Know where {name} is going, and who with; the missing-from-care plan is in the file.',
  substance_use:
    '{name} has used cannabis with older friends. The young people’s drug service is working with {name}.',
  disability:
    '{name} uses a wheelchair outdoors and needs help with personal care. The occupational therapist visits monthly.',
  learning_disability:
    '{name} is autistic. Routines, a visual timetable and warning before changes help a lot; loud places are hard.',
  education:
    '{name} has missed a lot of school. Short bursts of reading at home and lots of praise work well.',
  baby: '{name} is a baby: feeds every three to four hours and settles best when held close.',
  teenager:
    '{name} is learning to cook, budget and get about on the bus, ready for more independence.',
  asylum:
    '{name} came to the UK alone and is waiting for a Home Office decision. An interpreter helps with anything important.',
  parent_and_child: '{name} is a young parent learning to care for their baby, with support.',
};

/** What helps and what to expect, in a carer's words; {name} is the child's known name. */
export const ATTACHMENT_NOTES: readonly string[] = [
  'What helps: the same bedtime routine every night, a night light and a story. What to expect: the first weeks may be very polite, then testing. Keep going.',
  'What helps: one adult doing drop-off and pick-up where possible. What to expect: {name} may not want a cuddle but likes you to sit nearby.',
  'What helps: food always available and {name} knowing what is for tea. What to expect: {name} may hide food at first; do not make a fuss.',
  'What helps: time outdoors and something to do with hands (Lego, baking). What to expect: big feelings after family time; a quiet evening helps.',
  'What helps: being told the plan for the day at breakfast. What to expect: {name} may wake in the night; a calm voice and a drink of water is enough.',
  'What helps: humour and not too many questions. What to expect: {name} will talk in the car more than face to face.',
];

/** The kinds of people who matter to children, with a note; {name} is the child's known name. */
export const IMPORTANT_PEOPLE: readonly {
  relationship: string;
  sex: 'woman' | 'man';
  note: string;
}[] = [
  {
    relationship: 'Nan',
    sex: 'woman',
    note: 'Phones on Sunday evenings; {name} loves her visits.',
  },
  { relationship: 'Grandad', sex: 'man', note: 'Takes {name} fishing in the holidays.' },
  {
    relationship: 'Aunt',
    sex: 'woman',
    note: 'Sends birthday cards; would like to see {name} more.',
  },
  { relationship: 'Football coach', sex: 'man', note: 'Has coached {name} for two years.' },
  {
    relationship: 'Former foster carer',
    sex: 'woman',
    note: '{name} lived with her for a year and still visits.',
  },
  { relationship: 'Teacher', sex: 'woman', note: 'The teacher {name} trusts most at school.' },
  {
    relationship: 'Youth worker',
    sex: 'man',
    note: 'Runs the Thursday youth club {name} goes to.',
  },
];

/** A made-up web address for each placing authority's staff. */
export const AUTHORITY_DOMAINS: Readonly<Record<string, string>> = {
  'Brightwater City Council': 'brightwater.gov.example',
  'Northshire County Council': 'northshire.gov.example',
  'Westmere Borough Council': 'westmere.gov.example',
  'Ravensmere Council': 'ravensmere.gov.example',
  'Ashdown Vale County Council': 'ashdownvale.gov.example',
};

/** Fills {name} in a sentence. */
export function fill(template: string, name: string): string {
  return template.replaceAll('{name}', name);
}
