import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action } from './actions.ts';
import { EMPTY_REACH, type Actor, type Reach } from './actor.ts';
import { can, type Resource } from './policy.ts';
import { ROLES, type Role } from './roles.ts';

// The agency in this story. Asha fosters in the Oak household, where Leo lives; Sam supervises Oak.
// Ben fosters in the Elm household, where Mia lives. Kim is a kinship carer in the Hazel household,
// where Ava lives. The Birch household is applying to foster. Lena is Leo's mother; Leo, old
// enough, has his own account.
const OAK = '00000000-0000-4000-8000-00000000000a';
const ELM = '00000000-0000-4000-8000-00000000000b';
const HAZEL = '00000000-0000-4000-8000-00000000000c';
const BIRCH = '00000000-0000-4000-8000-00000000000d';
const LEO = '00000000-0000-4000-8000-000000000001';
const MIA = '00000000-0000-4000-8000-000000000002';
const AVA = '00000000-0000-4000-8000-000000000003';

const oak: Resource = { kind: 'household', id: OAK, status: 'approved' };
const elm: Resource = { kind: 'household', id: ELM, status: 'approved' };
const hazel: Resource = { kind: 'household', id: HAZEL, status: 'approved' };
const birch: Resource = { kind: 'household', id: BIRCH, status: 'applicant' };
const leo: Resource = { kind: 'child', id: LEO };
const mia: Resource = { kind: 'child', id: MIA };
const ava: Resource = { kind: 'child', id: AVA };
const agency: Resource = { kind: 'agency' };
const someAccount: Resource = { kind: 'user', id: '00000000-0000-4000-8000-0000000000ff' };
// Asha as a trainee (her training record), Ben at Elm, and Kim at Hazel.
const ashaTrainee: Resource = {
  kind: 'carer',
  id: '00000000-0000-4000-8000-0000000000c1',
  householdId: OAK,
};
const benTrainee: Resource = {
  kind: 'carer',
  id: '00000000-0000-4000-8000-0000000000c2',
  householdId: ELM,
};
const kimTrainee: Resource = {
  kind: 'carer',
  id: '00000000-0000-4000-8000-0000000000c3',
  householdId: HAZEL,
};
const otherSession: Resource = {
  kind: 'training_session',
  id: '00000000-0000-4000-8000-0000000000d2',
  trainerId: null,
};
// Olu has enquired about fostering and is on his way through recruitment.
const olu: Resource = { kind: 'prospective_carer', id: '00000000-0000-4000-8000-0000000000e1' };

let nextId = 1;
function person(role: Role, name: string, reach: Partial<Reach> = {}): Actor {
  const userId = `00000000-0000-4000-9000-${String(nextId++).padStart(12, '0')}`;
  return {
    userId,
    role,
    name,
    email: `${userId}@example.org`,
    reach: { ...EMPTY_REACH, ...reach },
  };
}

const alex = person('administrator', 'Alex');
const priya = person('registered_manager', 'Priya');
const sam = person('supervising_social_worker', 'Sam', {
  allocatedHouseholdIds: [OAK],
  childIdsInAllocatedHomes: [LEO],
});
const tom = person('training_coordinator', 'Tom');
const rita = person('recruitment_officer', 'Rita');
const asha = person('foster_carer', 'Asha', { householdIds: [OAK], childIdsAtHome: [LEO] });
const kim = person('kinship_carer', 'Kim', { householdIds: [HAZEL], childIdsAtHome: [AVA] });
const lena = person('birth_parent', 'Lena', { ownChildIds: [LEO] });
const leoHimself = person('young_person', 'Leo', { ownRecordChildId: LEO });
// Sam leads one training session; Tom plans another with no trainer named yet.
const samsSession: Resource = {
  kind: 'training_session',
  id: '00000000-0000-4000-8000-0000000000d1',
  trainerId: sam.userId,
};

type Outcome = 'allowed' | 'hidden' | 'refused';
type Case = [story: string, actor: Actor, action: Action, resource: Resource, outcome: Outcome];

