-- A parent signed up by a facilitator: who recorded the consent given orally (by phone, in person).
ALTER TABLE registration ADD COLUMN consent_by VARCHAR(100) NULL;
