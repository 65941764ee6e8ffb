-- Information events for people thinking about fostering, the places they book, and the count of
-- forms sent from each address that keeps the public forms from being flooded.

CREATE TABLE information_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  is_online boolean NOT NULL,
  -- Where it is, or for an online event how people join; shown on the site and in the email.
  venue text NOT NULL,
  area_id uuid REFERENCES areas (id),
  description text NOT NULL DEFAULT '',
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  is_cancelled boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX information_events_starts ON information_events (starts_at);

-- One booking of one or more places. Booking takes a row lock on the event, so the places booked
-- never add up to more than its capacity, however many people book at once.
CREATE TABLE event_bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES information_events (id) ON DELETE CASCADE,
  prospective_carer_id uuid NOT NULL REFERENCES prospective_carers (id) ON DELETE CASCADE,
  places integer NOT NULL CHECK (places BETWEEN 1 AND 4),
  booked_at timestamptz NOT NULL
);
CREATE INDEX event_bookings_event ON event_bookings (event_id);
CREATE INDEX event_bookings_prospect ON event_bookings (prospective_carer_id);

-- Each accepted public form, by a keyed hash of the sender's address (never the address itself),
-- counted across every process on the database. Rows older than a day are of no use and removed.
CREATE TABLE enquiry_attempts (
  id bigserial PRIMARY KEY,
  address_key text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX enquiry_attempts_address ON enquiry_attempts (address_key, at);
CREATE INDEX enquiry_attempts_at ON enquiry_attempts (at);
