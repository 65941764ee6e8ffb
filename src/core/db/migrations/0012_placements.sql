-- Children, households and placements: the full household profile and the child's record,
-- referrals from local authorities (by staff or through the API), matching as decision support,
-- placement plans, endings, daily records, and the file store for photos.
-- Need and skill codes are the ones in src/features/children/needs.ts.

-- Where an area is, so a distance can be estimated when a school or a family-time venue has no
-- coordinates of its own.
ALTER TABLE areas ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90);
ALTER TABLE areas ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180);

-- The household's profile and terms of approval.
ALTER TABLE households ADD COLUMN bedrooms integer CHECK (bedrooms BETWEEN 0 AND 20);
ALTER TABLE households ADD COLUMN care_types text[] NOT NULL DEFAULT '{}'
  CHECK (care_types <@ ARRAY['emergency', 'short_term', 'long_term', 'short_break',
    'parent_and_child', 'remand']);
-- The largest group of brothers and sisters the household is approved to take together (1: none).
ALTER TABLE households ADD COLUMN sibling_group_max integer NOT NULL DEFAULT 1
  CHECK (sibling_group_max BETWEEN 1 AND 10);
ALTER TABLE households ADD COLUMN skills text[] NOT NULL DEFAULT '{}';
-- Needs the household must not be matched with, for safeguarding (for example sexualised
-- behaviour where there are younger children at home).
ALTER TABLE households ADD COLUMN excluded_needs text[] NOT NULL DEFAULT '{}';
ALTER TABLE households ADD COLUMN languages text[] NOT NULL DEFAULT '{}';
ALTER TABLE households ADD COLUMN faith text NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN ethnicity text NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN culture_notes text NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN pets text NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN is_smoking boolean NOT NULL DEFAULT false;
ALTER TABLE households ADD COLUMN has_car boolean NOT NULL DEFAULT true;
ALTER TABLE households ADD COLUMN experience_notes text NOT NULL DEFAULT '';

-- Checks on everyone in a household (carers and other adults): enhanced DBS, medical,
-- references, local authority checks, each with when it was done and when it must be renewed.
CREATE TABLE household_member_checks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  member_id uuid NOT NULL REFERENCES household_members (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('dbs', 'medical', 'reference', 'local_authority')),
  completed_on date NOT NULL,
  renew_by date,
  outcome text NOT NULL DEFAULT 'clear' CHECK (outcome IN ('clear', 'concerns_noted')),
  notes text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX household_member_checks_member ON household_member_checks (member_id, kind);

-- Files (photos, documents) live outside the database in the file store; this is what is known
-- about each. Images are re-encoded on the way in, which drops their metadata (EXIF, GPS).
CREATE TABLE stored_files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  storage_key text NOT NULL UNIQUE,
  content_type text NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size >= 0),
  sha256 text NOT NULL,
  width integer,
  height integer,
  uploaded_by uuid REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);

-- The child's record, beyond the foundation's names and dates.
ALTER TABLE children ADD COLUMN ethnicity text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN faith text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN languages text[] NOT NULL DEFAULT '{}';
ALTER TABLE children ADD COLUMN culture_notes text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN social_worker_name text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN social_worker_email text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN social_worker_phone text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN school_name text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN school_area_id uuid REFERENCES areas (id);
ALTER TABLE children ADD COLUMN school_latitude double precision CHECK (school_latitude BETWEEN -90 AND 90);
ALTER TABLE children ADD COLUMN school_longitude double precision CHECK (school_longitude BETWEEN -180 AND 180);
ALTER TABLE children ADD COLUMN health_notes text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN needs text[] NOT NULL DEFAULT '{}';
-- In words a carer can use: what helps, what to expect, what upsets them.
ALTER TABLE children ADD COLUMN needs_notes text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN attachment_notes text NOT NULL DEFAULT '';
ALTER TABLE children ADD COLUMN photo_file_id uuid REFERENCES stored_files (id);

-- Brothers and sisters, one row per pair (child_id < sibling_id), and whether the plan is to
-- keep them together.
CREATE TABLE child_siblings (
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  sibling_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  is_placed_together_planned boolean NOT NULL DEFAULT true,
  PRIMARY KEY (child_id, sibling_id),
  CHECK (child_id < sibling_id)
);
CREATE INDEX child_siblings_sibling ON child_siblings (sibling_id);

