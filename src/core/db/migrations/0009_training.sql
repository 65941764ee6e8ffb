-- The carer training programme: where courses are held, the school terms each area keeps, the
-- course catalogue and the classroom sessions put on for it. Bookings and attendance come later.

-- A place in one of the agency's areas where classroom sessions are held.
CREATE TABLE training_venues (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  area_id uuid NOT NULL REFERENCES areas (id),
  name text NOT NULL,
  address text NOT NULL,
  postcode text NOT NULL,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  accessibility_notes text NOT NULL DEFAULT '',
  UNIQUE (area_id, name)
);

-- Each local authority sets its own school terms; classroom sessions keep to them.
CREATE TABLE school_terms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  area_id uuid NOT NULL REFERENCES areas (id),
  name text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX school_terms_area ON school_terms (area_id, starts_on);

-- Days inside a term when the schools are shut: a half-term week or a training (inset) day.
CREATE TABLE school_closures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  area_id uuid NOT NULL REFERENCES areas (id),
  kind text NOT NULL CHECK (kind IN ('half_term', 'inset_day')),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX school_closures_area ON school_closures (area_id, starts_on);

CREATE TABLE training_courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL UNIQUE,
  summary text NOT NULL DEFAULT '',
  learning_outcomes text[] NOT NULL DEFAULT '{}',
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
  delivery_mode text NOT NULL CHECK (delivery_mode IN ('classroom', 'e_learning', 'both')),
  is_mandatory boolean NOT NULL DEFAULT false,
  audience text NOT NULL CHECK (audience IN ('all_carers', 'new_carers', 'kinship_carers')),
  -- How often it must be taken again (safeguarding every 36 months); null when once is enough.
  refresher_months integer CHECK (refresher_months BETWEEN 1 AND 120),
  -- Which of the 7 Training, Support and Development Standards the course evidences.
  tsds_standards integer[] NOT NULL DEFAULT '{}'
    CHECK (tsds_standards <@ ARRAY[1, 2, 3, 4, 5, 6, 7])
);

CREATE TABLE training_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES training_courses (id),
  venue_id uuid NOT NULL REFERENCES training_venues (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  trainer_id uuid REFERENCES users (id),
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  is_catch_up boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX training_sessions_starts ON training_sessions (starts_at);
