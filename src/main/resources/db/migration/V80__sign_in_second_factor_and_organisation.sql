-- Sign-in (issue 22). A professional's second factor: the TOTP key, encrypted with the portal secret
-- (which is not in the database, so a dump does not give the keys away), the last time step a code
-- was used for (a code works once), and from when "remember this device" cookies count (setting the
-- factor up again, or "forget my devices", makes every earlier cookie worthless).
CREATE TABLE second_factor (
    account_id BIGINT NOT NULL PRIMARY KEY,
    secret_encrypted VARCHAR(255) NOT NULL,
    enrolled_at TIMESTAMP(6) NOT NULL,
    devices_valid_from TIMESTAMP(6) NOT NULL,
    last_step BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Ten one-time recovery codes per professional, only as SHA-256 hashes; a used code is deleted.
CREATE TABLE second_factor_recovery (
    account_id BIGINT NOT NULL,
    code_hash BINARY(32) NOT NULL,
    PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_second_factor_recovery_account FOREIGN KEY (account_id) REFERENCES user_account (id)
        ON DELETE CASCADE
) ENGINE=InnoDB;

-- "Inloggen met je organisatie-account": the identity provider's account an administrator-made account
-- was linked to at its first OpenID Connect sign-in (issuer and subject; never used to create accounts).
ALTER TABLE user_account ADD COLUMN oidc_issuer VARCHAR(255) NULL, ADD COLUMN oidc_subject VARCHAR(255) NULL,
    ADD CONSTRAINT uk_user_account_oidc UNIQUE (oidc_issuer, oidc_subject);
