-- The audit log names people by account, not only by the login name they had (issue 17): who did it
-- (actor_account_id) and, for changes to an account, to whom (subject_account_id). The privacy officer
-- filters by person, group, action and period, so each has an index with the time.
ALTER TABLE audit_event ADD COLUMN actor_account_id BIGINT NULL, ADD COLUMN subject_account_id BIGINT NULL;
UPDATE audit_event e JOIN user_account u ON u.email = e.actor SET e.actor_account_id = u.id;
CREATE INDEX ix_audit_actor_at ON audit_event (actor_account_id, at);
CREATE INDEX ix_audit_subject_at ON audit_event (subject_account_id, at);
CREATE INDEX ix_audit_group_at ON audit_event (group_id, at);
CREATE INDEX ix_audit_action_at ON audit_event (action, at);
-- (group_id, at) serves every look-up the old single-column index did
DROP INDEX ix_audit_group ON audit_event;
