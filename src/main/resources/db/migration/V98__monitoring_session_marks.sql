-- The dashboard's kept counts (issue 23) are used only while the read model's generation stays the same, and the
-- refresh raises it only when the rows it rewrites differ. The families marked present or excused in a period read
-- the marks themselves, though: two marks swapped at one session (one parent present becomes absent, another absent
-- becomes present) left every session's counts and every place's first and last marks as they were, so the
-- generation stayed and a kept count could be stale. Per session held now also who was marked present (P) or
-- excused (E) at it, registration by registration: such a swap changes this row.
ALTER TABLE monitoring_session_fact ADD COLUMN marked MEDIUMTEXT NULL;

-- rebuilt at the next read
UPDATE monitoring_refresh SET refreshed_at = NULL WHERE id = 1;
