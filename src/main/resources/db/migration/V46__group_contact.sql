-- What parents see of who runs a group: the organisation, a contact (name + phone or e-mail), and
-- whether it costs anything (empty: free).
ALTER TABLE parent_group ADD COLUMN organisation_id BIGINT NULL,
    ADD COLUMN contact_name VARCHAR(100) NULL,
    ADD COLUMN contact_phone VARCHAR(20) NULL,
    ADD COLUMN contact_email VARCHAR(254) NULL,
    ADD COLUMN cost VARCHAR(200) NULL,
    ADD CONSTRAINT fk_group_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
