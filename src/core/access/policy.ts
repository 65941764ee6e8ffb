import type { Action } from './actions.ts';
import type { Actor } from './actor.ts';
import { isCarer, isStaff, type Role } from './roles.ts';

/** What an action is about. Records carry the facts the rules need and nothing more. */
export type Resource =
  | { kind: 'agency' }
  | { kind: 'user'; id: string }
  | { kind: 'household'; id: string; status: 'applicant' | 'approved' | 'on_hold' | 'resigned' }
  | { kind: 'child'; id: string }
  | { kind: 'prospective_carer'; id: string }
  /** A carer as a trainee: a household member who cares, with or without an account. */
  | { kind: 'carer'; id: string; householdId: string }
  | { kind: 'training_session'; id: string; trainerId: string | null }
  /** A local authority's referral, and the households it has been offered to. */
  | { kind: 'referral'; id: string; offeredHouseholdIds: string[] }
  /** A carer's daily record about a child: which child, written in which home, by whom. */
  | { kind: 'daily_record'; id: string; childId: string; householdId: string; authorId: string };

/**
 * The answer to "may this person do this?". A refusal says whether the record's existence may be
 * revealed: someone with no relationship to a child gets "not found", never "forbidden".
 */
export type Decision =
  { allowed: true; reason: string } | { allowed: false; reason: string; isHidden: boolean };

const allow = (reason: string): Decision => ({ allowed: true, reason });
const hide = (reason: string): Decision => ({ allowed: false, reason, isHidden: true });
const refuse = (reason: string): Decision => ({ allowed: false, reason, isHidden: false });

type Rule = (actor: Actor, resource: Resource) => Decision;

const anyoneSignedIn: Rule = () => allow('every signed-in person has this');

const onlyRoles =
  (roles: readonly Role[], why: string): Rule =>
  (actor) =>
    roles.includes(actor.role) ? allow(why) : refuse(`only ${roles.join(', ')} may do this`);

const readHousehold: Rule = (actor, resource) => {
  if (resource.kind !== 'household') return hide('not a household');
  switch (actor.role) {
    case 'registered_manager':
      return allow('the registered manager is accountable for every household');
    case 'supervising_social_worker':
      return actor.reach.allocatedHouseholdIds.includes(resource.id)
        ? allow('allocated supervising social worker')
        : hide('not allocated to this household');
    case 'recruitment_officer':
      return resource.status === 'applicant'
        ? allow('recruitment officers handle applicants')
        : hide('recruitment officers see applicants only');
    case 'foster_carer':
    case 'kinship_carer':
      return actor.reach.householdIds.includes(resource.id)
        ? allow('lives in this household')
        : hide('not a member of this household');
    default:
      return hide('no relationship to this household');
  }
};

// The address locates the children who live there, so it is narrower than the household's record:
// whoever else may one day read a household, only staff and its own carers see where it is.
const readHouseholdAddress: Rule = (actor, resource) => {
  const read = readHousehold(actor, resource);
  if (!read.allowed || resource.kind !== 'household') return read;
  return isStaff(actor.role) || actor.reach.householdIds.includes(resource.id)
    ? allow('staff and the household’s own carers may know where it is')
    : refuse('the address is known only to staff and the household’s carers');
};

const readChild: Rule = (actor, resource) => {
  if (resource.kind !== 'child') return hide('not a child');
  switch (actor.role) {
    case 'registered_manager':
      return allow('the registered manager is accountable for every child');
    case 'supervising_social_worker':
      return actor.reach.childIdsInAllocatedHomes.includes(resource.id)
        ? allow('the child lives in an allocated household')
        : hide('the child does not live in an allocated household');
    case 'foster_carer':
    case 'kinship_carer':
      return actor.reach.childIdsAtHome.includes(resource.id)
        ? allow('the child lives in this carer’s home')
        : hide('the child does not live in this carer’s home');
    case 'birth_parent':
      // A parent sees only what is shared with them (the family view), never the full record.
      return actor.reach.ownChildIds.includes(resource.id)
        ? refuse('a birth parent sees what is shared with them, not the full record')
        : hide('not this parent’s child');
    case 'young_person':
      return actor.reach.ownRecordChildId === resource.id
        ? refuse('a young person sees their own space, not the staff record')
        : hide('not their own record');
    default:
      return hide('no relationship to this child');
  }
};

