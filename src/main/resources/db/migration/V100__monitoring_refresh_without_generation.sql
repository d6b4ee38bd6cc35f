-- Since V99 what is kept of the dashboard's counts rests on the generation of each part of the read model
-- (places_generation, marks_generation, sessions_generation, months_generation); the one generation for the
-- whole read model was still raised but no longer read.
ALTER TABLE monitoring_refresh DROP COLUMN generation;
