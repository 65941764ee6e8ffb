-- Belonging and permanency: the young person's map of the people who matter (grown over years by
-- family finding), permanency conversations and decisions, looked-after reviews, the life story
-- that moves with the child and stays theirs, and the young person's own voice.

-- When the child became looked after: the first looked-after review is counted from it.
ALTER TABLE children ADD COLUMN looked_after_since date;

-- The agency's own targets (not rules from regulation).
ALTER TABLE agency_settings ADD COLUMN committed_adults_target smallint NOT NULL DEFAULT 5
  CHECK (committed_adults_target BETWEEN 1 AND 20);
ALTER TABLE agency_settings ADD COLUMN permanency_decision_months smallint NOT NULL DEFAULT 4
  CHECK (permanency_decision_months BETWEEN 1 AND 24);

-- The people who matter to a child, or could: the map. It grows from the short list kept since
-- children's records began, so every earlier entry becomes a person on the map.
ALTER TABLE child_important_people ADD COLUMN category text NOT NULL DEFAULT 'other'
  CHECK (category IN ('relative', 'former_carer', 'neighbour', 'coach', 'teacher', 'mentor',
    'faith_community', 'friend', 'professional', 'other'));
-- What support they give now, and what they could give.
ALTER TABLE child_important_people ADD COLUMN gives text[] NOT NULL DEFAULT '{}'
  CHECK (gives <@ ARRAY['talk', 'practical', 'celebrations', 'place_to_stay', 'advice',
    'lifelong']);
ALTER TABLE child_important_people ADD COLUMN could_give text[] NOT NULL DEFAULT '{}'
  CHECK (could_give <@ ARRAY['talk', 'practical', 'celebrations', 'place_to_stay', 'advice',
    'lifelong']);
ALTER TABLE child_important_people ADD COLUMN contact_status text NOT NULL DEFAULT 'in_touch'
  CHECK (contact_status IN ('in_touch', 'lost_touch', 'to_be_found', 'approached', 'not_safe'));
-- Safeguarding, for staff only: a court's or the local authority's no-contact order, and why.
ALTER TABLE child_important_people ADD COLUMN has_no_contact_order boolean NOT NULL DEFAULT false;
ALTER TABLE child_important_people ADD COLUMN safeguarding_notes text NOT NULL DEFAULT '';
-- A flagged person (not safe, or a no-contact order) stays off the young person's and the birth
-- family's views until a worker decides otherwise, with a reason.
ALTER TABLE child_important_people ADD COLUMN flag_shown_by uuid REFERENCES users (id);
ALTER TABLE child_important_people ADD COLUMN flag_shown_reason text NOT NULL DEFAULT '';
-- Birth parents see only the people a worker chose to share with them.
ALTER TABLE child_important_people ADD COLUMN is_shared_with_family boolean NOT NULL DEFAULT false;
-- How the young person feels about them, in the young person's words.
ALTER TABLE child_important_people ADD COLUMN feelings text NOT NULL DEFAULT '';
-- Closeness as distance on the map: ring 1 is closest. The angle is where on the ring the
-- person sits once someone has placed them; without one the map spreads people out evenly.
ALTER TABLE child_important_people ADD COLUMN ring smallint NOT NULL DEFAULT 2
  CHECK (ring BETWEEN 1 AND 3);
ALTER TABLE child_important_people ADD COLUMN angle smallint CHECK (angle BETWEEN 0 AND 359);
-- Where the connection came from (family finding).
ALTER TABLE child_important_people ADD COLUMN source text NOT NULL DEFAULT 'worker'
  CHECK (source IN ('case_records', 'young_person', 'relatives', 'carers', 'worker', 'other'));
ALTER TABLE child_important_people ADD COLUMN source_notes text NOT NULL DEFAULT '';
-- Someone a young person or carer suggests waits for a worker to check them.
ALTER TABLE child_important_people ADD COLUMN status text NOT NULL DEFAULT 'confirmed'
  CHECK (status IN ('proposed', 'confirmed', 'declined'));
-- When they became part of the network and, if they did, when they stopped being part of it:
-- "then and now" draws the map as it stood on a day.
ALTER TABLE child_important_people ADD COLUMN joined_on date NOT NULL DEFAULT CURRENT_DATE;
ALTER TABLE child_important_people ADD COLUMN left_on date;
ALTER TABLE child_important_people ADD COLUMN added_by uuid REFERENCES users (id);
ALTER TABLE child_important_people ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
UPDATE child_important_people SET joined_on = created_at::date;