const readFamilyView: Rule = (actor, resource) => {
  if (resource.kind !== 'child') return hide('not a child');
  if (actor.role === 'birth_parent' && actor.reach.ownChildIds.includes(resource.id)) {
    return allow('their own child');
  }
  if (actor.role === 'young_person' && actor.reach.ownRecordChildId === resource.id) {
    return allow('their own record');
  }
  return hide('the family view is for the child and their birth parents');
};

const listHouseholds: Rule = (actor) =>
  ['registered_manager', 'supervising_social_worker', 'recruitment_officer'].includes(actor.role) ||
  isCarer(actor.role)
    ? allow('sees the households in their scope')
    : refuse('this role does not work with households');

const listChildren: Rule = (actor) =>
  ['registered_manager', 'supervising_social_worker'].includes(actor.role) || isCarer(actor.role)
    ? allow('sees the children in their scope')
    : refuse('this role does not work with children’s records');

// People applying to foster are recruitment's to work with, and the registered manager's to oversee;
// nobody else learns who is applying (scope.ts says the same for lists).
const RECRUITERS: readonly Role[] = ['registered_manager', 'recruitment_officer'];

const workWithApplicant =
  (why: string): Rule =>
  (actor, resource) => {
    if (resource.kind !== 'prospective_carer') return hide('not someone applying to foster');
    return RECRUITERS.includes(actor.role)
      ? allow(why)
      : hide('only recruitment staff and the registered manager see who is applying');
  };

// The registered manager is the agency decision maker (reg 27); recruitment officers prepare the
// decision but may not make it.
const decideApproval: Rule = (actor, resource) => {
  if (resource.kind !== 'prospective_carer') return hide('not someone applying to foster');
  if (actor.role === 'registered_manager') return allow('the agency decision maker decides');
  return actor.role === 'recruitment_officer'
    ? refuse('only the agency decision maker (the registered manager) decides on approval')
    : hide('only recruitment staff and the registered manager see who is applying');
};

/** One rule per action; the compiler insists that none is missing. */
// A carer's training record: their own household's carers, the supervising social worker
// allocated to that household, and the people who run and answer for the training programme.
const readCarerTraining: Rule = (actor, resource) => {
  if (resource.kind !== 'carer') return hide('not a carer');
  switch (actor.role) {
    case 'registered_manager':
    case 'training_coordinator':
      return allow('runs or answers for the carers’ training');
    case 'supervising_social_worker':
      return actor.reach.allocatedHouseholdIds.includes(resource.householdId)
        ? allow('supervises this carer’s household')
        : hide('not allocated to this carer’s household');
    case 'foster_carer':
    case 'kinship_carer':
      return actor.reach.householdIds.includes(resource.householdId)
        ? allow('a carer in the same household (one may book for both)')
        : hide('not a carer in this household');
    default:
      return hide('no relationship to this carer');
  }
};

// The supervising social worker judges the evidence for each standard; the manager may stand in.
const signOffTsds: Rule = (actor, resource) => {
  const read = readCarerTraining(actor, resource);
  if (!read.allowed) return read;
  return actor.role === 'supervising_social_worker' || actor.role === 'registered_manager'
    ? allow('signs off the standards for carers they supervise')
    : refuse('only the supervising social worker or the manager signs off a standard');
};

