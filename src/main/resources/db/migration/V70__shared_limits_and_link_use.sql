-- Limits that hold across every portal instance (issue 19): one row per limit and key, counted with an
-- atomic upsert. The key is a SHA-256 of the limit's name and the client address or e-mail address (no
-- address is stored); a row is deleted once its window is over.
CREATE TABLE rate_limit (
    limit_key BINARY(32) NOT NULL PRIMARY KEY,
    window_ends_at TIMESTAMP(6) NOT NULL,
    hits INT NOT NULL,
    INDEX ix_rate_limit_window (window_ends_at)
) ENGINE=InnoDB;

-- When a "Mijn aanmeldingen" link was first opened: a fresh link asked for on /mijn replaces the older
-- links of that parent that were never opened.
ALTER TABLE signup_link ADD COLUMN opened_at TIMESTAMP(6) NULL;
