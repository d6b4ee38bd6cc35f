-- "group" is a reserved word, hence parent_group.
CREATE TABLE parent_group (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    theme_id BIGINT NOT NULL,
    wijk_id BIGINT NOT NULL,
    description VARCHAR(2000),
    age_range VARCHAR(20) NOT NULL,
    signup_mode VARCHAR(20) NOT NULL,
    capacity INT,
    location VARCHAR(200) NOT NULL,
    status VARCHAR(20) NOT NULL,
    starts_on DATE,
    ends_on DATE,
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_group_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_group_wijk FOREIGN KEY (wijk_id) REFERENCES wijk (id),
    INDEX ix_group_status (status),
    INDEX ix_group_wijk_theme (wijk_id, theme_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_facilitator (
    group_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_group_facilitator_group FOREIGN KEY (group_id) REFERENCES parent_group (id),
    CONSTRAINT fk_group_facilitator_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    INDEX ix_group_facilitator_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_session (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id BIGINT NOT NULL,
    starts_at TIMESTAMP(6) NOT NULL,
    ends_at TIMESTAMP(6) NOT NULL,
    location VARCHAR(200) NOT NULL,
    topic VARCHAR(200),
    status VARCHAR(20) NOT NULL,
    sequence INT NOT NULL DEFAULT 0,
    cancel_reason VARCHAR(500),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_group FOREIGN KEY (group_id) REFERENCES parent_group (id),
    INDEX ix_session_group_start (group_id, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE outbox_mail (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(250) NOT NULL,
    body_text MEDIUMTEXT NOT NULL,
    body_html MEDIUMTEXT NOT NULL,
    ics_method VARCHAR(10),
    ics MEDIUMTEXT,
    status VARCHAR(10) NOT NULL,
    attempts INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6) NOT NULL,
    last_error VARCHAR(1000),
    created_at TIMESTAMP(6) NOT NULL,
    sent_at TIMESTAMP(6) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    INDEX ix_outbox_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calendar_feed (
    user_id BIGINT NOT NULL PRIMARY KEY,
    token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
