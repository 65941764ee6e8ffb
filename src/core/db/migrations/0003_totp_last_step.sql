-- The time step of the last two-factor code used, so the same code cannot be used twice.
ALTER TABLE users ADD COLUMN totp_last_step bigint;