// Actions about the agency as a whole rather than one record: a role has them or is refused them
// (refused, not hidden: that the list or page exists is no secret).
const AGENCY_ACTIONS: Action[] = [
  'home.view',
  'account.manage_own',
  'user.list',
  'user.create',
  'user.update',
  'settings.manage',
  'audit.read',
  'household.list',
  'child.list',
  'recruitment.list',
  'recruitment.export',
  'recruitment.manage_panels',
  'article.manage',
  'analytics.read',
  'event.manage',
  'training.read',
  'training.manage',
  'training.take_part',
  'training.report',
  'child.create',
  'referral.list',
  'referral.manage',
  'matching.run',
  'matching.configure',
  'placement.create',
  'stability.report',
  'authority.manage',
];

function agencyAbilities(actor: Actor, allowed: Action[]): Case[] {
  return AGENCY_ACTIONS.map((action) => {
    const isAllowed = allowed.includes(action);
    return [
      `${actor.name} (${actor.role}) ${isAllowed ? 'may' : 'is refused'} ${action}`,
      actor,
      action,
      action === 'user.update' ? someAccount : agency,
      isAllowed ? 'allowed' : 'refused',
    ];
  });
}

const EVERYONE: Action[] = ['home.view', 'account.manage_own'];

const CASES: Case[] = [
  // The registered manager answers for everything, and is the only one who reads the audit trail.
  ...agencyAbilities(priya, [
    ...EVERYONE,
    'user.list',
    'audit.read',
    'household.list',
    'child.list',
    'recruitment.list',
    'recruitment.export',
    'recruitment.manage_panels',
    'article.manage',
    'analytics.read',
    'event.manage',
    'training.read',
    'training.manage',
    'training.report',
    'child.create',
    'referral.list',
    'referral.manage',
    'matching.run',
    'matching.configure',
    'placement.create',
    'stability.report',
    'authority.manage',
  ]),
  ['the manager reads every household', priya, 'household.read', elm, 'allowed'],
  ['the manager reads applicants too', priya, 'household.read', birch, 'allowed'],
  ['the manager may know where a household is', priya, 'household.read_address', elm, 'allowed'],
  ['the manager reads every child’s record', priya, 'child.read', mia, 'allowed'],
  [
    'the family view is the family’s, not the manager’s',
    priya,
    'child.read_family_view',
    leo,
    'hidden',
  ],

  // The administrator runs accounts and settings, and sees no child or household records.
  ...agencyAbilities(alex, [
    ...EVERYONE,
    'user.list',
    'user.create',
    'user.update',
    'settings.manage',
    'article.manage',
    'authority.manage',
  ]),
  ['the administrator reads no household (hidden)', alex, 'household.read', oak, 'hidden'],
  ['the administrator never learns an address', alex, 'household.read_address', oak, 'hidden'],
  ['the administrator reads no child’s record (hidden)', alex, 'child.read', leo, 'hidden'],
  ['the administrator has no family view', alex, 'child.read_family_view', leo, 'hidden'],

  // Sam supervises Oak: Oak and the children living there, nothing unallocated.
  ...agencyAbilities(sam, [
    ...EVERYONE,
    'household.list',
    'child.list',
    'training.read',
    'child.create',
    'referral.list',
    'referral.manage',
    'matching.run',
    'placement.create',
    'stability.report',
  ]),
  ['Sam reads Oak, allocated to him', sam, 'household.read', oak, 'allowed'],
  ['Sam does not reach Elm, not allocated (hidden)', sam, 'household.read', elm, 'hidden'],
  ['Sam may know where Oak is', sam, 'household.read_address', oak, 'allowed'],
  ['Sam does not learn where Elm is (hidden)', sam, 'household.read_address', elm, 'hidden'],
  ['Sam reads Leo, who lives at Oak', sam, 'child.read', leo, 'allowed'],
  ['Sam does not reach Mia, who lives at Elm (hidden)', sam, 'child.read', mia, 'hidden'],
  ['Sam has no family view of Leo', sam, 'child.read_family_view', leo, 'hidden'],

  // Tom plans training: no household or child records at all.
  ...agencyAbilities(tom, [...EVERYONE, 'training.read', 'training.manage', 'training.report']),
  ['the training coordinator reads no household', tom, 'household.read', oak, 'hidden'],
  ['the training coordinator reads no applicant', tom, 'household.read', birch, 'hidden'],
  ['the training coordinator learns no address', tom, 'household.read_address', oak, 'hidden'],
  ['the training coordinator reads no child', tom, 'child.read', leo, 'hidden'],
  ['the training coordinator has no family view', tom, 'child.read_family_view', leo, 'hidden'],

  // Rita recruits: households applying to foster, and no others.
  ...agencyAbilities(rita, [
    ...EVERYONE,
    'household.list',
    'recruitment.list',
    'recruitment.export',
    'recruitment.manage_panels',
    'article.manage',
    'analytics.read',
    'event.manage',
  ]),
  ['Rita reads Birch, which is applying', rita, 'household.read', birch, 'allowed'],
  ['Rita does not reach Oak, approved (hidden)', rita, 'household.read', oak, 'hidden'],
  ['Rita may know where Birch is, to visit', rita, 'household.read_address', birch, 'allowed'],
  ['Rita does not learn where Oak is (hidden)', rita, 'household.read_address', oak, 'hidden'],
  ['Rita reads no child’s record', rita, 'child.read', leo, 'hidden'],
  ['Rita has no family view', rita, 'child.read_family_view', leo, 'hidden'],

  // Asha fosters at Oak: her own home and the children living with her now.
  ...agencyAbilities(asha, [
    ...EVERYONE,
    'household.list',
    'child.list',
    'training.read',
    'training.take_part',
  ]),
  ['Asha reads her own household', asha, 'household.read', oak, 'allowed'],
  ['Asha does not reach Ben’s household (hidden)', asha, 'household.read', elm, 'hidden'],
  ['Asha knows her own address', asha, 'household.read_address', oak, 'allowed'],
  ['Asha does not learn where Ben lives (hidden)', asha, 'household.read_address', elm, 'hidden'],
  ['Asha reads Leo, who lives with her', asha, 'child.read', leo, 'allowed'],
  ['Asha does not reach Mia, placed elsewhere (hidden)', asha, 'child.read', mia, 'hidden'],
  ['Asha has no family view of Leo', asha, 'child.read_family_view', leo, 'hidden'],

  // Kim is a kinship carer: the same reach as a foster carer, in her own home.
  ...agencyAbilities(kim, [
    ...EVERYONE,
    'household.list',
    'child.list',
    'training.read',
    'training.take_part',
  ]),
  ['Kim reads her own household', kim, 'household.read', hazel, 'allowed'],
  ['Kim does not reach Oak (hidden)', kim, 'household.read', oak, 'hidden'],
  ['Kim knows her own address', kim, 'household.read_address', hazel, 'allowed'],
  ['Kim reads Ava, who lives with her', kim, 'child.read', ava, 'allowed'],
  ['Kim does not reach Leo (hidden)', kim, 'child.read', leo, 'hidden'],
  ['Kim has no family view of Ava', kim, 'child.read_family_view', ava, 'hidden'],

  // Lena, Leo's mother: what is shared with her about Leo, never where he lives.
  ...agencyAbilities(lena, EVERYONE),
  ['Lena never reaches the household Leo lives in', lena, 'household.read', oak, 'hidden'],
  ['Lena never learns where Leo lives', lena, 'household.read_address', oak, 'hidden'],
  [
    'Lena is refused Leo’s full record, and told so (not hidden)',
    lena,
    'child.read',
    leo,
    'refused',
  ],
  ['Lena sees the family view of Leo', lena, 'child.read_family_view', leo, 'allowed'],
  ['Lena does not reach another child (hidden)', lena, 'child.read', mia, 'hidden'],
  ['Lena has no family view of another child', lena, 'child.read_family_view', mia, 'hidden'],

  // Leo himself: his own space only.
  ...agencyAbilities(leoHimself, EVERYONE),
  ['Leo does not reach his carers’ household record', leoHimself, 'household.read', oak, 'hidden'],
  ['Leo is not shown the address record', leoHimself, 'household.read_address', oak, 'hidden'],
  [
    'Leo is refused the staff record about him (not hidden)',
    leoHimself,
    'child.read',
    leo,
    'refused',
  ],
  ['Leo sees his own family view', leoHimself, 'child.read_family_view', leo, 'allowed'],
  ['Leo does not reach Mia’s record (hidden)', leoHimself, 'child.read', mia, 'hidden'],
  ['Leo has no view of Mia’s family space', leoHimself, 'child.read_family_view', mia, 'hidden'],

  // Training records: a carer's own household, their supervising social worker, and the people
  // who run the programme. The worker signs off the standards; nobody else outside reaches them.
  ['Asha reads her own training record', asha, 'training.read_record', ashaTrainee, 'allowed'],
  ['Asha books herself a place', asha, 'training.book', ashaTrainee, 'allowed'],
  [
    'Asha does not reach Ben’s training (hidden)',
    asha,
    'training.read_record',
    benTrainee,
    'hidden',
  ],
  ['Asha cannot book for Ben (hidden)', asha, 'training.book', benTrainee, 'hidden'],
  [
    'Asha does not sign off her own standards',
    asha,
    'training.sign_off_tsds',
    ashaTrainee,
    'refused',
  ],
  ['Kim reads her own training record', kim, 'training.read_record', kimTrainee, 'allowed'],
  ['Kim books herself a place', kim, 'training.book', kimTrainee, 'allowed'],
  ['Kim does not sign off her own standards', kim, 'training.sign_off_tsds', kimTrainee, 'refused'],
  ['Sam reads Asha’s training, at Oak', sam, 'training.read_record', ashaTrainee, 'allowed'],
  ['Sam books Asha onto a course', sam, 'training.book', ashaTrainee, 'allowed'],
  ['Sam signs off Asha’s standards', sam, 'training.sign_off_tsds', ashaTrainee, 'allowed'],
  ['Sam does not reach Ben’s training (hidden)', sam, 'training.read_record', benTrainee, 'hidden'],
  ['Sam does not sign off for Ben (hidden)', sam, 'training.sign_off_tsds', benTrainee, 'hidden'],
  ['Tom reads every carer’s training', tom, 'training.read_record', benTrainee, 'allowed'],
  ['Tom books any carer onto a course', tom, 'training.book', kimTrainee, 'allowed'],
  ['Tom does not sign off standards', tom, 'training.sign_off_tsds', ashaTrainee, 'refused'],
  [
    'the manager reads every carer’s training',
    priya,
    'training.read_record',
    kimTrainee,
    'allowed',
  ],
  ['the manager books for any carer', priya, 'training.book', benTrainee, 'allowed'],
  ['the manager may sign off a standard', priya, 'training.sign_off_tsds', benTrainee, 'allowed'],
  ...(['training.read_record', 'training.book', 'training.sign_off_tsds'] as const).flatMap(
    (action): Case[] =>
      [alex, rita, lena, leoHimself].map((stranger) => [
        `${stranger.name} (${stranger.role}) does not reach a carer’s training (${action}, hidden)`,
        stranger,
        action,
        ashaTrainee,
        'hidden',
      ]),
  ),

  // The register: the coordinator and manager for any session, a member of staff for the one they lead.
  ['Tom takes any register', tom, 'training.take_register', otherSession, 'allowed'],
  ['the manager takes any register', priya, 'training.take_register', otherSession, 'allowed'],
  [
    'Sam takes the register of the session he leads',
    sam,
    'training.take_register',
    samsSession,
    'allowed',
  ],
  [
    'Sam is refused another trainer’s register',
    sam,
    'training.take_register',
    otherSession,
    'refused',
  ],
  ...[alex, rita, asha, kim, lena, leoHimself].map((someone): Case => [
    `${someone.name} (${someone.role}) does not take a register`,
    someone,
    'training.take_register',
    otherSession,
    'refused',
  ]),

  // Olu, applying to foster: recruitment works with him, the manager decides, nobody else knows.
  ['Rita reads Olu’s recruitment record', rita, 'recruitment.read', olu, 'allowed'],
  ['Rita moves Olu on and writes notes', rita, 'recruitment.update', olu, 'allowed'],
  [
    'Rita may not decide on Olu’s approval, and is told so',
    rita,
    'recruitment.decide',
    olu,
    'refused',
  ],
  ['the manager reads Olu’s record', priya, 'recruitment.read', olu, 'allowed'],
  ['the manager changes Olu’s record', priya, 'recruitment.update', olu, 'allowed'],
  ['the manager, as decision maker, decides on Olu', priya, 'recruitment.decide', olu, 'allowed'],
  ...(['recruitment.read', 'recruitment.update', 'recruitment.decide'] as const).flatMap(
    (action): Case[] =>
      [alex, sam, tom, asha, kim, lena, leoHimself].map((stranger) => [
        `${stranger.name} (${stranger.role}) does not learn Olu is applying (${action}, hidden)`,
        stranger,
        action,
        olu,
        'hidden',
      ]),
  ),
];

