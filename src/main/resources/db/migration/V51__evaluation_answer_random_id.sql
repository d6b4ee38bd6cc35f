-- Answers get a random id from the portal (no AUTO_INCREMENT): an increasing id would keep the order in
-- which parents answered, and with it a way back to who answered when. Whether a reminder went out is
-- forgotten once a parent answered, for the same reason.
ALTER TABLE evaluation_answer MODIFY id BIGINT NOT NULL;
UPDATE evaluation_invitation SET reminded_at = NULL WHERE answered = TRUE;
