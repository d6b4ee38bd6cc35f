-- A password an administrator made (a new account, or "make a new password") must be replaced by one
-- the professional chooses, before anything else.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- "Wachtwoord vergeten": one row per link sent. Only the SHA-256 hash of the link's token is kept; a row
-- is deleted when the link is used, when the account gets a new password, or once it has expired.
CREATE TABLE password_reset (
    token_hash BINARY(32) NOT NULL PRIMARY KEY,
    account_id BIGINT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    INDEX ix_password_reset_account (account_id, created_at),
    INDEX ix_password_reset_expires (expires_at),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB;
