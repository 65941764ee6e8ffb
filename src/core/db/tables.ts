// Drizzle descriptions of the foundation's tables (created by migrations/0001_foundation.sql).
// They give typed queries; the SQL migrations stay the source of truth for the schema.
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** The kinds of care a household is approved for and a referral asks for. */
export type CareType =
  'emergency' | 'short_term' | 'long_term' | 'short_break' | 'parent_and_child' | 'remand';

/** Why a placement ended. */
export type EndReasonKind =
  | 'planned'
  | 'disruption'
  | 'move_to_siblings_or_kin'
  | 'return_home'
  | 'adoption'
  | 'special_guardianship'
  | 'turned_18'
  | 'staying_put'
  | 'other';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const civilDate = (name: string) => date(name, { mode: 'string' });

export const agencySettings = pgTable('agency_settings', {
  id: smallint('id').primaryKey(),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  email: text('email').notNull(),
  address: text('address').notNull(),
  locale: text('locale').$type<'en-GB' | 'en-US'>().notNull(),
  timeZone: text('time_zone').notNull(),
  isStaffTwoFactorRequired: boolean('staff_two_factor_required').notNull(),
  committedAdultsTarget: smallint('committed_adults_target').notNull().default(5),
  permanencyDecisionMonths: smallint('permanency_decision_months').notNull().default(4),
  updatedAt: instant('updated_at').notNull(),
});

export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  passwordHash: text('password_hash').notNull(),
  totpSecret: text('totp_secret'),
  totpEnabledAt: instant('totp_enabled_at'),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  isActive: boolean('is_active').notNull().default(true),
  createdAt: instant('created_at').notNull().defaultNow(),
  passwordChangedAt: instant('password_changed_at').notNull().defaultNow(),
  lastSignedInAt: instant('last_signed_in_at'),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  createdAt: instant('created_at').notNull(),
  lastSeenAt: instant('last_seen_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
  isTwoFactorPassed: boolean('is_two_factor_passed').notNull(),
});

export const signInFailures = pgTable('sign_in_failures', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  accountKey: text('account_key').notNull(),
  ip: text('ip').notNull(),
  at: instant('at').notNull(),
});

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
});

export const mailOutbox = pgTable('mail_outbox', {
  id: uuid('id').primaryKey().defaultRandom(),
  toAddress: text('to_address').notNull(),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
  sentAt: instant('sent_at'),
  lastError: text('last_error'),
});

export const areas = pgTable('areas', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
});

export const households = pgTable('households', {
  id: uuid('id').primaryKey().defaultRandom(),
  reference: text('reference').notNull(),
  name: text('name').notNull(),
  status: text('status').$type<'applicant' | 'approved' | 'on_hold' | 'resigned'>().notNull(),
  careKind: text('care_kind').$type<'foster' | 'kinship'>().notNull(),
  areaId: uuid('area_id'),
  addressLine: text('address_line').notNull(),
  town: text('town').notNull(),
  postcode: text('postcode').notNull(),
  isAddressConfidential: boolean('is_address_confidential').notNull(),
  approvedOn: civilDate('approved_on'),
  maxChildren: integer('max_children'),
  ageFrom: integer('age_from'),
  ageTo: integer('age_to'),
  supervisingWorkerId: uuid('supervising_worker_id'),
  createdAt: instant('created_at').notNull().defaultNow(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  tsdsSharedWorkbook: boolean('tsds_shared_workbook').notNull().default(false),
  bedrooms: integer('bedrooms'),
  careTypes: text('care_types').array().$type<CareType[]>().notNull().default([]),
  siblingGroupMax: integer('sibling_group_max').notNull().default(1),
  skills: text('skills').array().notNull().default([]),
  excludedNeeds: text('excluded_needs').array().notNull().default([]),
  languages: text('languages').array().notNull().default([]),
  faith: text('faith').notNull().default(''),
  ethnicity: text('ethnicity').notNull().default(''),
  cultureNotes: text('culture_notes').notNull().default(''),
  pets: text('pets').notNull().default(''),
  isSmoking: boolean('is_smoking').notNull().default(false),
  hasCar: boolean('has_car').notNull().default(true),
  experienceNotes: text('experience_notes').notNull().default(''),
  phone: text('phone').notNull().default(''),
});

export const householdMembers = pgTable('household_members', {
  id: uuid('id').primaryKey().defaultRandom(),
  householdId: uuid('household_id').notNull(),
  userId: uuid('user_id'),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  memberRole: text('member_role').$type<'carer' | 'birth_child' | 'adult'>().notNull(),
  dateOfBirth: civilDate('date_of_birth'),
  workplace: text('workplace').notNull().default(''),
});

export const children = pgTable('children', {
  id: uuid('id').primaryKey().defaultRandom(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  preferredName: text('preferred_name'),
  dateOfBirth: civilDate('date_of_birth').notNull(),
  gender: text('gender').notNull(),
  legalStatus: text('legal_status').notNull(),
  placingAuthority: text('placing_authority').notNull(),
  youngPersonUserId: uuid('young_person_user_id'),
  createdAt: instant('created_at').notNull().defaultNow(),
  ethnicity: text('ethnicity').notNull().default(''),
  faith: text('faith').notNull().default(''),
  languages: text('languages').array().notNull().default([]),
  cultureNotes: text('culture_notes').notNull().default(''),
  socialWorkerName: text('social_worker_name').notNull().default(''),
  socialWorkerEmail: text('social_worker_email').notNull().default(''),
  socialWorkerPhone: text('social_worker_phone').notNull().default(''),
  schoolName: text('school_name').notNull().default(''),
  schoolAreaId: uuid('school_area_id'),
  schoolLatitude: doublePrecision('school_latitude'),
  schoolLongitude: doublePrecision('school_longitude'),
  healthNotes: text('health_notes').notNull().default(''),
  needs: text('needs').array().notNull().default([]),
  needsNotes: text('needs_notes').notNull().default(''),
  attachmentNotes: text('attachment_notes').notNull().default(''),
  photoFileId: uuid('photo_file_id'),
  lookedAfterSince: civilDate('looked_after_since'),
});

export const placements = pgTable('placements', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  householdId: uuid('household_id').notNull(),
  careType: text('care_type').notNull(),
  startedOn: civilDate('started_on').notNull(),
  plannedEndOn: civilDate('planned_end_on'),
  endedOn: civilDate('ended_on'),
  endReason: text('end_reason'),
  isConfidential: boolean('is_confidential').notNull(),
  referralId: uuid('referral_id'),
  endReasonKind: text('end_reason_kind').$type<EndReasonKind>(),
  endedBy: uuid('ended_by'),
  createdBy: uuid('created_by'),
});

export const birthParents = pgTable('birth_parents', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  userId: uuid('user_id').notNull(),
  relationship: text('relationship').$type<'mother' | 'father' | 'parent' | 'other'>().notNull(),
  spaceLevel: text('space_level').$type<SpaceLevel>().notNull().default('reviewed'),
  spaceLevelReason: text('space_level_reason').notNull().default(''),
  spaceLevelSetBy: uuid('space_level_set_by'),
  spaceLevelSetAt: instant('space_level_set_at'),
});

