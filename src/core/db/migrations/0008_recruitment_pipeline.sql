-- Recruitment from the first conversation to the agency's decision: the adults in each applying
-- household and the statutory checks on each of them, the Stage 2 report's progress, fostering
-- panel meetings and what the panel recommended, the decision, notes, and every move between stages.

-- Every adult in the household is checked (DBS, medical, references, local authority), so each
-- is recorded; the applicant once, then anyone applying with them and any other adult living there.
CREATE TABLE recruitment_adults (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prospective_carer_id uuid NOT NULL REFERENCES prospective_carers (id) ON DELETE CASCADE,
  first_name text NOT NULL,
  last_name text NOT NULL,
  relationship text NOT NULL CHECK (relationship IN (
    'applicant', 'joint_applicant', 'adult_in_household')),
  date_of_birth date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recruitment_adults_prospect ON recruitment_adults (prospective_carer_id);
CREATE UNIQUE INDEX recruitment_adults_one_applicant ON recruitment_adults (prospective_carer_id)
  WHERE relationship = 'applicant';

-- Stage 1: the statutory checks. A check is asked for, then comes back with an outcome; the detail
-- says who was asked (the referee, the employer, the local authority).
CREATE TABLE statutory_checks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prospective_carer_id uuid NOT NULL REFERENCES prospective_carers (id) ON DELETE CASCADE,
  adult_id uuid NOT NULL REFERENCES recruitment_adults (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN (
    'dbs', 'medical', 'personal_reference', 'ex_partner_reference', 'employer_reference',
    'local_authority')),
  detail text NOT NULL DEFAULT '',
  requested_on date NOT NULL,
  received_on date,
  outcome text CHECK (outcome IN ('satisfactory', 'concerns', 'unsatisfactory')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (received_on IS NULL OR received_on >= requested_on),
  -- An outcome is known exactly when the check has come back.
  CHECK ((outcome IS NULL) = (received_on IS NULL))
);
CREATE INDEX statutory_checks_prospect ON statutory_checks (prospective_carer_id);

-- Stage 2: how far each section of the assessment report (Form F in England) has got.
CREATE TABLE assessment_sections (
  prospective_carer_id uuid NOT NULL REFERENCES prospective_carers (id) ON DELETE CASCADE,
  section text NOT NULL CHECK (section IN (
    'background', 'relationships', 'household', 'support_network', 'home_and_community',
    'health', 'work_and_finances', 'motivation', 'caring_capacity', 'safe_caring', 'training',
    'analysis')),
  progress text NOT NULL CHECK (progress IN ('not_started', 'in_progress', 'complete')),
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES users (id),
  PRIMARY KEY (prospective_carer_id, section)
);

-- A meeting of the fostering panel, and who sits on it (by name: members are often independent
-- people without an account).
CREATE TABLE panel_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meets_on date NOT NULL,
  chair text NOT NULL,
  members text[] NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX panel_meetings_meets_on ON panel_meetings (meets_on);

-- One applicant heard at a meeting, and the panel's recommendation with the terms it proposes.
CREATE TABLE panel_agenda_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  panel_meeting_id uuid NOT NULL REFERENCES panel_meetings (id) ON DELETE CASCADE,
  prospective_carer_id uuid NOT NULL REFERENCES prospective_carers (id) ON DELETE CASCADE,
  position integer NOT NULL,
  recommendation text CHECK (recommendation IN ('approve', 'not_approve')),
  max_children integer CHECK (max_children BETWEEN 1 AND 10),
  age_from integer CHECK (age_from BETWEEN 0 AND 21),
  age_to integer CHECK (age_to BETWEEN 0 AND 21),
  care_types text[] NOT NULL DEFAULT '{}',
  reasons text NOT NULL DEFAULT '',
  recorded_at timestamptz,
  recorded_by uuid REFERENCES users (id),
  UNIQUE (panel_meeting_id, prospective_carer_id),
  CHECK (age_from IS NULL OR age_to IS NULL OR age_from <= age_to)
);
CREATE INDEX panel_agenda_items_prospect ON panel_agenda_items (prospective_carer_id);

-- The agency decision maker's decision. On approval it holds the terms of approval in full,
-- including the kinds of care approved for, which the households table has no column for yet.
CREATE TABLE recruitment_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prospective_carer_id uuid NOT NULL UNIQUE REFERENCES prospective_carers (id) ON DELETE CASCADE,
  panel_agenda_item_id uuid REFERENCES panel_agenda_items (id),
  decision text NOT NULL CHECK (decision IN ('approve', 'not_approve')),
  decided_on date NOT NULL,
  decided_by uuid NOT NULL REFERENCES users (id),
  reasons text NOT NULL,
  care_kind text CHECK (care_kind IN ('foster', 'kinship')),
  max_children integer CHECK (max_children BETWEEN 1 AND 10),
  age_from integer CHECK (age_from BETWEEN 0 AND 21),
  age_to integer CHECK (age_to BETWEEN 0 AND 21),
  care_types text[] NOT NULL DEFAULT '{}',
  household_id uuid REFERENCES households (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (decision = 'not_approve' OR (
    care_kind IS NOT NULL AND max_children IS NOT NULL AND age_from IS NOT NULL
    AND age_to IS NOT NULL AND age_from <= age_to AND household_id IS NOT NULL))
);

-- What staff write down as they go: calls, visits, things to remember.
CREATE TABLE recruitment_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prospective_carer_id uuid NOT NULL REFERENCES prospective_carers (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX recruitment_notes_prospect ON recruitment_notes (prospective_carer_id, created_at);

-- Every move from one stage to another, for the record's history and the time spent in each stage.
CREATE TABLE recruitment_stage_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prospective_carer_id uuid NOT NULL REFERENCES prospective_carers (id) ON DELETE CASCADE,
  from_stage text NOT NULL,
  to_stage text NOT NULL,
  reason text,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL
);
CREATE INDEX recruitment_stage_changes_prospect
  ON recruitment_stage_changes (prospective_carer_id, changed_at);
