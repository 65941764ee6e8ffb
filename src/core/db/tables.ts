// Drizzle descriptions of the foundation's tables (created by migrations/0001_foundation.sql).
// They give typed queries; the SQL migrations stay the source of truth for the schema.
import {
  bigserial,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

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
});

export const householdMembers = pgTable('household_members', {
  id: uuid('id').primaryKey().defaultRandom(),
  householdId: uuid('household_id').notNull(),
  userId: uuid('user_id'),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  memberRole: text('member_role').$type<'carer' | 'birth_child' | 'adult'>().notNull(),
  dateOfBirth: civilDate('date_of_birth'),
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
});

export const birthParents = pgTable('birth_parents', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  userId: uuid('user_id').notNull(),
  relationship: text('relationship').$type<'mother' | 'father' | 'parent' | 'other'>().notNull(),
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