-- Family finding: each step taken to find or approach a person. Contact waits for a safety check.
CREATE TABLE connection_outreach (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  connection_id uuid NOT NULL REFERENCES child_important_people (id) ON DELETE CASCADE,
  step_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('search', 'safety_check', 'letter', 'phone_call', 'meeting',
    'visit', 'other')),
  -- Only for a safety check: whether contact may go ahead.
  safety_outcome text CHECK (safety_outcome IN ('cleared', 'concerns')),
  CHECK ((kind = 'safety_check') = (safety_outcome IS NOT NULL)),
  notes text NOT NULL DEFAULT '',
  outcome text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX connection_outreach_connection ON connection_outreach (connection_id, step_on);

-- A lifelong connection's written promise: what they commit to, in their words.
CREATE TABLE permanency_pacts (
  connection_id uuid PRIMARY KEY REFERENCES child_important_people (id) ON DELETE CASCADE,
  commitments text[] NOT NULL DEFAULT '{}',
  in_their_words text NOT NULL DEFAULT '',
  agreed_on date NOT NULL,
  ended_on date,
  recorded_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on >= agreed_on)
);

-- Conversations with the young person about permanency, over months, in their words.
CREATE TABLE permanency_conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  held_on date NOT NULL,
  who_was_there text NOT NULL,
  options text[] NOT NULL DEFAULT '{}'
    CHECK (options <@ ARRAY['return_home', 'kinship', 'adoption', 'long_term_fostering',
      'staying_put']),
  young_person_words text NOT NULL,
  questions text NOT NULL DEFAULT '',
  feelings text NOT NULL DEFAULT '',
  next_steps text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX permanency_conversations_child ON permanency_conversations (child_id, held_on);

-- The young person's chosen direction and the decision with its reasons; the latest one stands.
CREATE TABLE permanency_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  young_person_choice text CHECK (young_person_choice IN ('return_home', 'kinship', 'adoption',
    'long_term_fostering', 'staying_put')),
  young_person_words text NOT NULL DEFAULT '',
  decided_option text NOT NULL CHECK (decided_option IN ('return_home', 'kinship', 'adoption',
    'long_term_fostering', 'staying_put')),
  reasons text NOT NULL,
  decided_on date NOT NULL,
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX permanency_decisions_child ON permanency_decisions (child_id, decided_on);

-- Looked-after child reviews held, each looking again at the permanency plan.
CREATE TABLE looked_after_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  held_on date NOT NULL,
  permanency_notes text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX looked_after_reviews_child ON looked_after_reviews (child_id, held_on);

-- The life story: the young person's own book. It belongs to the child, not to a placement, so
-- it moves with them and stays theirs after care.
CREATE TABLE life_story_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('photo', 'milestone', 'memory', 'letter', 'person', 'place',
    'document')),
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  happened_on date,
  file_id uuid REFERENCES stored_files (id),
  added_by uuid REFERENCES users (id),
  added_by_role text NOT NULL,
  -- Birth family's and the young person's additions wait for a worker to check them.
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'awaiting_check',
    'declined')),
  checked_by uuid REFERENCES users (id),
  checked_at timestamptz,
  decline_reason text NOT NULL DEFAULT '',
  -- The young person decides whether their carers see what they added themselves.
  is_hidden_from_carers boolean NOT NULL DEFAULT false,
  -- Birth parents see only what a worker chose to share with them (and what they added).
  is_shared_with_family boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX life_story_entries_child ON life_story_entries (child_id, happened_on);
CREATE INDEX life_story_entries_waiting ON life_story_entries (child_id)
  WHERE status = 'awaiting_check';

-- The identity page of the life story, in the young person's words.
CREATE TABLE child_identity (
  child_id uuid PRIMARY KEY REFERENCES children (id) ON DELETE CASCADE,
  heritage text NOT NULL DEFAULT '',
  what_matters text NOT NULL DEFAULT '',
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The young person's voice: what they want people to know, and the questions they have.
CREATE TABLE young_person_voice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('want_to_know', 'question')),
  body text NOT NULL,
  is_shared_with_carers boolean NOT NULL DEFAULT false,
  answer text NOT NULL DEFAULT '',
  answered_by uuid REFERENCES users (id),
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX young_person_voice_child ON young_person_voice (child_id, created_at);
