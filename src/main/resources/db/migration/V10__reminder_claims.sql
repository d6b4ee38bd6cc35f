-- A reminder is claimed per session, recipient and start time: a session moved after its reminder
-- went out gets a reminder for its new time. The recipient is kept as a SHA-256 hash of the
-- normalised address, not the address (rows are purged after the session, see README).
CREATE TABLE reminder_claim (
    session_id BIGINT NOT NULL,
    recipient_hash BINARY(32) NOT NULL,
    starts_at TIMESTAMP(6) NOT NULL,
    claimed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (session_id, recipient_hash, starts_at),
    CONSTRAINT fk_reminder_claim_session FOREIGN KEY (session_id) REFERENCES group_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO reminder_claim (session_id, recipient_hash, starts_at, claimed_at)
SELECT r.session_id, UNHEX(SHA2(LOWER(TRIM(r.recipient)), 256)), s.starts_at, r.sent_at
FROM reminder_sent r JOIN group_session s ON s.id = r.session_id;

DROP TABLE reminder_sent;

-- the scheduled scans: reminders (planned sessions starting in a window) and expiry of sign-ups
CREATE INDEX ix_session_status_start ON group_session (status, starts_at);
