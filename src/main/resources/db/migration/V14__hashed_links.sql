-- Secret links are kept only as SHA-256 hashes (binary, compared exactly): a database dump alone
-- opens no parent's page and no calendar feed. A link is made for each e-mail that carries one,
-- so earlier e-mails keep working. Existing links are hashed here and keep working.
CREATE TABLE signup_link (
    token_hash BINARY(32) NOT NULL PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    registration_id BIGINT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_signup_link_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    INDEX ix_signup_link_registration (registration_id)
) ENGINE=InnoDB;

INSERT IGNORE INTO signup_link (token_hash, kind, registration_id, created_at)
SELECT UNHEX(SHA2(r.confirm_token, 256)), 'CONFIRM', r.id, r.created_at FROM registration r;

INSERT IGNORE INTO signup_link (token_hash, kind, registration_id, created_at)
SELECT UNHEX(SHA2(p.personal_token, 256)), 'PERSONAL', r.id, p.created_at
FROM participant p JOIN registration r ON r.participant_id = p.id
WHERE p.anonymised_at IS NULL;

ALTER TABLE registration DROP INDEX uk_registration_token, DROP COLUMN confirm_token;
ALTER TABLE participant DROP INDEX uk_participant_token, DROP COLUMN personal_token;

ALTER TABLE calendar_feed ADD COLUMN token_hash BINARY(32) NULL;
UPDATE calendar_feed SET token_hash = UNHEX(SHA2(token, 256));
ALTER TABLE calendar_feed DROP INDEX uk_calendar_feed_token, DROP COLUMN token,
    MODIFY token_hash BINARY(32) NOT NULL, ADD CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash);

-- sent mails no longer hold live links (they are masked once sent); the removal reason a
-- facilitator typed is kept apart from the registration it is about, so it can be forgotten
ALTER TABLE audit_event ADD COLUMN registration_id BIGINT NULL;
UPDATE audit_event SET registration_id = CAST(SUBSTRING_INDEX(SUBSTRING(detail, 14), ':', 1) AS UNSIGNED)
WHERE detail LIKE 'registration %';
CREATE INDEX ix_audit_registration ON audit_event (registration_id);
