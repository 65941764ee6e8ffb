// The sections of the Stage 2 assessment report (Form F in England, from CoramBAAF), grouped as
// the assessing social worker writes them. The codes match the migration's CHECK.

export const ASSESSMENT_SECTIONS = [
  { code: 'background', label: 'Background and personal history' },
  { code: 'relationships', label: 'Relationships, including past partners' },
  { code: 'household', label: 'Children and other people in the household' },
  { code: 'support_network', label: 'Support network' },
  { code: 'home_and_community', label: 'Home, neighbourhood and community' },
  { code: 'health', label: 'Health and lifestyle' },
  { code: 'work_and_finances', label: 'Education, work and finances' },
  { code: 'motivation', label: 'Motivation and understanding of fostering' },
  { code: 'caring_capacity', label: 'Experience and capacity to care for children' },
  { code: 'safe_caring', label: 'Safe caring and safeguarding' },
  { code: 'training', label: 'Preparation training (Skills to Foster)' },
  { code: 'analysis', label: 'Assessor’s analysis and proposed terms of approval' },
] as const;

export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number]['code'];

/** True for a known section code. */
export function isAssessmentSection(code: string): code is AssessmentSection {
  return ASSESSMENT_SECTIONS.some((section) => section.code === code);
}
