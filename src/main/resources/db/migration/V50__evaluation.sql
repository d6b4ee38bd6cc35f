-- Parents evaluate a group once it is over (issue 10). Three tables, so that an answer is never linked
-- to the parent who gave it:
--  * evaluation_invitation: one per registration (the unique key is the exactly-once claim of the
--    e-mail, also across portal instances), whether the reminder went out and whether the link was used;
--    it holds no answer and no moment of answering;
--  * evaluation_link: the SHA-256 hashes of the links in the e-mails (the first mail and the reminder);
--  * evaluation_answer: the group and the answers, nothing about the parent and no time.
CREATE TABLE evaluation_invitation (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id BIGINT NOT NULL,
    registration_id BIGINT NOT NULL,
    invited_at TIMESTAMP(6) NOT NULL,
    reminded_at TIMESTAMP(6) NULL,
    answered BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_evaluation_invitation UNIQUE (registration_id),
    CONSTRAINT fk_evaluation_invitation_group FOREIGN KEY (group_id) REFERENCES parent_group (id),
    CONSTRAINT fk_evaluation_invitation_registration FOREIGN KEY (registration_id) REFERENCES registration (id),
    INDEX ix_evaluation_invitation_group (group_id),
    INDEX ix_evaluation_invitation_reminder (answered, reminded_at, invited_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evaluation_link (
    token_hash BINARY(32) NOT NULL PRIMARY KEY,
    invitation_id BIGINT NOT NULL,
    CONSTRAINT fk_evaluation_link_invitation FOREIGN KEY (invitation_id) REFERENCES evaluation_invitation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evaluation_answer (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id BIGINT NOT NULL,
    usefulness TINYINT NOT NULL,
    goal_reached TINYINT NOT NULL,
    support TINYINT NOT NULL,
    recommend TINYINT NOT NULL,
    more_help VARCHAR(10) NOT NULL,
    most_valuable VARCHAR(1000) NULL,
    could_be_better VARCHAR(1000) NULL,
    quote_most_valuable BOOLEAN NOT NULL DEFAULT FALSE,
    quote_could_be_better BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_evaluation_answer_group FOREIGN KEY (group_id) REFERENCES parent_group (id),
    CONSTRAINT ck_evaluation_answer_scale CHECK (usefulness BETWEEN 1 AND 5 AND goal_reached BETWEEN 1 AND 5
        AND support BETWEEN 1 AND 5 AND recommend BETWEEN 1 AND 5),
    CONSTRAINT ck_evaluation_answer_more_help CHECK (more_help IN ('YES', 'NO', 'UNSURE')),
    INDEX ix_evaluation_answer_group (group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
