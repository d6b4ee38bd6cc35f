-- A parent who signed up through the public form (no account). Only what is needed; no health data.
CREATE TABLE participant (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100),
    email VARCHAR(254),
    phone VARCHAR(30),
    language VARCHAR(5) NOT NULL,
    children_count INT,
    children_ages VARCHAR(20),
    personal_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    anonymised_at TIMESTAMP(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_participant_token UNIQUE (personal_token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE registration (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id BIGINT NOT NULL,
    participant_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    confirm_token VARCHAR(64) NOT NULL,
    consent_version VARCHAR(20) NOT NULL,
    consent_at TIMESTAMP(6) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    confirmed_at TIMESTAMP(6) NULL,
    waitlisted_at TIMESTAMP(6) NULL,
    cancelled_at TIMESTAMP(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_registration_token UNIQUE (confirm_token),
    CONSTRAINT fk_registration_group FOREIGN KEY (group_id) REFERENCES parent_group (id),
    CONSTRAINT fk_registration_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    INDEX ix_registration_group_status (group_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
