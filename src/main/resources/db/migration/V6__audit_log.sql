-- Who read or changed parents' data, when, for which group (NEN 7513 style). Never holds the data itself.
CREATE TABLE audit_event (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at TIMESTAMP(6) NOT NULL,
    actor VARCHAR(254) NOT NULL,
    action VARCHAR(40) NOT NULL,
    group_id BIGINT,
    detail VARCHAR(500),
    INDEX ix_audit_at (at),
    INDEX ix_audit_group (group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
