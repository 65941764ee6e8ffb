-- The registered manager's home page and the audit trail count refusals often; without this,
-- each count reads the whole trail.
CREATE INDEX audit_events_refused ON audit_events (id) WHERE outcome = 'refused';
