-- 010: a mark or an absence names the permit it was last written under (NULL: on time, in
-- the lesson-day window), so the journal itself tells entries made on time from entries
-- made late under a deputy's permit. The tool writes the session's permit (see
-- `db::permits::SessionPermit`); these triggers keep plain SQL from claiming a permit it
-- is not under, or hiding the one it is: a row written must name exactly the session's.
-- Rows written before this migration name none (the audit trail's «по разрешению № N»
-- still tells).

ALTER TABLE marks ADD COLUMN permit_id INTEGER REFERENCES permits(id);
ALTER TABLE absences ADD COLUMN permit_id INTEGER REFERENCES permits(id);

-- Which refusal speaks first: SQLite runs a table's BEFORE triggers, newest first, then
-- writes the row, then runs its AFTER triggers. These are AFTER triggers, so the lock, the
-- window and the rules of 007 keep speaking first, with their messages; a refusal here
-- aborts the statement, the row and its audit record with it.
CREATE TRIGGER marks_permit_insert AFTER INSERT ON marks
WHEN NEW.permit_id IS NOT (SELECT permit_id FROM session WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: permit_id is not the session''s permit'); END;

CREATE TRIGGER marks_permit_update AFTER UPDATE ON marks
WHEN NEW.permit_id IS NOT (SELECT permit_id FROM session WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: permit_id is not the session''s permit'); END;

CREATE TRIGGER absences_permit_insert AFTER INSERT ON absences
WHEN NEW.permit_id IS NOT (SELECT permit_id FROM session WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: permit_id is not the session''s permit'); END;

CREATE TRIGGER absences_permit_update AFTER UPDATE ON absences
WHEN NEW.permit_id IS NOT (SELECT permit_id FROM session WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: permit_id is not the session''s permit'); END;
