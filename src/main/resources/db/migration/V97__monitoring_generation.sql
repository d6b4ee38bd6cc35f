-- The dashboard's period protection (issue 23): at city scale three quarters of a whole-history read went to
-- the unfiltered tables of the period that suppression protects, worked out again on every read. They are now
-- kept per period while the read model stays the same: the refresh bumps this number whenever it changes any
-- row of the read model (a rebuild always), and a kept protection is used only under the same number.
ALTER TABLE monitoring_refresh ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
