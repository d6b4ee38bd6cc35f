-- The links were keyed by the portal secret (V82): the column that pointed at the invitation goes.
ALTER TABLE evaluation_link DROP FOREIGN KEY fk_evaluation_link_invitation;
ALTER TABLE evaluation_link DROP COLUMN invitation_id, MODIFY group_id BIGINT NOT NULL,
    MODIFY invitation_key BINARY(32) NOT NULL, ADD INDEX ix_evaluation_link_invitation (invitation_key),
    ADD CONSTRAINT fk_evaluation_link_group FOREIGN KEY (group_id) REFERENCES parent_group (id);
