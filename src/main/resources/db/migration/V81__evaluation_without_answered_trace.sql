-- Evaluation answers cannot be traced back (issue 22). Joining evaluation_invitation.answered with the
-- registration named the author of a group's only answer. Now no per-parent row differs between a
-- parent who answered and one who did not:
--  * the "answered" flag goes; a parent can answer while their invitation still has a link (a link row),
--    and answering deletes those links;
--  * a link row names its invitation only by a key made with the portal secret (HMAC, see V82), which is
--    not in the database, so the link table cannot be joined to invitations or registrations;
--  * whether the reminder went out becomes "the reminder moment was handled", set for every invitation
--    at that moment, whether a mail went (not answered) or not (answered).
ALTER TABLE evaluation_link ADD COLUMN group_id BIGINT NULL, ADD COLUMN invitation_key BINARY(32) NULL;
ALTER TABLE evaluation_invitation ADD COLUMN reminder_handled BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE evaluation_invitation SET reminder_handled = TRUE
    WHERE reminded_at IS NOT NULL OR invited_at <= UTC_TIMESTAMP(6) - INTERVAL 7 DAY;
ALTER TABLE evaluation_invitation DROP INDEX ix_evaluation_invitation_reminder, DROP COLUMN answered,
    DROP COLUMN reminded_at, ADD INDEX ix_evaluation_invitation_reminder (reminder_handled, invited_at);
