// The words recruitment pages, exports and the home page use for its codes.
import type {
  AdultRelationship,
  CheckOutcome,
  EnquiryKind,
  EnquirySource,
  PanelRecommendation,
  RecruitmentStage,
  SectionProgress,
  StatutoryCheckKind,
} from '../../core/db/tables.ts';

const STAGE_WORDS: Record<RecruitmentStage, string> = {
  enquiry: 'Enquiry',
  initial_conversation: 'Initial conversation',
  home_visit: 'Home visit',
  application: 'Application',
  stage_one: 'Assessment Stage 1',
  stage_two: 'Assessment Stage 2',
  panel: 'Fostering panel',
  agency_decision: 'Agency decision',
  approved: 'Approved',
  withdrawn: 'Withdrawn',
  not_approved: 'Not approved',
};

/** A stage in plain words. */
export function stageLabel(stage: RecruitmentStage): string {
  return STAGE_WORDS[stage];
}

export const SOURCES = [
  'call_back',
  'information_pack',
  'enquiry_form',
  'information_event',
  'eligibility_check',
  'phone',
  'word_of_mouth',
  'other',
] as const satisfies readonly EnquirySource[];

const SOURCE_WORDS: Record<EnquirySource, string> = {
  call_back: 'Call back request',
  information_pack: 'Information pack',
  enquiry_form: 'Enquiry form',
  information_event: 'Information event',
  eligibility_check: 'Eligibility check',
  phone: 'Phone call',
  word_of_mouth: 'Word of mouth',
  other: 'Other',
};

/** How someone came to the agency, in plain words. */
export function sourceLabel(source: EnquirySource | EnquiryKind): string {
  return SOURCE_WORDS[source];
}

export const CHECK_KINDS = [
  'dbs',
  'medical',
  'personal_reference',
  'ex_partner_reference',
  'employer_reference',
  'local_authority',
] as const satisfies readonly StatutoryCheckKind[];

const CHECK_WORDS: Record<StatutoryCheckKind, string> = {
  dbs: 'Enhanced DBS check',
  medical: 'Medical',
  personal_reference: 'Personal reference',
  ex_partner_reference: 'Ex-partner reference',
  employer_reference: 'Employer reference',
  local_authority: 'Local authority check',
};

/** A statutory check in plain words. */
export function checkKindLabel(kind: StatutoryCheckKind): string {
  return CHECK_WORDS[kind];
}

export const CHECK_OUTCOMES = [
  'satisfactory',
  'concerns',
  'unsatisfactory',
] as const satisfies readonly CheckOutcome[];

const OUTCOME_WORDS: Record<CheckOutcome, string> = {
  satisfactory: 'Satisfactory',
  concerns: 'Concerns to discuss',
  unsatisfactory: 'Unsatisfactory',
};

/** A check's outcome in plain words. */
export function outcomeLabel(outcome: CheckOutcome): string {
  return OUTCOME_WORDS[outcome];
}

export const RELATIONSHIPS = [
  'applicant',
  'joint_applicant',
  'adult_in_household',
] as const satisfies readonly AdultRelationship[];

const RELATIONSHIP_WORDS: Record<AdultRelationship, string> = {
  applicant: 'Applicant',
  joint_applicant: 'Applying with them',
  adult_in_household: 'Other adult living in the home',
};

/** How an adult belongs to the applying household. */
export function relationshipLabel(relationship: AdultRelationship): string {
  return RELATIONSHIP_WORDS[relationship];
}

export const PROGRESS = [
  'not_started',
  'in_progress',
  'complete',
] as const satisfies readonly SectionProgress[];

const PROGRESS_WORDS: Record<SectionProgress, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
};

/** How far a report section has got. */
export function progressLabel(progress: SectionProgress): string {
  return PROGRESS_WORDS[progress];
}

/** The panel's recommendation or the decision, in plain words. */
export function recommendationLabel(recommendation: PanelRecommendation): string {
  return recommendation === 'approve' ? 'Approve' : 'Do not approve';
}

/** The kinds of care a household may be approved for (the same as a child's care in a home). */
export const CARE_TYPES = [
  'emergency',
  'short_term',
  'long_term',
  'short_break',
  'parent_and_child',
  'remand',
] as const;
export type CareType = (typeof CARE_TYPES)[number];

const CARE_TYPE_WORDS: Record<CareType, string> = {
  emergency: 'Emergency care',
  short_term: 'Short-term care',
  long_term: 'Long-term care',
  short_break: 'Short breaks',
  parent_and_child: 'Parent and child care',
  remand: 'Remand care',
};

/** A kind of care in plain words. */
export function careTypeLabel(careType: string): string {
  return CARE_TYPE_WORDS[careType as CareType] ?? careType.replace(/_/g, ' ');
}

/** A person's full name. */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
