-- One active sign-up per person and group, enforced by the database: a double tap on the form
-- (two requests at once) can no longer create two. The person is the SHA-256 hash of the
-- normalised e-mail address (cleared when the parent's data is deleted).
ALTER TABLE registration ADD COLUMN email_hash VARBINARY(32) NULL;
UPDATE registration r JOIN participant p ON p.id = r.participant_id
SET r.email_hash = UNHEX(SHA2(LOWER(TRIM(p.email)), 256))
WHERE p.email IS NOT NULL;

-- duplicates made before this rule: keep the one with the best status (then the oldest)
UPDATE registration r
JOIN registration o ON o.group_id = r.group_id AND o.email_hash = r.email_hash AND o.id <> r.id
    AND o.status <> 'CANCELLED'
    AND (FIELD(o.status, 'PENDING', 'WAITLISTED', 'CONFIRMED') > FIELD(r.status, 'PENDING', 'WAITLISTED', 'CONFIRMED')
         OR (o.status = r.status AND o.id < r.id))
SET r.status = 'CANCELLED', r.cancelled_at = UTC_TIMESTAMP(6)
WHERE r.status <> 'CANCELLED';

ALTER TABLE registration ADD COLUMN active_key TINYINT AS (IF(status <> 'CANCELLED', 1, NULL)) PERSISTENT;
CREATE UNIQUE INDEX uk_registration_active ON registration (group_id, email_hash, active_key);

-- the expiry job's scan
CREATE INDEX ix_registration_status_created ON registration (status, created_at);

-- A family: the same person (same address) in several groups counts once for the monitoring; the
-- random key survives anonymisation, the address does not.
ALTER TABLE participant ADD COLUMN family_key CHAR(36) NULL;
UPDATE participant SET family_key = UUID();
UPDATE participant p
JOIN (SELECT LOWER(TRIM(email)) AS address, MIN(id) AS first_id FROM participant
      WHERE email IS NOT NULL GROUP BY LOWER(TRIM(email))) f ON LOWER(TRIM(p.email)) = f.address
JOIN participant q ON q.id = f.first_id
SET p.family_key = q.family_key;
ALTER TABLE participant MODIFY family_key CHAR(36) NOT NULL;
CREATE INDEX ix_participant_family ON participant (family_key);