// The register is taken by whoever runs the programme, or by the member of staff leading the session.
const takeRegister: Rule = (actor, resource) => {
  if (resource.kind !== 'training_session') return hide('not a training session');
  if (actor.role === 'training_coordinator' || actor.role === 'registered_manager') {
    return allow('runs the carers’ training programme');
  }
  return isStaff(actor.role) && resource.trainerId === actor.userId
    ? allow('leads this session')
    : refuse('only the session’s trainer or the training coordinator takes the register');
};

// Taking referrals, matching and placing is the work of the supervising social workers (on duty in
// turn) and the registered manager.
const PLACING_STAFF: readonly Role[] = ['registered_manager', 'supervising_social_worker'];

// Changing a household's profile: the manager, or the worker allocated to it.
const updateHousehold: Rule = (actor, resource) => {
  const read = readHousehold(actor, resource);
  if (!read.allowed) return read;
  return PLACING_STAFF.includes(actor.role)
    ? allow('the manager or the allocated supervising social worker keeps the profile')
    : refuse('only the supervising social worker or the manager changes the household’s profile');
};

// Changing a child's record or their placement: staff who may read it. Carers read, and write the
// daily record, but the record itself is kept by the agency's social workers.
const keepChildRecord: Rule = (actor, resource) => {
  const read = readChild(actor, resource);
  if (!read.allowed) return read;
  return PLACING_STAFF.includes(actor.role)
    ? allow('keeps the records of children in their homes')
    : refuse('only the supervising social worker or the manager changes this');
};

const readReferral: Rule = (actor, resource) => {
  if (resource.kind !== 'referral') return hide('not a referral');
  return PLACING_STAFF.includes(actor.role)
    ? allow('takes referrals and matches children with homes')
    : hide('referrals are for the staff who place children');
};

// A household asked to care for a child reads everything the agency knows about them first.
const readOffer: Rule = (actor, resource) => {
  if (resource.kind !== 'referral') return hide('not a referral');
  if (PLACING_STAFF.includes(actor.role))
    return allow('shares the child’s information with carers');
  return isCarer(actor.role) &&
    resource.offeredHouseholdIds.some((id) => actor.reach.householdIds.includes(id))
    ? allow('their household has been asked to care for this child')
    : hide('this household has not been asked');
};

const respondToOffer: Rule = (actor, resource) => {
  const read = readOffer(actor, resource);
  if (!read.allowed) return read;
  return isCarer(actor.role)
    ? allow('carers say yes or no for themselves')
    : refuse('the carers answer for themselves');
};

// Carers write the daily record of the children living with them now.
const writeDailyRecord: Rule = (actor, resource) => {
  const read = readChild(actor, resource);
  if (!read.allowed) return read;
  return isCarer(actor.role)
    ? allow('the child lives with this carer')
    : refuse('carers write the daily record; staff read and comment');
};

// The daily record: the children living in a carer's home now, and what the carer wrote
// themselves before; the worker allocated to the home the child lives in or the record was written
// in; the manager. A birth parent and the young person see the shared family view instead.
const readDailyRecord: Rule = (actor, resource) => {
  if (resource.kind === 'child') {
    const read = readChild(actor, resource);
    return read.allowed ? read : hide(read.reason);
  }
  if (resource.kind !== 'daily_record') return hide('not a daily record');
  switch (actor.role) {
    case 'registered_manager':
      return allow('the registered manager is accountable for every child');
    case 'supervising_social_worker':
      return actor.reach.childIdsInAllocatedHomes.includes(resource.childId) ||
        actor.reach.allocatedHouseholdIds.includes(resource.householdId)
        ? allow('supervises the home the child lives in or lived in')
        : hide('not allocated to this home');
    case 'foster_carer':
    case 'kinship_carer':
      return actor.reach.childIdsAtHome.includes(resource.childId) ||
        resource.authorId === actor.userId
        ? allow('the child lives here now, or the carer wrote it')
        : hide('not about a child living with this carer');
    default:
      return hide('the daily record is for the child’s carers and their workers');
  }
};