// Placing children: a referral offered to Oak; Asha's daily record about Leo; Ben's about Mia at Elm;
// a record Asha wrote about Noah when he lived at Oak, before he moved to Elm.
const NOAH = '00000000-0000-4000-8000-000000000004';
const referralForOak: Resource = {
  kind: 'referral',
  id: '00000000-0000-4000-8000-0000000000f1',
  offeredHouseholdIds: [OAK],
};
const leoLog: Resource = {
  kind: 'daily_record',
  id: '00000000-0000-4000-8000-0000000000f2',
  childId: LEO,
  householdId: OAK,
  authorId: asha.userId,
};
const miaLog: Resource = {
  kind: 'daily_record',
  id: '00000000-0000-4000-8000-0000000000f3',
  childId: MIA,
  householdId: ELM,
  authorId: '00000000-0000-4000-9000-0000000000bb',
};
const noahPastLog: Resource = {
  kind: 'daily_record',
  id: '00000000-0000-4000-8000-0000000000f4',
  childId: NOAH,
  householdId: OAK,
  authorId: asha.userId,
};

const PLACEMENT_CASES: Case[] = [
  // Households' profiles: the manager and the allocated worker keep them.
  ['the manager changes any household’s profile', priya, 'household.update', elm, 'allowed'],
  ['Sam changes Oak’s profile', sam, 'household.update', oak, 'allowed'],
  ['Sam does not reach Elm’s profile (hidden)', sam, 'household.update', elm, 'hidden'],
  ['Asha reads but does not change her home’s profile', asha, 'household.update', oak, 'refused'],
  ['Kim does not change her home’s profile', kim, 'household.update', hazel, 'refused'],
  ['Rita does not change a profile', rita, 'household.update', birch, 'refused'],
  ...[alex, tom, lena, leoHimself].map((someone): Case => [
    `${someone.name} (${someone.role}) does not reach a household’s profile`,
    someone,
    'household.update',
    oak,
    'hidden',
  ]),

  // The child's record and placement: kept by the manager and the allocated worker.
  ...(['child.update', 'placement.update'] as const).flatMap((action): Case[] => [
    [`the manager may ${action} for any child`, priya, action, mia, 'allowed'],
    [`Sam may ${action} for Leo`, sam, action, leo, 'allowed'],
    [`Sam does not reach Mia (${action}, hidden)`, sam, action, mia, 'hidden'],
    [`Asha reads Leo’s record but may not ${action}`, asha, action, leo, 'refused'],
    [`Kim may not ${action} for Ava`, kim, action, ava, 'refused'],
    [`Lena may not ${action} for Leo`, lena, action, leo, 'refused'],
    [`Leo may not ${action} for himself`, leoHimself, action, leo, 'refused'],
    ...[alex, tom, rita].map((someone): Case => [
      `${someone.name} (${someone.role}) does not reach a child (${action}, hidden)`,
      someone,
      action,
      leo,
      'hidden',
    ]),
  ]),

  // Referrals: placing staff read them all; carers read the ones offered to their home.
  ['the manager reads a referral', priya, 'referral.read', referralForOak, 'allowed'],
  ['Sam reads a referral', sam, 'referral.read', referralForOak, 'allowed'],
  ...[alex, tom, rita, asha, kim, lena, leoHimself].map((someone): Case => [
    `${someone.name} (${someone.role}) does not reach the referral itself (hidden)`,
    someone,
    'referral.read',
    referralForOak,
    'hidden',
  ]),
  ['the manager sees what was shared', priya, 'referral.read_offer', referralForOak, 'allowed'],
  ['Sam shares a child’s information', sam, 'referral.read_offer', referralForOak, 'allowed'],
  [
    'Asha reads about the child offered to Oak',
    asha,
    'referral.read_offer',
    referralForOak,
    'allowed',
  ],
  [
    'Kim does not read an offer to Oak (hidden)',
    kim,
    'referral.read_offer',
    referralForOak,
    'hidden',
  ],
  ...[alex, tom, rita, lena, leoHimself].map((someone): Case => [
    `${someone.name} (${someone.role}) does not read an offer (hidden)`,
    someone,
    'referral.read_offer',
    referralForOak,
    'hidden',
  ]),
  ['Asha answers the offer to Oak', asha, 'referral.respond_offer', referralForOak, 'allowed'],
  ['Kim does not answer for Oak (hidden)', kim, 'referral.respond_offer', referralForOak, 'hidden'],
  [
    'the manager does not answer for carers',
    priya,
    'referral.respond_offer',
    referralForOak,
    'refused',
  ],
  ['Sam does not answer for carers', sam, 'referral.respond_offer', referralForOak, 'refused'],
  ...[alex, tom, rita, lena, leoHimself].map((someone): Case => [
    `${someone.name} (${someone.role}) does not answer an offer (hidden)`,
    someone,
    'referral.respond_offer',
    referralForOak,
    'hidden',
  ]),

  // Daily records: carers write about the children with them; workers read and comment.
  ['Asha writes about Leo, who lives with her', asha, 'daily_record.write', leo, 'allowed'],
  ['Asha does not write about Mia (hidden)', asha, 'daily_record.write', mia, 'hidden'],
  ['Kim writes about Ava', kim, 'daily_record.write', ava, 'allowed'],
  ['Sam reads but does not write the daily record', sam, 'daily_record.write', leo, 'refused'],
  ['the manager does not write the daily record', priya, 'daily_record.write', leo, 'refused'],
  ['Lena does not write Leo’s daily record', lena, 'daily_record.write', leo, 'refused'],
  ['Leo does not write his carers’ record', leoHimself, 'daily_record.write', leo, 'refused'],
  ...[alex, tom, rita].map((someone): Case => [
    `${someone.name} (${someone.role}) does not write a daily record (hidden)`,
    someone,
    'daily_record.write',
    leo,
    'hidden',
  ]),
  ['Asha reads her record about Leo', asha, 'daily_record.read', leoLog, 'allowed'],
  ['Asha still reads what she wrote about Noah', asha, 'daily_record.read', noahPastLog, 'allowed'],
  [
    'Asha does not read Ben’s record about Mia (hidden)',
    asha,
    'daily_record.read',
    miaLog,
    'hidden',
  ],
  ['Kim does not read Asha’s record (hidden)', kim, 'daily_record.read', leoLog, 'hidden'],
  ['Sam reads the record about Leo', sam, 'daily_record.read', leoLog, 'allowed'],
  ['Sam reads what was written at Oak', sam, 'daily_record.read', noahPastLog, 'allowed'],
  ['Sam does not read a record from Elm (hidden)', sam, 'daily_record.read', miaLog, 'hidden'],
  ['the manager reads any daily record', priya, 'daily_record.read', miaLog, 'allowed'],
  ['Lena never reads the carers’ record (hidden)', lena, 'daily_record.read', leoLog, 'hidden'],
  [
    'Leo does not read his carers’ record (hidden)',
    leoHimself,
    'daily_record.read',
    leoLog,
    'hidden',
  ],
  ...[alex, tom, rita].map((someone): Case => [
    `${someone.name} (${someone.role}) does not read a daily record (hidden)`,
    someone,
    'daily_record.read',
    leoLog,
    'hidden',
  ]),
  ['Sam comments on Asha’s record', sam, 'daily_record.comment', leoLog, 'allowed'],
  ['Sam does not comment at Elm (hidden)', sam, 'daily_record.comment', miaLog, 'hidden'],
  ['the manager comments on any record', priya, 'daily_record.comment', miaLog, 'allowed'],
  ['Asha does not comment as a worker', asha, 'daily_record.comment', leoLog, 'refused'],
  ['Kim does not reach Asha’s record (hidden)', kim, 'daily_record.comment', leoLog, 'hidden'],
  ...[alex, tom, rita, lena, leoHimself].map((someone): Case => [
    `${someone.name} (${someone.role}) does not comment (hidden)`,
    someone,
    'daily_record.comment',
    leoLog,
    'hidden',
  ]),
];
CASES.push(...PLACEMENT_CASES);

