-- Failed logins are counted per client and account, per account and per client, never as one
-- lock on the account that anyone knowing the address could trigger. Counts are raised with an
-- atomic update, so parallel wrong passwords all count.
CREATE TABLE login_throttle (
    throttle_key BINARY(32) NOT NULL PRIMARY KEY,
    scope VARCHAR(10) NOT NULL,
    account_hash BINARY(32) NULL,
    failures INT NOT NULL,
    last_failure_at TIMESTAMP(6) NOT NULL,
    blocked_until TIMESTAMP(6) NULL,
    INDEX ix_login_throttle_account (account_hash)
) ENGINE=InnoDB;

ALTER TABLE user_account DROP COLUMN failed_logins, DROP COLUMN locked_until;
-- raised when an account is deactivated, its role changes or its password is reset: open sessions end
ALTER TABLE user_account ADD COLUMN security_version INT NOT NULL DEFAULT 0;