export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: instant('at').notNull(),
  actorId: uuid('actor_id'),
  actorRole: text('actor_role'),
  action: text('action').notNull(),
  outcome: text('outcome').$type<'done' | 'refused'>().notNull(),
  recordType: text('record_type').notNull(),
  recordId: text('record_id'),
  fields: text('fields').array().notNull(),
  requestId: text('request_id'),
  ip: text('ip'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export const heldSubmissions = pgTable('held_submissions', {
  idHash: text('id_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  anonymousId: text('anonymous_id').notNull(),
  url: text('url').notNull(),
  fields: jsonb('fields').$type<Record<string, string>>().notNull(),
  expiresAt: instant('expires_at').notNull(),
});

// The public website (migrations/0005_public_site.sql).

export const articles = pgTable('articles', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  bodyMarkdown: text('body_markdown').notNull(),
  status: text('status').$type<'draft' | 'published'>().notNull(),
  publishOn: civilDate('publish_on'),
  authorId: uuid('author_id').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const articleTags = pgTable('article_tags', {
  articleId: uuid('article_id').notNull(),
  tag: text('tag').notNull(),
});

export const consentDecisions = pgTable('consent_decisions', {
  id: text('id').primaryKey(),
  decidedAt: instant('decided_at').notNull(),
  decision: text('decision').$type<'accepted' | 'rejected' | 'withdrawn'>().notNull(),
  categories: text('categories').array().notNull(),
  policyVersion: text('policy_version').notNull(),
  replacesId: text('replaces_id'),
});

export const analyticsEvents = pgTable('analytics_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: instant('at').notNull(),
  kind: text('kind').$type<'page_view' | 'funnel_step'>().notNull(),
  path: text('path').notNull(),
  referrerHost: text('referrer_host'),
  funnelStep: text('funnel_step'),
  analyticsId: text('analytics_id').notNull(),
});

export const prospectiveCarers = pgTable('prospective_carers', {
  id: uuid('id').primaryKey().defaultRandom(),
  reference: text('reference').notNull(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  email: text('email').notNull(),
  phone: text('phone').notNull().default(''),
  postcode: text('postcode').notNull().default(''),
  stage: text('stage').$type<RecruitmentStage>().notNull(),
  source: text('source').$type<EnquirySource>().notNull(),
  sourceDetail: text('source_detail').notNull().default(''),
  officerId: uuid('officer_id'),
  enquiredAt: instant('enquired_at').notNull(),
  appliedOn: civilDate('applied_on'),
  panelOn: civilDate('panel_on'),
  decidedOn: civilDate('decided_on'),
  nextAction: text('next_action').notNull().default(''),
  nextActionOn: civilDate('next_action_on'),
  closedReason: text('closed_reason'),
  householdId: uuid('household_id'),
  stageChangedAt: instant('stage_changed_at').notNull().defaultNow(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const enquirySubmissions = pgTable('enquiry_submissions', {
  id: uuid('id').primaryKey().defaultRandom(),
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  kind: text('kind').$type<EnquiryKind>().notNull(),
  answers: jsonb('answers').$type<Record<string, string | string[]>>().notNull(),
  submittedAt: instant('submitted_at').notNull(),
});

export type RecruitmentStage =
  | 'enquiry'
  | 'initial_conversation'
  | 'home_visit'
  | 'application'
  | 'stage_one'
  | 'stage_two'
  | 'panel'
  | 'agency_decision'
  | 'approved'
  | 'withdrawn'
  | 'not_approved';
export type EnquiryKind =
  'call_back' | 'information_pack' | 'enquiry_form' | 'information_event' | 'eligibility_check';
export type EnquirySource = EnquiryKind | 'phone' | 'word_of_mouth' | 'other';

// Information events, bookings and the public forms' rate limit (migrations/0007_information_events.sql).

export const informationEvents = pgTable('information_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  startsAt: instant('starts_at').notNull(),
  endsAt: instant('ends_at').notNull(),
  isOnline: boolean('is_online').notNull(),
  venue: text('venue').notNull(),
  areaId: uuid('area_id'),
  description: text('description').notNull().default(''),
  capacity: integer('capacity').notNull(),
  isCancelled: boolean('is_cancelled').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const eventBookings = pgTable('event_bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull(),
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  places: integer('places').notNull(),
  bookedAt: instant('booked_at').notNull(),
});

export const enquiryAttempts = pgTable('enquiry_attempts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  addressKey: text('address_key').notNull(),
  at: instant('at').notNull(),
});

// Recruitment from first conversation to decision (migrations/0008_recruitment_pipeline.sql).

export type AdultRelationship = 'applicant' | 'joint_applicant' | 'adult_in_household';
export type StatutoryCheckKind =
  | 'dbs'
  | 'medical'
  | 'personal_reference'
  | 'ex_partner_reference'
  | 'employer_reference'
  | 'local_authority';
export type CheckOutcome = 'satisfactory' | 'concerns' | 'unsatisfactory';
export type SectionProgress = 'not_started' | 'in_progress' | 'complete';
export type PanelRecommendation = 'approve' | 'not_approve';

export const recruitmentAdults = pgTable('recruitment_adults', {
  id: uuid('id').primaryKey().defaultRandom(),
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  relationship: text('relationship').$type<AdultRelationship>().notNull(),
  dateOfBirth: civilDate('date_of_birth'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const statutoryChecks = pgTable('statutory_checks', {
  id: uuid('id').primaryKey().defaultRandom(),
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  adultId: uuid('adult_id').notNull(),
  kind: text('kind').$type<StatutoryCheckKind>().notNull(),
  detail: text('detail').notNull().default(''),
  requestedOn: civilDate('requested_on').notNull(),
  receivedOn: civilDate('received_on'),
  outcome: text('outcome').$type<CheckOutcome>(),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const assessmentSections = pgTable('assessment_sections', {
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  section: text('section').notNull(),
  progress: text('progress').$type<SectionProgress>().notNull(),
  updatedAt: instant('updated_at').notNull(),
  updatedBy: uuid('updated_by'),
});

export const panelMeetings = pgTable('panel_meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  meetsOn: civilDate('meets_on').notNull(),
  chair: text('chair').notNull(),
  members: text('members').array().notNull().default([]),
  createdBy: uuid('created_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const panelAgendaItems = pgTable('panel_agenda_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  panelMeetingId: uuid('panel_meeting_id').notNull(),
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  position: integer('position').notNull(),
  recommendation: text('recommendation').$type<PanelRecommendation>(),
  maxChildren: integer('max_children'),
  ageFrom: integer('age_from'),
  ageTo: integer('age_to'),
  careTypes: text('care_types').array().notNull().default([]),
  reasons: text('reasons').notNull().default(''),
  recordedAt: instant('recorded_at'),
  recordedBy: uuid('recorded_by'),
});

export const recruitmentDecisions = pgTable('recruitment_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  panelAgendaItemId: uuid('panel_agenda_item_id'),
  decision: text('decision').$type<PanelRecommendation>().notNull(),
  decidedOn: civilDate('decided_on').notNull(),
  decidedBy: uuid('decided_by').notNull(),
  reasons: text('reasons').notNull(),
  careKind: text('care_kind').$type<'foster' | 'kinship'>(),
  maxChildren: integer('max_children'),
  ageFrom: integer('age_from'),
  ageTo: integer('age_to'),
  careTypes: text('care_types').array().notNull().default([]),
  householdId: uuid('household_id'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const recruitmentNotes = pgTable('recruitment_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  authorId: uuid('author_id'),
  body: text('body').notNull(),
  createdAt: instant('created_at').notNull(),
});

export const recruitmentStageChanges = pgTable('recruitment_stage_changes', {
  id: uuid('id').primaryKey().defaultRandom(),
  prospectiveCarerId: uuid('prospective_carer_id').notNull(),
  fromStage: text('from_stage').$type<RecruitmentStage>().notNull(),
  toStage: text('to_stage').$type<RecruitmentStage>().notNull(),
  reason: text('reason'),
  changedBy: uuid('changed_by'),
  changedAt: instant('changed_at').notNull(),
});

// The carer training programme (migrations/0009_training.sql).
export const trainingVenues = pgTable('training_venues', {
  id: uuid('id').primaryKey().defaultRandom(),
  areaId: uuid('area_id').notNull(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  postcode: text('postcode').notNull(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  capacity: integer('capacity').notNull(),
  accessibilityNotes: text('accessibility_notes').notNull().default(''),
});

export const schoolTerms = pgTable('school_terms', {
  id: uuid('id').primaryKey().defaultRandom(),
  areaId: uuid('area_id').notNull(),
  name: text('name').notNull(),
  startsOn: civilDate('starts_on').notNull(),
  endsOn: civilDate('ends_on').notNull(),
});

export const schoolClosures = pgTable('school_closures', {
  id: uuid('id').primaryKey().defaultRandom(),
  areaId: uuid('area_id').notNull(),
  kind: text('kind').$type<'half_term' | 'inset_day'>().notNull(),
  startsOn: civilDate('starts_on').notNull(),
  endsOn: civilDate('ends_on').notNull(),
});

export const trainingCourses = pgTable('training_courses', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  learningOutcomes: text('learning_outcomes').array().notNull().default([]),
  durationMinutes: integer('duration_minutes').notNull(),
  deliveryMode: text('delivery_mode').$type<'classroom' | 'e_learning' | 'both'>().notNull(),
  isMandatory: boolean('is_mandatory').notNull().default(false),
  audience: text('audience').$type<'all_carers' | 'new_carers' | 'kinship_carers'>().notNull(),
  refresherMonths: integer('refresher_months'),
  tsdsStandards: integer('tsds_standards').array().notNull().default([]),
  preparesForNeeds: text('prepares_for_needs').array().notNull().default([]),
});

export const trainingSessions = pgTable('training_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  courseId: uuid('course_id').notNull(),
  venueId: uuid('venue_id').notNull(),
  startsAt: instant('starts_at').notNull(),
  endsAt: instant('ends_at').notNull(),
  trainerId: uuid('trainer_id'),
  capacity: integer('capacity').notNull(),
  isCatchUp: boolean('is_catch_up').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

// Places, the register, catch-ups, feeds, e-learning and TSDS (migrations/0011_training_records.sql).
export type BookingStatus = 'booked' | 'waiting' | 'cancelled' | 'attended' | 'absent';

export const trainingBookings = pgTable('training_bookings', {
  id: uuid('id').primaryKey().defaultRandom(),
  sessionId: uuid('session_id').notNull(),
  carerId: uuid('carer_id').notNull(),
  status: text('status').$type<BookingStatus>().notNull(),
  bookedBy: uuid('booked_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
  promotedAt: instant('promoted_at'),
  cancelledAt: instant('cancelled_at'),
  isLateCancellation: boolean('is_late_cancellation').notNull().default(false),
  attendanceMarkedBy: uuid('attendance_marked_by'),
  attendanceMarkedAt: instant('attendance_marked_at'),
  weekReminderSentAt: instant('week_reminder_sent_at'),
  dayReminderSentAt: instant('day_reminder_sent_at'),
});

export const trainingCatchUpOffers = pgTable('training_catch_up_offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  carerId: uuid('carer_id').notNull(),
  courseId: uuid('course_id').notNull(),
  reason: text('reason').$type<'absent' | 'late_cancellation'>().notNull(),
  missedBookingId: uuid('missed_booking_id').notNull(),
  offeredSessionId: uuid('offered_session_id'),
  status: text('status').$type<'open' | 'booked' | 'completed' | 'withdrawn'>().notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
  resolvedAt: instant('resolved_at'),
});

export const trainingCalendarFeeds = pgTable('training_calendar_feeds', {
  userId: uuid('user_id').primaryKey(),
  token: text('token').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const trainingCompletions = pgTable('training_completions', {
  id: uuid('id').primaryKey().defaultRandom(),
  carerId: uuid('carer_id').notNull(),
  courseId: uuid('course_id').notNull(),
  completedOn: civilDate('completed_on').notNull(),
  source: text('source').$type<'classroom' | 'e_learning' | 'recorded'>().notNull(),
  sessionId: uuid('session_id'),
  moduleId: uuid('module_id'),
  recordedBy: uuid('recorded_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const elearningModules = pgTable('elearning_modules', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  summary: text('summary').notNull().default(''),
  courseId: uuid('course_id'),
  supplementsCourseId: uuid('supplements_course_id'),
  passMark: integer('pass_mark').notNull().default(80),
  estimatedMinutes: integer('estimated_minutes').notNull(),
  isPublished: boolean('is_published').notNull().default(true),
});

export const elearningPages = pgTable('elearning_pages', {
  id: uuid('id').primaryKey().defaultRandom(),
  moduleId: uuid('module_id').notNull(),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
});

export const elearningQuestions = pgTable('elearning_questions', {
  id: uuid('id').primaryKey().defaultRandom(),
  moduleId: uuid('module_id').notNull(),
  position: integer('position').notNull(),
  prompt: text('prompt').notNull(),
  options: text('options').array().notNull(),
  correctOption: integer('correct_option').notNull(),
  explanation: text('explanation').notNull().default(''),
});

export const elearningProgress = pgTable('elearning_progress', {
  carerId: uuid('carer_id').notNull(),
  moduleId: uuid('module_id').notNull(),
  pagesRead: integer('pages_read').notNull().default(0),
  answers: jsonb('answers').$type<Record<string, number>>().notNull().default({}),
  attempts: integer('attempts').notNull().default(0),
  bestScore: integer('best_score'),
  startedAt: instant('started_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
  completedAt: instant('completed_at'),
});

export const tsdsSignoffs = pgTable('tsds_signoffs', {
  id: uuid('id').primaryKey().defaultRandom(),
  carerId: uuid('carer_id').notNull(),
  standard: integer('standard').notNull(),
  signedOffOn: civilDate('signed_off_on').notNull(),
  signedOffBy: uuid('signed_off_by').notNull(),
  evidence: text('evidence').notNull().default(''),
});

// Children, households and placements (migrations/0012_placements.sql).
export const householdMemberChecks = pgTable('household_member_checks', {
  id: uuid('id').primaryKey().defaultRandom(),
  memberId: uuid('member_id').notNull(),
  kind: text('kind').$type<'dbs' | 'medical' | 'reference' | 'local_authority'>().notNull(),
  completedOn: civilDate('completed_on').notNull(),
  renewBy: civilDate('renew_by'),
  outcome: text('outcome').$type<'clear' | 'concerns_noted'>().notNull().default('clear'),
  notes: text('notes').notNull().default(''),
  recordedBy: uuid('recorded_by'),
  recordedAt: instant('recorded_at').notNull().defaultNow(),
});

export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  storageKey: text('storage_key').notNull(),
  contentType: text('content_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  width: integer('width'),
  height: integer('height'),
  uploadedBy: uuid('uploaded_by'),
  uploadedAt: instant('uploaded_at').notNull().defaultNow(),
});

export const childSiblings = pgTable('child_siblings', {
  childId: uuid('child_id').notNull(),
  siblingId: uuid('sibling_id').notNull(),
  isPlacedTogetherPlanned: boolean('is_placed_together_planned').notNull().default(true),
});

export type ConnectionCategory =
  | 'relative'
  | 'former_carer'
  | 'neighbour'
  | 'coach'
  | 'teacher'
  | 'mentor'
  | 'faith_community'
  | 'friend'
  | 'professional'
  | 'other';
export type ConnectionSupport =
  'talk' | 'practical' | 'celebrations' | 'place_to_stay' | 'advice' | 'lifelong';
export type ContactStatus = 'in_touch' | 'lost_touch' | 'to_be_found' | 'approached' | 'not_safe';
export type ConnectionSource =
  'case_records' | 'young_person' | 'relatives' | 'carers' | 'worker' | 'other';
export type ConnectionStatus = 'proposed' | 'confirmed' | 'declined';

/** The people who matter to a child, or could: the "my people" map (see migration 0014). */
export const childImportantPeople = pgTable('child_important_people', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  name: text('name').notNull(),
  relationship: text('relationship').notNull(),
  notes: text('notes').notNull().default(''),
  createdAt: instant('created_at').notNull().defaultNow(),
  category: text('category').$type<ConnectionCategory>().notNull().default('other'),
  gives: text('gives').array().$type<ConnectionSupport[]>().notNull().default([]),
  couldGive: text('could_give').array().$type<ConnectionSupport[]>().notNull().default([]),
  contactStatus: text('contact_status').$type<ContactStatus>().notNull().default('in_touch'),
  hasNoContactOrder: boolean('has_no_contact_order').notNull().default(false),
  safeguardingNotes: text('safeguarding_notes').notNull().default(''),
  flagShownBy: uuid('flag_shown_by'),
  flagShownReason: text('flag_shown_reason').notNull().default(''),
  isSharedWithFamily: boolean('is_shared_with_family').notNull().default(false),
  feelings: text('feelings').notNull().default(''),
  ring: smallint('ring').notNull().default(2),
  angle: smallint('angle'),
  source: text('source').$type<ConnectionSource>().notNull().default('worker'),
  sourceNotes: text('source_notes').notNull().default(''),
  status: text('status').$type<ConnectionStatus>().notNull().default('confirmed'),
  joinedOn: civilDate('joined_on').notNull(),
  leftOn: civilDate('left_on'),
  addedBy: uuid('added_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export type DelegatedTopic =
  | 'haircuts'
  | 'school_trips'
  | 'sleepovers'
  | 'routine_medical'
  | 'medical_treatment'
  | 'religious_observance'
  | 'holidays_abroad'
  | 'social_media'
  | 'photographs';
export type DecidedBy = 'carers' | 'social_worker' | 'birth_parents' | 'shared';

export const childDelegatedAuthority = pgTable('child_delegated_authority', {
  childId: uuid('child_id').notNull(),
  topic: text('topic').$type<DelegatedTopic>().notNull(),
  decidedBy: text('decided_by').$type<DecidedBy>().notNull(),
  notes: text('notes').notNull().default(''),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const matchingExclusions = pgTable('matching_exclusions', {
  childId: uuid('child_id').notNull(),
  householdId: uuid('household_id').notNull(),
  reason: text('reason').notNull(),
  recordedBy: uuid('recorded_by'),
  recordedAt: instant('recorded_at').notNull().defaultNow(),
});

export const localAuthorities = pgTable('local_authorities', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  email: text('email').notNull().default(''),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  authorityId: uuid('authority_id').notNull(),
  label: text('label').notNull(),
  keyPrefix: text('key_prefix').notNull(),
  keyHash: text('key_hash').notNull(),
  createdBy: uuid('created_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
  lastUsedAt: instant('last_used_at'),
  revokedAt: instant('revoked_at'),
});

export type ReferralStatus = 'new' | 'matching' | 'offered' | 'placed' | 'declined' | 'withdrawn';
export type ReferralUrgency = 'immediate' | 'within_week' | 'planned';

export const referrals = pgTable('referrals', {
  id: uuid('id').primaryKey().defaultRandom(),
  reference: text('reference').notNull(),
  authorityId: uuid('authority_id').notNull(),
  authorityReference: text('authority_reference').notNull().default(''),
  receivedVia: text('received_via').$type<'staff' | 'api'>().notNull(),
  receivedAt: instant('received_at').notNull().defaultNow(),
  childId: uuid('child_id'),
  childFirstName: text('child_first_name').notNull(),
  childLastName: text('child_last_name').notNull(),
  childDateOfBirth: civilDate('child_date_of_birth').notNull(),
  childGender: text('child_gender').notNull().default(''),
  childEthnicity: text('child_ethnicity').notNull().default(''),
  childFaith: text('child_faith').notNull().default(''),
  childLanguages: text('child_languages').array().notNull().default([]),
  siblingsCount: integer('siblings_count').notNull().default(0),
  siblingsTogether: boolean('siblings_together').notNull().default(true),
  siblingsAges: integer('siblings_ages').array().notNull().default([]),
  careType: text('care_type').$type<CareType>().notNull(),
  urgency: text('urgency').$type<ReferralUrgency>().notNull(),
  neededBy: civilDate('needed_by'),
  needs: text('needs').array().notNull().default([]),
  needsSummary: text('needs_summary').notNull().default(''),
  schoolName: text('school_name').notNull().default(''),
  schoolAreaId: uuid('school_area_id'),
  schoolLatitude: doublePrecision('school_latitude'),
  schoolLongitude: doublePrecision('school_longitude'),
  familyTimeAreaId: uuid('family_time_area_id'),
  familyTimeLatitude: doublePrecision('family_time_latitude'),
  familyTimeLongitude: doublePrecision('family_time_longitude'),
  avoidAreaId: uuid('avoid_area_id'),
  prefersOnlyChild: boolean('prefers_only_child').notNull().default(false),
  socialWorkerName: text('social_worker_name').notNull().default(''),
  socialWorkerEmail: text('social_worker_email').notNull().default(''),
  socialWorkerPhone: text('social_worker_phone').notNull().default(''),
  status: text('status').$type<ReferralStatus>().notNull().default('new'),
  response: text('response').notNull().default(''),
  respondedAt: instant('responded_at'),
  handledBy: uuid('handled_by'),
  createdBy: uuid('created_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const matchingWeights = pgTable('matching_weights', {
  factor: text('factor').primaryKey(),
  weight: integer('weight').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const referralShortlist = pgTable('referral_shortlist', {
  referralId: uuid('referral_id').notNull(),
  householdId: uuid('household_id').notNull(),
  rank: integer('rank').notNull(),
  score: integer('score').notNull(),
  addedBy: uuid('added_by'),
  addedAt: instant('added_at').notNull().defaultNow(),
});

export const matchingDecisions = pgTable('matching_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  referralId: uuid('referral_id').notNull(),
  householdId: uuid('household_id').notNull(),
  chosenRank: integer('chosen_rank').notNull(),
  topHouseholdId: uuid('top_household_id'),
  reasons: text('reasons').notNull(),
  reasonNotTop: text('reason_not_top').notNull().default(''),
  ranking: jsonb('ranking').notNull(),
  weights: jsonb('weights').$type<Record<string, number>>().notNull(),
  decidedBy: uuid('decided_by').notNull(),
  decidedAt: instant('decided_at').notNull().defaultNow(),
});

export const placementOffers = pgTable('placement_offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  referralId: uuid('referral_id').notNull(),
  householdId: uuid('household_id').notNull(),
  sharedBy: uuid('shared_by').notNull(),
  sharedAt: instant('shared_at').notNull().defaultNow(),
  response: text('response').$type<'accepted' | 'declined'>(),
  responseNote: text('response_note').notNull().default(''),
  respondedBy: uuid('responded_by'),
  respondedAt: instant('responded_at'),
});

export const placementPlans = pgTable('placement_plans', {
  placementId: uuid('placement_id').primaryKey(),
  agreedOn: civilDate('agreed_on').notNull(),
  dailyRoutines: text('daily_routines').notNull().default(''),
  education: text('education').notNull().default(''),
  health: text('health').notNull().default(''),
  familyTime: text('family_time').notNull().default(''),
  otherArrangements: text('other_arrangements').notNull().default(''),
  recordedBy: uuid('recorded_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export type DailyRecordKind = 'daily_log' | 'significant_event' | 'notifiable_incident';

export const dailyRecords = pgTable('daily_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  householdId: uuid('household_id').notNull(),
  placementId: uuid('placement_id').notNull(),
  authorId: uuid('author_id').notNull(),
  kind: text('kind').$type<DailyRecordKind>().notNull(),
  occurredOn: civilDate('occurred_on').notNull(),
  mood: text('mood').$type<'good' | 'mixed' | 'hard'>(),
  topics: text('topics').array().notNull().default([]),
  body: text('body').notNull(),
  acknowledgedBy: uuid('acknowledged_by'),
  acknowledgedAt: instant('acknowledged_at'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const dailyRecordComments = pgTable('daily_record_comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  recordId: uuid('record_id').notNull(),
  authorId: uuid('author_id').notNull(),
  body: text('body').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export type OutreachKind =
  'search' | 'safety_check' | 'letter' | 'phone_call' | 'meeting' | 'visit' | 'other';

export const connectionOutreach = pgTable('connection_outreach', {
  id: uuid('id').primaryKey().defaultRandom(),
  connectionId: uuid('connection_id').notNull(),
  stepOn: civilDate('step_on').notNull(),
  kind: text('kind').$type<OutreachKind>().notNull(),
  safetyOutcome: text('safety_outcome').$type<'cleared' | 'concerns'>(),
  notes: text('notes').notNull().default(''),
  outcome: text('outcome').notNull().default(''),
  recordedBy: uuid('recorded_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const permanencyPacts = pgTable('permanency_pacts', {
  connectionId: uuid('connection_id').primaryKey(),
  commitments: text('commitments').array().notNull().default([]),
  inTheirWords: text('in_their_words').notNull().default(''),
  agreedOn: civilDate('agreed_on').notNull(),
  endedOn: civilDate('ended_on'),
  recordedBy: uuid('recorded_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export type PermanencyOption =
  'return_home' | 'kinship' | 'adoption' | 'long_term_fostering' | 'staying_put';

export const permanencyConversations = pgTable('permanency_conversations', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  heldOn: civilDate('held_on').notNull(),
  whoWasThere: text('who_was_there').notNull(),
  options: text('options').array().$type<PermanencyOption[]>().notNull().default([]),
  youngPersonWords: text('young_person_words').notNull(),
  questions: text('questions').notNull().default(''),
  feelings: text('feelings').notNull().default(''),
  nextSteps: text('next_steps').notNull().default(''),
  recordedBy: uuid('recorded_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const permanencyDecisions = pgTable('permanency_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  youngPersonChoice: text('young_person_choice').$type<PermanencyOption>(),
  youngPersonWords: text('young_person_words').notNull().default(''),
  decidedOption: text('decided_option').$type<PermanencyOption>().notNull(),
  reasons: text('reasons').notNull(),
  decidedOn: civilDate('decided_on').notNull(),
  recordedBy: uuid('recorded_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const lookedAfterReviews = pgTable('looked_after_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  heldOn: civilDate('held_on').notNull(),
  permanencyNotes: text('permanency_notes').notNull().default(''),
  recordedBy: uuid('recorded_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export type LifeStoryKind =
  'photo' | 'milestone' | 'memory' | 'letter' | 'person' | 'place' | 'document';
export type LifeStoryStatus = 'published' | 'awaiting_check' | 'declined';

export const lifeStoryEntries = pgTable('life_story_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  kind: text('kind').$type<LifeStoryKind>().notNull(),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  happenedOn: civilDate('happened_on'),
  fileId: uuid('file_id'),
  addedBy: uuid('added_by'),
  addedByRole: text('added_by_role').notNull(),
  status: text('status').$type<LifeStoryStatus>().notNull().default('published'),
  checkedBy: uuid('checked_by'),
  checkedAt: instant('checked_at'),
  declineReason: text('decline_reason').notNull().default(''),
  isHiddenFromCarers: boolean('is_hidden_from_carers').notNull().default(false),
  isSharedWithFamily: boolean('is_shared_with_family').notNull().default(false),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const childIdentity = pgTable('child_identity', {
  childId: uuid('child_id').primaryKey(),
  heritage: text('heritage').notNull().default(''),
  whatMatters: text('what_matters').notNull().default(''),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const youngPersonVoice = pgTable('young_person_voice', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  kind: text('kind').$type<'want_to_know' | 'question'>().notNull(),
  body: text('body').notNull(),
  isSharedWithCarers: boolean('is_shared_with_carers').notNull().default(false),
  answer: text('answer').notNull().default(''),
  answeredBy: uuid('answered_by'),
  answeredAt: instant('answered_at'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

// The birth and foster parent partnership (migration 0015).
export type SpaceLevel = 'direct' | 'reviewed' | 'not_in_space';
export type MessageStatus = 'delivered' | 'held' | 'rejected';
export type UpdateTopic = 'everyday' | 'school' | 'health' | 'milestone' | 'fun';
export type UpdateReaction = 'love' | 'smile' | 'proud' | 'thanks';
export type FamilyTimeKind = 'in_person' | 'video' | 'phone';
export type FamilyTimeParty = 'parent' | 'carer' | 'worker' | 'child';
export type FamilyTimeAttendance = 'attended' | 'late' | 'left_early' | 'did_not_attend';
export type DecisionTopic = DelegatedTopic | 'other';
export type DecisionOutcome = 'agreed' | 'agreed_with_conditions' | 'not_agreed';
export type ReunificationStatus = 'working_towards' | 'home' | 'closed';
export type StepWho = 'family' | 'agency' | 'carers' | 'together';
export type StepStatus = 'not_started' | 'going' | 'done';
export type HowItIs = 'going_well' | 'some_worries' | 'worried';

export const partnershipSpaces = pgTable('partnership_spaces', {
  childId: uuid('child_id').primaryKey(),
  emailLabel: text('email_label').notNull().default(''),
  carersRelationship: text('carers_relationship').notNull().default(''),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const partnershipStarts = pgTable('partnership_starts', {
  placementId: uuid('placement_id').primaryKey(),
  childId: uuid('child_id').notNull(),
  introScheduledAt: instant('intro_scheduled_at'),
  introPlace: text('intro_place').notNull().default(''),
  introHeldOn: civilDate('intro_held_on'),
  introNotes: text('intro_notes').notNull().default(''),
  comfortCallHeldOn: civilDate('comfort_call_held_on'),
  comfortCallNotes: text('comfort_call_notes').notNull().default(''),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const partnershipChildGuides = pgTable('partnership_child_guides', {
  childId: uuid('child_id').primaryKey(),
  routines: text('routines').notNull().default(''),
  comforts: text('comforts').notNull().default(''),
  food: text('food').notNull().default(''),
  bedtime: text('bedtime').notNull().default(''),
  wantCarersToKnow: text('want_carers_to_know').notNull().default(''),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const sharedUpdates = pgTable('shared_updates', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  authorId: uuid('author_id').notNull(),
  topic: text('topic').$type<UpdateTopic>().notNull(),
  body: text('body').notNull(),
  happenedOn: civilDate('happened_on').notNull(),
  fileId: uuid('file_id'),
  wasWarned: boolean('was_warned').notNull().default(false),
  lifeStoryEntryId: uuid('life_story_entry_id'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const sharedUpdateReactions = pgTable('shared_update_reactions', {
  updateId: uuid('update_id').notNull(),
  userId: uuid('user_id').notNull(),
  reaction: text('reaction').$type<UpdateReaction>().notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const partnershipMessages = pgTable('partnership_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  authorId: uuid('author_id').notNull(),
  updateId: uuid('update_id'),
  body: text('body').notNull(),
  fileId: uuid('file_id'),
  fileKind: text('file_kind').$type<'photo' | 'document'>(),
  status: text('status').$type<MessageStatus>().notNull(),
  wasWarned: boolean('was_warned').notNull().default(false),
  moderatedBy: uuid('moderated_by'),
  moderatedAt: instant('moderated_at'),
  moderationNote: text('moderation_note').notNull().default(''),
  createdAt: instant('created_at').notNull().defaultNow(),
  deliveredAt: instant('delivered_at'),
});

export const partnershipReads = pgTable('partnership_reads', {
  childId: uuid('child_id').notNull(),
  userId: uuid('user_id').notNull(),
  lastReadAt: instant('last_read_at').notNull(),
});

export const familyTimeSessions = pgTable('family_time_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  startsAt: instant('starts_at').notNull(),
  endsAt: instant('ends_at').notNull(),
  kind: text('kind').$type<FamilyTimeKind>().notNull().default('in_person'),
  isSupervised: boolean('is_supervised').notNull().default(true),
  supervisedBy: text('supervised_by').notNull().default(''),
  venue: text('venue').notNull().default(''),
  transport: text('transport').notNull().default(''),
  notesForFamily: text('notes_for_family').notNull().default(''),
  status: text('status').$type<'planned' | 'cancelled'>().notNull().default('planned'),
  cancelledByParty: text('cancelled_by_party').$type<'parent' | 'carer' | 'agency' | 'child'>(),
  cancelledReason: text('cancelled_reason').notNull().default(''),
  cancelledBy: uuid('cancelled_by'),
  cancelledAt: instant('cancelled_at'),
  createdBy: uuid('created_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const familyTimeInvitees = pgTable('family_time_invitees', {
  sessionId: uuid('session_id').notNull(),
  userId: uuid('user_id').notNull(),
  confirmedAt: instant('confirmed_at'),
});

export const familyTimeNotes = pgTable('family_time_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  sessionId: uuid('session_id').notNull(),
  authorId: uuid('author_id').notNull(),
  party: text('party').$type<FamilyTimeParty>().notNull(),
  attendance: text('attendance').$type<FamilyTimeAttendance>(),
  note: text('note').notNull().default(''),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const familyTimeFeeds = pgTable('family_time_feeds', {
  userId: uuid('user_id').primaryKey(),
  token: text('token').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const decisionRequests = pgTable('decision_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  topic: text('topic').$type<DecisionTopic>().notNull(),
  question: text('question').notNull(),
  neededBy: civilDate('needed_by'),
  askedBy: uuid('asked_by').notNull(),
  askedAt: instant('asked_at').notNull().defaultNow(),
  parentViews: text('parent_views').notNull().default(''),
  parentViewsBy: uuid('parent_views_by'),
  parentViewsAt: instant('parent_views_at'),
  outcome: text('outcome').$type<DecisionOutcome>(),
  outcomeNotes: text('outcome_notes').notNull().default(''),
  decidedBy: uuid('decided_by'),
  decidedAt: instant('decided_at'),
});

export const reunificationPlans = pgTable('reunification_plans', {
  childId: uuid('child_id').primaryKey(),
  aim: text('aim').notNull(),
  supportOffered: text('support_offered').notNull().default(''),
  targetOn: civilDate('target_on'),
  nextReviewOn: civilDate('next_review_on'),
  status: text('status').$type<ReunificationStatus>().notNull().default('working_towards'),
  wentHomeOn: civilDate('went_home_on'),
  supportEndsOn: civilDate('support_ends_on'),
  supportWorkerId: uuid('support_worker_id'),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const reunificationSteps = pgTable('reunification_steps', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  kind: text('kind').$type<'goal' | 'step'>().notNull(),
  title: text('title').notNull(),
  detail: text('detail').notNull().default(''),
  who: text('who').$type<StepWho>().notNull(),
  dueOn: civilDate('due_on'),
  status: text('status').$type<StepStatus>().notNull().default('not_started'),
  progress: text('progress').notNull().default(''),
  position: integer('position').notNull().default(0),
  updatedBy: uuid('updated_by'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const reunificationCheckins = pgTable('reunification_checkins', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  kind: text('kind').$type<'review' | 'check_in'>().notNull(),
  heldOn: civilDate('held_on').notNull(),
  howItIs: text('how_it_is').$type<HowItIs>().notNull(),
  forFamily: text('for_family').notNull().default(''),
  staffNotes: text('staff_notes').notNull().default(''),
  nextOn: civilDate('next_on'),
  recordedBy: uuid('recorded_by'),
  createdAt: instant('created_at').notNull().defaultNow(),
});
