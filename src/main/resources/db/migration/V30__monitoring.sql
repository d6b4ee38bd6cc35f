-- Monitoring for the adviseur (issue 9).

-- Wijk figures: the CBS code (WK + 6 digits) and, per year, the households with children (CBS
-- "Kerncijfers wijken en buurten", typed in by the adviseur): reach per 1 000 households.
ALTER TABLE wijk ADD COLUMN cbs_code CHAR(8) NULL, ADD CONSTRAINT uk_wijk_cbs_code UNIQUE (cbs_code);
CREATE TABLE wijk_households (
    wijk_id BIGINT NOT NULL,
    year INT NOT NULL,
    households_with_children INT NOT NULL,
    PRIMARY KEY (wijk_id, year),
    CONSTRAINT fk_wijk_households_wijk FOREIGN KEY (wijk_id) REFERENCES wijk (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Toeleiding: how a parent found the group (optional answer), and the verwijslink they came through.
CREATE TABLE signup_referral_link (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(12) NOT NULL,
    group_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    created_by VARCHAR(254) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_referral_link_code UNIQUE (code),
    CONSTRAINT fk_referral_link_group FOREIGN KEY (group_id) REFERENCES parent_group (id),
    CONSTRAINT fk_referral_link_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_referral_link_group (group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
ALTER TABLE registration ADD COLUMN toeleiding VARCHAR(20) NULL,
    ADD COLUMN referral_link_id BIGINT NULL,
    ADD CONSTRAINT fk_registration_referral_link FOREIGN KEY (referral_link_id) REFERENCES signup_referral_link (id);

-- Demand signals: a recurring question noticed in a wijk, for a theme, by an organisation.
CREATE TABLE monitoring_demand_signal (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    theme_id BIGINT NOT NULL,
    wijk_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    families INT NOT NULL,
    note VARCHAR(1000),
    noticed_on DATE NOT NULL,
    status VARCHAR(10) NOT NULL,
    closed_at TIMESTAMP(6) NULL,
    recorded_by VARCHAR(254) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_signal_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_signal_wijk FOREIGN KEY (wijk_id) REFERENCES wijk (id),
    CONSTRAINT fk_signal_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_signal_status_wijk_theme (status, wijk_id, theme_id),
    INDEX ix_signal_noticed (noticed_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The dashboard's read model: figures per session held and per place in a group, kept up to date
-- from the attendance, registration and session tables (see monitoring.ReadModel). Never a source
-- of truth: it can be rebuilt from them at any time.
CREATE TABLE monitoring_session_fact (
    session_id BIGINT NOT NULL PRIMARY KEY,
    group_id BIGINT NOT NULL,
    starts_at TIMESTAMP(6) NOT NULL,
    month_key INT NULL,
    expected INT NOT NULL,
    present INT NOT NULL,
    excused INT NOT NULL,
    adults INT NOT NULL,
    children INT NOT NULL,
    INDEX ix_session_fact_starts (starts_at, group_id),
    INDEX ix_session_fact_group (group_id, starts_at),
    INDEX ix_session_fact_month (month_key)
) ENGINE=InnoDB;

CREATE TABLE monitoring_place_fact (
    registration_id BIGINT NOT NULL PRIMARY KEY,
    group_id BIGINT NOT NULL,
    family BINARY(16) NOT NULL,
    toeleiding VARCHAR(20) NULL,
    referral_organisation_id BIGINT NULL,
    first_at TIMESTAMP(6) NOT NULL,
    last_at TIMESTAMP(6) NOT NULL,
    first_present_at TIMESTAMP(6) NULL,
    dropped_out_at TIMESTAMP(6) NULL,
    INDEX ix_place_fact_group (group_id),
    INDEX ix_place_fact_first (first_at),
    INDEX ix_place_fact_last (last_at)
) ENGINE=InnoDB;

-- the family key (a UUID) as 16 bytes: counting distinct families sorts far less
CREATE TABLE monitoring_family_month (
    group_id BIGINT NOT NULL,
    month_key INT NOT NULL,
    family BINARY(16) NOT NULL,
    PRIMARY KEY (group_id, month_key, family),
    INDEX ix_family_month (month_key, family)
) ENGINE=InnoDB;

CREATE TABLE monitoring_refresh (
    id INT NOT NULL PRIMARY KEY,
    refreshed_at TIMESTAMP(6) NULL
) ENGINE=InnoDB;
INSERT INTO monitoring_refresh (id, refreshed_at) VALUES (1, NULL);

-- the read model's incremental refresh looks up what changed since its last run
CREATE INDEX ix_attendance_updated ON attendance (updated_at);
CREATE INDEX ix_session_record_updated ON session_record (updated_at);
CREATE INDEX ix_registration_confirmed ON registration (confirmed_at);
CREATE INDEX ix_registration_cancelled ON registration (cancelled_at);