const commentOnDailyRecord: Rule = (actor, resource) => {
  const read = readDailyRecord(actor, resource);
  if (!read.allowed) return read;
  return PLACING_STAFF.includes(actor.role)
    ? allow('supervises the carers who wrote it')
    : refuse('the supervising social worker or the manager comments and acknowledges');
};

// The map of people who matter, the life story and the identity page belong to the child: the
// young person always (after care too), the carers they live with now, the staff who keep their
// record, and their birth parents, who see only what a worker chose to share (visibility.ts in
// the belonging feature decides what each of them sees).
const readBelonging: Rule = (actor, resource) => {
  if (resource.kind !== 'child') return hide('not a child');
  switch (actor.role) {
    case 'young_person':
      return actor.reach.ownRecordChildId === resource.id
        ? allow('their own people and story')
        : hide('not their own record');
    case 'birth_parent':
      return actor.reach.ownChildIds.includes(resource.id)
        ? allow('their child’s story, as far as it is shared with them')
        : hide('not this parent’s child');
    default: {
      const read = readChild(actor, resource);
      return read.allowed ? read : hide(read.reason);
    }
  }
};

// Permanency is talked through with the young person over time; their carers are part of it.
// Birth parents take part through their child's social worker, not through these notes.
const readPermanency: Rule = (actor, resource) => {
  const read = readBelonging(actor, resource);
  if (!read.allowed) return read;
  return actor.role === 'birth_parent'
    ? refuse('permanency conversations are between the young person and their workers')
    : read;
};

// The young person's own voice: only they write it.
const writeVoice: Rule = (actor, resource) => {
  const read = readBelonging(actor, resource);
  if (!read.allowed) return read;
  return actor.role === 'young_person'
    ? allow('their own words')
    : refuse('only the young person writes in their own voice');
};

// The partnership space: the child's birth parents (unless staff have kept them out of it), the
// carers the child lives with now, and the staff who keep the child's record. After a child goes
// home, the worker supporting the family keeps it, so the support can go on.
const readPartnership: Rule = (actor, resource) => {
  if (resource.kind !== 'child') return hide('not a child');
  switch (actor.role) {
    case 'birth_parent':
      if (!actor.reach.ownChildIds.includes(resource.id)) return hide('not this parent’s child');
      return actor.reach.partnershipChildIds.includes(resource.id)
        ? allow('a parent in their child’s partnership space')
        : refuse('staff have not opened the partnership space to this parent');
    case 'supervising_social_worker':
      return actor.reach.childIdsInReunificationSupport.includes(resource.id)
        ? allow('supports the family after the child went home')
        : readChild(actor, resource);
    case 'registered_manager':
    case 'foster_carer':
    case 'kinship_carer': {
      const read = readChild(actor, resource);
      return read.allowed ? read : hide(read.reason);
    }
    default:
      return hide('the partnership space is for the child’s parents, carers and workers');
  }
};

// Who is in the space, at what level, moderation, family time plans and the reunification plan
// are the workers' to set.
const managePartnership: Rule = (actor, resource) => {
  const read = readPartnership(actor, resource);
  if (!read.allowed) return read;
  return PLACING_STAFF.includes(actor.role)
    ? allow('sets up and supports the partnership')
    : refuse('only the supervising social worker or the manager changes this');
};

