-- A mail is marked SENDING (with a lease) in its own transaction before it goes to the SMTP server,
-- and SENT in another one afterwards: a failed commit after the server accepted it never resends it.
ALTER TABLE outbox_mail ADD COLUMN lease_until TIMESTAMP(6) NULL;
CREATE INDEX ix_outbox_recipient ON outbox_mail (recipient);
CREATE INDEX ix_outbox_status_created ON outbox_mail (status, created_at);
