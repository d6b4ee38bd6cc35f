-- The dashboard's read model over long periods (issue 23). Profiled on the city of MonitoringBenchmark, two
-- thirds of a whole-history dashboard went to counting the families present and excused by joining every
-- attendance row of the period (about 1 000 000) to its session and place, six times per dashboard.
-- Per place now: the first and last session held at which it was marked present, and excused, so a
-- period decides per place (one row) and reads a place's marks only when they lie both before and after it.
ALTER TABLE monitoring_place_fact
    ADD COLUMN present_from TIMESTAMP(6) NULL,
    ADD COLUMN present_until TIMESTAMP(6) NULL,
    ADD COLUMN excused_from TIMESTAMP(6) NULL,
    ADD COLUMN excused_until TIMESTAMP(6) NULL;

-- Per group what vulling needs, which did not depend on the period but was worked out from every session
-- held, in every view: the first session held, the most parents expected at one session, and the places
-- taken after that first session.
CREATE TABLE monitoring_group_fact (
    group_id BIGINT NOT NULL PRIMARY KEY,
    first_at TIMESTAMP(6) NOT NULL,
    peak INT NOT NULL,
    refilled INT NOT NULL,
    INDEX ix_group_fact_first (first_at)
) ENGINE=InnoDB;

-- rebuilt at the next read
UPDATE monitoring_refresh SET refreshed_at = NULL WHERE id = 1;