-- People who matter to the child (the young person's own map grows from here).
CREATE TABLE child_important_people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  name text NOT NULL,
  relationship text NOT NULL,
  notes text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX child_important_people_child ON child_important_people (child_id);

-- Who may decide what in the child's everyday life ("delegated authority").
CREATE TABLE child_delegated_authority (
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  topic text NOT NULL CHECK (topic IN ('haircuts', 'school_trips', 'sleepovers',
    'routine_medical', 'medical_treatment', 'religious_observance', 'holidays_abroad',
    'social_media', 'photographs')),
  decided_by text NOT NULL CHECK (decided_by IN ('carers', 'social_worker', 'birth_parents',
    'shared')),
  notes text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (child_id, topic)
);

-- A household a particular child must never be matched with (a known risk between them).
CREATE TABLE matching_exclusions (
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  household_id uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  reason text NOT NULL,
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (child_id, household_id)
);

-- What each course prepares a carer for, so matching can weigh training against a child's needs.
ALTER TABLE training_courses ADD COLUMN prepares_for_needs text[] NOT NULL DEFAULT '{}';

-- Local authorities that place children with the agency, and their keys to the referrals API.
CREATE TABLE local_authorities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  email text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX local_authorities_name ON local_authorities (lower(name));

-- Only a hash of each key is kept; the key is shown once, when it is made.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  authority_id uuid NOT NULL REFERENCES local_authorities (id),
  label text NOT NULL,
  key_prefix text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- A local authority's request for a home for a child (or a group of brothers and sisters).
CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE,
  authority_id uuid NOT NULL REFERENCES local_authorities (id),
  -- Their own reference, so their systems can find it again.
  authority_reference text NOT NULL DEFAULT '',
  received_via text NOT NULL CHECK (received_via IN ('staff', 'api')),
  received_at timestamptz NOT NULL DEFAULT now(),
  -- The child, once a record exists (a child known to the agency, or created on placement).
  child_id uuid REFERENCES children (id),
  child_first_name text NOT NULL,
  child_last_name text NOT NULL,
  child_date_of_birth date NOT NULL,
  child_gender text NOT NULL DEFAULT '',
  child_ethnicity text NOT NULL DEFAULT '',
  child_faith text NOT NULL DEFAULT '',
  child_languages text[] NOT NULL DEFAULT '{}',
  -- Brothers and sisters referred with the child, and whether they should live together.
  siblings_count integer NOT NULL DEFAULT 0 CHECK (siblings_count BETWEEN 0 AND 9),
  siblings_together boolean NOT NULL DEFAULT true,
  siblings_ages integer[] NOT NULL DEFAULT '{}',
  care_type text NOT NULL CHECK (care_type IN ('emergency', 'short_term', 'long_term',
    'short_break', 'parent_and_child', 'remand')),
  urgency text NOT NULL CHECK (urgency IN ('immediate', 'within_week', 'planned')),
  needed_by date,
  needs text[] NOT NULL DEFAULT '{}',
  needs_summary text NOT NULL DEFAULT '',
  school_name text NOT NULL DEFAULT '',
  school_area_id uuid REFERENCES areas (id),
  school_latitude double precision CHECK (school_latitude BETWEEN -90 AND 90),
  school_longitude double precision CHECK (school_longitude BETWEEN -180 AND 180),
  family_time_area_id uuid REFERENCES areas (id),
  family_time_latitude double precision CHECK (family_time_latitude BETWEEN -90 AND 90),
  family_time_longitude double precision CHECK (family_time_longitude BETWEEN -180 AND 180),
  -- Where the birth family lives, when the child must not live near them (kept from carers).
  avoid_area_id uuid REFERENCES areas (id),
  prefers_only_child boolean NOT NULL DEFAULT false,
  social_worker_name text NOT NULL DEFAULT '',
  social_worker_email text NOT NULL DEFAULT '',
  social_worker_phone text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'matching', 'offered', 'placed',
    'declined', 'withdrawn')),
  -- What the agency tells the local authority (shown to them through the API).
  response text NOT NULL DEFAULT '',
  responded_at timestamptz,
  handled_by uuid REFERENCES users (id),
  created_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referrals_status ON referrals (status, received_at);
CREATE INDEX referrals_authority ON referrals (authority_id, received_at);