// Belonging and permanency, about Leo: who may see his people, his story and his voice, who adds
// to them and who keeps them. H: hidden, R: refused, A: allowed; one letter per person below.
const BELONGING_PEOPLE = [alex, priya, sam, tom, rita, asha, kim, lena, leoHimself];
const BELONGING_TABLE: Array<[Action, string]> = [
  ['belonging.read', 'HAAHHAHAA'],
  ['belonging.contribute', 'HAAHHAHAA'],
  ['belonging.manage', 'HAAHHRHRR'],
  ['permanency.read', 'HAAHHAHRA'],
  ['permanency.manage', 'HAAHHRHRR'],
  ['voice.read', 'HAAHHAHRA'],
  ['voice.write', 'HRRHHRHRA'],
];
const OUTCOME_LETTERS: Record<string, Outcome> = { A: 'allowed', H: 'hidden', R: 'refused' };
const BELONGING_CASES: Case[] = BELONGING_TABLE.flatMap(([action, letters]) => [
  ...BELONGING_PEOPLE.map((someone, index): Case => {
    const outcome = OUTCOME_LETTERS[letters[index]!]!;
    return [
      `${someone.name} (${someone.role}): ${action} on Leo is ${outcome}`,
      someone,
      action,
      leo,
      outcome,
    ];
  }),
  // Nobody learns that another child's story exists, least of all another young person or parent.
  [`Leo: ${action} on Mia is hidden`, leoHimself, action, mia, 'hidden'],
  [`Lena: ${action} on Mia is hidden`, lena, action, mia, 'hidden'],
  [`Asha: ${action} on Mia is hidden`, asha, action, mia, 'hidden'],
]);
CASES.push(...BELONGING_CASES);

