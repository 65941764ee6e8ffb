import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { auditEvents } from '../db/tables.ts';
import type { Action } from './actions.ts';

/** The kinds of record the trail speaks of. */
export type AuditRecordType =
  | 'child'
  | 'prospective_carer'
  | 'panel_meeting'
  | 'household'
  | 'user'
  | 'settings'
  | 'session'
  | 'audit'
  | 'article'
  | 'information_event'
  | 'training_session'
  | 'training_booking'
  | 'training_catch_up_offer'
  | 'training_calendar_feed'
  | 'training_terms'
  | 'training_course'
  | 'training_venue'
  | 'elearning_module'
  | 'carer'
  | 'referral'
  | 'daily_record'
  | 'placement'
  | 'placement_offer'
  | 'matching_weights'
  | 'local_authority'
  | 'api_key'
  | 'stored_file'
  | 'household_member'
  | 'connection'
  | 'life_story_entry'
  | 'permanency_conversation'
  | 'permanency_decision'
  | 'looked_after_review'
  | 'voice_entry'
  | 'partnership_space'
  | 'partnership_start'
  | 'partnership_message'
  | 'shared_update'
  | 'family_time_session'
  | 'family_time_feed'
  | 'decision_request'
  | 'delegated_authority'
  | 'reunification_plan';

/** What happened: a policy action, or an event of signing in and out. */
export type AuditAction =
  | Action
  | 'audit.chain_checked'
  | 'session.sign_in'
  | 'session.sign_in_failed'
  | 'session.sign_out'
  | 'session.sign_out_everywhere'
  | 'account.password_changed'
  | 'account.password_reset_requested'
  | 'account.password_reset'
  | 'account.two_factor_enabled'
  | 'account.two_factor_disabled'
  | 'demo.seeded'
  | 'recruitment.enquiry_received'
  | 'recruitment.officer_assigned'
  | 'recruitment.next_action_set'
  | 'recruitment.note_added'
  | 'recruitment.stage_changed'
  | 'recruitment.dates_changed'
  | 'recruitment.adult_added'
  | 'recruitment.check_recorded'
  | 'recruitment.assessment_updated'
  | 'recruitment.panel_created'
  | 'recruitment.panel_item_added'
  | 'recruitment.recommendation_recorded'
  | 'household.create'
  | 'session.two_factor_passed'
  | 'session.two_factor_failed'
  | 'user.deactivate'
  | 'user.reactivate'
  | 'settings.update'
  | 'article.create'
  | 'article.update'
  | 'article.publish'
  | 'event.create'
  | 'event.update'
  | 'training.session_created'
  | 'training.booked'
  | 'training.joined_waiting_list'
  | 'training.booking_cancelled'
  | 'training.promoted_from_waiting_list'
  | 'training.attendance_marked'
  | 'training.catch_up_offered'
  | 'training.feed_created'
  | 'training.terms_imported'
  | 'training.terms_changed'
  | 'training.course_saved'
  | 'training.venue_saved'
  | 'training.elearning_progress_saved'
  | 'training.elearning_completed'
  | 'training.elearning_module_changed'
  | 'training.completion_recorded'
  | 'training.tsds_signed_off'
  | 'training.certificate_issued'
  | 'training.tsds_workbook_changed'
  | 'household.profile_changed'
  | 'household.member_added'
  | 'household.check_recorded'
  | 'child.created'
  | 'child.profile_changed'
  | 'child.photo_changed'
  | 'child.siblings_changed'
  | 'child.important_person_changed'
  | 'child.delegated_authority_changed'
  | 'child.matching_exclusion_changed'
  | 'file.read'
  | 'referral.received'
  | 'referral.updated'
  | 'referral.responded'
  | 'matching.ranked'
  | 'matching.compared'
  | 'matching.shortlisted'
  | 'matching.decided'
  | 'matching.weights_changed'
  | 'placement.offered'
  | 'placement.offer_answered'
  | 'placement.started'
  | 'placement.plan_saved'
  | 'placement.ended'
  | 'daily_record.written'
  | 'daily_record.commented'
  | 'daily_record.acknowledged'
  | 'authority.saved'
  | 'api_key.created'
  | 'api_key.revoked'
  | 'api_key.refused'
  | 'connection.added'
  | 'connection.proposed'
  | 'connection.updated'
  | 'connection.moved'
  | 'connection.checked'
  | 'connection.flag_decided'
  | 'connection.outreach_recorded'
  | 'connection.pact_saved'
  | 'permanency.conversation_recorded'
  | 'permanency.decision_recorded'
  | 'permanency.review_recorded'
  | 'life_story.entry_added'
  | 'life_story.entry_checked'
  | 'life_story.entry_changed'
  | 'life_story.exported'
  | 'life_story.identity_saved'
  | 'voice.written'
  | 'voice.sharing_changed'
  | 'voice.answered'
  | 'partnership.level_set'
  | 'partnership.space_saved'
  | 'partnership.start_recorded'
  | 'partnership.guide_saved'
  | 'partnership.message_sent'
  | 'partnership.message_held'
  | 'partnership.message_released'
  | 'partnership.message_rejected'
  | 'partnership.update_posted'
  | 'partnership.update_reacted'
  | 'partnership.update_to_life_story'
  | 'family_time.planned'
  | 'family_time.changed'
  | 'family_time.cancelled'
  | 'family_time.confirmed'
  | 'family_time.note_added'
  | 'family_time.feed_created'
  | 'decision.requested'
  | 'decision.views_given'
  | 'decision.made'
  | 'decision.authority_changed'
  | 'reunification.plan_saved'
  | 'reunification.step_saved'
  | 'reunification.checkin_recorded'
  | 'reunification.went_home';

