-- The foundation: the agency, people who sign in, the households, children and relationships that
-- decide who may see what, and the audit trail.

CREATE TABLE agency_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name text NOT NULL,
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  locale text NOT NULL DEFAULT 'en-GB' CHECK (locale IN ('en-GB', 'en-US')),
  time_zone text NOT NULL DEFAULT 'Europe/London',
  staff_two_factor_required boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO agency_settings (name) VALUES ('Kinfold Fostering');

-- Secrets generated on first start (signing CSRF tokens), kept in the database so that several
-- processes behind a load balancer agree on them.
CREATE TABLE app_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN (
    'administrator', 'registered_manager', 'supervising_social_worker', 'training_coordinator',
    'recruitment_officer', 'foster_carer', 'kinship_carer', 'birth_parent', 'young_person')),
  password_hash text NOT NULL,
  totp_secret text,
  totp_enabled_at timestamptz,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  last_signed_in_at timestamptz
);
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));

-- Only a hash of the session token is stored: a copy of the database cannot be used to sign in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  is_two_factor_passed boolean NOT NULL DEFAULT false
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins, for throttling per account and per address. The account is kept as a hash of
-- the email typed, so the table holds no email addresses.
CREATE TABLE sign_in_failures (
  id bigserial PRIMARY KEY,
  account_key text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_account ON sign_in_failures (account_key, at);
CREATE INDEX sign_in_failures_ip ON sign_in_failures (ip, at);

CREATE TABLE password_resets (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Mail is queued in the same transaction as the change that causes it and sent afterwards, so a
-- rolled-back change never sends mail and a mail server outage loses nothing.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  sent_at timestamptz,
  last_error text
);
CREATE INDEX mail_outbox_pending ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;

CREATE TABLE areas (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE
);

CREATE TABLE households (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE,
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('applicant', 'approved', 'on_hold', 'resigned')),
  care_kind text NOT NULL DEFAULT 'foster' CHECK (care_kind IN ('foster', 'kinship')),
  area_id uuid REFERENCES areas (id),
  address_line text NOT NULL DEFAULT '',
  town text NOT NULL DEFAULT '',
  postcode text NOT NULL DEFAULT '',
  is_address_confidential boolean NOT NULL DEFAULT true,
  approved_on date,
  max_children integer CHECK (max_children BETWEEN 0 AND 10),
  age_from integer CHECK (age_from BETWEEN 0 AND 21),
  age_to integer CHECK (age_to BETWEEN 0 AND 21),
  supervising_worker_id uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX households_worker ON households (supervising_worker_id);

CREATE TABLE household_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL REFERENCES households (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id),
  first_name text NOT NULL,
  last_name text NOT NULL,
  member_role text NOT NULL CHECK (member_role IN ('carer', 'birth_child', 'adult')),
  date_of_birth date
);
CREATE INDEX household_members_household ON household_members (household_id);
CREATE UNIQUE INDEX household_members_user ON household_members (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE children (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  first_name text NOT NULL,
  last_name text NOT NULL,
  preferred_name text,
  date_of_birth date NOT NULL,
  gender text NOT NULL DEFAULT '',
  legal_status text NOT NULL DEFAULT '',
  placing_authority text NOT NULL DEFAULT '',
  young_person_user_id uuid UNIQUE REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE placements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id),
  household_id uuid NOT NULL REFERENCES households (id),
  care_type text NOT NULL CHECK (care_type IN (
    'emergency', 'short_term', 'long_term', 'short_break', 'parent_and_child', 'remand')),
  started_on date NOT NULL,
  planned_end_on date,
  ended_on date,
  end_reason text,
  is_confidential boolean NOT NULL DEFAULT true,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX placements_child ON placements (child_id);
CREATE INDEX placements_current_household ON placements (household_id) WHERE ended_on IS NULL;
-- A child lives in one home at a time.
CREATE UNIQUE INDEX placements_one_current ON placements (child_id) WHERE ended_on IS NULL;

-- A birth parent's account linked to their child.
CREATE TABLE birth_parents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  child_id uuid NOT NULL REFERENCES children (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  relationship text NOT NULL CHECK (relationship IN ('mother', 'father', 'parent', 'other')),
  UNIQUE (child_id, user_id)
);
CREATE INDEX birth_parents_user ON birth_parents (user_id);

-- The audit trail: append-only and hash-chained (see docs/decisions/0003-audit-trail.md).
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_role text,
  action text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('done', 'refused')),
  record_type text NOT NULL,
  record_id text,
  fields text[] NOT NULL DEFAULT '{}',
  request_id text,
  ip text,
  prev_hash text NOT NULL,
  hash text NOT NULL UNIQUE
);
CREATE INDEX audit_events_record ON audit_events (record_type, record_id);
CREATE INDEX audit_events_actor ON audit_events (actor_id, at);
CREATE INDEX audit_events_at ON audit_events (at);

CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
