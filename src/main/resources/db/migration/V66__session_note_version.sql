-- The session note is edited on two tablets at once: a save names the version it was written on, and
-- one written on an older version is refused (and shown the other text) instead of overwriting it.
-- Only the note has a version: a head count saved meanwhile is no conflict for it.
ALTER TABLE session_record ADD COLUMN note_version INT NOT NULL DEFAULT 0;
