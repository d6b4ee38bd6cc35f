-- The first dashboard read after a change (issue 23): a single mark anywhere raised the read model's one
-- generation, so every kept count and the whole period protection were worked out again (3.4 s at city
-- scale, whole history). The refresh now also raises a generation per part of the read model, only when
-- that part's rows changed: the places (families reached, toeleiding, referrals, which sessions were held
-- when), the marks (who was marked present or excused when; raised with the places), the sessions' counts,
-- and the families per group and month. What is kept rests only on the parts it reads, so a mark leaves
-- the places and months kept.
ALTER TABLE monitoring_refresh
    ADD COLUMN places_generation BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN marks_generation BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN sessions_generation BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN months_generation BIGINT NOT NULL DEFAULT 0;
