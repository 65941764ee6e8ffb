-- The carer training programme, second part: places on sessions and the waiting list, the
-- register, catch-up offers, personal calendar feeds, e-learning, each carer's training record
-- and their progress through the Training, Support and Development Standards (TSDS).
-- A "carer" here is a household member whose member_role is 'carer': not every carer has an
-- account, yet every carer has a training record.

-- Where the household lives, to offer the nearest venue. Kept to two decimal places (about a
-- kilometre) by whoever fills it in, which is enough for "nearest" and reveals less.
ALTER TABLE households ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90);
ALTER TABLE households ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180);

-- A carer's place on a session, or their place in its queue. The waiting list is the 'waiting'
-- rows in the order they were made; a cancelled place goes to the first of them.
CREATE TABLE training_bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL REFERENCES training_sessions (id),
  carer_id uuid NOT NULL REFERENCES household_members (id),
  status text NOT NULL CHECK (status IN ('booked', 'waiting', 'cancelled', 'attended', 'absent')),
  booked_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- When a waiting carer was given a place.
  promoted_at timestamptz,
  cancelled_at timestamptz,
  -- Cancelled too close to the day to give the place to someone else (the agency's rule).
  is_late_cancellation boolean NOT NULL DEFAULT false,
  attendance_marked_by uuid REFERENCES users (id),
  attendance_marked_at timestamptz,
  week_reminder_sent_at timestamptz,
  day_reminder_sent_at timestamptz
);
-- One live booking per carer per session; a cancelled one may be followed by a new one.
CREATE UNIQUE INDEX training_bookings_live ON training_bookings (session_id, carer_id)
  WHERE status <> 'cancelled';
CREATE INDEX training_bookings_carer ON training_bookings (carer_id);
CREATE INDEX training_bookings_session ON training_bookings (session_id, status, created_at);

-- A course a carer missed (absent, or cancelled late) and still needs. The offer names the next
-- catch-up session, nearest venue first; with none to offer it stays open as unmet demand, which
-- the coordinator sees by course and area.
CREATE TABLE training_catch_up_offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  carer_id uuid NOT NULL REFERENCES household_members (id),
  course_id uuid NOT NULL REFERENCES training_courses (id),
  reason text NOT NULL CHECK (reason IN ('absent', 'late_cancellation')),
  missed_booking_id uuid NOT NULL REFERENCES training_bookings (id),
  offered_session_id uuid REFERENCES training_sessions (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'booked', 'completed', 'withdrawn')),
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  UNIQUE (missed_booking_id)
);
CREATE INDEX training_catch_up_offers_open ON training_catch_up_offers (course_id)
  WHERE status = 'open';

-- A secret address for a person's own calendar of training. Making a new one ends the old one.
CREATE TABLE training_calendar_feeds (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  token text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every course a carer has completed, however: attending a session, finishing an e-learning
-- module, or a certificate from elsewhere that staff recorded. Compliance reads only this.
CREATE TABLE training_completions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  carer_id uuid NOT NULL REFERENCES household_members (id),
  course_id uuid NOT NULL REFERENCES training_courses (id),
  completed_on date NOT NULL,
  source text NOT NULL CHECK (source IN ('classroom', 'e_learning', 'recorded')),
  session_id uuid REFERENCES training_sessions (id),
  module_id uuid,
  recorded_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_completions_carer ON training_completions (carer_id, course_id, completed_on);
CREATE UNIQUE INDEX training_completions_session ON training_completions (session_id, carer_id)
  WHERE session_id IS NOT NULL;

-- E-learning: a module is a few pages to read and a short knowledge check. A module either
-- completes a course (course_id) or adds to one taken in the classroom (supplements_course_id).
CREATE TABLE elearning_modules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL UNIQUE,
  summary text NOT NULL DEFAULT '',
  course_id uuid REFERENCES training_courses (id),
  supplements_course_id uuid REFERENCES training_courses (id),
  -- Correct answers needed to pass, as a percentage.
  pass_mark integer NOT NULL DEFAULT 80 CHECK (pass_mark BETWEEN 1 AND 100),
  estimated_minutes integer NOT NULL CHECK (estimated_minutes BETWEEN 1 AND 600),
  is_published boolean NOT NULL DEFAULT true
);
ALTER TABLE training_completions
  ADD CONSTRAINT training_completions_module FOREIGN KEY (module_id) REFERENCES elearning_modules (id);

CREATE TABLE elearning_pages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  module_id uuid NOT NULL REFERENCES elearning_modules (id),
  position integer NOT NULL CHECK (position >= 1),
  title text NOT NULL,
  -- Markdown, written by the agency, shown sanitised.
  body text NOT NULL,
  UNIQUE (module_id, position)
);

CREATE TABLE elearning_questions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  module_id uuid NOT NULL REFERENCES elearning_modules (id),
  position integer NOT NULL CHECK (position >= 1),
  prompt text NOT NULL,
  options text[] NOT NULL CHECK (cardinality(options) BETWEEN 2 AND 6),
  -- Index into options, from 0.
  correct_option integer NOT NULL CHECK (correct_option >= 0),
  -- Shown after answering, right or wrong: the check is for learning, not for catching people out.
  explanation text NOT NULL DEFAULT '',
  UNIQUE (module_id, position)
);

-- Where a carer is in a module, saved as they go so they can stop and come back.
CREATE TABLE elearning_progress (
  carer_id uuid NOT NULL REFERENCES household_members (id),
  module_id uuid NOT NULL REFERENCES elearning_modules (id),
  pages_read integer NOT NULL DEFAULT 0 CHECK (pages_read >= 0),
  -- The latest answers given, question id to option index.
  answers jsonb NOT NULL DEFAULT '{}',
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  best_score integer CHECK (best_score BETWEEN 0 AND 100),
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  PRIMARY KEY (carer_id, module_id)
);

-- TSDS: each carer evidences the 7 standards; the supervising social worker signs each one off.
-- Two carers in one household may keep one shared workbook, and each is still signed off.
CREATE TABLE tsds_signoffs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  carer_id uuid NOT NULL REFERENCES household_members (id),
  standard integer NOT NULL CHECK (standard BETWEEN 1 AND 7),
  signed_off_on date NOT NULL,
  signed_off_by uuid NOT NULL REFERENCES users (id),
  evidence text NOT NULL DEFAULT '',
  UNIQUE (carer_id, standard)
);

ALTER TABLE households ADD COLUMN tsds_shared_workbook boolean NOT NULL DEFAULT false;