-- How much each matching factor counts: the agency's own, visible and adjustable.
CREATE TABLE matching_weights (
  factor text PRIMARY KEY,
  weight integer NOT NULL CHECK (weight BETWEEN 0 AND 100),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO matching_weights (factor, weight) VALUES
  ('needs', 30), ('attachment', 15), ('school_distance', 15), ('family_time_distance', 10),
  ('culture', 10), ('composition', 10), ('continuity', 10);

-- Households the worker is considering for a referral, with their score when shortlisted.
CREATE TABLE referral_shortlist (
  referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  household_id uuid NOT NULL REFERENCES households (id),
  rank integer NOT NULL,
  score integer NOT NULL,
  added_by uuid REFERENCES users (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (referral_id, household_id)
);

-- The worker's choice and reasons, with the ranking as it stood, so outcomes can be learned from.
CREATE TABLE matching_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL UNIQUE REFERENCES referrals (id),
  household_id uuid NOT NULL REFERENCES households (id),
  chosen_rank integer NOT NULL,
  top_household_id uuid REFERENCES households (id),
  reasons text NOT NULL,
  -- Required when the chosen household was not ranked first.
  reason_not_top text NOT NULL DEFAULT '',
  ranking jsonb NOT NULL,
  weights jsonb NOT NULL,
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL DEFAULT now()
);

-- The child's full information shared with a household before they are asked to say yes.
CREATE TABLE placement_offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  referral_id uuid NOT NULL REFERENCES referrals (id),
  household_id uuid NOT NULL REFERENCES households (id),
  shared_by uuid NOT NULL REFERENCES users (id),
  shared_at timestamptz NOT NULL DEFAULT now(),
  response text CHECK (response IN ('accepted', 'declined')),
  response_note text NOT NULL DEFAULT '',
  responded_by uuid REFERENCES users (id),
  responded_at timestamptz,
  UNIQUE (referral_id, household_id)
);
CREATE INDEX placement_offers_household ON placement_offers (household_id);

-- Placements: where they came from, why they ended.
ALTER TABLE placements ADD COLUMN referral_id uuid REFERENCES referrals (id);
ALTER TABLE placements ADD COLUMN end_reason_kind text CHECK (end_reason_kind IN ('planned',
  'disruption', 'move_to_siblings_or_kin', 'return_home', 'adoption', 'special_guardianship',
  'turned_18', 'staying_put', 'other'));
ALTER TABLE placements ADD COLUMN ended_by uuid REFERENCES users (id);
ALTER TABLE placements ADD COLUMN created_by uuid REFERENCES users (id);
CREATE INDEX placements_started ON placements (started_on);
CREATE INDEX placements_household ON placements (household_id, started_on);

-- The placement plan, agreed before the placement or within the working days the rules allow.
CREATE TABLE placement_plans (
  placement_id uuid PRIMARY KEY REFERENCES placements (id) ON DELETE CASCADE,
  agreed_on date NOT NULL,
  daily_routines text NOT NULL DEFAULT '',
  education text NOT NULL DEFAULT '',
  health text NOT NULL DEFAULT '',
  family_time text NOT NULL DEFAULT '',
  other_arrangements text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Carers' daily records about each child living with them, and events that must be reported.
CREATE TABLE daily_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id),
  household_id uuid NOT NULL REFERENCES households (id),
  placement_id uuid NOT NULL REFERENCES placements (id),
  author_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('daily_log', 'significant_event', 'notifiable_incident')),
  occurred_on date NOT NULL,
  mood text CHECK (mood IN ('good', 'mixed', 'hard')),
  topics text[] NOT NULL DEFAULT '{}',
  body text NOT NULL,
  -- For incidents: the supervising social worker has seen it.
  acknowledged_by uuid REFERENCES users (id),
  acknowledged_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX daily_records_child ON daily_records (child_id, occurred_on DESC, created_at DESC);
CREATE INDEX daily_records_author ON daily_records (author_id, occurred_on DESC);
CREATE INDEX daily_records_unacknowledged ON daily_records (household_id)
  WHERE kind <> 'daily_log' AND acknowledged_at IS NULL;

CREATE TABLE daily_record_comments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  record_id uuid NOT NULL REFERENCES daily_records (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES users (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX daily_record_comments_record ON daily_record_comments (record_id, created_at);

-- Matching reads households by status and area; vacancy comes from current placements.
CREATE INDEX households_status_area ON households (status, area_id);
