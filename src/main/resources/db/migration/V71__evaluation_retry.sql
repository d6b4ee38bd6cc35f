-- A failed evaluation submit answers with a redirect to the form (Post/Redirect/Get, issue 19): what the
-- parent chose and typed waits here for at most an hour, under a random id that only the address in their
-- browser holds. Nothing links a row to the parent, the invitation or the link; it is deleted once the
-- form is sent, and rows older than an hour go with the next failed submit.
CREATE TABLE evaluation_retry (
    id BINARY(16) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP(6) NOT NULL,
    stale BOOLEAN NOT NULL,
    usefulness VARCHAR(8) NULL,
    goal_reached VARCHAR(8) NULL,
    support VARCHAR(8) NULL,
    recommend VARCHAR(8) NULL,
    more_help VARCHAR(16) NULL,
    most_valuable TEXT NULL,
    could_be_better TEXT NULL,
    INDEX ix_evaluation_retry_created (created_at)
) ENGINE=InnoDB;