// The partnership space about Leo. Lena is his mother but staff have not let her in yet.
const PARTNERSHIP_TABLE: Array<[Action, string]> = [
  ['partnership.read', 'HAAHHAHRH'],
  ['partnership.write', 'HAAHHAHRH'],
  ['partnership.manage', 'HAAHHRHRH'],
];
const lenaInSpace = person('birth_parent', 'Lena', {
  ownChildIds: [LEO],
  partnershipChildIds: [LEO],
});
const jo = person('supervising_social_worker', 'Jo', { childIdsInReunificationSupport: [LEO] });
CASES.push(
  ...PARTNERSHIP_TABLE.flatMap(([action, letters]) =>
    BELONGING_PEOPLE.map((someone, index): Case => {
      const outcome = OUTCOME_LETTERS[letters[index]!]!;
      return [
        `${someone.name} (${someone.role}): ${action} on Leo is ${outcome}`,
        someone,
        action,
        leo,
        outcome,
      ];
    }),
  ),
  ['Lena, let into the space, reads it', lenaInSpace, 'partnership.read', leo, 'allowed'],
  ['Lena, let into the space, writes in it', lenaInSpace, 'partnership.write', leo, 'allowed'],
  ['Lena does not manage the space', lenaInSpace, 'partnership.manage', leo, 'refused'],
  ['Lena never learns of Mia’s space', lenaInSpace, 'partnership.read', mia, 'hidden'],
  ['Jo supports Leo’s family after he went home', jo, 'partnership.manage', leo, 'allowed'],
  ['Jo does not reach Mia’s space', jo, 'partnership.read', mia, 'hidden'],
);

