-- One row per form that created something (a group, a parent by phone, a series, a knowledge item ...):
-- the random key the form was opened with. A second click or a resent request with the same key
-- finds the row and gets what the first made, instead of making it again. Rows are purged after a day.
CREATE TABLE form_submission (
    submission_key BINARY(16) NOT NULL PRIMARY KEY,
    kind VARCHAR(40) NOT NULL,
    result_id BIGINT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    INDEX ix_form_submission_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
