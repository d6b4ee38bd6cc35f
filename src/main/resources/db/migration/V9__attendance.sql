CREATE TABLE attendance (
    session_id BIGINT NOT NULL,
    registration_id BIGINT NOT NULL,
    status VARCHAR(10) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(254) NOT NULL,
    PRIMARY KEY (session_id, registration_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES group_session (id),
    CONSTRAINT fk_attendance_registration FOREIGN KEY (registration_id) REFERENCES registration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Walk-in groups (spelinloop): a head count instead of names; and a short note for every session.
CREATE TABLE session_record (
    session_id BIGINT NOT NULL PRIMARY KEY,
    adults INT,
    children INT,
    first_timers INT,
    note VARCHAR(2000),
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(254) NOT NULL,
    CONSTRAINT fk_session_record_session FOREIGN KEY (session_id) REFERENCES group_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