function outcomeOf(actor: Actor, action: Action, resource: Resource): Outcome {
  const decision = can(actor, action, resource);
  if (decision.allowed) return 'allowed';
  return decision.isHidden ? 'hidden' : 'refused';
}

describe('the access policy', () => {
  it.each(CASES)('%s', (_story, actor, action, resource, outcome) => {
    expect(outcomeOf(actor, action, resource)).toBe(outcome);
  });

  it('speaks to every role and every action: a new action or role needs its cases here', () => {
    const covered = new Set(CASES.map(([, actor, action]) => `${actor.role} ${action}`));
    const missing = ROLES.flatMap((role) =>
      ACTIONS.map((action) => `${role} ${action}`).filter((pair) => !covered.has(pair)),
    );
    expect(missing).toEqual([]);
  });

  it('gives a reason for every answer', () => {
    for (const [, actor, action, resource] of CASES) {
      expect(can(actor, action, resource).reason).not.toBe('');
    }
  });

  it('tells someone who is not signed in that nothing exists', () => {
    const nobody: Actor = { ...asha, userId: '' };
    expect(outcomeOf(nobody, 'home.view', agency)).toBe('hidden');
    expect(outcomeOf(nobody, 'child.read', leo)).toBe('hidden');
  });

  it('never lets a stranger to a record learn that it exists', () => {
    const uuid = fc.uuid();
    const reach = fc.record({
      householdIds: fc.array(uuid, { maxLength: 3 }),
      childIdsAtHome: fc.array(uuid, { maxLength: 3 }),
      allocatedHouseholdIds: fc.array(uuid, { maxLength: 3 }),
      childIdsInAllocatedHomes: fc.array(uuid, { maxLength: 3 }),
      ownChildIds: fc.array(uuid, { maxLength: 3 }),
      ownRecordChildId: fc.option(uuid, { nil: null }),
      partnershipChildIds: fc.array(uuid, { maxLength: 3 }),
      childIdsInReunificationSupport: fc.array(uuid, { maxLength: 3 }),
    });
    const status = fc.constantFrom('applicant', 'approved', 'on_hold', 'resigned' as const);
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), reach, uuid, status, (role, related, id, state) => {
        const stranger: Actor = { ...person(role, 'Someone'), reach: related };
        const everyId = Object.values(related).flat();
        fc.pre(!everyId.includes(id));
        const child = outcomeOf(stranger, 'child.read', { kind: 'child', id });
        const household = outcomeOf(stranger, 'household.read', {
          kind: 'household',
          id,
          status: state,
        });
        const isAccountable = role === 'registered_manager';
        const recruits = role === 'recruitment_officer' && state === 'applicant';
        expect(child).toBe(isAccountable ? 'allowed' : 'hidden');
        expect(household).toBe(isAccountable || recruits ? 'allowed' : 'hidden');
      }),
    );
  });
});
