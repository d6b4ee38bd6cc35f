-- Knowledge items (what works, materials, session reports, evaluations, whole approaches), their
-- versions, comments and attachments. The full-text index lives outside the database (Lucene) and
-- is rebuilt from these tables, so a database backup holds everything, attachments included.
CREATE TABLE knowledge_item (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(500) NOT NULL,
    body MEDIUMTEXT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    theme_id BIGINT NOT NULL,
    wijk_id BIGINT,
    group_id BIGINT,
    session_id BIGINT,
    licence_note VARCHAR(500),
    author_id BIGINT NOT NULL,
    revision INT NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_knowledge_item_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_knowledge_item_wijk FOREIGN KEY (wijk_id) REFERENCES wijk (id),
    CONSTRAINT fk_knowledge_item_group FOREIGN KEY (group_id) REFERENCES parent_group (id),
    CONSTRAINT fk_knowledge_item_session FOREIGN KEY (session_id) REFERENCES group_session (id),
    CONSTRAINT fk_knowledge_item_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    INDEX ix_knowledge_item_group (group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE knowledge_item_tag (
    item_id BIGINT NOT NULL,
    tag VARCHAR(40) NOT NULL,
    PRIMARY KEY (item_id, tag),
    CONSTRAINT fk_knowledge_tag_item FOREIGN KEY (item_id) REFERENCES knowledge_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every save keeps a full copy: number 1 is the first text; a restore is a new number.
CREATE TABLE knowledge_version (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id BIGINT NOT NULL,
    number INT NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(500) NOT NULL,
    body MEDIUMTEXT NOT NULL,
    tags VARCHAR(1000) NOT NULL,
    edited_by BIGINT NOT NULL,
    edited_at TIMESTAMP(6) NOT NULL,
    restored_from INT,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_knowledge_version_item FOREIGN KEY (item_id) REFERENCES knowledge_item (id),
    CONSTRAINT fk_knowledge_version_editor FOREIGN KEY (edited_by) REFERENCES user_account (id),
    UNIQUE KEY uq_knowledge_version (item_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE knowledge_comment (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id BIGINT NOT NULL,
    author_id BIGINT NOT NULL,
    text VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_knowledge_comment_item FOREIGN KEY (item_id) REFERENCES knowledge_item (id),
    CONSTRAINT fk_knowledge_comment_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    INDEX ix_knowledge_comment_item (item_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Metadata and the text Tika extracted (capped); the bytes are in chunks below.
CREATE TABLE knowledge_attachment (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    extracted_text MEDIUMTEXT NOT NULL,
    uploaded_by BIGINT NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_knowledge_attachment_item FOREIGN KEY (item_id) REFERENCES knowledge_item (id),
    CONSTRAINT fk_knowledge_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The file in chunks of at most 1 MiB, so no single statement comes near MariaDB's
-- max_allowed_packet (16 MiB by default) whatever the attachment size limit is.
CREATE TABLE knowledge_attachment_chunk (
    attachment_id BIGINT NOT NULL,
    seq INT NOT NULL,
    data MEDIUMBLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq),
    CONSTRAINT fk_knowledge_chunk_attachment FOREIGN KEY (attachment_id) REFERENCES knowledge_attachment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
