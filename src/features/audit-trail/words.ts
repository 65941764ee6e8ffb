import { ACTIONS } from '../../core/access/actions.ts';
import type { AuditAction, AuditRecordType } from '../../core/access/audit.ts';

// Partial on purpose: an action added elsewhere still shows, in words made from its name, until
// it is given better ones here.
const ACTION_WORDS: Partial<Record<AuditAction, string>> = {
  'home.view': 'Looked at their home page',
  'account.manage_own': 'Managed their own account',
  'user.list': 'Looked at the list of accounts',
  'user.create': 'Added an account',
  'user.update': 'Changed an account',
  'settings.manage': 'Managed the agency’s settings',
  'audit.read': 'Looked at the audit trail',
  'audit.chain_checked': 'Checked that the audit trail is intact',
  'household.list': 'Looked at the list of households',
  'household.read': 'Read a household’s record',
  'household.read_address': 'Read a household’s address',
  'child.list': 'Looked at a list of children',
  'child.read': 'Read a child’s record',
  'child.read_family_view': 'Read what is shared with a child’s family',
  'session.sign_in': 'Signed in',
  'session.sign_in_failed': 'Tried to sign in with the wrong details',
  'session.sign_out': 'Signed out',
  'session.sign_out_everywhere': 'Signed out on every device',
  'account.password_changed': 'Changed their password',
  'account.password_reset_requested': 'Asked to reset their password',
  'account.password_reset': 'Reset their password',
  'account.two_factor_enabled': 'Turned on two-factor sign-in',
  'account.two_factor_disabled': 'Turned off two-factor sign-in',
  'session.two_factor_passed': 'Gave the right two-factor code',
  'session.two_factor_failed': 'Gave a wrong two-factor code',
  'user.deactivate': 'Turned off an account',
  'user.reactivate': 'Turned an account back on',
  'settings.update': 'Changed the agency’s settings',
  'demo.seeded': 'Loaded the demonstration agency',
  'belonging.read': 'Read a child’s people, life story or identity page',
  'belonging.contribute': 'Added to a child’s people or life story',
  'belonging.manage': 'Kept a child’s people or life story',
  'permanency.read': 'Read a child’s permanency plan and conversations',
  'permanency.manage': 'Kept a child’s permanency plan',
  'voice.read': 'Read what a young person wrote in their own words',
  'voice.write': 'Wrote in their own words',
  'connection.added': 'Added someone to a child’s map of people',
  'connection.proposed': 'Suggested someone for a child’s map of people',
  'connection.updated': 'Changed someone on a child’s map of people',
  'connection.moved': 'Moved someone on a child’s map of people',
  'connection.checked': 'Checked a suggestion for a child’s map of people',
  'connection.flag_decided': 'Decided whether a flagged person shows to the young person',
  'connection.outreach_recorded': 'Recorded a family-finding step',
  'connection.pact_saved': 'Saved a lifelong connection’s pact',
  'permanency.conversation_recorded': 'Recorded a permanency conversation',
  'permanency.decision_recorded': 'Recorded a permanency decision',
  'permanency.review_recorded': 'Recorded a looked-after review',
  'life_story.entry_added': 'Added to a life story',
  'life_story.entry_checked': 'Checked an addition to a life story',
  'life_story.entry_changed': 'Changed who sees a life story entry',
  'life_story.exported': 'Downloaded a life story book',
  'life_story.identity_saved': 'Changed a life story’s identity page',
  'voice.written': 'Wrote something in their own words',
  'voice.sharing_changed': 'Changed who sees something they wrote',
  'voice.answered': 'Answered a young person’s question',
  'partnership.read': 'Read a child’s partnership space',
  'partnership.write': 'Wrote in a child’s partnership space',
  'partnership.manage': 'Managed a child’s partnership space',
  'partnership.level_set': 'Set a parent’s place in the partnership space',
  'partnership.space_saved': 'Changed a partnership space’s settings',
  'partnership.start_recorded': 'Recorded the first meeting or comfort call',
  'partnership.guide_saved': 'Wrote what the carers should know about a child',
  'partnership.message_sent': 'Sent a message in a partnership space',
  'partnership.message_held': 'Sent a message that waits for a worker',
  'partnership.message_released': 'Delivered a message after reading it',
  'partnership.message_rejected': 'Did not deliver a message',
  'partnership.update_posted': 'Posted an update about a child',
  'partnership.update_reacted': 'Reacted to an update',
  'partnership.update_to_life_story': 'Added an update to a life story',
  'family_time.planned': 'Planned family time',
  'family_time.changed': 'Changed family time',
  'family_time.cancelled': 'Cancelled family time',
  'family_time.confirmed': 'Confirmed coming to family time',
  'family_time.note_added': 'Wrote about family time',
  'family_time.feed_created': 'Made a family time calendar address',
  'decision.requested': 'Asked for a decision about a child',
  'decision.views_given': 'Gave a parent’s views on a decision',
  'decision.made': 'Recorded a decision about a child',
  'decision.authority_changed': 'Changed who decides what for a child',
  'reunification.plan_saved': 'Saved a plan for going home',
  'reunification.step_saved': 'Saved a step of a plan for going home',
  'reunification.checkin_recorded': 'Recorded a review or check-in after going home',
  'reunification.went_home': 'Recorded that a child went home',
};

const RECORD_TYPE_WORDS: Partial<Record<AuditRecordType, string>> = {
  child: 'Child',
  household: 'Household',
  user: 'Account',
  settings: 'Agency settings',
  session: 'Sign-in',
  audit: 'Audit trail',
  connection: 'Person on a child’s map',
  life_story_entry: 'Life story entry',
  permanency_conversation: 'Permanency conversation',
  permanency_decision: 'Permanency decision',
  looked_after_review: 'Looked-after review',
  voice_entry: 'Young person’s own words',
  partnership_space: 'Partnership space',
  partnership_start: 'First meeting and comfort call',
  partnership_message: 'Partnership message',
  shared_update: 'Shared update',
  family_time_session: 'Family time',
  family_time_feed: 'Family time calendar',
  decision_request: 'Decision request',
  delegated_authority: 'Delegated authority',
  reunification_plan: 'Plan for going home',
};

const fromName = (name: string) => {
  const words = name.replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What an entry's action means, in plain words. */
export function describeAction(action: string): string {
  return ACTION_WORDS[action as AuditAction] ?? fromName(action);
}

/** The kind of record an entry is about, in plain words. */
export function describeRecordType(recordType: string): string {
  return RECORD_TYPE_WORDS[recordType as AuditRecordType] ?? fromName(recordType);
}

/** The actions to choose from when filtering, by their words. */
export function actionChoices(): Array<{ value: string; label: string }> {
  return [...new Set<string>([...ACTIONS, ...Object.keys(ACTION_WORDS)])]
    .map((value) => ({ value, label: describeAction(value) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The kinds of record to choose from when filtering. */
export function recordTypeChoices(): Array<{ value: string; label: string }> {
  return Object.keys(RECORD_TYPE_WORDS)
    .map((value) => ({ value, label: describeRecordType(value) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Where an entry's record can be seen, when it has a page of its own. */
export function recordHref(recordType: string, recordId: string | null): string | null {
  if (!recordId || !/^[0-9a-f-]{36}$/i.test(recordId)) return null;
  switch (recordType) {
    case 'child':
      return `/children/${recordId}`;
    case 'household':
      return `/households/${recordId}`;
    case 'user':
      return `/admin/users/${recordId}`;
    default:
      return null;
  }
}
