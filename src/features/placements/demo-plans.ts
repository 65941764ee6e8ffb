// What the demo's placement plans say: a few everyday arrangements for each age, varied by turn.

type PlanText = {
  dailyRoutines: string;
  education: string;
  health: string;
  familyTime: string;
  otherArrangements: string;
};

const pick = <T>(list: readonly T[], turn: number): T => list[turn % list.length]!;

const ROUTINES = {
  little: [
    'Up about 7, a nap after lunch, bath and a story at 6.30, asleep by 7. A night light stays on.',
    'Breakfast at 7.30, a walk to the park most mornings, bedtime at 7 with the same two songs.',
  ],
  school: [
    'Breakfast together at 7.30, walked to school. Homework after tea, screens off at 7, bed by 8.30 on school nights.',
    'Packed lunch made the night before together. Reading for ten minutes before bed at 8.',
    'Likes to know the plan for the day at breakfast. Bed at 8.15; lights off at 8.45.',
  ],
  teen: [
    'Gets up for school with an alarm; carers check in at 7.30. Home by 8pm on school nights and 10pm at weekends, texting if late.',
    'Cooks one meal a week with the carers. Phone charged downstairs overnight. £10 pocket money a week.',
  ],
};

const EDUCATION = {
  little: [
    'Nursery three mornings a week, the same one as before the move. Carers take and collect.',
    'Starting at the nursery near the carers’ home after two settling-in sessions.',
  ],
  school: [
    'Stays at the same school; carers drive each day. Personal education plan review next term.',
    'Moves to the local primary after half-term; the designated teacher has met the carers.',
    'Same school, with a taxi arranged by the local authority. Extra help with reading twice a week.',
  ],
  teen: [
    'Stays at the same secondary school; travels by bus with a pass. Personal education plan review booked.',
    'College course in catering three days a week; carers help with the timetable and travel.',
  ],
};

const HEALTH = [
  'Registered with the carers’ GP. Dentist check due this month. No known allergies.',
  'Initial health assessment booked. Inhaler for asthma kept in the school bag and at home.',
  'Registered with the local GP and dentist. Eczema cream twice a day; carers keep the record.',
  'Glasses: optician check due in the spring. Up to date with immunisations.',
];

const FAMILY_TIME = [
  'Family time with mum on Saturdays, 10 to 12, at the family centre; carers take and collect.',
  'Video call with dad on Wednesday evenings; family time with grandparents once a month.',
  'Family time with brothers and sisters every other Sunday at the park, supervised by staff.',
  'Phone call with mum twice a week; visits to be reviewed at the next looked-after review.',
];

const OTHER = [
  'Keeps going to Saturday football; carers drive. Stays in touch with a best friend from the old school.',
  'Scouts on Thursday evenings, as before the move; the carers have met the leader.',
  'Swimming lessons continue on Tuesdays. Life story book started with the supervising social worker.',
  'Faith and food at home as the family asked: see the care plan. Guitar lessons at school.',
];

/** A plausible placement plan for a child of this age; `turn` varies the wording between children. */
export function planFor(firstName: string, age: number, turn: number): PlanText {
  const stage = age < 5 ? 'little' : age < 12 ? 'school' : 'teen';
  return {
    dailyRoutines: pick(ROUTINES[stage], turn),
    education: pick(EDUCATION[stage], turn + 1),
    health: pick(HEALTH, turn + 2),
    familyTime: pick(FAMILY_TIME, turn + 3),
    otherArrangements: `${pick(OTHER, turn)} ${firstName} chose the colour of the bedroom.`,
  };
}
