-- One row per reminder sent: the primary key makes "exactly once" hold across restarts and instances.
CREATE TABLE reminder_sent (
    session_id BIGINT NOT NULL,
    recipient VARCHAR(254) NOT NULL,
    sent_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (session_id, recipient),
    CONSTRAINT fk_reminder_session FOREIGN KEY (session_id) REFERENCES group_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
