-- Galera: a sign-up decision writes its group's row (not only locks it), so that two decisions taken at
-- the same moment on two cluster nodes conflict at commit instead of both seeing the same free place.
ALTER TABLE parent_group ADD COLUMN enrolment_turn BIGINT NOT NULL DEFAULT 0;
