-- Waiting-list positions are counted on every confirmation: keep that an index range scan.
CREATE INDEX ix_registration_waitlist ON registration (group_id, status, waitlisted_at, id);
