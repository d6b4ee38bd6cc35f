-- The organisation's logo on the impact report (issue 17): uploaded by the administrator, kept in the
-- database like knowledge attachments (one backup holds everything). One row: the portal has one logo.
CREATE TABLE report_logo (
    id TINYINT NOT NULL PRIMARY KEY,
    media_type VARCHAR(40) NOT NULL,
    content MEDIUMBLOB NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    uploaded_by VARCHAR(254) NOT NULL,
    CONSTRAINT ck_report_logo_one CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