/** One entry as a service asks for it. */
export type AuditEntry = {
  action: AuditAction;
  recordType: AuditRecordType;
  recordId: string | null;
  /** Names of the fields changed (never their values: the trail holds no personal data). */
  fields?: string[];
  outcome?: 'done' | 'refused';
  /** Who acted, when it is not yet the request's actor (a sign-in, before the session exists). */
  actor?: { userId: string; role: string };
};

/** An entry as stored, with its place in the chain. */
export type StoredAuditEvent = typeof auditEvents.$inferSelect;

// Every process appending to the trail takes this lock, so the chain has one order.
const AUDIT_CHAIN_LOCK = 7_405_002;
export const GENESIS_HASH = '0'.repeat(64);

/** The hash that seals an entry to the one before it. */
export function hashAuditEvent(event: Omit<StoredAuditEvent, 'id' | 'hash'>): string {
  const canonical = JSON.stringify([
    event.prevHash,
    event.at.toISOString(),
    event.actorId,
    event.actorRole,
    event.action,
    event.outcome,
    event.recordType,
    event.recordId,
    event.fields,
    event.requestId,
    event.ip,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends an entry to the trail in the caller's transaction (a savepoint when the caller already
 * has one, a transaction of its own otherwise), so the record and its audit entry commit together.
 */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await appendAuditEvent(tx as unknown as Db, {
      at: ctx.now,
      actorId: entry.actor?.userId ?? ctx.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? ctx.actor?.role ?? null,
      action: entry.action,
      outcome: entry.outcome ?? 'done',
      recordType: entry.recordType,
      recordId: entry.recordId,
      fields: entry.fields ?? [],
      requestId: ctx.request.id,
      ip: ctx.request.ip,
    });
  });
}

async function appendAuditEvent(
  tx: Db,
  event: Omit<StoredAuditEvent, 'id' | 'hash' | 'prevHash'>,
): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  // Timestamps are kept to the millisecond so the stored value hashes the same when read back.
  const at = new Date(Math.floor(event.at.getTime()));
  const sealed = { ...event, at, prevHash: last?.hash ?? GENESIS_HASH };
  await tx.insert(auditEvents).values({ ...sealed, hash: hashAuditEvent(sealed) });
}