const RULES: Record<Action, Rule> = {
  'home.view': anyoneSignedIn,
  'account.manage_own': anyoneSignedIn,
  'user.list': onlyRoles(['administrator', 'registered_manager'], 'manages or oversees accounts'),
  'user.create': onlyRoles(['administrator'], 'the administrator manages accounts'),
  'user.update': onlyRoles(['administrator'], 'the administrator manages accounts'),
  'settings.manage': onlyRoles(['administrator'], 'the administrator manages settings'),
  'audit.read': onlyRoles(
    ['registered_manager'],
    'the registered manager answers to the inspector',
  ),
  'household.list': listHouseholds,
  'household.read': readHousehold,
  'household.read_address': readHouseholdAddress,
  'child.list': listChildren,
  'child.read': readChild,
  'child.read_family_view': readFamilyView,
  'recruitment.list': onlyRoles(RECRUITERS, 'works with people applying to foster'),
  'recruitment.read': workWithApplicant('works with people applying to foster'),
  'recruitment.update': workWithApplicant('works with people applying to foster'),
  'recruitment.decide': decideApproval,
  'recruitment.export': onlyRoles(RECRUITERS, 'reports on recruitment'),
  'recruitment.manage_panels': onlyRoles(RECRUITERS, 'arranges the fostering panel’s meetings'),
  'article.manage': onlyRoles(
    ['registered_manager', 'recruitment_officer', 'administrator'],
    'writes the public site’s news and blogs',
  ),
  'analytics.read': onlyRoles(
    ['registered_manager', 'recruitment_officer'],
    'sees how the public site helps people get in touch',
  ),
  'event.manage': onlyRoles(
    ['registered_manager', 'recruitment_officer'],
    'runs the information events for people thinking about fostering',
  ),
  'training.read': onlyRoles(
    [
      'training_coordinator',
      'registered_manager',
      'supervising_social_worker',
      'foster_carer',
      'kinship_carer',
    ],
    'sees the carers’ course catalogue',
  ),
  'training.manage': onlyRoles(
    ['training_coordinator', 'registered_manager'],
    'runs the carers’ training programme',
  ),
  'training.take_part': onlyRoles(
    ['foster_carer', 'kinship_carer'],
    'takes courses and e-learning as a carer',
  ),
  'training.book': readCarerTraining,
  'training.read_record': readCarerTraining,
  'training.report': onlyRoles(
    ['training_coordinator', 'registered_manager'],
    'reports on the carers’ training across the agency',
  ),
  'training.sign_off_tsds': signOffTsds,
  'training.take_register': takeRegister,
  'household.update': updateHousehold,
  'child.create': onlyRoles(PLACING_STAFF, 'records the children the agency cares for'),
  'child.update': keepChildRecord,
  'referral.list': onlyRoles(PLACING_STAFF, 'takes referrals and matches children with homes'),
  'referral.read': readReferral,
  'referral.manage': onlyRoles(PLACING_STAFF, 'takes referrals and matches children with homes'),
  'referral.read_offer': readOffer,
  'referral.respond_offer': respondToOffer,
  'matching.run': onlyRoles(PLACING_STAFF, 'matches children with homes'),
  'matching.configure': onlyRoles(
    ['registered_manager'],
    'the registered manager sets how matching weighs each factor',
  ),
  'placement.create': onlyRoles(PLACING_STAFF, 'places children with households'),
  'placement.update': keepChildRecord,
  'daily_record.write': writeDailyRecord,
  'daily_record.read': readDailyRecord,
  'daily_record.comment': commentOnDailyRecord,
  'stability.report': onlyRoles(PLACING_STAFF, 'follows how settled the agency’s children are'),
  'authority.manage': onlyRoles(
    ['administrator', 'registered_manager'],
    'sets up the local authorities that refer children and their API keys',
  ),
  'belonging.read': readBelonging,
  'belonging.contribute': readBelonging,
  'belonging.manage': keepChildRecord,
  'permanency.read': readPermanency,
  'permanency.manage': keepChildRecord,
  'voice.read': readPermanency,
  'voice.write': writeVoice,
  'partnership.read': readPartnership,
  'partnership.write': readPartnership,
  'partnership.manage': managePartnership,
};

/** May this person do this action on this record? Pure: the actor carries its relationships. */
export function can(
  actor: Actor,
  action: Action,
  resource: Resource = { kind: 'agency' },
): Decision {
  if (!actor.userId) return hide('not signed in');
  return RULES[action](actor, resource);
}
