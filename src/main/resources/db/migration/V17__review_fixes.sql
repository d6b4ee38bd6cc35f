-- Fixes after a privacy review of V10-V16.
-- Groups closed before closing was timed count as closed now (so the retention period starts).
UPDATE parent_group SET closed_at = UTC_TIMESTAMP(6) WHERE status = 'CLOSED' AND closed_at IS NULL;

-- Parents anonymised before V14 keep no links and no free text about them in the audit log.
DELETE l FROM signup_link l
JOIN registration r ON r.id = l.registration_id
JOIN participant p ON p.id = r.participant_id
WHERE p.anonymised_at IS NOT NULL;
UPDATE audit_event e
JOIN registration r ON r.id = e.registration_id
JOIN participant p ON p.id = r.participant_id
SET e.detail = NULL
WHERE p.anonymised_at IS NOT NULL;

-- A group's calendar UID is random (a UID of group-<id> pointed at the group's public page, and
-- so at its theme); events already sent keep their UID.
ALTER TABLE group_calendar ADD COLUMN uid VARCHAR(100) NULL;
UPDATE group_calendar SET uid = CONCAT('group-', group_id) WHERE uid IS NULL;

-- A calendar feed works only while its owner's account is unchanged (deactivation, another role,
-- a new password or e-mail address end it).
ALTER TABLE calendar_feed ADD COLUMN security_version INT NOT NULL DEFAULT 0;
UPDATE calendar_feed f JOIN user_account a ON a.id = f.user_id SET f.security_version = a.security_version;

-- The login throttle remembers, per client and account, a successful login for 30 days: that client
-- is not slowed down by an attack on the account from elsewhere.
ALTER TABLE login_throttle ADD COLUMN trusted_until TIMESTAMP(6) NULL;
