-- A second sign-up with the same address is looked up by e-mail: keep it an index lookup.
CREATE INDEX ix_participant_email ON participant (email);
