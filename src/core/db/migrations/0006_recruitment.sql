-- Recruitment: people thinking about fostering, from their first enquiry to approval.

-- Numbers for references people can quote on the phone (ENQ-00042).
CREATE SEQUENCE prospective_carer_numbers;

CREATE TABLE prospective_carers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE,
  first_name text NOT NULL,
  last_name text NOT NULL,
  email text NOT NULL,
  phone text NOT NULL DEFAULT '',
  postcode text NOT NULL DEFAULT '',
  stage text NOT NULL DEFAULT 'enquiry' CHECK (stage IN (
    'enquiry', 'initial_conversation', 'home_visit', 'application', 'stage_one', 'stage_two',
    'panel', 'agency_decision', 'approved', 'withdrawn', 'not_approved')),
  -- Which of the ways in brought them (a form on the site, a phone call, an event).
  source text NOT NULL CHECK (source IN (
    'call_back', 'information_pack', 'enquiry_form', 'information_event', 'eligibility_check',
    'phone', 'word_of_mouth', 'other')),
  -- The page or campaign the enquiry came from, when known.
  source_detail text NOT NULL DEFAULT '',
  officer_id uuid REFERENCES users (id),
  enquired_at timestamptz NOT NULL,
  applied_on date,
  panel_on date,
  decided_on date,
  next_action text NOT NULL DEFAULT '',
  next_action_on date,
  closed_reason text,
  household_id uuid REFERENCES households (id),
  stage_changed_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prospective_carers_stage ON prospective_carers (stage);
CREATE INDEX prospective_carers_email ON prospective_carers (lower(email));
CREATE INDEX prospective_carers_officer ON prospective_carers (officer_id);

-- Each form someone sent (a call back request, an information pack, an event booking...): the
-- answers differ per form, so they are kept as they were given.
CREATE TABLE enquiry_submissions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  prospective_carer_id uuid NOT NULL REFERENCES prospective_carers (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN (
    'call_back', 'information_pack', 'enquiry_form', 'information_event', 'eligibility_check')),
  answers jsonb NOT NULL,
  submitted_at timestamptz NOT NULL
);
CREATE INDEX enquiry_submissions_prospect ON enquiry_submissions (prospective_carer_id);
