-- The partnership between a child's birth parents and the carers looking after them: one shared
-- space per child with messages, shared updates, family time, shared decisions and the plan for
-- going home. Where a placement is confidential, nothing here may tell a parent where the child is.

-- How to reach a home and where its carers work: known to staff and the carers only, and known to
-- the confidentiality check so it can warn before either is sent to a birth parent.
ALTER TABLE households ADD COLUMN phone text NOT NULL DEFAULT '';
ALTER TABLE household_members ADD COLUMN workplace text NOT NULL DEFAULT '';

-- Each parent's place in the space, set by staff: 'direct' (messages arrive as sent), 'reviewed'
-- (a worker reads each message first, for example where contact is supervised) or 'not_in_space'.
ALTER TABLE birth_parents ADD COLUMN space_level text NOT NULL DEFAULT 'reviewed'
  CHECK (space_level IN ('direct', 'reviewed', 'not_in_space'));
ALTER TABLE birth_parents ADD COLUMN space_level_reason text NOT NULL DEFAULT '';
ALTER TABLE birth_parents ADD COLUMN space_level_set_by uuid REFERENCES users (id);
ALTER TABLE birth_parents ADD COLUMN space_level_set_at timestamptz;

-- The space's own settings. A row exists once someone changes a default.
CREATE TABLE partnership_spaces (
  child_id uuid PRIMARY KEY REFERENCES children (id) ON DELETE CASCADE,
  -- What emails call the child instead of their name (never the full name).
  email_label text NOT NULL DEFAULT '' CHECK (length(email_label) <= 40),
  -- For kinship care: how the carers are related to the parents, in plain words.
  carers_relationship text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Getting started after a child arrives: the introductory meeting and the first "comfort call"
-- between carer and parent. Their deadlines come from the placement's start (ENGLAND.partnership).
CREATE TABLE partnership_starts (
  placement_id uuid PRIMARY KEY REFERENCES placements (id) ON DELETE CASCADE,
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  intro_scheduled_at timestamptz,
  intro_place text NOT NULL DEFAULT '',
  intro_held_on date,
  intro_notes text NOT NULL DEFAULT '',
  comfort_call_held_on date,
  comfort_call_notes text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partnership_starts_child ON partnership_starts (child_id);

-- What a parent wants the carers to know about their child: the guide for the first meeting.
CREATE TABLE partnership_child_guides (
  child_id uuid PRIMARY KEY REFERENCES children (id) ON DELETE CASCADE,
  routines text NOT NULL DEFAULT '',
  comforts text NOT NULL DEFAULT '',
  food text NOT NULL DEFAULT '',
  bedtime text NOT NULL DEFAULT '',
  want_carers_to_know text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Carers' updates about the child's days, school, health and milestones.
CREATE TABLE shared_updates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES users (id),
  topic text NOT NULL CHECK (topic IN ('everyday', 'school', 'health', 'milestone', 'fun')),
  body text NOT NULL,
  happened_on date NOT NULL,
  file_id uuid REFERENCES stored_files (id),
  -- The sender saw the confidentiality warning and chose to send anyway.
  was_warned boolean NOT NULL DEFAULT false,
  life_story_entry_id uuid REFERENCES life_story_entries (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shared_updates_child ON shared_updates (child_id, created_at DESC);

CREATE TABLE shared_update_reactions (
  update_id uuid NOT NULL REFERENCES shared_updates (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  reaction text NOT NULL CHECK (reaction IN ('love', 'smile', 'proud', 'thanks')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (update_id, user_id)
);

-- Messages in the space, and replies to a shared update (update_id set). A message from a parent
-- whose level is 'reviewed' is 'held' until a worker delivers or rejects it.
CREATE TABLE partnership_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES users (id),
  update_id uuid REFERENCES shared_updates (id) ON DELETE CASCADE,
  body text NOT NULL,
  file_id uuid REFERENCES stored_files (id),
  file_kind text CHECK (file_kind IN ('photo', 'document')),
  status text NOT NULL CHECK (status IN ('delivered', 'held', 'rejected')),
  was_warned boolean NOT NULL DEFAULT false,
  moderated_by uuid REFERENCES users (id),
  moderated_at timestamptz,
  moderation_note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);
CREATE INDEX partnership_messages_child ON partnership_messages (child_id, created_at);
CREATE INDEX partnership_messages_update ON partnership_messages (update_id) WHERE update_id IS NOT NULL;
CREATE INDEX partnership_messages_held ON partnership_messages (child_id) WHERE status = 'held';

-- How far each member has read a child's space: read receipts compare it with delivery times.
CREATE TABLE partnership_reads (
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  last_read_at timestamptz NOT NULL,
  PRIMARY KEY (child_id, user_id)
);

-- Family time: sessions between the child and their family.
CREATE TABLE family_time_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  kind text NOT NULL DEFAULT 'in_person' CHECK (kind IN ('in_person', 'video', 'phone')),
  is_supervised boolean NOT NULL DEFAULT true,
  supervised_by text NOT NULL DEFAULT '',
  -- Where the family meets: a contact centre, a park, a café. Never the carers' home when the
  -- placement is confidential; the form warns.
  venue text NOT NULL DEFAULT '',
  -- How the child gets there and back: staff and carers only.
  transport text NOT NULL DEFAULT '',
  notes_for_family text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
  cancelled_by_party text CHECK (cancelled_by_party IN ('parent', 'carer', 'agency', 'child')),
  cancelled_reason text NOT NULL DEFAULT '',
  cancelled_by uuid REFERENCES users (id),
  cancelled_at timestamptz,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX family_time_sessions_child ON family_time_sessions (child_id, starts_at);

-- Which parents a session is for, and whether they have said they will come.
CREATE TABLE family_time_invitees (
  session_id uuid NOT NULL REFERENCES family_time_sessions (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  confirmed_at timestamptz,
  PRIMARY KEY (session_id, user_id)
);
CREATE INDEX family_time_invitees_user ON family_time_invitees (user_id);

-- After a session: attendance and notes from each party, and the child's own feedback.
CREATE TABLE family_time_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES family_time_sessions (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES users (id),
  party text NOT NULL CHECK (party IN ('parent', 'carer', 'worker', 'child')),
  attendance text CHECK (attendance IN ('attended', 'late', 'left_early', 'did_not_attend')),
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX family_time_notes_session ON family_time_notes (session_id);

-- A personal calendar address for family time, one per person.
CREATE TABLE family_time_feeds (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Requests for a decision about the child's everyday life, with the parents' views.
CREATE TABLE decision_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  topic text NOT NULL CHECK (topic IN ('haircuts', 'school_trips', 'sleepovers',
    'routine_medical', 'medical_treatment', 'religious_observance', 'holidays_abroad',
    'social_media', 'photographs', 'other')),
  question text NOT NULL,
  needed_by date,
  asked_by uuid NOT NULL REFERENCES users (id),
  asked_at timestamptz NOT NULL DEFAULT now(),
  parent_views text NOT NULL DEFAULT '',
  parent_views_by uuid REFERENCES users (id),
  parent_views_at timestamptz,
  outcome text CHECK (outcome IN ('agreed', 'agreed_with_conditions', 'not_agreed')),
  outcome_notes text NOT NULL DEFAULT '',
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz
);
CREATE INDEX decision_requests_child ON decision_requests (child_id, asked_at DESC);

-- The plan for a child going home: its aim, the support offered and when it is next reviewed;
-- after the child goes home, the support period that helps them stay there.
CREATE TABLE reunification_plans (
  child_id uuid PRIMARY KEY REFERENCES children (id) ON DELETE CASCADE,
  aim text NOT NULL,
  support_offered text NOT NULL DEFAULT '',
  target_on date,
  next_review_on date,
  status text NOT NULL DEFAULT 'working_towards'
    CHECK (status IN ('working_towards', 'home', 'closed')),
  went_home_on date,
  support_ends_on date,
  -- The worker who supports the family after the child goes home, when the child no longer
  -- lives in a home the agency supervises.
  support_worker_id uuid REFERENCES users (id),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'working_towards' OR went_home_on IS NOT NULL)
);
CREATE INDEX reunification_plans_support_worker ON reunification_plans (support_worker_id)
  WHERE status = 'home';

CREATE TABLE reunification_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES reunification_plans (child_id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('goal', 'step')),
  title text NOT NULL,
  detail text NOT NULL DEFAULT '',
  who text NOT NULL CHECK (who IN ('family', 'agency', 'carers', 'together')),
  due_on date,
  status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'going', 'done')),
  progress text NOT NULL DEFAULT '',
  position integer NOT NULL DEFAULT 0,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reunification_steps_child ON reunification_steps (child_id, position);

-- Reviews of the plan while the child is in care, and check-ins after they go home.
CREATE TABLE reunification_checkins (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES reunification_plans (child_id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('review', 'check_in')),
  held_on date NOT NULL,
  how_it_is text NOT NULL CHECK (how_it_is IN ('going_well', 'some_worries', 'worried')),
  for_family text NOT NULL DEFAULT '',
  staff_notes text NOT NULL DEFAULT '',
  next_on date,
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reunification_checkins_child ON reunification_checkins (child_id, held_on DESC);
