-- A mail to a parent who deleted their data is removed from the outbox as soon as it is finished.
ALTER TABLE outbox_mail ADD COLUMN forget_after_sending BOOLEAN NOT NULL DEFAULT FALSE;
-- sent mails keep no live links (they are masked when marked sent)
UPDATE outbox_mail SET body_text = REGEXP_REPLACE(body_text, '/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])', '/•••'),
    body_html = REGEXP_REPLACE(body_html, '/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])', '/•••')
WHERE status = 'SENT';
