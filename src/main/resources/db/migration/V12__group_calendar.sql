-- A group's sessions reach calendars as one recurring event (UID group-<id>@<domain>); its SEQUENCE
-- rises with every calendar message about the group.
CREATE TABLE group_calendar (
    group_id BIGINT NOT NULL PRIMARY KEY,
    sequence INT NOT NULL,
    CONSTRAINT fk_group_calendar_group FOREIGN KEY (group_id) REFERENCES parent_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- closing a group: when (it can be reopened within 30 days)
ALTER TABLE parent_group ADD COLUMN closed_at TIMESTAMP(6) NULL;
