-- A form sent after its session timed out is held here until the same person signs in again in
-- the same browser, so what they typed is not lost. Held for an hour at most.
CREATE TABLE held_submissions (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  anonymous_id text NOT NULL,
  url text NOT NULL,
  -- The form's fields as sent: free-form by nature.
  fields jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX held_submissions_expiry ON held_submissions (expires_at);
